"""A process adding bookmarks is killed with SIGKILL at random moments: nothing whose commit
returned is lost, and the database stays sound."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.bookmarks.store import BookmarkStore
from desktop_app.library import UserData

KILLS = 8
WRITER = """
import sys
from pathlib import Path
from desktop_app.bookmarks.store import BookmarkStore
from desktop_app.library import UserData
from desktop_app.places import Place

root = Path(sys.argv[1])
store = BookmarkStore(UserData(root / "user.sqlite", root / "backups"))
number = 0
while True:
    number += 1
    mark = store.add(Place(f"entry-{number}", "section"))
    store.edit(mark.id, note=f"note {number}")
    print(mark.id, flush=True)  # only after both commits returned
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_loses_no_committed_bookmark(tmp_path: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    root = tmp_path / "data"
    root.mkdir()
    committed: set[int] = set()
    started = time.monotonic()
    for _round in range(KILLS):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(root)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # Wait for the first commit most of the time, so that kills land mid-write; some
        # rounds kill during start-up (recovery check, backup, migration) instead.
        if rng.random() < 0.8:
            assert writer.stdout is not None
            first = writer.stdout.readline()
            if first.strip():
                committed.add(int(first))
        time.sleep(rng.uniform(0.0, 0.3))
        writer.send_signal(signal.SIGKILL)
        out, err = writer.communicate(timeout=30)
        assert writer.returncode == -signal.SIGKILL, (seed, err)
        committed |= {int(line) for line in out.split()}
    assert time.monotonic() - started < 60, "the loop is bounded"
    assert committed, f"seed {seed}: nothing was written before the kills"
    user = UserData(root / "user.sqlite", root / "backups")
    assert user.recovery is None, f"seed {seed}: {user.recovery}"
    _folders, marks = BookmarkStore(user).contents()
    present = {m.id: m for m in marks}
    lost = committed - set(present)
    assert not lost, f"seed {seed}: committed bookmarks lost: {sorted(lost)}"
    assert all(present[i].note == f"note {present[i].slug.split('-')[1]}" for i in committed)
    user.close()
    conn = sqlite3.connect(root / "user.sqlite")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
