"""The disk fills up while the window is open (a stick, a laptop's small disk): each change of
the bookmarks that cannot be saved is said in the status bar in the reader's language, nothing
is half written, no traceback, and once there is space again every change is saved."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.content.importer import import_pack
from desktop_app.paths import DataPaths
from desktop_app.places import Place
from desktop_app.ui.app import build_window
from desktop_app.ui.bookmarks.model import BOOKMARK
from desktop_app.ui.reader.main_window import MainWindow
from desktop_app.ui.start import after_first_paint, start
from tests.reliability.test_recovery_disk_full import fill_disk
from tests.reliability.tmpfs import tmpfs
from tests.ui.conftest import features, shown_message

NOT_SAVED = "Закладка не сохранена: диск заполнен."
CHANGE_NOT_SAVED = "Изменение не сохранено: диск заполнен. Закладки остались такими, как были."


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with tmpfs(tmp_path / "disk", "8m") as mount:
        yield mount


@pytest.fixture
def on_disk(small_disk: Path, pack_dir: Path) -> DataPaths:
    """A data folder on the small disk, with content, before the disk fills up."""
    paths = DataPaths(small_disk / "data").ensure()
    import_pack(pack_dir, paths.content_db)
    return paths


WINDOWS: list[MainWindow] = []


@pytest.fixture(autouse=True)
def back_in_english() -> Iterator[None]:
    """The application outlives the test: leave it in English, as the other tests expect."""
    yield
    while WINDOWS:
        WINDOWS.pop().translators.switch("en")


def said_not_saved(qtbot: QtBot, window: MainWindow) -> str:
    """The text of the box that says a change was not saved; the box is closed."""
    box = shown_message(qtbot, window)
    text = box.text()
    box.done(QMessageBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: not box.isVisible())
    return text


def open_window(qtbot: QtBot, paths: DataPaths) -> MainWindow:
    window = build_window(paths, "ru")
    WINDOWS.append(window)
    qtbot.addWidget(window)
    window.show()
    start(window, "mission")
    return window


def test_bookmark_changes_on_a_full_disk_are_said_and_nothing_is_lost(
        qtbot: QtBot, small_disk: Path, on_disk: DataPaths) -> None:
    window = open_window(qtbot, on_disk)
    bookmarks = features(window).bookmarks
    kept = bookmarks.store.add(Place("mission"))
    filler = fill_disk(small_disk)
    try:
        bookmarks.set_bookmarked(Place("borders/handbook", "part-2"), True)  # as Ctrl+D
        assert said_not_saved(qtbot, window) == NOT_SAVED
        assert [m.slug for m in bookmarks.store.contents()[1]] == ["mission"]

        bookmarks.set_bookmarked(Place("mission"), False)  # a delete that cannot be saved
        assert said_not_saved(qtbot, window) == CHANGE_NOT_SAVED
        assert not bookmarks.panel.undo_stack.canUndo()  # nothing was deleted
        model = bookmarks.panel.model
        index = model.index_of(BOOKMARK, kept.id)
        assert not model.setData(index, "Моя заметка", Qt.ItemDataRole.EditRole)
        assert said_not_saved(qtbot, window) == CHANGE_NOT_SAVED
        assert [m.name for m in bookmarks.store.contents()[1]] == [""]
    finally:
        filler.unlink()  # space again
    bookmarks.set_bookmarked(Place("borders/handbook", "part-2"), True)
    assert not [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert sorted(m.slug for m in bookmarks.store.contents()[1]) == [
        "borders/handbook", "mission"]


def test_an_undo_that_cannot_be_saved_can_be_tried_again(
        qtbot: QtBot, small_disk: Path, on_disk: DataPaths) -> None:
    window = open_window(qtbot, on_disk)
    bookmarks = features(window).bookmarks
    mark = bookmarks.store.add(Place("mission"))
    bookmarks.store.edit(mark.id, note="ask about the checkpoint")
    bookmarks.set_bookmarked(Place("mission"), False)  # deleted, with space to spare
    assert bookmarks.store.contents()[1] == []
    filler = fill_disk(small_disk)
    bookmarks.panel.undo_stack.undo()  # Ctrl+Z on a full disk
    assert said_not_saved(qtbot, window) == CHANGE_NOT_SAVED
    qtbot.waitUntil(lambda: bookmarks.panel.undo_stack.canUndo())  # still there to undo
    assert bookmarks.store.contents()[1] == []
    filler.unlink()
    bookmarks.panel.undo_stack.undo()  # again, with space
    assert [(m.slug, m.note) for m in bookmarks.store.contents()[1]] == [
        ("mission", "ask about the checkpoint")]


def test_a_bookmarks_import_onto_a_full_disk_says_why_in_russian(
        qtbot: QtBot, small_disk: Path, on_disk: DataPaths, tmp_path: Path) -> None:
    window = open_window(qtbot, on_disk)
    source = tmp_path / "marks.json"
    source.write_text(json.dumps({"format": "field-reference-bookmarks", "version": 1,
                                  "bookmarks": [{"target": f"mission#part-{n}", "note": "n" * 500}
                                                for n in range(5000)]}), encoding="utf-8")
    filler = fill_disk(small_disk)
    with filler.open("r+b") as handle:  # room to begin the import, not to end it
        handle.truncate(filler.stat().st_size - 256 * 1024)
    features(window).bookmarks.import_from(source)
    box = shown_message(qtbot, window, timeout_ms=30000)
    assert box.text().startswith("Не все закладки удалось сохранить (диск заполнен).")
    filler.unlink()


def test_a_pdf_that_does_not_fit_on_the_disk_is_not_said_to_be_saved(
        qtbot: QtBot, small_disk: Path, pack_dir: Path, tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()  # the data elsewhere: only the PDF's disk
    import_pack(pack_dir, paths.content_db)
    window = open_window(qtbot, paths)
    filler = fill_disk(small_disk)
    pdf = small_disk / "brief.pdf"
    assert features(window).printing.export_open(pdf) is None
    box = shown_message(qtbot, window)
    assert (box.windowTitle(), box.text()) == ("PDF не сохранён",
                                               "brief.pdf не сохранён: диск заполнен.")
    box.done(QMessageBox.StandardButton.Ok)
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]  # no empty or cut PDF
    filler.unlink()
    assert features(window).printing.export_open(pdf) == pdf
    assert pdf.read_bytes().rstrip().endswith(b"%%EOF")


def test_a_first_start_on_a_full_disk_says_so_and_ends(
        qtbot: QtBot, small_disk: Path, on_disk: DataPaths) -> None:
    filler = fill_disk(small_disk)
    shown: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(50, read_and_close)

    QTimer.singleShot(50, read_and_close)
    window = build_window(on_disk, "ru", open_user=False)  # as the program starts
    WINDOWS.append(window)
    qtbot.addWidget(window)
    window.show()
    QTimer.singleShot(0, lambda: after_first_paint(window, on_disk, None, tree_filled=False))
    assert QApplication.exec() == 1  # as the program's own loop, which the box ends
    assert shown == [f"{on_disk.user_db}: не удалось открыть: диск заполнен. Запустите программу "
                     "снова, когда на диске будет место и в папку можно будет записывать, или "
                     "запустите её с другой папкой данных."]
    filler.unlink()


def test_the_command_line_says_a_full_disk_in_one_sentence(small_disk: Path) -> None:
    data = small_disk / "data"
    data.mkdir()
    fill_disk(small_disk)
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data),
                             "bookmarks", "export", str(small_disk / "out.json")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().endswith(
        "user.sqlite: could not be opened: the disk is full. Start again once the disk has "
        "free space and the folder can be written, or start with another data folder.")


def test_the_reading_place_waits_while_the_disk_is_full(small_disk: Path) -> None:
    from desktop_app.library import UserData

    paths = DataPaths(small_disk / "data").ensure()
    user = UserData(paths.user_db, paths.backups_dir)
    user.note_place("mission", "aims", 120)
    assert user.save_places()
    filler = fill_disk(small_disk)
    for n in range(200):  # enough places that the write needs new pages
        user.note_place(f"entry-{n}", "part-" + "x" * 500, n)
    assert not user.save_places()  # kept in memory, no exception
    filler.unlink()
    assert user.save_places()
    user.close()
    reopened = UserData(paths.user_db, paths.backups_dir)
    with reopened.read() as repo:
        assert set(repo.opened_places()) == {"mission", *(f"entry-{n}" for n in range(200))}
    reopened.close()


def test_two_undos_that_cannot_be_saved_delete_nothing_again(
        qtbot: QtBot, small_disk: Path, on_disk: DataPaths) -> None:
    window = open_window(qtbot, on_disk)
    bookmarks = features(window).bookmarks
    for place in (Place("mission"), Place("borders/handbook", "part-2")):
        bookmarks.store.add(place)
        bookmarks.set_bookmarked(place, False)
    keep = bookmarks.store.add(Place("borders"))  # a bookmark no undo may touch
    stack = bookmarks.panel.undo_stack
    filler = fill_disk(small_disk)
    stack.undo()
    stack.undo()  # before the first one's step back has run
    qtbot.wait(100)
    filler.unlink()
    assert [m.id for m in bookmarks.store.contents()[1]] == [keep.id]
    while stack.canUndo():
        stack.undo()
    assert {m.slug for m in bookmarks.store.contents()[1]} >= {"borders", "mission"}
