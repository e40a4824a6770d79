"""Engines for both databases: SQLite with WAL and foreign keys on, set on every connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.db.errors import DatabaseDamaged as DatabaseDamaged  # re-exported
from desktop_app.db.sqlite_files import create_private


def _set_pragmas(synchronous: str) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.close()

    return on_connect


def sqlite_url(path: Path) -> URL:
    """The SQLAlchemy URL of ``path``, built from parts, never parsed from a string: a ``#``,
    ``?`` or ``%41`` in a folder name stays part of the file name (the plain file name, which
    SQLite never parses). Content is read without SQLAlchemy (``sqlite_files``)."""
    return URL.create("sqlite+pysqlite", database=str(path.absolute()))


def make_engine(path: Path, *, synchronous: str = "NORMAL", busy_timeout: float = 5.0) -> Engine:
    """A read-write engine on ``path``, the file created first with mode 0600
    (``create_private``): SQLite gives its journal and WAL the same mode. ``busy_timeout``:
    how long a write waits for another connection's write lock before SQLite says "database
    is locked" (see :func:`is_lock_timeout`)."""
    create_private(path)
    engine = create_engine(sqlite_url(path), connect_args={"timeout": busy_timeout})
    event.listen(engine, "connect", _set_pragmas(synchronous))
    return engine


def is_lock_timeout(exc: OperationalError) -> bool:
    """``exc`` says another connection held the database for longer than the busy timeout
    (nothing was written; trying again later may work), not that something is wrong."""
    message = str(exc.orig)
    return "locked" in message or "busy" in message


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
