"""Engines for both databases: SQLite with WAL and foreign keys on, set on every connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.db.errors import DatabaseDamaged as DatabaseDamaged  # re-exported


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
