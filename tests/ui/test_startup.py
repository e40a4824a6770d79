"""The built program's checks, run from the checkout as a user would: real processes, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.library import read_first_view
from desktop_app.paths import DataPaths
from desktop_app.places import Place
from desktop_app.ui.app import build_window
from desktop_app.ui.features import Features
from desktop_app.ui.reader.tree_model import PLACE_ROLE
from desktop_app.ui.start import attach_features, start
from tests.ui.conftest import features


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, timeout=180,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})})


def test_self_test_imports_opens_and_passes_on_a_fresh_folder(tmp_path: Path) -> None:
    data = tmp_path / "fresh"
    result = run("--data-dir", str(data), "self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "FAILED" not in result.stdout
    for check in ("the bundled pack was imported", "the entry", "its page was painted",
                  "Qt's own Russian translation is used", "self-test passed"):
        assert check in result.stdout
    assert (data / "content.sqlite").is_file()


def test_self_test_fails_when_the_content_cannot_be_read(tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "content.sqlite").mkdir()  # a folder where the database should be: no import
    result = run("--data-dir", str(data), "self-test")
    assert result.returncode == 1
    assert "FAILED" in result.stdout


def test_exit_after_first_paint_prints_the_time_and_quits(imported: DataPaths) -> None:
    result = run("--data-dir", str(imported.root),
                 env={"FIELD_REFERENCE_EXIT_AFTER_FIRST_PAINT": "1"})
    assert result.returncode == 0, result.stderr
    word, seconds, peak_kb = result.stdout.split()
    assert word == "first-paint" and 0 < float(seconds) < 180 and int(peak_kb) > 1000


def test_ready_waits_for_the_databases_after_the_first_paint(imported: DataPaths) -> None:
    """The window paints from plain sqlite3, then opens the databases and the same place."""
    result = run("--data-dir", str(imported.root),
                 env={"FIELD_REFERENCE_EXIT_AFTER_FIRST_PAINT": "ready"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first-paint ")
    assert (imported.root / "user.sqlite").is_file()  # opened, migrated, the place recorded


def test_the_collector_runs_once_the_window_is_ready(imported: DataPaths) -> None:
    """cli.open_window pauses Python's cyclic garbage collector while the window is built
    (docs/performance.md); for the rest of the session it runs, or memory would only grow."""
    code = ("import gc, sys; import desktop_app.ui.first_paint as fp\n"
            "from desktop_app.cli import main\n"
            "ready = fp._print_and_quit\n"
            "def print_and_quit():\n"
            "    print('collector on when ready', gc.isenabled())\n"
            "    ready()\n"
            "fp._print_and_quit = print_and_quit\n"
            f"sys.exit(main(['--data-dir', {str(imported.root)!r}]))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=180, env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                              "FIELD_REFERENCE_EXIT_AFTER_FIRST_PAINT": "ready"})
    assert result.returncode == 0, result.stderr
    said = [line for line in result.stdout.splitlines() if line.startswith("collector")]
    assert said == ["collector on when ready True"]


def test_first_view_then_databases_keep_the_place_and_the_tree(qtbot: QtBot,
                                                                imported: DataPaths) -> None:
    """run_app's order in process: paint from sqlite3, then open the databases and start."""
    first_window = build_window(imported, "en")
    qtbot.addWidget(first_window)
    start(first_window, "borders/handbook#part-2")
    first_window.close()  # remembers the place

    window = build_window(imported, "en", open_user=False)
    qtbot.addWidget(window)
    first = read_first_view(window.library, imported.user_db, window.lang)
    assert first is not None
    window.show_first_view(first)
    window.show()
    assert not window.user.is_open  # the window's features waited too (bookmarks, search)
    assert window.view is not None and window.view.slug == "borders/handbook"
    assert first.section.startswith("part-")  # where the first window was left
    shown = Place("borders/handbook", first.section)
    assert window.tree.currentIndex().data(PLACE_ROLE) == shown
    rows = window.tree_model.rowCount()
    assert window.findChild(Features) is None
    attached = attach_features(window)
    attached.bookmarks.bookmark_current()  # the reader may act before the databases opened
    window.user.open()
    start(window, None, tree_filled=True)
    assert attached.bookmarks.panel.model.rowCount() == 1  # filled once they are open
    assert window.library.is_open and window.tree_model.rowCount() == rows
    assert window.history.current is not None
    assert window.history.current.slug == "borders/handbook"
    assert window.tree.currentIndex().data(PLACE_ROLE) == shown


def test_panels_open_last_time_come_back_when_the_features_attach_late(
        qtbot: QtBot, imported: DataPaths) -> None:
    """The features attach after the first paint; their docks still return where they were."""
    first_window = build_window(imported, "en")
    qtbot.addWidget(first_window)
    start(first_window, "borders/handbook")
    first_window.show()
    features(first_window).bookmarks.act_panel.trigger()
    assert features(first_window).bookmarks.panel.isVisible()
    first_window.close()

    window = build_window(imported, "en", open_user=False)
    qtbot.addWidget(window)
    window.show()
    window.close()  # closed before the features came: Qt keeps the docks' places
    window = build_window(imported, "en", open_user=False)
    qtbot.addWidget(window)
    window.show()
    attached = attach_features(window)
    assert attach_features(window) is attached  # once only
    assert attached.bookmarks.panel.isVisible()
    assert not attached.search.isVisible()
    assert window.findChildren(type(attached.bookmarks.panel)) == [attached.bookmarks.panel]
