"""Our SQLite files through plain sqlite3, without SQLAlchemy: read-only connections and the
completeness check. The first paint, the recovery check, ``check`` and the migration guard use
these before (or instead of) an engine."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.db.errors import DatabaseDamaged
from desktop_app.problems import QT_TRANSLATE_NOOP, Problem


def connect_readonly(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    """SQLite's ``mode=ro``: not a byte of the file is written. Close it (``closing()``): a
    sqlite3 connection used as a context manager only ends a transaction."""
    return sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=timeout)


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
