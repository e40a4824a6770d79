"""Keeping user.sqlite safe: automatic backups, and recovery when the file is found damaged.

Backups are made with SQLite's online backup API into the backups folder, only when the data
changed since the newest copy, and only the newest few are kept. A damaged file is never
deleted: it is moved aside (with its side files) and the newest backup that passes SQLite's
own check takes its place.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from desktop_app.db.migrations import backup_copy
from desktop_app.db.sqlite_files import connect_readonly

AUTO_PREFIX = "user-auto-"
KEEP_BACKUPS = 5
SIDE_SUFFIXES = ("-wal", "-shm")


class Recovery(NamedTuple):
    """What happened to a damaged user.sqlite at start-up."""

    reason: str  # what SQLite said about the damaged file
    damaged_copy: Path  # where the damaged file now is
    backup: Path | None  # the copy it was restored from; None: started empty
    backup_time: datetime | None  # when that copy was taken (local time)


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")


def damage(path: Path) -> str | None:
    """Why ``path`` is not a sound SQLite database, or None (also when it does not exist)."""
    if not path.exists():
        return None
    try:
        conn = connect_readonly(path, timeout=1.0)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.OperationalError:
        # Locked, busy, cannot open: not damage. A healthy file in use by another Field
        # Reference must never be moved aside; opening it normally reports the problem.
        return None
    except sqlite3.DatabaseError as exc:  # not a database, malformed
        return str(exc)
    if rows != [("ok",)]:
        return "; ".join(str(row[0]) for row in rows[:3])
    return None


def backups(backups_dir: Path) -> list[Path]:
    """Every copy of user.sqlite in the folder, newest first."""
    if not backups_dir.is_dir():
        return []
    found = [p for p in backups_dir.glob("user-*.sqlite") if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime_ns, reverse=True)


def newest_good_backup(backups_dir: Path) -> Path | None:
    return next((p for p in backups(backups_dir) if damage(p) is None), None)


def recover(path: Path, backups_dir: Path) -> Recovery | None:
    """When ``path`` is damaged, move it aside and restore the newest good backup."""
    reason = damage(path)
    if reason is None:
        return None
    aside = path.with_name(f"{path.name}.damaged-{_stamp()}")
    os.replace(path, aside)
    for suffix in SIDE_SUFFIXES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    backup = newest_good_backup(backups_dir)
    when = None
    if backup is not None:
        backup_copy(backup, path)
        when = datetime.fromtimestamp(backup.stat().st_mtime)
    return Recovery(reason, aside, backup, when)


def auto_backup(path: Path, backups_dir: Path, keep: int = KEEP_BACKUPS) -> Path | None:
    """Copy ``path`` into the backups folder unless the newest copy holds the same data;
    keep the ``keep`` newest automatic copies. Returns the new copy, if one was made."""
    if not path.exists():
        return None
    backups_dir.mkdir(parents=True, exist_ok=True)
    for stale in backups_dir.glob(f"{AUTO_PREFIX}*.partial"):  # left by a crash mid-copy
        stale.unlink()
    fresh = backups_dir / f"{AUTO_PREFIX}{_stamp()}.sqlite"
    partial = fresh.with_name(fresh.name + ".partial")
    try:
        backup_copy(path, partial)
    except (sqlite3.Error, OSError):
        # A backup is a safety net, not a reason to refuse to start: try again next time.
        partial.unlink(missing_ok=True)
        return None
    autos = sorted(backups_dir.glob(f"{AUTO_PREFIX}*.sqlite"), reverse=True)
    if autos and autos[0].read_bytes() == partial.read_bytes():
        partial.unlink()
        return None
    os.replace(partial, fresh)
    for old in sorted(backups_dir.glob(f"{AUTO_PREFIX}*.sqlite"), reverse=True)[keep:]:
        old.unlink()
    return fresh
