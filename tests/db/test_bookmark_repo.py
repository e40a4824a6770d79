"""Bookmarks and folders in a real user.sqlite: order, moves, one-level nesting, undo."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.db.bookmark_records import FolderNestingError
from desktop_app.db.bookmark_repo import BookmarkRepository
from desktop_app.db.migrations import USER_SCHEMA_VERSION
from desktop_app.library import UserData
from desktop_app.paths import DataPaths


@pytest.fixture
def user(data_paths: DataPaths) -> UserData:
    return UserData(data_paths.user_db, data_paths.backups_dir)


def test_bookmarks_keep_target_titles_and_order(user: UserData) -> None:
    with user.transaction() as s:
        repo = BookmarkRepository(s)
        a = repo.add_bookmark("mission", "aims",
                              {"en": "The mission › Aims", "ru": "Миссия › Цели"})
        b = repo.add_bookmark("borders", "", {"en": "Border management"}, note="see training")
    with user.transaction() as s:
        marks = BookmarkRepository(s).bookmarks()
    assert [m.id for m in marks] == [a.id, b.id]
    assert marks[0].target == "mission#aims" and marks[1].target == "borders"
    assert marks[0].label("ru") == "Миссия › Цели"
    assert marks[1].label("ru") == "Border management"  # the other language, not nothing
    assert marks[1].note == "see training" and marks[1].created_at


def test_folders_nest_one_level_only(user: UserData) -> None:
    with user.transaction() as s:
        repo = BookmarkRepository(s)
        top = repo.add_folder("Borders")
        sub = repo.add_folder("Checkpoints", top.id)
        with pytest.raises(FolderNestingError):
            repo.add_folder("Too deep", sub.id)
        other = repo.add_folder("Other")
        with pytest.raises(FolderNestingError):
            repo.move_folder(top.id, other.id)  # it holds a folder itself
        repo.move_folder(other.id, top.id)
        assert repo.folder(other.id) is not None
        assert repo.folder(other.id).parent_id == top.id  # type: ignore[union-attr]


def test_moving_bookmarks_between_folders_renumbers(user: UserData) -> None:
    with user.transaction() as s:
        repo = BookmarkRepository(s)
        folder = repo.add_folder("F")
        ids = [repo.add_bookmark("mission", str(i), {}).id for i in range(4)]
        repo.move_bookmarks([ids[3]], None, 0)
        assert [b.id for b in repo.bookmarks() if b.folder_id is None] == [ids[3], *ids[:3]]
        repo.move_bookmarks([ids[0], ids[1]], folder.id)
        inside = [b for b in repo.bookmarks() if b.folder_id == folder.id]
        assert [b.id for b in inside] == ids[:2]
        assert [b.position for b in inside] == [0, 1]


def test_remove_and_restore_a_folder_with_everything_in_it(user: UserData) -> None:
    with user.transaction() as s:
        repo = BookmarkRepository(s)
        top = repo.add_folder("Top")
        sub = repo.add_folder("Sub", top.id)
        repo.add_bookmark("mission", "", {}, folder_id=top.id, note="n1")
        repo.add_bookmark("borders", "", {}, folder_id=sub.id)
        kept = repo.add_bookmark("borders", "training", {})
        before = (repo.folders(), repo.bookmarks())
    with user.transaction() as s:
        snapshot = BookmarkRepository(s).remove(folder_ids=[top.id])
    assert len(snapshot.folders) == 2 and len(snapshot.bookmarks) == 2
    with user.transaction() as s:
        repo = BookmarkRepository(s)
        assert repo.folders() == [] and [b.id for b in repo.bookmarks()] == [kept.id]
        repo.restore(snapshot)
    with user.transaction() as s:
        repo = BookmarkRepository(s)
        assert (repo.folders(), repo.bookmarks()) == before


def test_an_older_user_database_is_migrated_keeping_places(data_paths: DataPaths) -> None:
    conn = sqlite3.connect(data_paths.user_db)
    conn.execute("CREATE TABLE place (slug VARCHAR(200) NOT NULL PRIMARY KEY, section "
                 "VARCHAR(100) NOT NULL, scroll INTEGER NOT NULL, opened_at VARCHAR(32) NOT NULL)")
    conn.execute("INSERT INTO place VALUES ('mission', 'aims', 10, '2026-01-01T00:00:00')")
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()
    user = UserData(data_paths.user_db, data_paths.backups_dir)
    with user.read() as repo:
        assert [p.slug for p in repo.recent_places()] == ["mission"]
    with user.transaction() as s:
        BookmarkRepository(s).add_bookmark("mission", "aims", {})
    user.close()
    conn = sqlite3.connect(data_paths.user_db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == USER_SCHEMA_VERSION
    conn.close()
    assert list(data_paths.backups_dir.glob("user-before-v*.sqlite"))
