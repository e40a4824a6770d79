"""Engines for both databases: SQLite with WAL and foreign keys on, set on every connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.db.errors import DatabaseDamaged as DatabaseDamaged  # re-exported
from desktop_app.db.sqlite_files import create_private, readonly_uri


def _set_pragmas(readonly: bool, synchronous: str) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if not readonly:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.close()

    return on_connect


def sqlite_url(path: Path, *, readonly: bool = False) -> URL:
    """The SQLAlchemy URL of ``path``, built from parts, never parsed from a string: a ``#``,
    ``?`` or ``%41`` in a folder name stays part of the file name.

    Read-only, the database is ``sqlite_files.readonly_uri`` (quoted by ``Path.as_uri``) and
    ``uri=true`` makes pysqlite hand it to SQLite as a URI; read-write, it is the plain file
    name, which SQLite never parses.
    """
    if readonly:
        return URL.create("sqlite+pysqlite", database=readonly_uri(path), query={"uri": "true"})
    return URL.create("sqlite+pysqlite", database=str(path.absolute()))


def make_engine(path: Path, *, readonly: bool = False, synchronous: str = "NORMAL",
                busy_timeout: float = 5.0) -> Engine:
    """An engine on ``path``; ``readonly`` opens it with SQLite's ``mode=ro`` (no side files).

    Read-write, the file is created first with mode 0600 (``create_private``): SQLite gives
    its journal and WAL the same mode. ``busy_timeout``: how long a write waits for another
    connection's write lock before SQLite says "database is locked".
    """
    if not readonly:
        create_private(path)
    engine = create_engine(sqlite_url(path, readonly=readonly),
                           connect_args={"timeout": busy_timeout})
    event.listen(engine, "connect", _set_pragmas(readonly, synchronous))
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
