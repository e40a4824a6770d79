"""A real small file system for the tests that need the kernel's own errors: a full disk
(ENOSPC) or a read-only one (EROFS), which root's rights cannot get round. Needs root and a
kernel that lets us mount; the test is skipped otherwise."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(args: list[str]) -> None:
    done = subprocess.run(["mount", *args], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.decode(errors='replace')}")


@contextmanager
def tmpfs(mount: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` (such as "2m") at ``mount``, made for it, unmounted afterwards."""
    mount.mkdir()
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    _mount(["-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)])
    try:
        yield mount
    finally:
        subprocess.run(["umount", "--lazy", str(mount)], check=True)


def make_read_only(mount: Path) -> None:
    _mount(["-o", "remount,ro", str(mount)])
