"""Driving the bookmark widgets like a user: context menus, menu entries by their text."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.places import Place
from desktop_app.ui.reader.main_window import MainWindow
from tests.ui.conftest import features


def context_menu(widget: QWidget, pos: QPoint) -> None:
    """The right mouse button at ``pos`` of ``widget`` (a view's viewport)."""
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)


def action_named(menu: QMenu | None, text: str) -> QAction:
    assert menu is not None
    found = [a for a in menu.actions() if a.text().replace("&", "") == text]
    assert found, [a.text() for a in menu.actions()]
    return found[0]


def choose(qtbot: QtBot, menu: QMenu | None, text: str) -> None:
    """Click the entry ``text`` of an open popup menu, which also closes it."""
    action = action_named(menu, text)
    assert menu is not None and menu.isVisible()
    owner = menu.parentWidget()
    while isinstance(owner, QMenu):  # a submenu: its menu closes (and goes) too
        owner = owner.parentWidget()
    window = owner.window() if owner is not None else None
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    if window is not None:  # the offscreen platform leaves no window active after a popup
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


def marks(window: MainWindow) -> list[tuple[str, str]]:
    """(target, note) of every bookmark, as stored."""
    return [(b.target, b.note) for b in features(window).bookmarks.store.contents()[1]]


def bookmark_place(window: MainWindow, place: Place) -> int:
    return features(window).bookmarks.store.add(place).id
