"""Our SQLite files through plain sqlite3: the one place that turns a Path into a connection.

Read-only and read-write connections, the URI a read-only engine opens, private file
creation, a durable copy, and the completeness check. The first paint, the recovery check,
``check``, the migration guard and the engines use these before (or instead of) SQLAlchemy,
which this module never imports.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from desktop_app.db.errors import DatabaseDamaged
from desktop_app.problems import QT_TRANSLATE_NOOP, Problem

PRIVATE_FILE_MODE = 0o600  # user.sqlite is the user's own: no other account may read it


def readonly_uri(path: Path, *, immutable: bool = False) -> str:
    """``file:`` URI for SQLite's ``mode=ro``, every character of the path quoted.

    ``Path.as_uri`` percent-encodes ``#``, ``?``, ``%``, spaces and non-ASCII letters, all
    legal in folder names, which SQLite would otherwise read as a fragment, a query or an
    escape and open a different file. ``immutable``: for a file nobody writes (a backup):
    read without locks or side files, which a full disk or a read-only folder would refuse.
    """
    return f"{path.absolute().as_uri()}?mode=ro{'&immutable=1' if immutable else ''}"


def connect_readonly(path: Path, timeout: float = 5.0, *,
                     immutable: bool = False) -> sqlite3.Connection:
    """SQLite's ``mode=ro``: not a byte of the file is written. Close it (``closing()``): a
    sqlite3 connection used as a context manager only ends a transaction."""
    return sqlite3.connect(readonly_uri(path, immutable=immutable), uri=True, timeout=timeout)


def connect_for_reading(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    """``mode=ro``, or on a read-only medium ``immutable``: a database in WAL mode needs its
    index file beside it, which a write-protected stick does not let SQLite make. Raises
    sqlite3.Error when the file cannot be read at all."""
    db = connect_readonly(path, timeout)
    try:
        db.execute("PRAGMA schema_version").fetchone()
    except sqlite3.OperationalError:
        db.close()
        db = connect_readonly(path, timeout, immutable=True)
        db.execute("PRAGMA schema_version").fetchone()
    return db


def copy_into_memory(path: Path | None) -> sqlite3.Connection:
    """A database in memory holding what ``path`` holds (nothing, for None), for reading
    from a folder that may not be written: the copy changes, the file never does."""
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    if path is not None:
        with closing(connect_for_reading(path)) as source:
            source.backup(memory)
    return memory


def connect_readwrite(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    """Open (or create, privately) ``path`` for writing. A plain file name, never a URI, so
    no character of the path has a meaning to SQLite."""
    create_private(path)
    return sqlite3.connect(os.fspath(path.absolute()), timeout=timeout, uri=False)


def create_private(path: Path) -> None:
    """Create ``path`` empty with mode 0600 unless it exists. SQLite gives the journal and WAL
    files the mode of their database, so they are private too."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    except FileExistsError:
        pass


def fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles)."""
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(folder, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def copy_database(source: Path, dest: Path, *, source_is_copy: bool = False,
                  durable: bool = False) -> None:
    """Copy a database into ``dest`` (a new, private file) with SQLite's online backup API.

    ``source_is_copy``: the source is a backup nobody writes, read as immutable. The copy is
    one self-contained file in rollback-journal mode (the backup API would give it the
    source's WAL mode, and a WAL file cannot be read without creating side files).
    ``durable``: fsync it before returning, for a copy about to replace the original.
    """
    dest.unlink(missing_ok=True)
    src = connect_readonly(source, immutable=True) if source_is_copy \
        else sqlite3.connect(os.fspath(source.absolute()))
    with closing(src), closing(connect_readwrite(dest)) as out:
        src.backup(out)
        out.execute("PRAGMA journal_mode=DELETE")
    if durable:
        fsync_file(dest)


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
