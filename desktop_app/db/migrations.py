"""Schema versions of user.sqlite and the steps between them; user data is never dropped.

The version lives in SQLite's ``user_version``. Each step runs in one transaction together with
the version bump, after a backup copy of the file was taken, so a crash mid-way leaves the
previous version intact.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.db.errors import DatabaseDamaged, UserDataTooNew
from desktop_app.db.sqlite_files import connect_for_reading, copy_database

if TYPE_CHECKING:
    from sqlalchemy import Engine
from desktop_app.problems import QT_TRANSLATE_NOOP, Problem
from desktop_app.reasons import A_FOLDER, DAMAGED, storage_failure

# MIGRATIONS[n] takes a database from version n to n + 1. Append, never edit a released step.
MIGRATIONS: list[tuple[str, ...]] = [
    (
        """CREATE TABLE place (
            slug VARCHAR(200) NOT NULL PRIMARY KEY,
            section VARCHAR(100) NOT NULL,
            scroll INTEGER NOT NULL,
            opened_at VARCHAR(32) NOT NULL
        )""",
        "CREATE INDEX ix_place_opened_at ON place (opened_at)",
    ),
    (
        """CREATE TABLE bookmark_folder (
            id INTEGER NOT NULL PRIMARY KEY,
            name VARCHAR(200) NOT NULL,
            parent_id INTEGER REFERENCES bookmark_folder (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            created_at VARCHAR(32) NOT NULL
        )""",
        "CREATE INDEX ix_bookmark_folder_parent_id ON bookmark_folder (parent_id)",
        """CREATE TABLE bookmark (
            id INTEGER NOT NULL PRIMARY KEY,
            slug VARCHAR(200) NOT NULL,
            section VARCHAR(100) NOT NULL,
            folder_id INTEGER REFERENCES bookmark_folder (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            note TEXT NOT NULL,
            created_at VARCHAR(32) NOT NULL,
            titles JSON NOT NULL,
            text_hash VARCHAR(64) NOT NULL
        )""",
        "CREATE INDEX ix_bookmark_target ON bookmark (slug, section)",
        "CREATE INDEX ix_bookmark_folder_id ON bookmark (folder_id)",
    ),
]
USER_SCHEMA_VERSION = len(MIGRATIONS)


def backup_copy(source: Path, dest: Path) -> None:
    """Copy a live database consistently with SQLite's online backup API, privately."""
    dest.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    copy_database(source, dest)


def check_openable(db_path: Path) -> int:
    """The schema version of an existing file, read without changing a byte of it.

    Raises :class:`DatabaseDamaged` or :class:`UserDataTooNew` before anything writes to it.
    """
    if not db_path.exists():
        return 0
    if db_path.is_dir():  # SQLite would call it a disk I/O error
        raise DatabaseDamaged(Problem(str(db_path), None, QT_TRANSLATE_NOOP(
            "Problems", "the user database cannot be read ({error})."),
            {"error": A_FOLDER}, phrases=("error",)))
    try:
        conn = connect_for_reading(db_path)
        try:
            current = int(conn.execute("PRAGMA user_version").fetchone()[0])
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(Problem(str(db_path), None, QT_TRANSLATE_NOOP(
            "Problems", "the user database cannot be read ({error})."),
            {"error": storage_failure(exc, reading=True) or DAMAGED},
            phrases=("error",))) from exc
    if current > USER_SCHEMA_VERSION:
        raise UserDataTooNew(Problem(str(db_path), None, QT_TRANSLATE_NOOP(
            "Problems", "was written by a newer Field Reference (data format {found}; this "
            "version knows up to {known}). It was left unchanged."),
            {"found": current, "known": USER_SCHEMA_VERSION}))
    return current


def migrate(engine: Engine, db_path: Path, backups_dir: Path | None) -> int:
    """Bring the database to ``USER_SCHEMA_VERSION``; return the version it had before.
    ``backups_dir`` None: a copy in memory of a file that stays as it is, nothing to back up."""
    with engine.connect() as conn:
        current = int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())
    if current == USER_SCHEMA_VERSION:
        return current
    if current > 0 and backups_dir is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        backup_copy(db_path, backups_dir / f"user-before-v{USER_SCHEMA_VERSION}-{stamp}.sqlite")
    raw = engine.raw_connection()
    try:
        dbapi = raw.driver_connection
        assert isinstance(dbapi, sqlite3.Connection)
        dbapi.isolation_level = None  # we issue BEGIN and COMMIT ourselves
        for version in range(current, USER_SCHEMA_VERSION):
            dbapi.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[version]:
                    dbapi.execute(statement)
                dbapi.execute(f"PRAGMA user_version={version + 1}")
                dbapi.execute("COMMIT")
            except BaseException:
                dbapi.execute("ROLLBACK")
                raise
    finally:
        raw.close()
    return current
