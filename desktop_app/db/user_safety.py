"""Keeping user.sqlite safe: automatic backups, and recovery when the file is found damaged.

Backups are made with SQLite's online backup API into the backups folder, only when the data
changed since the newest copy, and only the newest few are kept; a copy about to be followed
by one holding fewer bookmarks is kept outside that rotation, so that a run of starts on
emptied data can never rotate the user's bookmarks away.

When backups exist, a damaged, empty (0 bytes, or no tables), missing or journal-only
user.sqlite is damage. Recovery never deletes or writes into it: it is moved aside (with its
side files), the newest good backup is copied into a side file that is fsynced and then
renamed over ``user.sqlite`` in one step. A kill or a full disk at any moment leaves either the
restored file or no file, and the next start restores again.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.db.errors import DatabaseDamaged
from desktop_app.db.sqlite_files import connect_readonly, copy_database, fsync_folder
from desktop_app.problems import QT_TRANSLATE_NOOP, Problem
from desktop_app.reasons import DAMAGED, reason, storage_failure

AUTO_PREFIX = "user-auto-"
KEPT_PREFIX = "user-kept-"  # copies kept outside the rotation: taken before a drop in bookmarks
KEEP_BACKUPS = 5  # of each kind
SIDE_SUFFIXES = ("-journal", "-wal", "-shm")
RESTORING_SUFFIX = ".restoring"

# Why a file is taken for damaged: these, or a phrase of desktop_app.reasons for what SQLite
# said (its own words are English).
MISSING = QT_TRANSLATE_NOOP("Problems", "the file is missing")
JOURNAL_ONLY = QT_TRANSLATE_NOOP("Problems", "only its journal is left")
EMPTY = QT_TRANSLATE_NOOP("Problems", "the file is empty")


@dataclass(frozen=True)
class Holding:
    """What a copy of user.sqlite holds, as the user counts it."""

    bookmarks: int
    notes: int  # bookmarks with a note


@dataclass(frozen=True)
class Recovery:
    """What happened to a damaged user.sqlite at start-up."""

    reason: str  # why the file was taken for damaged: a phrase of context "Problems"
    damaged_copy: Path | None  # where the damaged file now is; None: there was no file
    backup: Path | None  # the copy it was restored from; None: started empty
    backup_time: datetime | None  # when that copy was taken (local time, with its offset)
    bookmarks: int = 0  # what the restored file holds
    notes: int = 0

    def summary(self, path: Path) -> str:
        """One plain English sentence for the command line (the window translates its own)."""
        found = (f"it was kept as {self.damaged_copy}" if self.damaged_copy
                 else "there was no file to keep")
        if self.backup is None or self.backup_time is None:
            return f"{path} was damaged ({self.reason}); {found}; no backup could be read, " \
                   "so it starts empty."
        return (f"{path} was damaged ({self.reason}); {found}; restored from the "
                f"backup of {self.backup_time:%Y-%m-%d %H:%M} ({self.backup.name}): "
                f"{self.bookmarks} bookmarks, {self.notes} notes.")


STAMP_FORMAT = "%Y%m%dT%H%M%S%f"  # UTC, in the names of backups


def _stamp() -> str:
    return datetime.now(UTC).strftime(STAMP_FORMAT)


def taken_at(copy: Path) -> datetime:
    """When a backup was taken, in local time with its offset (so that two copies of the hour
    a clock is put back still sort right): from the time in its name, which copying the
    folder to another disk or laptop keeps, else from the file's modification time."""
    stamp = copy.stem.removeprefix(AUTO_PREFIX).removeprefix(KEPT_PREFIX)
    try:
        utc = datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:  # a copy named by hand
        utc = datetime.fromtimestamp(copy.stat().st_mtime, UTC)
    return utc.astimezone()


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def damage(path: Path, *, backed_up: bool = False) -> str | None:
    """Why ``path`` is not a sound SQLite database, or None.

    ``backed_up``: backups exist, so a missing, 0-byte or table-less file is damage too (a
    fresh start would otherwise save the empty state over the backups); without backups it
    is a first start.
    """
    if not path.exists():
        if not backed_up:
            return None
        return JOURNAL_ONLY if any(_side(path, s).exists() for s in SIDE_SUFFIXES) else MISSING
    if backed_up and path.stat().st_size == 0:
        return JOURNAL_ONLY if any(_side(path, s).exists() for s in SIDE_SUFFIXES) else EMPTY
    try:
        with closing(connect_readonly(path, timeout=1.0)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.OperationalError:
        # Locked, busy, cannot open: not damage. A healthy file in use by another Field
        # Reference must never be moved aside; opening it normally reports the problem.
        return None
    except sqlite3.DatabaseError as exc:  # not a database, malformed
        return storage_failure(exc, reading=True) or DAMAGED
    if rows != [("ok",)]:  # SQLite lists the damaged pages
        return DAMAGED
    if backed_up and tables == 0:
        return EMPTY
    return None


def holding(path: Path) -> Holding | None:
    """The bookmarks and notes in a copy nobody writes (a backup), or None when it cannot be
    read or is damaged."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        with closing(connect_readonly(path, immutable=True)) as conn:
            if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                return None
            if conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                            "AND name = 'bookmark'").fetchone()[0] == 0:
                return Holding(0, 0)  # an older format, before bookmarks
            marks, notes = conn.execute(
                "SELECT count(*), count(nullif(note, '')) FROM bookmark").fetchone()
    except sqlite3.Error:
        return None
    return Holding(int(marks), int(notes))


def backups(backups_dir: Path) -> list[Path]:
    """Every copy of user.sqlite in the folder, newest first (by :func:`taken_at`)."""
    if not backups_dir.is_dir():
        return []
    found = [p for p in backups_dir.glob("user-*.sqlite") if p.is_file()]
    return sorted(found, key=taken_at, reverse=True)


def newest_good_backup(backups_dir: Path) -> tuple[Path, Holding] | None:
    for copy in backups(backups_dir):
        held = holding(copy)
        if held is not None:
            return copy, held
    return None


def _move_aside(path: Path) -> Path | None:
    """Move ``path`` and its side files to ``.damaged-<time>`` names; the new name of
    ``path``, or None when only side files (or nothing) were there."""
    aside = path.with_name(f"{path.name}.damaged-{_stamp()}")
    moved = None
    if path.exists():
        os.replace(path, aside)
        moved = aside
    # A journal or WAL left by the damaged file must never be applied to the restored one.
    for suffix in SIDE_SUFFIXES:
        if _side(path, suffix).exists():
            os.replace(_side(path, suffix), _side(aside, suffix))
    return moved


def _remove_restoring(path: Path) -> None:
    restoring = path.with_name(path.name + RESTORING_SUFFIX)
    for leftover in (restoring, *(_side(restoring, s) for s in SIDE_SUFFIXES)):
        if leftover.exists():
            leftover.unlink()


def _restore(backup: Path, path: Path) -> None:
    """Copy ``backup`` to a side file, fsync it, rename it over ``path``, fsync the folder."""
    restoring = path.with_name(path.name + RESTORING_SUFFIX)
    try:
        copy_database(backup, restoring, source_is_copy=True, durable=True)
    except BaseException:
        _remove_restoring(path)
        raise
    os.replace(restoring, path)
    fsync_folder(path.parent)


def recover(path: Path, backups_dir: Path) -> Recovery | None:
    """When ``path`` is damaged, move it aside and restore the newest good backup.

    Raises :class:`DatabaseDamaged` when the copy cannot be written (a full disk, say): the
    backup and the damaged file are both kept, and the next start tries again.
    """
    _remove_restoring(path)  # a restore killed half-way: never a user's file
    copies = backups(backups_dir)
    why = damage(path, backed_up=bool(copies))
    if why is None:
        return None
    good = newest_good_backup(backups_dir)
    try:
        aside = _move_aside(path)
        if good is None:
            return Recovery(why, aside, None, None)
        _restore(good[0], path)
    except (OSError, sqlite3.Error) as exc:  # a full disk, a write-protected folder
        raise DatabaseDamaged(Problem(str(path), None, QT_TRANSLATE_NOOP(
            "Problems", "could not be restored from the backup {backup} ({error}). The "
            "backup is kept: start again once the disk has free space and the folder can be "
            "written."),
            {"backup": str(good[0] if good else backups_dir), "error": reason(exc)},
            phrases=("error",))) from exc
    backup, held = good
    return Recovery(why, aside, backup, taken_at(backup), held.bookmarks, held.notes)


def auto_backup(path: Path, backups_dir: Path, keep: int = KEEP_BACKUPS) -> Path | None:
    """Copy ``path`` into the backups folder unless the newest copy holds the same data;
    keep the ``keep`` newest automatic copies. When the new copy holds fewer bookmarks than
    the newest one, that one is kept outside the rotation (the ``keep`` newest such).
    Returns the new copy, if one was made."""
    if not path.exists():
        return None
    backups_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    for stale in backups_dir.glob(f"{AUTO_PREFIX}*.partial"):  # left by a crash mid-copy
        stale.unlink()
    fresh = backups_dir / f"{AUTO_PREFIX}{_stamp()}.sqlite"
    partial = fresh.with_name(fresh.name + ".partial")
    try:
        copy_database(path, partial)
    except (sqlite3.Error, OSError):
        # A backup is a safety net, not a reason to refuse to start: try again next time.
        partial.unlink(missing_ok=True)
        return None
    autos = sorted(backups_dir.glob(f"{AUTO_PREFIX}*.sqlite"), reverse=True)
    if autos and autos[0].read_bytes() == partial.read_bytes():
        partial.unlink()
        return None
    if autos:
        before, now = holding(autos[0]), holding(partial)
        if before is not None and (now is None or now.bookmarks < before.bookmarks):
            os.replace(autos[0], backups_dir / (KEPT_PREFIX + autos[0].name[len(AUTO_PREFIX):]))
    os.replace(partial, fresh)
    for prefix in (AUTO_PREFIX, KEPT_PREFIX):
        for old in sorted(backups_dir.glob(f"{prefix}*.sqlite"), reverse=True)[keep:]:
            old.unlink()
    return fresh
