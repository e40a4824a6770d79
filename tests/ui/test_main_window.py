"""The main window driven through its real widgets: navigation, links, find, zoom, themes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSizeF, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPalette, QTextDocument
from PySide6.QtWidgets import QMessageBox, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from desktop_app.content.importer import import_pack
from desktop_app.paths import DataPaths
from desktop_app.places import Place
from desktop_app.ui.printing.labels import page_labels
from desktop_app.ui.printing.pages import PrintJob, make_document
from desktop_app.ui.reader.main_window import MainWindow
from desktop_app.ui.reader.tree_model import PLACE_ROLE
from desktop_app.ui.theme import DARK
from tests.packs import BASIC_ENTRIES, PNG_MAP, write_pack
from tests.ui.conftest import WindowFactory, click_text, features


def tool_button(window: MainWindow, action: object) -> QToolButton:
    button = window.menus.toolbar.widgetForAction(action)  # type: ignore[arg-type]
    assert isinstance(button, QToolButton)
    return button


def message_box(window: MainWindow) -> QMessageBox:
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def test_opens_on_the_first_entry_with_tree_title_and_status(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.view is not None and window.view.slug == "mission"
    assert window.windowTitle() == "The mission — Field Reference"
    assert window.tree_model.rowCount() == 2
    assert window.status_line.pack_label.text() == "Content version 1.0.0 of 1 November 2026"
    assert window.tree.currentIndex().data() == "The mission"


def test_a_title_with_markup_characters_is_shown_as_written(make_window: WindowFactory,
                                                           tmp_path: Path) -> None:
    title = "R&amp;D & <b>balances</b> \\\"quoted\\\" 'too'"
    pack = write_pack(tmp_path / "pack", {"en/mission.md": BASIC_ENTRIES["en/mission.md"]
                                          .replace('title = "The mission"', f'title = "{title}"')})
    paths = DataPaths(tmp_path / "data")
    import_pack(pack, paths.ensure().content_db)
    window = make_window(paths=paths)
    shown = window.detail.toPlainText().splitlines()[0]
    written = "R&amp;D & <b>balances</b> \"quoted\" 'too'"
    assert shown == written
    # The tree's tooltip, which Qt reads as rich text, shows it as written too.
    tip = window.tree_model.item(0).toolTip()
    as_shown = QTextDocument()
    as_shown.setHtml(tip)
    assert as_shown.toPlainText() == written
    assert window.windowTitle().startswith(written)


def test_tree_selection_opens_entries_and_sections(qtbot: QtBot,
                                                   make_window: WindowFactory) -> None:
    window = make_window()
    index = window.tree_model.index_for(Place("borders/handbook", "part-2"))
    window.tree.scrollTo(index)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.tree.visualRect(index).center())
    assert window.view is not None and window.view.slug == "borders/handbook"
    assert window.detail.section_at_top() == "part-2"
    assert window.status_line.area_label.text() == "Border management"
    assert window.windowTitle() == "Border handbook — Field Reference"


def test_keyboard_moves_through_the_tree(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    assert window.history.current == Place("mission", "history")


def test_scrolling_keeps_the_tree_in_sync(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("borders/handbook")
    bar = window.detail.verticalScrollBar()
    bar.setValue(bar.maximum())  # as the reader's wheel or scroll bar would
    qtbot.waitUntil(lambda: window.tree.currentIndex().data() == "Part 3")
    assert window.history.current == Place("borders/handbook", "part-3")


def test_internal_links_history_back_and_forward(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("mission")
    assert not window.menus.act_back.isEnabled()
    click_text(qtbot, window.detail, "borders")
    assert window.history.current == Place("borders", "training")
    assert window.view is not None and window.view.slug == "borders"
    qtbot.mouseClick(tool_button(window, window.menus.act_back), Qt.MouseButton.LeftButton)
    assert window.view.slug == "mission"
    assert window.menus.act_forward.isEnabled()
    qtbot.mouseClick(tool_button(window, window.menus.act_forward), Qt.MouseButton.LeftButton)
    assert window.history.current == Place("borders", "training")


def test_section_link_within_an_entry(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("borders/checkpoint#activities")
    click_text(qtbot, window.detail, "back to objectives")
    assert window.history.current == Place("borders/checkpoint", "objectives")


def test_web_link_asks_before_leaving(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("borders/checkpoint")
    click_text(qtbot, window.detail, "IOM")
    box = message_box(window)
    assert "https://www.iom.int" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.view is not None and window.view.slug == "borders/checkpoint"


def test_other_links_are_refused_with_a_message(make_window: WindowFactory) -> None:
    window = make_window("mission")
    window.detail.anchorClicked.emit(QUrl("file:///etc/passwd"))
    box = message_box(window)
    assert "file:///etc/passwd" in box.text() and "does not follow" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    assert window.history.current == Place("mission")


def test_detail_pane_loads_only_pack_images(make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window("borders")
    window.resize(900, 600)
    painted = window.detail.viewport().grab().toImage()  # the pack's map: 40×20 of one blue
    blue = QColor(11, 92, 173)
    assert sum(painted.pixelColor(x, y) == blue
               for x in range(painted.width()) for y in range(painted.height())) >= 40 * 20
    image = QTextDocument.ResourceType.ImageResource.value
    outside = tmp_path / "outside.png"
    outside.write_bytes(Path(__file__).read_bytes())
    for url in (f"file://{outside}", str(outside), "../media/map.png", "https://x/y.png"):
        shown = window.detail.loadResource(image, QUrl(url))
        assert isinstance(shown, QImage) and shown.size().width() == 1  # blank


def test_an_image_not_in_the_pack_is_never_read_from_disk(
        make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Raw HTML naming a file beside the program (or, percent-encoded, outside it) shows no
    image, in the pane and on paper: the file on disk is never read."""
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "secret.png").write_bytes(PNG_MAP)
    monkeypatch.chdir(tmp_path)
    window = make_window("borders")
    image = QTextDocument.ResourceType.ImageResource
    html = '<p><img src="media/secret.png"> <img src="media/%2E%2E/media/secret.png"></p>'
    window.detail.setHtml(html)
    job = PrintJob(html, "", "t", page_labels("en", "1", "2026-01-01"))
    printed = make_document(job, QSizeF(400, 600))
    for document in (window.detail.document(), printed):
        document.documentLayout().documentSize()  # laid out: every image asked for
        for src in ("media/secret.png", "media/%2E%2E/media/secret.png"):
            loaded = document.resource(image, QUrl(src))
            assert isinstance(loaded, QImage) and loaded.width() == 1, (src, document is printed)


