"""Why a file or a database could not be read or written, in a few plain phrases.

The system's and SQLite's own words are English ("[Errno 28] No space left on device",
"database or disk is full"); a reader sees one of these phrases instead, translated in the
context "Problems" (a :class:`~desktop_app.problems.Problem` names them in ``phrases``). No
Qt here: the command line prints them in English.
"""

from __future__ import annotations

import errno
import sqlite3

from desktop_app.problems import QT_TRANSLATE_NOOP

DISK_FULL = QT_TRANSLATE_NOOP("Problems", "the disk is full")
MAY_NOT_WRITE = QT_TRANSLATE_NOOP(
    "Problems", "the file is open in another program, or that folder may not be written")
READ_ONLY = QT_TRANSLATE_NOOP("Problems", "that folder may not be written")
NO_FOLDER = QT_TRANSLATE_NOOP("Problems", "that folder does not exist")
NO_FILE = QT_TRANSLATE_NOOP("Problems", "there is no such file")
A_FOLDER = QT_TRANSLATE_NOOP("Problems", "that name is a folder or a device, not a file")
MAY_NOT_READ = QT_TRANSLATE_NOOP(
    "Problems", "the file may not be opened (it is protected, or open in another program)")
DEVICE_ERROR = QT_TRANSLATE_NOOP(
    "Problems", "the disk could not be read or written (a damaged disk, or a stick taken out)")
NOT_A_DATABASE = QT_TRANSLATE_NOOP("Problems", "it is not a database file, or it is damaged")
DAMAGED = QT_TRANSLATE_NOOP("Problems", "the file is damaged")
BUSY = QT_TRANSLATE_NOOP("Problems", "another program is using the file")
OTHER = QT_TRANSLATE_NOOP("Problems", "the system refused it")

_BY_ERRNO = {
    errno.ENOSPC: DISK_FULL, errno.EDQUOT: DISK_FULL, errno.EACCES: MAY_NOT_WRITE,
    errno.EPERM: MAY_NOT_WRITE, errno.EROFS: READ_ONLY, errno.ENOTDIR: NO_FOLDER,
    errno.EISDIR: A_FOLDER, errno.EIO: DEVICE_ERROR,
}
# SQLite's primary result codes (https://sqlite.org/rescode.html)
_BY_SQLITE_CODE = {
    13: DISK_FULL,  # SQLITE_FULL
    8: READ_ONLY,  # SQLITE_READONLY
    10: DEVICE_ERROR,  # SQLITE_IOERR
    14: MAY_NOT_WRITE,  # SQLITE_CANTOPEN
    11: DAMAGED,  # SQLITE_CORRUPT
    26: NOT_A_DATABASE,  # SQLITE_NOTADB
    5: BUSY,  # SQLITE_BUSY
    6: BUSY,  # SQLITE_LOCKED
}


def storage_failure(error: BaseException, *, reading: bool = False) -> str | None:
    """The phrase for ``error`` when the disk or the file failed: an OSError, or a sqlite3
    error (or SQLAlchemy's wrapper of one, its ``orig``) with one of the result codes above.
    None for anything else, such as SQLite refusing a statement: a mistake in the program,
    not something a reader can mend. ``reading``: a file that was being read (no such file,
    may not be opened) rather than written (no such folder, may not be written)."""
    error = getattr(error, "orig", None) or error
    if isinstance(error, sqlite3.Error):
        return _BY_SQLITE_CODE.get(getattr(error, "sqlite_errorcode", 0) & 0xFF)
    if isinstance(error, OSError):
        if error.errno == errno.ENOENT:
            return NO_FILE if reading else NO_FOLDER
        if reading and error.errno in (errno.EACCES, errno.EPERM):
            return MAY_NOT_READ
        return _BY_ERRNO.get(error.errno or 0, OTHER)
    return None


def reason(error: BaseException, *, reading: bool = False) -> str:
    """:func:`storage_failure`, or :data:`OTHER` for an error it does not know."""
    return storage_failure(error, reading=reading) or OTHER
