"""``field-reference check``: plain findings, exit 1 on any problem, nothing written."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.cli import main
from desktop_app.db.user_repo import open_user_engine
from desktop_app.db.user_safety import auto_backup
from desktop_app.paths import DataPaths


def _snapshot(paths: DataPaths) -> dict[str, bytes]:
    """The files themselves; reading a WAL database may leave its -shm/-wal side files."""
    return {p.name: p.read_bytes() for p in paths.root.iterdir()
            if p.is_file() and not p.name.endswith(("-shm", "-wal"))}


def test_a_sound_data_folder_passes(imported: DataPaths,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    open_user_engine(imported.user_db, imported.backups_dir).dispose()
    before = _snapshot(imported)
    assert main(["--data-dir", str(imported.root), "check"]) == 0
    out = capsys.readouterr().out
    assert "content pack test-pack 1.0.0" in out and "4 entries" in out
    assert "user.sqlite: format" in out and "intact" in out
    assert "checksums match" in out and out.rstrip().endswith("Everything is in order.")
    assert _snapshot(imported) == before  # read-only


@pytest.mark.parametrize("victim", ["content.sqlite", "user.sqlite"])
def test_a_damaged_database_is_a_problem(imported: DataPaths, victim: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    open_user_engine(imported.user_db, imported.backups_dir).dispose()
    path = imported.root / victim
    path.write_bytes(path.read_bytes()[:200] + b"\0" * 3000)
    assert main(["check", "--data-dir", str(imported.root)]) == 1
    out = capsys.readouterr().out
    assert f"PROBLEM  {path}" in out and "1 problem(s) found." in out


def test_user_data_from_a_newer_version_is_a_problem(imported: DataPaths,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(imported.user_db) as conn:
        conn.execute("PRAGMA user_version = 999")
    assert main(["check", "--data-dir", str(imported.root)]) == 1
    assert "newer Field Reference" in capsys.readouterr().out


def test_content_the_window_would_rebuild_is_a_problem(imported: DataPaths,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """An older format opens as a database but not as our content: check says what the
    window does with it, and leaves it as it is."""
    with sqlite3.connect(imported.content_db) as conn:
        conn.execute("PRAGMA user_version = 1")
    before = imported.content_db.read_bytes()
    assert main(["check", "--data-dir", str(imported.root)]) == 1
    out = capsys.readouterr().out
    assert f"PROBLEM  {imported.content_db}: content database format 1, expected" in out
    assert "The window rebuilds it from the bundled content." in out
    assert imported.content_db.read_bytes() == before


def test_an_emptied_user_file_is_a_problem_when_there_are_backups(
        imported: DataPaths, capsys: pytest.CaptureFixture[str]) -> None:
    open_user_engine(imported.user_db, imported.backups_dir).dispose()
    assert auto_backup(imported.user_db, imported.backups_dir) is not None
    imported.user_db.write_bytes(b"")  # as the next start will judge it: damage, restored
    assert main(["--data-dir", str(imported.root), "check"]) == 1
    out = capsys.readouterr().out
    assert f"PROBLEM  {imported.user_db}: the file is empty; the program's next start keeps " \
           "it aside and restores the newest backup, if there is one." in out
    for backup in imported.backups_dir.iterdir():  # no backups: a first start, not damage
        backup.unlink()
    assert main(["--data-dir", str(imported.root), "check"]) == 0
