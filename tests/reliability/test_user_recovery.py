"""A damaged, emptied, missing or journal-only user.sqlite found at start while backups exist:
the bookmarks come back, and the window and the command line say from when and how many."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.bookmarks.store import BookmarkStore
from desktop_app.db.bookmark_repo import BookmarkRepository
from desktop_app.db.user_safety import backups
from desktop_app.library import UserData
from desktop_app.paths import DataPaths
from tests.reliability.user_files import fill_user_data, marks_in
from tests.test_cli import run
from tests.ui.conftest import WindowFactory, shown_message


def test_window_tells_about_a_restored_backup(qtbot: QtBot, make_window: WindowFactory,
                                              imported: DataPaths) -> None:
    user = UserData(imported.user_db, imported.backups_dir)
    with user.transaction() as s:
        BookmarkRepository(s).add_bookmark("mission", "aims", {"en": "The mission › Aims"},
                                           note="ask about the checkpoint")
    user.close()
    UserData(imported.user_db, imported.backups_dir).close()  # the start-up backup
    imported.user_db.write_bytes(b"\0garbage" * 512)
    window = make_window()
    box = shown_message(qtbot, window)
    assert box.windowTitle() == "Your data was restored"
    assert "restored from the automatic backup of" in box.text()
    assert QLocale().toString(QDate.currentDate(), "d MMMM yyyy") in box.text()  # taken today
    assert "user.sqlite.damaged-" in box.text()
    assert "Bookmarks restored: 1; notes: 1." in box.text()
    with window.user.transaction() as s:
        assert [b.target for b in BookmarkRepository(s).bookmarks()] == ["mission#aims"]
    box.button(QMessageBox.StandardButton.Ok).click()


def test_window_says_so_when_there_was_no_backup_to_restore(
        qtbot: QtBot, make_window: WindowFactory, imported: DataPaths) -> None:
    assert not backups(imported.backups_dir)
    imported.user_db.write_bytes(b"\0garbage" * 512)
    window = make_window()
    box = shown_message(qtbot, window)
    assert box.windowTitle() == "Your data could not be restored"
    assert "There was no backup to restore from" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()


def empty(db: Path) -> None:
    db.write_bytes(b"")


def missing(db: Path) -> None:
    db.unlink()


def journal_only(db: Path) -> None:
    """What a kill in the middle of copying a backup straight into user.sqlite left."""
    db.write_bytes(b"")
    db.with_name(db.name + "-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" * 64)


DAMAGE: dict[str, Callable[[Path], None]] = {
    "0 bytes": empty, "missing": missing, "journal only": journal_only}


@pytest.mark.parametrize("how", DAMAGE)
def test_an_emptied_file_is_restored_at_every_start(data_paths: DataPaths, how: str) -> None:
    """Not taken for a first start: five starts later the backups still hold all 10."""
    marks = fill_user_data(data_paths.root, 10)
    for _start in range(5):
        DAMAGE[how](data_paths.user_db)
        user = UserData(data_paths.user_db, data_paths.backups_dir)
        assert user.recovery is not None, how
        assert (user.recovery.bookmarks, user.recovery.notes) == (10, 4)
        assert user.recovery.backup_time is not None
        _folders, present = BookmarkStore(user).contents()
        assert {(m.slug, m.note) for m in present} == marks
        user.close()
    assert all(marks_in(copy) == marks for copy in backups(data_paths.backups_dir))
    assert not data_paths.root.joinpath("user.sqlite-journal").exists(), "never applied"


def test_emptying_the_bookmarks_keeps_the_last_good_backup(data_paths: DataPaths) -> None:
    """Deleting every bookmark, then many starts that each change something: the copy with
    the 10 bookmarks is kept outside the rotation of the five newest."""
    marks = fill_user_data(data_paths.root, 10)
    user = UserData(data_paths.user_db, data_paths.backups_dir)
    store = BookmarkStore(user)
    store.remove([mark.id for mark in store.contents()[1]])
    user.close()
    for start in range(8):
        user = UserData(data_paths.user_db, data_paths.backups_dir)
        with user.write() as repo:
            repo.record_place(f"entry-{start}")
        user.close()
    held = {copy.name: len(marks_in(copy)) for copy in backups(data_paths.backups_dir)}
    assert any(marks_in(copy) == marks for copy in backups(data_paths.backups_dir)), held


def test_command_line_says_what_was_restored(data_paths: DataPaths, tmp_path: Path) -> None:
    fill_user_data(data_paths.root, 30)
    data_paths.user_db.write_bytes(b"")
    out = tmp_path / "marks.json"
    result = run("--data-dir", str(data_paths.root), "bookmarks", "export", str(out))
    assert result.returncode == 0, result.stderr
    assert "user.sqlite was damaged (the file is empty)" in result.stderr
    assert "restored from the backup of" in result.stderr
    assert "30 bookmarks, 10 notes." in result.stderr
    assert "Exported 30 bookmarks" in result.stdout


def test_check_lists_the_backups_and_what_they_hold(data_paths: DataPaths) -> None:
    fill_user_data(data_paths.root, 12)
    junk = data_paths.backups_dir / "user-auto-19990101T000000000000.sqlite"
    junk.write_bytes(b"junk")
    os.utime(junk, (915148800, 915148800))
    result = run("--data-dir", str(data_paths.root), "check")
    newest = backups(data_paths.backups_dir)[0]
    lines = result.stdout.splitlines()
    assert any(line.startswith("ok") and newest.name in line and "12 bookmarks, 4 notes" in line
               for line in lines), result.stdout
    assert any(line.startswith("PROBLEM") and "user-auto-19990101" in line
               and "cannot be read" in line for line in lines), result.stdout
