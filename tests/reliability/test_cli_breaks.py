"""The command line in odd environments: each ends in one plain sentence and a documented exit
status (README, "Using it"), never in a traceback."""

from __future__ import annotations

import json
import os
import pwd
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.paths import DataPaths
from tests.reliability.test_recovery_disk_full import fill_disk, small_disk  # noqa: F401

BUNDLED = Path(__file__).resolve().parents[2] / "resources" / "content"


def cli(*args: str, env: dict[str, str] | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, timeout=120, env=env, cwd=cwd)


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr, result.stderr


def test_search_into_a_pipe_closed_early_exits_quietly(imported: DataPaths) -> None:
    search = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(imported.root), "search",
         "border", "--limit", "200"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert search.stdout is not None and search.stderr is not None
    search.stdout.close()  # as `| head -1` does once it has its line: every later write fails
    errors = search.stderr.read().decode()
    assert search.wait(60) == 0
    assert "Traceback" not in errors and "BrokenPipe" not in errors, errors


@pytest.mark.parametrize("limit", ["1e23", "100000000000000000000000", "0", "-3", "ten"])
def test_an_impossible_limit_is_refused_in_words(imported: DataPaths, limit: str) -> None:
    result = cli("--data-dir", str(imported.root), "search", "border", "--limit", limit)
    assert result.returncode == 2
    no_traceback(result)
    assert "--limit: must be a whole number from 1 to 10000" in result.stderr


def test_a_data_dir_that_is_a_file_is_named(tmp_path: Path) -> None:
    afile = tmp_path / "notes.txt"
    afile.write_text("mine")
    result = cli("--data-dir", str(afile), "bookmarks", "export", str(tmp_path / "out.json"))
    assert result.returncode == 2
    no_traceback(result)
    assert f"{afile} is a file, not a folder" in result.stderr
    assert afile.read_text() == "mine"


def test_no_home_and_no_password_entry(monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.delenv("FIELD_REFERENCE_HOME", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)

    def no_entry(uid: int) -> pwd.struct_passwd:
        raise KeyError(f"getpwuid(): uid not found: {uid}")

    monkeypatch.setattr(pwd, "getpwuid", no_entry)
    assert main(["search", "border"]) == 2
    assert "your home folder cannot be found" in capsys.readouterr().err


def test_a_relative_xdg_data_home_is_ignored(tmp_path: Path) -> None:
    work, home = tmp_path / "work", tmp_path / "home"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "FIELD_REFERENCE_HOME"}
    env |= {"XDG_DATA_HOME": "relative/data", "HOME": str(home)}
    result = cli("bookmarks", "export", str(tmp_path / "out.json"), env=env, cwd=work)
    assert result.returncode == 0, result.stderr
    assert list(work.iterdir()) == []  # nothing under the current folder
    assert (home / ".local" / "share" / "field-reference" / "user.sqlite").is_file()


def test_a_cp1252_console_and_a_cyrillic_folder(tmp_path: Path) -> None:
    data = tmp_path / "Данные полевого сотрудника"
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    out = tmp_path / "закладки.json"
    result = cli("--data-dir", str(data), "bookmarks", "export", str(out), env=env)
    assert result.returncode == 0, result.stderr
    no_traceback(result)
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "field-reference-bookmarks"


def test_disk_full_during_import(small_disk: Path) -> None:  # noqa: F811 (the fixture)
    data = small_disk / "data"
    data.mkdir()
    fill_disk(small_disk)
    result = cli("--data-dir", str(data), "import", str(BUNDLED))
    assert result.returncode == 1
    no_traceback(result)
    assert "No space left on device" in result.stderr or "disk is full" in result.stderr
    assert not (data / "content.sqlite").exists()
    assert not list(data.glob("content.sqlite.new*"))


def test_disk_full_during_a_bookmarks_import(small_disk: Path,  # noqa: F811 (the fixture)
                                             tmp_path: Path) -> None:
    data = small_disk / "data"
    marks = [{"target": f"mission#part-{n}", "note": "n" * 200} for n in range(5000)]
    source = tmp_path / "marks.json"
    source.write_text(json.dumps({"format": "field-reference-bookmarks", "version": 1,
                                  "bookmarks": marks}))
    assert cli("--data-dir", str(data), "bookmarks", "export",
               str(tmp_path / "empty.json")).returncode == 0  # user.sqlite exists
    filler = fill_disk(small_disk)
    with filler.open("r+b") as handle:  # room to open the database, not to import it all
        handle.truncate(filler.stat().st_size - 256 * 1024)
    result = cli("--data-dir", str(data), "bookmarks", "import", str(source))
    assert result.returncode == 1
    no_traceback(result)
    assert "could not be written" in result.stderr and "run the import again" in result.stderr
