"""Data folders whose names SQLite URIs or SQLAlchemy URLs would misread (``#``, ``%41``,
``?``), and spaces, Cyrillic and emoji: every command works on them end to end, and nothing
is written outside the folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.paths import bundled_pack_dir

# '?' is not legal on Windows, the others are (and in user names, hence in the data folder)
NAMES = ["a#b", "p%41q", "w?x", "with spaces", "Данные", "data 😀"]
ODD = "odd #%41?x Данные 😀"  # all at once, for the window


@pytest.mark.skipif(sys.platform == "win32", reason="'?' is not legal in a Windows name")
@pytest.mark.parametrize("name", NAMES)
def test_every_command_on_an_oddly_named_folder(tmp_path: Path, name: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    parent = tmp_path / "parent"
    parent.mkdir()
    data = parent / name
    marks = tmp_path / "marks.json"
    marks.write_text(json.dumps({"format": "field-reference-bookmarks", "version": 1,
                                 "bookmarks": [{"target": "mission#aims", "note": "ask"}]}),
                     encoding="utf-8")
    home = ["--data-dir", str(data)]
    assert main([*home, "import", str(bundled_pack_dir())]) == 0
    assert f"into {data / 'content.sqlite'}" in capsys.readouterr().out
    assert main([*home, "search", "border", "--limit", "3"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3
    assert main([*home, "bookmarks", "import", str(marks)]) == 0
    assert "1 added" in capsys.readouterr().out
    assert main([*home, "bookmarks", "export", str(tmp_path / "out.json")]) == 0
    assert "Exported 1 bookmark" in capsys.readouterr().out
    assert main([*home, "check"]) == 0, capsys.readouterr().out
    assert sorted(p.name for p in parent.iterdir()) == [name], "nothing beside the folder"


@pytest.mark.skipif(sys.platform == "win32", reason="'?' is not legal in a Windows name")
def test_the_window_starts_on_an_oddly_named_folder(tmp_path: Path) -> None:
    """``self-test``: the real window, its first-start import, an entry opened and painted;
    then a plain start on the same folder, painted from it and ready with both databases."""
    parent = tmp_path / "parent"
    parent.mkdir()
    data = parent / ODD

    def start(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data),
                               *args], capture_output=True, text=True, timeout=180,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env})

    result = start("self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert (data / "content.sqlite").is_file()
    result = start(FIELD_REFERENCE_EXIT_AFTER_FIRST_PAINT="ready")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first-paint ")
    assert (data / "user.sqlite").is_file()
    assert sorted(p.name for p in parent.iterdir()) == [ODD]
