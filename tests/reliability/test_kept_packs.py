"""A pack the user imported is kept in the data folder, so that rebuilding a damaged or
outdated content.sqlite uses it rather than the older content the program came with."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from benchmarks.synthetic import write_synthetic_pack
from desktop_app.content.importer import import_pack
from desktop_app.content.kept_packs import KEPT, rebuild_source
from desktop_app.paths import DataPaths, bundled_pack_dir
from desktop_app.places import Place
from tests.packs import BASIC_ENTRIES, sign_pack, write_pack
from tests.ui.conftest import WindowFactory, features

NEW_TEXT = "Quarantine zeppelin procedures."  # words no other pack holds


def newer_pack(root: Path, version: str = "9.0.0") -> Path:
    """The test pack at ``version``, with words of its own in the checkpoint entry."""
    checkpoint = "en/borders/checkpoint.md"
    return write_pack(root, {checkpoint: BASIC_ENTRIES[checkpoint] + f"\n\n{NEW_TEXT}\n"},
                      version=version)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, timeout=120)


def damage(content_db: Path) -> None:
    content_db.write_bytes(b"not a database at all\n" * 500)


def test_the_two_latest_imports_are_kept(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    for version in ("2.0.0", "3.0.0", "2.5.0"):
        import_pack(newer_pack(tmp_path / version, version), paths.content_db,
                    keep_in=paths.packs_dir)
    kept = sorted(path.name for path in paths.packs_dir.iterdir())
    assert len(kept) == KEPT
    assert kept == ["test-pack-2.5.0.zip", "test-pack-3.0.0.zip"]  # the latest two imports
    # The newest by version is what a rebuild uses, whatever the order of the imports.
    source = rebuild_source(paths.packs_dir, bundled_pack_dir())
    assert (source.version, source.bundled) == ("3.0.0", False)


def test_a_damaged_kept_pack_is_passed_over(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    import_pack(newer_pack(tmp_path / "pack"), paths.content_db, keep_in=paths.packs_dir)
    kept = next(paths.packs_dir.iterdir())
    data = bytearray(kept.read_bytes())
    data[len(data) // 2] ^= 0xFF
    kept.write_bytes(bytes(data))
    source = rebuild_source(paths.packs_dir, bundled_pack_dir())
    assert source.bundled and source.path == bundled_pack_dir()


def test_the_command_line_rebuilds_from_the_newer_imported_pack(tmp_path: Path) -> None:
    data = tmp_path / "data"
    imported = run("--data-dir", str(data), "import", str(newer_pack(tmp_path / "pack")))
    assert imported.returncode == 0, imported.stderr
    damage(data / "content.sqlite")
    found = run("--data-dir", str(data), "search", "zeppelin")
    assert found.returncode == 0, found.stderr
    assert "the pack you imported, version 9.0.0" in found.stderr
    assert found.stdout.startswith("borders/checkpoint")


def test_the_window_rebuilds_from_the_newer_imported_pack(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    import_pack(newer_pack(tmp_path / "pack"), paths.content_db, keep_in=paths.packs_dir)
    damage(paths.content_db)
    window = make_window(paths=paths)  # the program's own bundled pack is older (1.x)
    assert "version 9.0.0" in window.detail.toPlainText()  # says which pack it rebuilds from
    qtbot.waitUntil(lambda: window.view is not None, timeout=20000)
    assert window.library.pack is not None and window.library.pack.version == "9.0.0"
    assert window.open_place(Place("borders/checkpoint"))
    assert NEW_TEXT in window.detail.toPlainText()


def test_cancelling_an_import_from_the_window_keeps_the_old_content(
        qtbot: QtBot, make_window: WindowFactory, imported: DataPaths, tmp_path: Path) -> None:
    big = sign_pack(write_synthetic_pack(tmp_path / "big", 3000))
    window = make_window("borders/checkpoint")
    before = imported.content_db.read_bytes()
    task = features(window).importing.import_pack(big)
    qtbot.waitUntil(lambda: task.dialog.value() > 0, timeout=20000)  # it is under way
    cancel = next(b for b in task.dialog.findChildren(QPushButton) if b.isVisible())
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.isEnabled() and window.library.is_open, timeout=20000)
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.library.pack is not None and window.library.pack.id == "test-pack"
    assert imported.content_db.read_bytes() == before
    assert not list(imported.root.glob("*.new")) and not imported.packs_dir.exists()


def test_closing_the_window_during_a_content_import_stops_it_and_keeps_the_old(
        tmp_path: Path) -> None:
    """Before, the program aborted (exit 134, "QThread: Destroyed while thread is still
    running"); now the import is cancelled and the program ends normally."""
    data = tmp_path / "data"
    imported = run("--data-dir", str(data), "import", str(newer_pack(tmp_path / "pack")))
    assert imported.returncode == 0, imported.stderr
    before = (data / "content.sqlite").read_bytes()
    big = sign_pack(write_synthetic_pack(tmp_path / "big", 3000))
    done = subprocess.run(
        [sys.executable, "-m", "tests.reliability.close_during_import", str(data), str(big)],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert (data / "content.sqlite").read_bytes() == before
    assert not list(data.glob("*.new"))
