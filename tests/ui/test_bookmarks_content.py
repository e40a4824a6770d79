"""Bookmarks across content updates and languages; Recently read; File → Export / Import."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.places import Place
from desktop_app.ui.bookmarks.model import BOOKMARK, STATUS_ROLE
from desktop_app.ui.reader.main_window import MainWindow
from tests.test_bookmark_store import changed_pack
from tests.ui.bookmark_helpers import bookmark_place, marks
from tests.ui.conftest import WindowFactory, features, shown_message


def label(window: MainWindow, mark: int) -> str:
    return str(features(window).bookmarks.panel.index_of(BOOKMARK, mark).data())


def test_reimported_pack_marks_missing_and_changed(qtbot: QtBot, make_window: WindowFactory,
                                                   tmp_path: Path) -> None:
    window = make_window("mission")
    changed = bookmark_place(window, Place("borders/checkpoint", "objectives"))
    gone_section = bookmark_place(window, Place("borders/checkpoint", "details"))
    gone_entry = bookmark_place(window, Place("borders/handbook", "part-2"))
    fine = bookmark_place(window, Place("borders/checkpoint", "activities"))
    features(window).importing.import_pack(changed_pack(tmp_path / "v2"))
    qtbot.waitUntil(lambda: window.library.pack is not None
                    and window.library.pack.version == "2.0.0", timeout=10000)
    assert label(window, changed) == "Bratstvo checkpoint › Objectives (changed)"
    assert label(window, gone_section) == "Bratstvo checkpoint › Details (missing)"
    assert label(window, gone_entry) == "Border handbook › Part 2 (missing)"
    assert label(window, fine) == "Bratstvo checkpoint › Activities"
    panel = features(window).bookmarks.panel
    assert panel.index_of(BOOKMARK, gone_entry).data(STATUS_ROLE) == "missing"
    panel.open_requested.emit(panel.index_of(BOOKMARK, gone_entry))
    assert "no longer in the content" in window.statusBar().currentMessage()
    assert len(marks(window)) == 4, "missing bookmarks are kept"
    panel.open_requested.emit(panel.index_of(BOOKMARK, gone_section))
    assert window.history.current == Place("borders/checkpoint")
    assert "its entry is shown" in window.statusBar().currentMessage()
    panel.open_requested.emit(panel.index_of(BOOKMARK, changed))
    assert window.history.current == Place("borders/checkpoint", "objectives")
    assert label(window, changed) == "Bratstvo checkpoint › Objectives"


def test_a_bookmark_made_in_english_opens_the_same_section_in_russian(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("borders/handbook#part-3")
    features(window).bookmarks.act_bookmark.trigger()
    mark = features(window).bookmarks.store.contents()[1][0].id
    assert label(window, mark) == "Border handbook › Part 3"
    window.menus.language_actions["ru"].trigger()
    try:
        qtbot.waitUntil(lambda: features(window).bookmarks.panel.windowTitle() == "Закладки")
        assert label(window, mark) == "Пограничный справочник › Часть 3"
        panel = features(window).bookmarks.panel
        assert panel.filter_edit.placeholderText() == "Фильтр закладок"
        assert panel.sort_box.itemText(0) == "Свой порядок"
        assert features(window).bookmarks.recent_menu.title() == "Недавно &прочитанное"
        window.open_place(Place("mission"))
        panel.open_requested.emit(panel.index_of(BOOKMARK, mark))
        assert window.view is not None and window.view.lang == "ru"
        assert window.history.current == Place("borders/handbook", "part-3")
        assert window.detail.section_at_top() == "part-3"
    finally:
        window.menus.language_actions["en"].trigger()  # the translators belong to the application


def test_the_panel_comes_back_where_it_was(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window("mission")
    features(window).bookmarks.act_panel.trigger()
    assert features(window).bookmarks.panel.isVisible()
    window.close()
    again = make_window("mission")
    assert features(again).bookmarks.panel.isVisible()
    assert again.dockWidgetArea(features(again).bookmarks.panel).name == "RightDockWidgetArea"


def test_recently_read_lists_the_last_entries_newest_first(make_window: WindowFactory) -> None:
    window = make_window("mission")
    window.open_place(Place("borders/checkpoint", "activities"))
    window.open_place(Place("borders"))
    menu = features(window).bookmarks.recent_menu
    menu.aboutToShow.emit()  # as when the Go menu opens it
    titles = [a.text() for a in menu.actions()]
    assert titles[:3] == ["Border management", "Bratstvo checkpoint", "The mission"]
    menu.actions()[1].trigger()
    assert window.history.current is not None
    assert window.history.current.slug == "borders/checkpoint"


def test_file_menu_export_then_import_into_a_fresh_data_folder(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window("mission")
    folder = features(window).bookmarks.store.add_folder("Borders")
    features(window).bookmarks.store.add(Place("borders", "training"), folder.id)
    mark = bookmark_place(window, Place("mission", "aims"))
    features(window).bookmarks.store.edit(mark, note="for the briefing")
    out = tmp_path / "mine.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(out), "Field Reference bookmarks (*.json)"))
    features(window).bookmarks.act_export.trigger()
    assert out.is_file()
    expected = marks(window)
    window.close()

    from desktop_app.content.importer import import_pack
    from desktop_app.paths import DataPaths
    from tests.packs import write_pack

    fresh = DataPaths(tmp_path / "fresh").ensure()
    import_pack(write_pack(tmp_path / "pack2"), fresh.content_db)
    other = make_window("mission", paths=fresh)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(out), ""))
    features(other).bookmarks.act_import.trigger()  # off the UI thread
    box = shown_message(qtbot, other)
    assert "2 bookmarks added, 0 skipped" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    assert sorted(marks(other)) == sorted(expected)
    assert [f.name for f in features(other).bookmarks.store.contents()[0]] == ["Borders"]
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    features(other).bookmarks.import_from(bad)
    box = shown_message(qtbot, other)
    assert "line 1" in box.text() and "unchanged" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    assert sorted(marks(other)) == sorted(expected)


def test_an_export_that_cannot_be_written_is_said_in_the_reader_s_language(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window("mission", lang="ru")
    bookmark_place(window, Place("mission", "aims"))
    (tmp_path / "a-file").write_text("not a folder")
    chosen = [tmp_path / "a-file" / "mine.json"]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(chosen[0]), ""))
    features(window).bookmarks.act_export.trigger()
    box = shown_message(qtbot, window)
    assert box.text() == "mine.json не сохранён: такой папки нет."
    box.button(QMessageBox.StandardButton.Ok).click()
    if hasattr(os, "mkfifo"):  # a device-like file: moving a file over it would replace it
        chosen[0] = tmp_path / "pipe"
        os.mkfifo(chosen[0])
        features(window).bookmarks.act_export.trigger()
        box = shown_message(qtbot, window)
        assert box.text() == "pipe не сохранён: это имя папки или устройства, а не файла."
        assert stat.S_ISFIFO(chosen[0].stat().st_mode)
    assert list(tmp_path.glob("**/*.partial")) == []


def test_a_bad_bookmarks_file_is_named_in_the_reader_s_language(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window("mission", lang="ru")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    features(window).bookmarks.import_from(bad)
    box = shown_message(qtbot, window)
    assert box.text().endswith(f"\n\n{bad}: строка 1, столбец 2: это не файл JSON.")
    box.button(QMessageBox.StandardButton.Ok).click()
    bad.write_bytes(b'{"format": "field-reference-bookmarks", "note": "\xff"}')
    features(window).bookmarks.import_from(bad)
    box = shown_message(qtbot, window)
    assert box.text().endswith(
        f"\n\n{bad}: это не файл закладок: в нём не текст UTF-8 (байт 50).")


def test_an_empty_export_never_replaces_an_earlier_one(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """After a start with no bookmarks (a new laptop, data that could not be restored), an
    export over the file that holds them would lose them for good."""
    window = make_window("mission", lang="ru")
    mark = bookmark_place(window, Place("mission", "aims"))
    out = tmp_path / "mine.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    features(window).bookmarks.act_export.trigger()
    saved = out.read_bytes()
    features(window).bookmarks.store.remove([mark])
    features(window).bookmarks.act_export.trigger()
    box = shown_message(qtbot, window)
    assert box.text() == (f"{out}: содержит закладки (1), а экспортировать сейчас нечего, "
                          "поэтому файл не заменён.")
    assert out.read_bytes() == saved


def test_undo_brings_back_a_bookmark_whose_id_a_newer_one_took(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    """Bookmark, remove it, bookmark something else (SQLite gives it the freed id), Ctrl+Z:
    the first comes back with its note and the other stays; a redo removes only the first."""
    window = make_window("mission")
    bookmarks = features(window).bookmarks
    first = bookmark_place(window, Place("mission", "aims"))
    bookmarks.store.edit(first, note="for the meeting")
    bookmarks.set_bookmarked(Place("mission", "aims"), False)
    other = bookmark_place(window, Place("borders"))
    assert other == first  # the freed id, as SQLite gives it
    stack = bookmarks.panel.undo_stack
    stack.undo()
    assert sorted((m.slug, m.note) for m in bookmarks.store.contents()[1]) == [
        ("borders", ""), ("mission", "for the meeting")]
    stack.redo()
    assert [m.slug for m in bookmarks.store.contents()[1]] == ["borders"]
