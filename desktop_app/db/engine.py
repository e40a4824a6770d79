"""Engines for both databases: SQLite with WAL and foreign keys on, set on every connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.db.errors import DatabaseDamaged as DatabaseDamaged  # re-exported
from desktop_app.problems import QT_TRANSLATE_NOOP, Problem

SQLITE_MAGIC = b"SQLite format 3\x00"


def check_complete(path: Path) -> None:
    """Raise :class:`DatabaseDamaged` when ``path`` is not an SQLite file or is cut short.

    Reads only the 100-byte header: its page size times its page count must be the file's
    size. A truncated file otherwise opens fine and fails later, on whichever page is missing.
    (Valid for a file written in rollback-journal mode, as content.sqlite is.)
    """
    with path.open("rb") as file:
        header = file.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise DatabaseDamaged(Problem(str(path), None, QT_TRANSLATE_NOOP(
            "Problems", "this is not a database file.")))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    size = path.stat().st_size
    if pages and size != page_size * pages:
        raise DatabaseDamaged(Problem(str(path), None, QT_TRANSLATE_NOOP(
            "Problems", "the database file is incomplete ({size} of {expected} bytes)."),
            {"size": str(size), "expected": str(page_size * pages)}))


def _set_pragmas(readonly: bool, synchronous: str) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if not readonly:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.close()

    return on_connect


def make_engine(path: Path, *, readonly: bool = False, synchronous: str = "NORMAL") -> Engine:
    """An engine on ``path``; ``readonly`` opens it with SQLite's ``mode=ro`` (no side files)."""
    if readonly:
        url = f"sqlite+pysqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite+pysqlite:///{path.as_posix()}"
    engine = create_engine(url)
    event.listen(engine, "connect", _set_pragmas(readonly, synchronous))
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
