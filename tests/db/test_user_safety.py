"""Backups of user.sqlite (bounded, only when changed) and recovery of a damaged file."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.db.bookmark_repo import BookmarkRepository
from desktop_app.db.user_safety import AUTO_PREFIX, auto_backup, damage
from desktop_app.library import UserData
from desktop_app.paths import DataPaths


def autos(paths: DataPaths) -> list[Path]:
    return sorted(paths.backups_dir.glob(f"{AUTO_PREFIX}*.sqlite"))


def add_bookmark(paths: DataPaths, slug: str) -> None:
    user = UserData(paths.user_db, paths.backups_dir)
    with user.transaction() as s:
        BookmarkRepository(s).add_bookmark(slug, "", {"en": slug})
    user.close()


def test_backup_only_when_changed_and_bounded(data_paths: DataPaths) -> None:
    add_bookmark(data_paths, "a")  # creates the file: nothing to back up yet at start
    UserData(data_paths.user_db, data_paths.backups_dir).close()
    assert len(autos(data_paths)) == 1
    UserData(data_paths.user_db, data_paths.backups_dir).close()
    assert len(autos(data_paths)) == 1, "unchanged data is not copied again"
    for number in range(7):
        add_bookmark(data_paths, f"b{number}")
    assert len(autos(data_paths)) == 5
    assert auto_backup(data_paths.user_db, data_paths.backups_dir) is not None
    assert all(damage(p) is None for p in autos(data_paths))


def overwrite_middle(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xff" * min(4096, size // 2))


def test_damaged_file_is_kept_aside_and_restored_from_the_newest_backup(
        data_paths: DataPaths) -> None:
    for slug in ("mission", "borders"):
        add_bookmark(data_paths, slug)
    UserData(data_paths.user_db, data_paths.backups_dir).close()  # backs up both bookmarks
    newest = autos(data_paths)[-1]
    conn = sqlite3.connect(data_paths.user_db)  # grow the file so that damage hits a page
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("CREATE TABLE filler (x)")
    conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 200)
    conn.commit()
    conn.close()
    overwrite_middle(data_paths.user_db)
    damaged_bytes = data_paths.user_db.read_bytes()
    assert damage(data_paths.user_db) is not None
    user = UserData(data_paths.user_db, data_paths.backups_dir)
    assert user.recovery is not None
    assert user.recovery.backup == newest and user.recovery.backup_time is not None
    assert user.recovery.damaged_copy is not None
    assert user.recovery.damaged_copy.read_bytes() == damaged_bytes
    with user.transaction() as s:
        assert [b.slug for b in BookmarkRepository(s).bookmarks()] == ["mission", "borders"]
    user.close()


def test_a_damaged_backup_is_skipped(data_paths: DataPaths) -> None:
    add_bookmark(data_paths, "mission")
    UserData(data_paths.user_db, data_paths.backups_dir).close()
    good = autos(data_paths)[-1]
    bad = data_paths.backups_dir / f"{AUTO_PREFIX}99999999T999999999999.sqlite"
    bad.write_bytes(b"garbage" * 1000)
    os.utime(bad, (good.stat().st_mtime + 10, good.stat().st_mtime + 10))
    data_paths.user_db.write_bytes(b"not a database at all" * 100)
    user = UserData(data_paths.user_db, data_paths.backups_dir)
    assert user.recovery is not None and user.recovery.backup == good
    user.close()


def test_a_copied_backups_folder_still_restores_the_newest_backup(
        data_paths: DataPaths) -> None:
    """Copying the data folder to another laptop gives every file the time of the copy, or
    the times in any order: the newest backup is the one its name says was taken last."""
    add_bookmark(data_paths, "mission")
    UserData(data_paths.user_db, data_paths.backups_dir).close()
    add_bookmark(data_paths, "borders")
    UserData(data_paths.user_db, data_paths.backups_dir).close()
    older, newer = autos(data_paths)
    os.utime(older, (newer.stat().st_mtime + 3600, newer.stat().st_mtime + 3600))
    os.utime(newer, (0, 0))  # 1970, as far as the file system says
    data_paths.user_db.write_bytes(b"not a database at all" * 100)
    user = UserData(data_paths.user_db, data_paths.backups_dir)
    assert user.recovery is not None and user.recovery.backup == newer
    assert user.recovery.backup_time is not None
    assert abs(user.recovery.backup_time - datetime.now(UTC)) < timedelta(minutes=5)
    with user.transaction() as s:
        assert [b.slug for b in BookmarkRepository(s).bookmarks()] == ["mission", "borders"]
    user.close()


def test_a_locked_file_is_not_taken_for_a_damaged_one(data_paths: DataPaths) -> None:
    add_bookmark(data_paths, "mission")
    holder = sqlite3.connect(data_paths.user_db, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")  # another process in the middle of a write
    try:
        assert damage(data_paths.user_db) is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert data_paths.user_db.exists()
