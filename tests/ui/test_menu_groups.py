"""Menus and the toolbar are filled by named groups: what they show does not depend on the
order in which the features attach."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.paths import DataPaths
from desktop_app.ui.about_dialog import AboutFeature
from desktop_app.ui.app import build_window
from desktop_app.ui.bookmarks.feature import BookmarkFeature
from desktop_app.ui.host import ActionGroups
from desktop_app.ui.importing.feature import ImportFeature
from desktop_app.ui.printing.feature import PrintFeature
from desktop_app.ui.reader.find_bar import FindInPage
from desktop_app.ui.reader.main_window import MainWindow
from desktop_app.ui.reader.place_links import PlaceLinks
from desktop_app.ui.reader.reading_room import ReadingRoom
from desktop_app.ui.reader.side_by_side import SideBySide
from desktop_app.ui.search.panel import SearchPanel
from desktop_app.ui.shortcuts_dialog import ShortcutsFeature
from desktop_app.ui.start import attach_features
from desktop_app.ui.user_guide import UserGuide
from desktop_app.ui.whats_new import WhatsNew


def shown(widget: QWidget) -> list[str]:
    """What a menu or toolbar shows, top to bottom: texts, "---" for a separator."""
    return ["---" if a.isSeparator() else a.text() for a in widget.actions() if a.isVisible()]


def menus_and_toolbar(window: MainWindow) -> dict[str, list[str]]:
    seen = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        seen[action.text()] = shown(menu)
    seen["toolbar"] = shown(window.menus.toolbar)
    return seen


def test_features_attached_in_another_order_show_the_same_menus(
        qtbot: QtBot, imported: DataPaths) -> None:
    usual = build_window(imported, "en")
    qtbot.addWidget(usual)
    attach_features(usual)
    reversed_order = build_window(imported, "en")
    qtbot.addWidget(reversed_order)
    for feature in (WhatsNew, UserGuide, ShortcutsFeature, AboutFeature, PrintFeature, SideBySide,
                    SearchPanel, BookmarkFeature, ImportFeature, ReadingRoom, PlaceLinks,
                    FindInPage):
        feature(reversed_order)
    assert menus_and_toolbar(reversed_order) == menus_and_toolbar(usual)
    assert menus_and_toolbar(usual)["&File"] == [
        "&Import content pack…", "---", "&Export bookmarks…", "I&mport bookmarks…", "---",
        "&Print…", "Print pre&view…", "&Export PDF…", "Page set&up…", "&Bilingual briefs",
        "---", "Print b&riefs…", "Print &meeting pack…", "---", "&Quit"]


def test_a_separator_stands_only_between_filled_sections(qtbot: QtBot) -> None:
    toolbar = QToolBar()
    qtbot.addWidget(toolbar)
    groups = ActionGroups(toolbar, (("first",), ("empty",), ("last", "also")))
    assert shown(toolbar) == []
    groups.add("also", QAction("c", toolbar))
    groups.add("first", QAction("a", toolbar))
    assert shown(toolbar) == ["a", "---", "c"]
    groups.add("last", QAction("b", toolbar))
    assert shown(toolbar) == ["a", "---", "b", "c"]
    assert [a.text() for a in groups.actions("last")] == ["b"]
