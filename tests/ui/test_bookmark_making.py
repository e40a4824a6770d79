"""Making bookmarks in the window: Ctrl+D, the star, the tree's and the detail pane's menus."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from desktop_app.places import Place
from desktop_app.ui.reader.main_window import MainWindow
from tests.ui.bookmark_helpers import action_named, choose, context_menu, marks
from tests.ui.conftest import WindowFactory, features


def star_button(window: MainWindow) -> QToolButton:
    button = window.menus.toolbar.widgetForAction(features(window).bookmarks.act_star)
    assert isinstance(button, QToolButton)
    return button


def test_ctrl_d_bookmarks_the_section_in_view(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("borders/handbook#part-2")
    assert not features(window).bookmarks.act_star.isChecked()
    qtbot.keyClick(window.detail, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert marks(window) == [("borders/handbook#part-2", "")]
    assert features(window).bookmarks.act_star.isChecked()
    qtbot.keyClick(window.detail, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(marks(window)) == 1 and "already bookmarked" in window.statusBar().currentMessage()
    window.open_place(Place("mission"))
    assert not features(window).bookmarks.act_star.isChecked()
    qtbot.keyClick(window.detail, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert marks(window)[-1] == ("mission", "")


def test_star_toggles_and_ctrl_z_brings_the_bookmark_back(qtbot: QtBot,
                                                          make_window: WindowFactory) -> None:
    window = make_window("mission")
    with qtbot.waitSignal(features(window).bookmarks.service.changed):  # after the commit returned
        qtbot.mouseClick(star_button(window), Qt.MouseButton.LeftButton)
    assert marks(window) == [("mission", "")]
    mark = features(window).bookmarks.store.contents()[1][0]
    features(window).bookmarks.store.edit(mark.id, note="keep me")
    qtbot.mouseClick(star_button(window), Qt.MouseButton.LeftButton)
    assert marks(window) == [] and not features(window).bookmarks.act_star.isChecked()
    qtbot.keyClick(window.detail, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert marks(window) == [("mission", "keep me")]
    assert features(window).bookmarks.act_star.isChecked()


def test_tree_context_menu_bookmarks_and_removes(qtbot: QtBot,
                                                 make_window: WindowFactory) -> None:
    window = make_window("mission")
    index = window.tree_model.index_for(Place("borders/checkpoint", "objectives"))
    window.tree.scrollTo(index)
    pos = window.tree.visualRect(index).center()
    context_menu(window.tree.viewport(), pos)
    choose(qtbot, window.place_menus.last_menu, "Bookmark “Objectives”")
    assert marks(window) == [("borders/checkpoint#objectives", "")]
    context_menu(window.tree.viewport(), pos)
    action_named(window.place_menus.last_menu,
                 "Remove the bookmark of “Objectives”").trigger()
    assert marks(window) == []


def heading_point(window: MainWindow, text: str) -> QPoint:
    cursor = window.detail.document().find(text, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not cursor.isNull()
    window.detail.setTextCursor(cursor)
    window.detail.ensureCursorVisible()
    return window.detail.cursorRect(cursor).center()


def test_detail_heading_context_menu(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("borders/checkpoint")
    context_menu(window.detail.viewport(), heading_point(window, "Activities"))
    menu = window.place_menus.last_menu
    assert menu is not None  # the pane's own entries (Copy, Select all) stay
    assert any(a.text().replace("&", "").startswith("Copy") for a in menu.actions())
    choose(qtbot, menu, "Bookmark “Activities”")
    assert marks(window) == [("borders/checkpoint#activities", "")]
    context_menu(window.detail.viewport(), heading_point(window, "Bratstvo checkpoint"))
    choose(qtbot, window.place_menus.last_menu, "Bookmark “Bratstvo checkpoint”")
    assert marks(window)[-1] == ("borders/checkpoint", "")
