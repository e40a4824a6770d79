"""The built program's checks, run from the checkout as a user would: real processes, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop_app.paths import DataPaths


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
