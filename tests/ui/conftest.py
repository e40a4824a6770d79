"""Real main windows on real data folders, offscreen."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.paths import DataPaths
from desktop_app.ui.app import build_window
from desktop_app.ui.features import Features
from desktop_app.ui.reader.detail_pane import DetailPane
from desktop_app.ui.reader.main_window import MainWindow
from desktop_app.ui.reader.place_links import keep_copied_text
from desktop_app.ui.start import start
from desktop_app.ui.whats_new import WhatsNewDialog

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, imported: DataPaths) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def make(target: str | None = None, lang: str = "en", paths: DataPaths = imported,
             pack: Path | None = None) -> MainWindow:
        window = build_window(paths, lang)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):  # shortcuts reach only the active window
            window.show()
            window.activateWindow()
        start(window, target, pack)
        windows.append(window)
        return window

    yield make
    for window in windows:  # the application outlives the test: leave it in English
        window.translators.switch("en")
    keep_copied_text()  # as the program does when it quits (the test application never does)


def features(window: MainWindow) -> Features:
    """The features the start attached to ``window``: a child of it, as Qt keeps them."""
    found = window.findChild(Features, "features")
    assert isinstance(found, Features), "the features are not attached"
    return found


def shown_message(qtbot: QtBot, window: MainWindow, timeout_ms: int = 10000) -> QMessageBox:
    """The one message box shown over ``window``, once it is there (work in the background
    shows it when it ends)."""
    def visible() -> list[QMessageBox]:
        return [box for box in window.findChildren(QMessageBox) if box.isVisible()]

    qtbot.waitUntil(lambda: len(visible()) == 1, timeout=timeout_ms)
    return visible()[0]


def shown_whats_new(qtbot: QtBot, window: MainWindow, timeout_ms: int = 15000) -> WhatsNewDialog:
    """The What's new page over ``window``, once an import in the background has shown it."""
    def shown() -> WhatsNewDialog | None:
        dialog = window.findChild(WhatsNewDialog)
        return dialog if dialog is not None and dialog.isVisible() else None

    qtbot.waitUntil(lambda: shown() is not None, timeout=timeout_ms)
    dialog = shown()
    assert dialog is not None
    return dialog


def click_text(qtbot: QtBot, detail: DetailPane, text: str) -> None:
    """Click in the middle of the first occurrence of ``text`` in the pane, like a user."""
    cursor = detail.document().find(text, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not cursor.isNull(), f"{text!r} is not shown"
    detail.setTextCursor(cursor)
    detail.ensureCursorVisible()
    rect = detail.cursorRect(cursor)
    point = QPoint(rect.left() - 4, rect.center().y())
    qtbot.mouseClick(detail.viewport(), Qt.MouseButton.LeftButton, pos=point)


def access_keys(dialog: QWidget) -> list[str]:
    """The letters after "&" in the labels and buttons of ``dialog`` (Alt+letter)."""
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)]
    return [key.casefold() for text in texts for key in re.findall(r"&([^&\s])", text)]