def test_find_in_page_counts_and_moves(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("borders/handbook")
    find_bar = features(window).find_in_page.bar
    qtbot.keyClick(window.detail, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert find_bar.isVisible()
    qtbot.keyClicks(find_bar.edit, "procedure text. 3")
    assert find_bar.count_label.text() == "Matches: 33"  # 3, 30…39 in each of 3 parts
    qtbot.keyClick(find_bar.edit, Qt.Key.Key_Return)
    assert window.detail.textCursor().selectedText() == "procedure text. 3"
    assert find_bar.count_label.text() == "Match 1 of 33"
    qtbot.mouseClick(find_bar.prev_button, Qt.MouseButton.LeftButton)
    assert find_bar.count_label.text() == "Match 33 of 33"
    qtbot.keyClick(find_bar.edit, Qt.Key.Key_Escape)
    assert not find_bar.isVisible() and window.detail.extraSelections() == []


def test_zoom_is_applied_and_remembered(qtbot: QtBot, make_window: WindowFactory,
                                        imported: DataPaths) -> None:
    window = make_window("mission")
    size = window.detail.font().pointSizeF()
    zoom_in = tool_button(window, window.menus.act_zoom_in)
    qtbot.mouseClick(zoom_in, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(zoom_in, Qt.MouseButton.LeftButton)
    assert window.detail.font().pointSizeF() > size
    assert json.loads(imported.settings_file.read_text())["zoom"] == 2
    window.close()
    again = make_window()
    assert again.detail.zoom_level == 2
    again.menus.act_zoom_reset.trigger()
    assert again.detail.font().pointSizeF() == size


def test_theme_switch_restyles_window_and_content(qtbot: QtBot, make_window: WindowFactory,
                                                  imported: DataPaths) -> None:
    window = make_window("borders/handbook#part-2")
    scroll = window.detail.verticalScrollBar().value()
    window.menus.theme_menu.actions()[2].trigger()  # Dark
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).name()
                    == DARK["window"])
    assert DARK["base"] in window.detail.document().defaultStyleSheet()
    assert window.detail.verticalScrollBar().value() == scroll
    assert json.loads(imported.settings_file.read_text())["theme"] == "dark"
    window.menus.theme_actions["light"].trigger()
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).name()
                    != DARK["window"])


def test_place_geometry_and_splitter_restored_on_restart(make_window: WindowFactory) -> None:
    window = make_window("borders/handbook#part-2")
    area = window.screen().availableGeometry()  # restoring clamps a larger window to it
    size = (min(700, area.width() - 60), min(520, area.height() - 60))
    window.resize(*size)
    window.splitter.setSizes([200, 700])
    scroll = window.detail.verticalScrollBar().value()
    assert scroll > 0
    window.close()
    again = make_window()
    assert again.history.current == Place("borders/handbook", "part-2")
    assert again.detail.verticalScrollBar().value() == scroll
    assert (again.size().width(), again.size().height()) == size
    assert again.splitter.sizes()[0] == 200


def test_unknown_target_falls_back_with_a_message(make_window: WindowFactory) -> None:
    window = make_window("no/such-entry")
    assert window.view is not None and window.view.slug == "mission"
    assert "no/such-entry" in window.statusBar().currentMessage()


def test_first_start_imports_the_bundled_pack(qtbot: QtBot, make_window: WindowFactory,
                                              tmp_path: Path, pack_dir: Path) -> None:
    fresh = DataPaths(tmp_path / "fresh").ensure()
    window = make_window("borders/checkpoint", paths=fresh, pack=pack_dir)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    assert window.view is not None and window.view.slug == "borders/checkpoint"
    assert fresh.content_db.is_file()


