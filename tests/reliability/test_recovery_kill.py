"""A process restoring user.sqlite from its backup is killed with SIGKILL at random moments,
over and over: the next start always shows every bookmark and note."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from desktop_app.bookmarks.store import BookmarkStore
from desktop_app.db.user_safety import recover
from desktop_app.library import UserData
from tests.reliability.user_files import fill_user_data, marks_in

KILLS = 120
BOOKMARKS = 5000
# The child damages user.sqlite in each of the four ways a start finds it damaged, then
# recovers it, in a loop: almost every moment it can be killed at is inside a recovery.
RESTORER = """
import sys
from itertools import cycle
from pathlib import Path
from desktop_app.db.user_safety import recover

db = Path(sys.argv[1]) / "user.sqlite"
backups = Path(sys.argv[1]) / "backups"
print("ready", flush=True)
for mode in cycle(("garbage", "zero", "missing", "journal")):
    if mode == "garbage":
        db.write_bytes(b"this is not a database" * 300)
    elif mode == "zero":
        db.write_bytes(b"")
    else:
        db.unlink(missing_ok=True)
        if mode == "journal":
            db.with_name("user.sqlite-journal").write_bytes(b"a hot journal" * 300)
    recover(db, backups)
"""


def found_state(root: Path) -> str:
    """What the kill left, before the next start looks at it."""
    db = root / "user.sqlite"
    if db.with_name(db.name + ".restoring").exists():
        return "restore half-written"
    if not db.exists():
        return "user.sqlite missing"
    if db.stat().st_size == 0:
        return "user.sqlite empty"
    return "user.sqlite present"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_during_recovery_loses_no_bookmark(tmp_path: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    root = tmp_path / "data"
    root.mkdir()
    marks = fill_user_data(root, BOOKMARKS)
    states: Counter[str] = Counter()
    started = time.monotonic()
    for kill in range(KILLS):
        child = subprocess.Popen([sys.executable, "-c", RESTORER, str(root)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", child.communicate()
        time.sleep(rng.uniform(0.0, 0.03))
        child.send_signal(signal.SIGKILL)
        _out, err = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL, (seed, err)
        states[found_state(root)] += 1
        recover(root / "user.sqlite", root / "backups")  # what the next start does first
        found = marks_in(root / "user.sqlite")
        assert found == marks, (f"seed {seed}, kill {kill}: {len(marks - found)} of "
                                f"{len(marks)} bookmarks lost; {states}")
    elapsed = time.monotonic() - started
    assert elapsed < 60, f"the loop is bounded ({elapsed:.0f} s)"
    # the kills did land inside recoveries, not only between them
    assert states["restore half-written"] + states["user.sqlite missing"] >= KILLS // 10, states
    print(f"\n{KILLS} kills in {elapsed:.1f} s, seed {seed}: {dict(states)}")
    user = UserData(root / "user.sqlite", root / "backups")
    _folders, present = BookmarkStore(user).contents()
    assert {(m.slug, m.note) for m in present} == marks
    user.close()
