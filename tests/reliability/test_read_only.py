"""A data folder that may not be written (a write-protected stick in portable mode): the window
opens with a banner, reading, search, bookmarks and printing work, every write says why it
cannot, and not a byte of the folder changes. A tmpfs remounted read-only gives a real EROFS,
which root's permissions cannot get round, as they do a chmod."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.bookmarks.store import BookmarkStore
from desktop_app.content.importer import import_pack
from desktop_app.library import UserData
from desktop_app.paths import DataPaths, bundled_pack_dir
from desktop_app.places import Place
from desktop_app.ui.app import build_window
from desktop_app.ui.reader.main_window import MainWindow
from desktop_app.ui.start import start
from tests.reliability.tmpfs import make_read_only, tmpfs
from tests.ui.conftest import features, shown_message


@pytest.fixture
def stick(tmp_path: Path) -> Iterator[Path]:
    """A small tmpfs, made read-only by ``protect``."""
    with tmpfs(tmp_path / "stick", "16m") as mount:
        yield mount


def protect(mount: Path) -> dict[str, str]:
    """Make ``mount`` read-only; what every file under it holds (its hash), to compare."""
    make_read_only(mount)
    return snapshot(mount)


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def prepared(stick: Path, pack_dir: Path) -> DataPaths:
    """Content and two bookmarks (one with a note) on the stick, before it is protected."""
    paths = DataPaths(stick / "data").ensure()
    import_pack(pack_dir, paths.content_db)
    user = UserData(paths.user_db, paths.backups_dir)
    store = BookmarkStore(user)
    store.add(Place("borders/checkpoint", "objectives"))
    mark = store.add(Place("mission"))
    store.edit(mark.id, note="for the meeting")
    user.close()
    return paths


def open_window(qtbot: QtBot, paths: DataPaths) -> MainWindow:
    window = build_window(paths, "en")
    qtbot.addWidget(window)
    window.show()
    start(window, "borders/checkpoint")
    return window


def test_the_window_reads_searches_and_prints_and_changes_nothing(
        qtbot: QtBot, prepared: DataPaths, stick: Path, tmp_path: Path) -> None:
    before = protect(stick)
    window = open_window(qtbot, prepared)
    banner = window.column.banner
    assert banner.isVisible() and "Read-only" in banner.text()
    assert str(prepared.root) in banner.text()
    assert window.view is not None and window.view.slug == "borders/checkpoint"
    assert window.open_place(Place("borders/handbook", "part-2"))  # reading

    found = features(window)
    found.search.edit.setText("checkpoint")  # search, off the UI thread
    qtbot.waitUntil(lambda: found.search.model.rowCount() > 0, timeout=10000)

    bookmarks = found.bookmarks
    _folders, marks = bookmarks.store.contents()  # the stick's bookmarks, as they were
    assert sorted(m.slug for m in marks) == ["borders/checkpoint", "mission"]
    assert [m.note for m in marks if m.slug == "mission"] == ["for the meeting"]
    for action in (bookmarks.act_bookmark, bookmarks.act_star, bookmarks.act_import,
                   found.importing.act_import):
        assert not action.isEnabled() and "cannot be written" in action.toolTip()
    assert not bookmarks.panel.act_delete.isEnabled()
    bookmarks.set_bookmarked(Place("borders/handbook", "part-2"), True)  # as Ctrl+D would
    box = shown_message(qtbot, window)
    assert box.text() == ("The bookmark was not saved: the data folder cannot be written (a "
                          "write-protected drive?).")
    box.done(QMessageBox.StandardButton.Ok)
    assert len(bookmarks.store.contents()[1]) == 2

    assert found.printing.export_open(tmp_path / "brief.pdf")  # printing, elsewhere
    assert (tmp_path / "brief.pdf").stat().st_size > 0
    window.set_zoom(3)  # kept for the session only
    window.set_theme("dark")
    qtbot.keyClick(window.detail, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    window.close()
    assert snapshot(stick) == before


def test_no_content_on_a_read_only_stick_is_explained(qtbot: QtBot, stick: Path) -> None:
    paths = DataPaths(stick / "data").ensure()
    protect(stick)
    window = open_window(qtbot, paths)
    assert window.view is None
    assert window.detail.toPlainText().startswith("No content in this folder")
    assert "cannot be written" in window.detail.toPlainText()
    assert not features(window).importing.act_import.isEnabled()


def run_cli(paths: DataPaths, *words: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(paths.root),
                           *words], capture_output=True, text=True, timeout=60)


def test_the_command_line_reads_and_refuses_to_write(
        prepared: DataPaths, stick: Path, tmp_path: Path) -> None:
    before = protect(stick)
    checked = run_cli(prepared, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "read-only" in checked.stdout and "cannot be read" not in checked.stdout
    exported = run_cli(prepared, "bookmarks", "export", str(tmp_path / "marks.json"))
    assert exported.returncode == 0, exported.stderr
    assert "Exported 2 bookmarks" in exported.stdout
    imported = run_cli(prepared, "bookmarks", "import", str(tmp_path / "marks.json"))
    assert imported.returncode == 1
    assert "cannot be written" in imported.stderr and "Traceback" not in imported.stderr
    searched = run_cli(prepared, "search", "checkpoint")
    assert searched.returncode == 0 and "borders/checkpoint" in searched.stdout
    pack = run_cli(prepared, "import", str(bundled_pack_dir()))
    assert pack.returncode == 1
    assert pack.stderr.startswith(f"{prepared.root} cannot be written (a write-protected "
                                  "drive?), so the pack")
    assert snapshot(stick) == before
