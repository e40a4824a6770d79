"""Reading on a small screen: the text keeps its room, the window fits the screen, every key
is listed, and a copied link opens the same section again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.content.importer import import_pack
from desktop_app.paths import DataPaths, bundled_pack_dir
from desktop_app.places import Place
from desktop_app.settings import SettingsStore
from desktop_app.ui.actions import shortcut_text
from desktop_app.ui.reader.detail_pane import READABLE_CHARS
from desktop_app.ui.shortcuts_dialog import shortcut_rows
from desktop_app.ui.theme import DARK, LIGHT
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


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_toolbar_button_stays_on_screen_in_a_narrow_window(
        qtbot: QtBot, make_window: WindowFactory, lang: str) -> None:
    window = make_window("mission", lang=lang)
    bar = window.menus.toolbar
    window.resize(1366, 700)
    qtbot.waitUntil(lambda: bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    window.resize(640, 500)
    shown = [action for action in bar.actions()
             if action.isVisible() and not action.isSeparator()]

    def all_on_screen() -> None:
        assert bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        for action in shown:
            button = bar.widgetForAction(action)
            assert button is not None and button.isVisible(), action.text()
            assert bar.rect().contains(button.geometry()), action.text()

    qtbot.waitUntil(all_on_screen)
    assert len(shown) >= 8 and all(action.toolTip() for action in shown)


def _ink(icon: QIcon) -> QColor:
    """The darkest opaque colour of ``icon``'s 24 px drawing."""
    image = icon.pixmap(24, 24).toImage()
    colours = [image.pixelColor(x, y) for x in range(image.width())
               for y in range(image.height())]
    return min((c for c in colours if c.alpha() == 255), key=lambda c: c.lightness())


def test_toolbar_icons_are_drawn_in_the_text_colour_of_each_theme(
        make_window: WindowFactory) -> None:
    window = make_window("mission")
    menus = window.menus
    icons = [menus.act_back, menus.act_forward, menus.act_home, menus.act_zoom_in,
             menus.act_zoom_out, features(window).search.action]
    menus.theme_actions["dark"].trigger()
    assert all(_ink(action.icon()).name() == DARK["text"] for action in icons)
    menus.theme_actions["light"].trigger()
    assert all(_ink(action.icon()).name() == LIGHT["text"] for action in icons)


def test_zoom_reaches_the_tree_and_shows_in_the_status_bar(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("mission")
    size = window.tree.font().pointSizeF()
    window.menus.act_zoom_in.trigger()
    window.menus.act_zoom_in.trigger()
    assert window.tree.font().pointSizeF() == pytest.approx(size * 1.2)
    assert window.status_line.zoom_label.isVisible()
    assert window.status_line.zoom_label.text() == "Zoom 120 %"
    window.menus.act_zoom_reset.trigger()
    assert window.tree.font().pointSizeF() == pytest.approx(size)
    assert not window.status_line.zoom_label.isVisible()


def test_tab_runs_through_the_tree_the_text_and_the_panels(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("borders/checkpoint")
    search = features(window).search
    search.focus_search()
    window.activateWindow()
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    order: list[QWidget] = []
    for _ in range(300):  # the text's links take a Tab each
        widget = QApplication.focusWidget()
        assert widget is not None
        if not order or order[-1] is not widget:
            order.append(widget)
        if len(order) > 1 and widget is window.tree:
            break
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    assert order[:2] == [window.tree, window.detail] and order[-1] is window.tree
    assert order.index(search.edit) < order.index(search.results)


@pytest.mark.parametrize(("lang", "title"), [("en", "Using this reference"),
                                             ("ru", "Как пользоваться справочником")])
def test_help_user_guide_opens_the_guide_in_the_reader(
        tmp_path: Path, make_window: WindowFactory, lang: str, title: str) -> None:
    paths = DataPaths(tmp_path / "bundled").ensure()
    import_pack(bundled_pack_dir(), paths.content_db)
    window = make_window("mission", lang=lang, paths=paths)
    guide = features(window).guide.act_guide
    assert guide.isEnabled() and guide.shortcut().toString() == "F1"
    guide.trigger()
    assert window.view is not None and window.view.slug == "guide"
    assert window.view.title == title
    assert window.windowTitle().startswith(title)


def test_the_user_guide_is_not_offered_when_the_content_has_none(
        make_window: WindowFactory) -> None:
    window = make_window("mission")  # the test pack has no guide
    assert not features(window).guide.act_guide.isEnabled()


def test_every_panel_has_a_key_that_shows_and_focuses_it(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("borders/checkpoint")
    found = features(window)
    window.tree.hide()
    panels = {"Ctrl+B": found.bookmarks.panel.filter_edit,  # no bookmarks yet: the filter
              "Ctrl+K": found.search.edit,
              "Alt+1": window.tree, "Alt+2": window.detail}
    for keys, widget in panels.items():
        QTest.keySequence(window, QKeySequence(keys))
        qtbot.waitUntil(widget.hasFocus)
        assert widget.isVisible(), keys
