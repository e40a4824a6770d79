"""The disk fills up while user.sqlite is being restored from its backup: the start says so,
the backup is kept, and once space is freed the next start restores every bookmark."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.db.errors import DatabaseDamaged
from desktop_app.library import UserData
from tests.reliability.tmpfs import tmpfs
from tests.reliability.user_files import fill_user_data, marks_in

BOOKMARKS = 1500


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs: a real full disk (ENOSPC)."""
    with tmpfs(tmp_path / "disk", "2m") as mount:
        yield mount


def fill_disk(folder: Path) -> Path:
    """Take every free byte of the file system under ``folder``."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    return filler


def test_disk_full_during_recovery_then_space_freed(small_disk: Path) -> None:
    root = small_disk / "data"
    root.mkdir()
    marks = fill_user_data(root, BOOKMARKS)
    (root / "user.sqlite").write_bytes(b"")  # damaged: emptied
    filler = fill_disk(small_disk)
    with pytest.raises(DatabaseDamaged) as raised:
        UserData(root / "user.sqlite", root / "backups")
    assert "once the disk has free space" in str(raised.value)
    left = sorted(p.name for p in root.iterdir()  # the empty lock file is no half database
                  if p.name.startswith("user.sqlite") and p.name != "user.sqlite.lock")
    assert left == [next(p.name for p in root.iterdir() if ".damaged-" in p.name)], \
        "no half file left"
    filler.unlink()  # space freed
    user = UserData(root / "user.sqlite", root / "backups")
    assert user.recovery is not None and user.recovery.bookmarks == BOOKMARKS
    assert user.recovery.notes == BOOKMARKS // 3
    user.close()
    assert marks_in(root / "user.sqlite") == marks


CHILD = """
import resource, signal, sys
from pathlib import Path
from desktop_app.db.errors import DatabaseDamaged
from desktop_app.library import UserData

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
limit = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
root = Path(sys.argv[1])
try:
    UserData(root / "user.sqlite", root / "backups")
except DatabaseDamaged as exc:
    print(exc, file=sys.stderr)
    sys.exit(3)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="file-size limits are POSIX")
def test_file_size_limit_during_recovery_then_lifted(tmp_path: Path) -> None:
    """The same without root: a file-size limit in the process that restores."""
    root = tmp_path / "data"
    root.mkdir()
    marks = fill_user_data(root, BOOKMARKS)
    (root / "user.sqlite").write_bytes(b"")
    backup_size = max(p.stat().st_size for p in (root / "backups").iterdir())
    child = subprocess.run([sys.executable, "-c", CHILD, str(root), str(backup_size // 3)],
                           capture_output=True, text=True, timeout=60)
    assert child.returncode == 3, child.stderr
    assert "once the disk has free space" in child.stderr
    user = UserData(root / "user.sqlite", root / "backups")
    assert user.recovery is not None and user.recovery.bookmarks == BOOKMARKS
    user.close()
    assert marks_in(root / "user.sqlite") == marks


def test_write_protected_folder_during_recovery_then_writable(small_disk: Path) -> None:
    """A write-protected stick: the start says the copy cannot be restored, nothing changes;
    once writable, every bookmark comes back."""
    root = small_disk / "data"
    root.mkdir()
    marks = fill_user_data(root, BOOKMARKS)
    (root / "user.sqlite").write_bytes(b"")
    before = sorted(p.name for p in root.iterdir())
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        with pytest.raises(DatabaseDamaged) as raised:
            UserData(root / "user.sqlite", root / "backups")
        assert "the folder can be written" in str(raised.value)
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert sorted(p.name for p in root.iterdir()) == before
    user = UserData(root / "user.sqlite", root / "backups")
    assert user.recovery is not None and user.recovery.bookmarks == BOOKMARKS
    user.close()
    assert marks_in(root / "user.sqlite") == marks
