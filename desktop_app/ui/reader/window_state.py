"""The window's size, docks, toolbar and splitter, kept in the settings between sessions, and
kept inside the screen: a size saved on a larger screen, or at another scale, never leaves the
window bigger than the screen it opens on or smaller than its minimum."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtWidgets import QMainWindow, QSplitter

from desktop_app.settings import Settings

DEFAULT_SIZE = (1100, 720)
MINIMUM_SIZE = (480, 360)  # a sane minimum, itself never above the screen
FIRST_START_SHARE = 0.9  # of the screen's free area, at most, for a first start


def _bytes(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode())


def _text(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode()


def restore_window(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    if not settings.window_geometry or not window.restoreGeometry(
            _bytes(settings.window_geometry)):
        area = _available(window)
        window.resize(min(DEFAULT_SIZE[0], int(area.width() * FIRST_START_SHARE)),
                      min(DEFAULT_SIZE[1], int(area.height() * FIRST_START_SHARE)))
    fit_to_screen(window)
    restore_docks(window, settings)
    if settings.splitter_state:
        splitter.restoreState(_bytes(settings.splitter_state))


def _available(window: QMainWindow) -> QRect:
    screen = window.screen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, *DEFAULT_SIZE)


def fit_to_screen(window: QMainWindow) -> None:
    """Move and shrink the window into the free area of its screen (no larger than it, no
    smaller than ``MINIMUM_SIZE``); a maximized or full-screen window is the screen's."""
    area = _available(window)
    window.setMinimumSize(min(MINIMUM_SIZE[0], area.width()),
                          min(MINIMUM_SIZE[1], area.height()))
    if window.isMaximized() or window.isFullScreen():
        return
    frame, inner = window.frameGeometry(), window.geometry()
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    width = max(window.minimumWidth(), min(inner.width(), area.width() - extra_w))
    height = max(window.minimumHeight(), min(inner.height(), area.height() - extra_h))
    x = min(max(frame.x(), area.left()), area.right() + 1 - width - extra_w)
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - height - extra_h)
    if (width, height) != (inner.width(), inner.height()):
        window.resize(width, height)
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


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
