"""Two processes on one data folder at once: imports take turns or say another is running, two
first starts both get a migrated user.sqlite, and nothing is left half done."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.db.file_lock import LockBusy, locked
from desktop_app.library import ContentLibrary

BUNDLED = Path(__file__).resolve().parents[2] / "resources" / "content"
HOLD = """
import sys, time
from pathlib import Path
from desktop_app.db.file_lock import locked
with locked(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(30)
"""


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "desktop_app", *args], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_a_lock_held_by_another_process_is_busy_and_freed_when_it_dies(tmp_path: Path) -> None:
    target = tmp_path / "content.sqlite"
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(target)], text=True,
                              stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(LockBusy), locked(target, wait_seconds=0.2):
            pass
    finally:
        holder.kill()  # a killed holder leaves no lock behind
        holder.wait()
    with locked(target):
        pass


@pytest.mark.parametrize("trial", range(10))
def test_two_imports_at_once_take_turns_or_say_so(tmp_path: Path, trial: int) -> None:
    data = tmp_path / "data"
    data.mkdir()
    imports = [start("--data-dir", str(data), "import", str(BUNDLED)) for _ in range(2)]
    outcomes = [(p.wait(180), *p.communicate()) for p in imports]
    for code, _out, err in outcomes:
        assert "Traceback" not in err, err
        assert code == 0 or (code == 1 and "another import into this data folder" in err), err
    assert any(code == 0 for code, _out, _err in outcomes)
    library = ContentLibrary(data / "content.sqlite")
    assert library.open().id  # the content is sound
    library.close()
    assert not list(data.glob("*.new"))


@pytest.mark.parametrize("trial", range(15))
def test_two_first_starts_at_once_both_get_their_bookmarks(tmp_path: Path, trial: int) -> None:
    data = tmp_path / "fresh"
    exports = [start("--data-dir", str(data), "bookmarks", "export",
                     str(tmp_path / f"marks-{n}.json")) for n in range(2)]
    for process in exports:
        code = process.wait(60)
        _out, err = process.communicate()
        assert code == 0, err
        assert "already exists" not in err and "Traceback" not in err, err
