"""Reading on a small screen: the text keeps its room, the window fits the screen, every key
is listed, and a copied link opens the same section again."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from desktop_app.paths import DataPaths
from desktop_app.places import Place
from desktop_app.settings import SettingsStore
from desktop_app.ui.actions import shortcut_text
from desktop_app.ui.reader.detail_pane import READABLE_CHARS
from desktop_app.ui.shortcuts_dialog import shortcut_rows
from tests.ui.conftest import WindowFactory, features


@pytest.mark.parametrize("size", [(1366, 768), (800, 600)])
def test_with_both_docks_open_the_text_keeps_its_readable_width(
        qtbot: QtBot, make_window: WindowFactory, size: tuple[int, int]) -> None:
    window = make_window("borders/checkpoint#objectives")
    window.resize(*size)
    found = features(window)
    found.bookmarks.panel.show_and_focus()
    found.search.focus_search()
    qtbot.wait(50)
    detail = window.detail
    readable = detail.fontMetrics().averageCharWidth() * READABLE_CHARS
    assert detail.width() >= detail.minimumWidth() >= readable
    assert window.width() <= max(size[0], window.minimumWidth())
    # The two panels share one dock area as tabs, rather than each taking a column.
    assert window.tabifiedDockWidgets(found.bookmarks.panel) == [found.search]


def test_a_window_saved_on_a_larger_screen_fits_the_screen(
        qtbot: QtBot, imported: DataPaths, make_window: WindowFactory) -> None:
    big = QMainWindow()
    qtbot.addWidget(big)
    big.resize(4000, 3000)
    big.move(3000, 2000)
    store = SettingsStore(imported.settings_file)
    settings = store.load()
    settings.window_geometry = bytes(big.saveGeometry().toBase64().data()).decode()
    store.save(settings)
    window = make_window("mission")
    area = window.screen().availableGeometry()
    assert area.contains(window.frameGeometry()) or (
        window.frameGeometry().width() <= area.width()
        and window.frameGeometry().height() <= area.height())
    assert window.width() >= window.minimumWidth()


def test_show_contents_hides_the_tree_and_is_remembered(
        qtbot: QtBot, imported: DataPaths, make_window: WindowFactory) -> None:
    window = make_window("mission")
    room = features(window).reading_room
    room.act_contents.trigger()
    assert not window.tree.isVisible() and not window.settings.show_contents
    window.menus.act_focus_tree.trigger()  # Alt+1 brings it back, with the keyboard in it
    assert window.tree.isVisible() and room.act_contents.isChecked()
    assert SettingsStore(imported.settings_file).load().show_contents


def test_the_shortcut_list_is_every_shortcut_of_the_actions(make_window: WindowFactory) -> None:
    window = make_window("mission")
    rows = shortcut_rows(window)
    listed = sorted(keys for _menu, _action, keys in rows)
    actual = sorted(shortcut_text(a) for a in window.findChildren(QAction)
                    if shortcut_text(a) and a.text())
    assert listed == actual
    assert ("View", "Go to the bookmarks", "Ctrl+B") in rows
    assert any(keys == "Ctrl+K" for _m, _a, keys in rows)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_copied_link_opens_the_same_section(make_window: WindowFactory, lang: str) -> None:
    window = make_window("borders/checkpoint#details", lang=lang)
    features(window).place_links.act_copy_link.trigger()
    data = QGuiApplication.clipboard().mimeData()
    link = data.urls()[0].toString()
    assert link == "field-reference://borders/checkpoint#details"
    title = "Bratstvo checkpoint › Details" if lang == "en" else "› Подробности"
    assert title in data.text() and link in data.text()
    window.open_place(Place("mission"))
    assert window.open_place(Place.parse(link))
    assert window.current_place == Place("borders/checkpoint", "details")
