"""An inter-process lock on a file beside a database: one import, one migration at a time.

Two processes on one data folder (two windows started at once, a window and a command-line
import) must not build the same content database or migrate the same user database together.
The lock is the operating system's own on an open file (``flock`` on POSIX, ``msvcrt.locking``
on Windows), so a killed process releases it and no stale lock file can block anybody.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class LockBusy(Exception):
    """Another process holds the lock, and waiting was not asked for or took too long."""


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt  # Windows only

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl  # POSIX only

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


@contextmanager
def locked(path: Path, wait_seconds: float = 0.0) -> Iterator[None]:
    """Hold the lock of ``path`` (the file ``path`` + ``.lock``) for the block; wait for it up
    to ``wait_seconds``, then raise :class:`LockBusy`."""
    lock_file = path.with_name(path.name + ".lock")
    fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + wait_seconds
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise LockBusy(str(lock_file))
            time.sleep(0.05)
        yield  # closing the file below releases the lock, on every system
    finally:
        os.close(fd)
