"""The window's size, docks, toolbar and splitter, kept in the settings between sessions."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow, QSplitter

from desktop_app.settings import Settings

DEFAULT_SIZE = (1100, 720)


def _bytes(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode())


def _text(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode()


def restore_window(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    if settings.window_geometry:
        window.restoreGeometry(_bytes(settings.window_geometry))
    else:
        window.resize(*DEFAULT_SIZE)
    restore_docks(window, settings)
    if settings.splitter_state:
        splitter.restoreState(_bytes(settings.splitter_state))


def restore_docks(window: QMainWindow, settings: Settings) -> None:
    """The toolbar and the docks where the last session left them; called again once the
    features have added their docks."""
    if settings.window_state:
        window.restoreState(_bytes(settings.window_state))


def remember_window(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """Into ``settings``; the caller saves them."""
    settings.window_geometry = _text(window.saveGeometry())
    settings.window_state = _text(window.saveState())
    settings.splitter_state = _text(splitter.saveState())
