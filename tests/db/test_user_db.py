"""user.sqlite: schema versions, migrations that keep data, a newer file left alone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from desktop_app.db.errors import DatabaseDamaged, UserDataTooNew
from desktop_app.db.migrations import USER_SCHEMA_VERSION
from desktop_app.db.user_models import UserBase
from desktop_app.db.user_repo import open_user_engine
from desktop_app.library import UserData
from desktop_app.paths import DataPaths


def test_new_database_matches_the_models(data_paths: DataPaths) -> None:
    engine = open_user_engine(data_paths.user_db, data_paths.backups_dir)
    inspector = inspect(engine)
    for table in UserBase.metadata.sorted_tables:
        actual = {c["name"]: c for c in inspector.get_columns(table.name)}
        assert set(actual) == set(table.columns.keys()), table.name
        for column in table.columns:
            assert actual[column.name]["nullable"] == column.nullable, (table.name, column.name)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == USER_SCHEMA_VERSION
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_reopening_keeps_places(data_paths: DataPaths) -> None:
    user = UserData(data_paths.user_db, data_paths.backups_dir)
    with user.write() as repo:
        repo.record_place("mission", "aims", 40)
        repo.record_place("borders", "", 0)
        repo.record_place("mission", "history", 5)
    user.close()
    user = UserData(data_paths.user_db, data_paths.backups_dir)
    with user.read() as repo:
        last = repo.last_place()
        assert last is not None
        assert (last.slug, last.section, last.scroll) == ("mission", "history", 5)
    user.close()


def places_in_file(path: Path) -> list[tuple[str, str, int]]:
    """What another program reading the file sees, newest first."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT slug, section, scroll FROM place "
                            "ORDER BY opened_at DESC").fetchall()
    finally:
        conn.close()


def test_noted_places_are_written_together_and_before_any_read(data_paths: DataPaths) -> None:
    user = UserData(data_paths.user_db, data_paths.backups_dir)
    user.note_place("mission", "aims", 40)
    user.note_place("borders", "", 0)
    user.note_place("mission", "history", 5)  # the same entry again: its newest place
    assert places_in_file(data_paths.user_db) == []
    user.save_places()
    assert places_in_file(data_paths.user_db) == [("mission", "history", 5), ("borders", "", 0)]
    user.note_place("borders", "training", 12)
    with user.read() as repo:  # a read sees what was noted
        assert [(p.slug, p.section) for p in repo.recent_places()] == [
            ("borders", "training"), ("mission", "history")]
    user.note_place("mission", "aims", 0)
    user.close()  # and closing writes what is left
    assert places_in_file(data_paths.user_db)[0] == ("mission", "aims", 0)


def test_newer_schema_is_refused_and_left_unchanged(data_paths: DataPaths) -> None:
    conn = sqlite3.connect(data_paths.user_db)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version={USER_SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = data_paths.user_db.read_bytes()
    with pytest.raises(UserDataTooNew, match="newer Field Reference"):
        UserData(data_paths.user_db, data_paths.backups_dir)
    assert data_paths.user_db.read_bytes() == before


def test_a_file_that_is_not_a_database_is_moved_aside_not_deleted(tmp_path: Path) -> None:
    path = tmp_path / "user.sqlite"
    garbage = b"this is not sqlite" * 100
    path.write_bytes(garbage)
    user = UserData(path, tmp_path / "backups")
    assert user.recovery is not None and user.recovery.backup is None
    assert "not a database" in user.recovery.reason
    assert user.recovery.damaged_copy is not None
    assert user.recovery.damaged_copy.read_bytes() == garbage
    with user.read() as repo:
        assert repo.last_place() is None
    user.close()


def test_a_folder_named_user_sqlite_is_named_as_a_folder(tmp_path: Path) -> None:
    (tmp_path / "user.sqlite").mkdir()
    with pytest.raises(DatabaseDamaged) as caught:
        UserData(tmp_path / "user.sqlite", tmp_path / "backups")
    assert str(caught.value) == (f"{tmp_path / 'user.sqlite'}: the user database cannot be read "
                                 "(that name is a folder or a device, not a file).")
    assert (tmp_path / "user.sqlite").is_dir()
