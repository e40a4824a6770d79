"""A long ``bookmarks import`` from the command line commits in batches: a bookmark made
meanwhile on the same data folder (as the window makes one) waits for a batch at most, and
both are saved."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.bookmarks.files import BookmarkItem, Document, FolderItem
from desktop_app.bookmarks.store import BookmarkStore
from desktop_app.library import UserData
from desktop_app.paths import DataPaths
from desktop_app.places import Place
from tests.test_bookmarks_io import shape
from tests.ui.conftest import WindowFactory, features, shown_message

IMPORTED = 3000
LONGEST_WAIT = 1.5  # seconds a bookmark may wait; the busy timeout is 2 s


def big_file(path: Path, count: int) -> None:
    marks = [{"target": f"entry-{n}#s", "note": f"note {n}"} for n in range(count)]
    path.write_text(json.dumps({"format": "field-reference-bookmarks", "version": 1,
                                "folders": [{"name": "Imported", "bookmarks": marks}]}),
                    encoding="utf-8")


def test_a_bookmark_made_during_a_long_import_is_saved_at_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    UserData(data / "user.sqlite", data / "backups").close()
    source = tmp_path / "big.json"
    big_file(source, IMPORTED)
    importer = subprocess.Popen([sys.executable, "-m", "desktop_app", "--data-dir", str(data),
                                 "bookmarks", "import", str(source)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    user = UserData(data / "user.sqlite", data / "backups")
    store = BookmarkStore(user)
    waits: list[float] = []
    while importer.poll() is None:
        started = time.monotonic()
        store.add(Place(f"mine-{len(waits)}", ""))  # raises "database is locked" on a timeout
        waits.append(time.monotonic() - started)
        time.sleep(0.05)
    out, err = importer.communicate()
    assert importer.returncode == 0, err
    assert f"{IMPORTED} added" in out
    assert len(waits) >= 5, "the import was long enough to write beside it"
    assert max(waits) < LONGEST_WAIT, f"a bookmark waited {max(waits):.1f} s: {waits}"
    _folders, marks = store.contents()
    mine = {m.slug for m in marks if m.slug.startswith("mine-")}
    assert mine == {f"mine-{n}" for n in range(len(waits))}
    assert len(marks) == IMPORTED + len(waits)
    user.close()


def test_an_import_in_batches_gives_what_one_transaction_gives(tmp_path: Path) -> None:
    item = BookmarkItem
    document = Document(
        bookmarks=[item("mission#aims"), item("mission#aims"), item("news", note="n")],
        folders=[FolderItem("Borders", bookmarks=[item("borders#a"), item("borders#b")],
                            folders=[FolderItem("Checkpoints", bookmarks=[item("c#1")]),
                                     FolderItem("Empty")]),
                 FolderItem("Borders", bookmarks=[item("borders#a"), item("x")]),
                 FolderItem("Also empty")])
    whole = BookmarkStore(UserData(tmp_path / "a" / "user.sqlite", tmp_path / "a" / "b"))
    report = whole.import_in_batches(document, batch=document.count()[0])  # one transaction
    for batch in (1, 2, 3, 100):
        parts = BookmarkStore(UserData(tmp_path / f"{batch}" / "user.sqlite",
                                       tmp_path / f"{batch}" / "b"))
        assert parts.import_in_batches(document, batch) == report, batch
        assert shape(parts) == shape(whole), batch
        assert sorted(f.name for f in parts.contents()[0]) == \
            sorted(f.name for f in whole.contents()[0]), batch
        parts.user.close()
    whole.user.close()


HOLD_WRITE_LOCK = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
print("held", flush=True)
time.sleep(float(sys.argv[2]))
db.execute("COMMIT")
"""


def hold_write_lock(path: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process holding user.sqlite's write lock, as a long import or a second window
    does; returns once it holds it."""
    holder = subprocess.Popen([sys.executable, "-c", HOLD_WRITE_LOCK, str(path), str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


def test_ctrl_d_while_another_process_holds_the_bookmarks_waits_then_saves(
        qtbot: QtBot, make_window: WindowFactory, imported: DataPaths) -> None:
    window = make_window("borders/handbook#part-2")
    store = features(window).bookmarks.store
    holder = hold_write_lock(imported.user_db, 2.5)
    try:
        qtbot.keyClick(window.detail, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        assert "another Field Reference is busy" in window.statusBar().currentMessage()
        assert store.contents()[1] == []  # not yet: it is waiting, and says so
        qtbot.waitUntil(lambda: bool(store.contents()[1]), timeout=10000)
    finally:
        holder.wait(10)
    assert [b.target for b in store.contents()[1]] == ["borders/handbook#part-2"]
    assert "Bookmarked" in window.statusBar().currentMessage()


def test_ctrl_d_says_plainly_when_the_bookmark_could_not_be_saved(
        qtbot: QtBot, make_window: WindowFactory, imported: DataPaths) -> None:
    window = make_window("borders/handbook#part-2")
    store = features(window).bookmarks.store
    holder = hold_write_lock(imported.user_db, 30)
    try:
        qtbot.keyClick(window.detail, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        box = shown_message(qtbot, window, timeout_ms=15000)
        assert box.text() == ("The bookmark was not saved: another Field Reference is busy "
                              "with the bookmarks; try again in a moment.")
    finally:
        holder.kill()
        holder.wait()
    assert store.contents()[1] == []
    assert not features(window).bookmarks.act_star.isChecked()