def test_bad_pack_from_the_window_keeps_the_old_content(qtbot: QtBot, make_window: WindowFactory,
                                                        tmp_path: Path) -> None:
    window = make_window("borders/checkpoint#activities")
    broken = write_pack(tmp_path / "broken", {
        "en/mission.md": BASIC_ENTRIES["en/mission.md"].replace("entry:borders", "entry:gone")})
    features(window).importing.import_pack(broken)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)),
                    timeout=10000)
    box = message_box(window)
    assert "en/mission.md:17" in box.text() and "unchanged" in box.text()
    ok = box.button(QMessageBox.StandardButton.Ok)
    assert isinstance(ok, QPushButton)
    ok.click()
    assert window.history.current == Place("borders/checkpoint", "activities")
    assert window.view is not None and window.view.title == "Bratstvo checkpoint"
    assert window.tree_model.rowCount() == 2


def test_good_pack_from_the_window_replaces_content_in_place(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window("borders/checkpoint#activities")
    newer = write_pack(tmp_path / "newer", {"en/borders/checkpoint.md": BASIC_ENTRIES[
        "en/borders/checkpoint.md"].replace("Bratstvo checkpoint", "Bratstvo crossing")},
        version="1.1.0")
    features(window).importing.import_pack(newer)
    qtbot.waitUntil(lambda: window.library.pack is not None
                    and window.library.pack.version == "1.1.0", timeout=10000)
    assert window.view is not None and window.view.title == "Bratstvo crossing"
    assert window.history.current == Place("borders/checkpoint", "activities")


def test_widgets_carry_accessible_names(make_window: WindowFactory) -> None:
    window = make_window()
    find_bar = features(window).find_in_page.bar
    for widget in (window.tree, window.detail, find_bar.edit, find_bar.next_button,
                   find_bar.prev_button):
        assert widget.accessibleName()


def test_language_switch_is_live_and_keeps_the_place(qtbot: QtBot, make_window: WindowFactory,
                                                     imported: DataPaths) -> None:
    window = make_window("borders/handbook#part-2")
    bar = window.detail.verticalScrollBar()
    bar.setValue(bar.value() + 120)  # the reader scrolled a little into the section
    section, offset = window.detail.section_offset()
    assert (section, offset) == ("part-2", 120)
    window.menus.language_menu.actions()[1].trigger()  # Русский
    assert window.windowTitle() == "Пограничный справочник — Полевой справочник"
    qtbot.waitUntil(lambda: window.menus.language_menu.title() == "&Язык")  # LanguageChange event
    assert features(window).find_in_page.bar.edit.placeholderText() == "Найти на странице"
    assert window.tree_model.index(0, 0).data() == "Миссия"
    assert window.view is not None and window.view.lang == "ru"
    assert window.detail.section_offset() == ("part-2", 120)
    assert window.history.current == Place("borders/handbook", "part-2")
    assert json.loads(imported.settings_file.read_text())["language"] == "ru"
    window.menus.language_actions["en"].trigger()
    assert window.windowTitle() == "Border handbook — Field Reference"
    assert window.detail.section_offset() == ("part-2", 120)


def test_a_section_that_cannot_reach_the_top_stays_the_place(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("mission#aims")  # a short entry: the view cannot scroll at all
    assert window.detail.section_at_top() != "aims"
    window.detail.verticalScrollBar().valueChanged.emit(0)  # as a resize or wheel would
    qtbot.wait(200)  # longer than the pane's scroll report delay
    assert window.history.current == Place("mission", "aims")
    window.open_place(Place("borders/handbook", "part-3"))  # a long one: scrolling moves it
    window.detail.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: window.history.current == Place("borders/handbook", ""))


def test_areas_start_open_unless_they_hold_very_many_entries(
        make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The thematic areas list their entries at start, while they fit in OPEN_AT_START
    together; the others start closed, unread until something in them is opened."""
    from desktop_app.ui.reader import main_window

    window = make_window()
    areas = [window.tree_model.index(row, 0) for row in range(window.tree_model.rowCount())]
    with_entries = [a for a in areas if window.tree_model.rowCount(a) > 0]
    assert with_entries and all(window.tree.isExpanded(a) for a in with_entries)
    monkeypatch.setattr(main_window, "OPEN_AT_START", 0)
    window.set_language("ru")  # the tree is filled again
    borders = window.tree_model.index_for(Place("borders"))
    assert not window.tree.isExpanded(borders)
    rows = [window.tree_model.index(row, 0, borders).data(PLACE_ROLE)
            for row in range(window.tree_model.rowCount(borders))]
    assert rows and all(place.section for place in rows)  # its sections, no entry read yet
    window.open_place(Place("borders/checkpoint", "details"))  # a link, a search, a bookmark
    assert window.tree.currentIndex().data(PLACE_ROLE) == Place("borders/checkpoint", "details")
    assert window.tree.isExpanded(borders)
