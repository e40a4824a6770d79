"""``field-reference bookmarks export/import`` in real processes on real data folders."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from desktop_app.bookmarks.store import BookmarkStore
from desktop_app.library import UserData
from tests.test_bookmarks_io import fill, shape
from tests.test_cli import run


def test_export_into_an_empty_data_folder_and_import_back(tmp_path: Path) -> None:
    source, target = tmp_path / "old-laptop", tmp_path / "new-laptop"
    user = UserData(source / "user.sqlite", source / "backups")
    fill(BookmarkStore(user))
    expected = shape(BookmarkStore(user))
    user.close()
    out = tmp_path / "marks.json"
    result = run("--data-dir", str(source), "bookmarks", "export", str(out))
    assert result.returncode == 0, result.stderr
    assert "Exported 3 bookmarks in 2 folders" in result.stdout
    result = run("--data-dir", str(target), "bookmarks", "import", str(out))
    assert result.returncode == 0, result.stderr
    assert "3 added, 0 skipped" in result.stdout and "2 folders added" in result.stdout
    result = run("bookmarks", "import", str(out), "--data-dir", str(target))
    assert "0 added, 3 skipped" in result.stdout
    user = UserData(target / "user.sqlite", target / "backups")
    assert shape(BookmarkStore(user)) == expected
    user.close()
    xbel = tmp_path / "marks.xml"
    result = run("--data-dir", str(target), "bookmarks", "export", "--format", "xbel", str(xbel))
    assert result.returncode == 0 and "(xbel)" in result.stdout
    assert "<xbel" in xbel.read_text(encoding="utf-8")


def test_help_lists_the_command() -> None:
    assert "bookmarks" in run("--help").stdout
    assert "export" in run("bookmarks", "--help").stdout


def test_a_bad_file_is_named_and_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "d"
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"format": "field-reference-bookmarks", "version": 1,
                                "bookmarks": [{"target": "mission#aims"}]}), encoding="utf-8")
    assert run("--data-dir", str(data), "bookmarks", "import", str(good)).returncode == 0
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "field-reference-bookmarks",\n"bookmarks": [\n}',
                   encoding="utf-8")
    result = run("--data-dir", str(data), "bookmarks", "import", str(bad))
    assert result.returncode == 1
    assert f"{bad}: line 3" in result.stderr and "Nothing was changed." in result.stderr
    user = UserData(data / "user.sqlite", data / "backups")
    assert [b.target for b in BookmarkStore(user).contents()[1]] == ["mission#aims"]
    user.close()


def test_a_damaged_user_file_is_restored_and_said_on_stderr(tmp_path: Path) -> None:
    data = tmp_path / "d"
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"format": "field-reference-bookmarks", "version": 1,
                                "bookmarks": [{"target": "mission#aims"}]}), encoding="utf-8")
    assert run("--data-dir", str(data), "bookmarks", "import", str(good)).returncode == 0
    assert run("--data-dir", str(data), "bookmarks", "export", str(tmp_path / "x.json")
               ).returncode == 0  # this start backs the bookmark up
    (data / "user.sqlite").write_bytes(b"garbage!" * 600)
    result = run("--data-dir", str(data), "bookmarks", "export", str(tmp_path / "y.json"))
    assert result.returncode == 0
    assert "was damaged" in result.stderr and "restored from the backup of" in result.stderr
    assert "Exported 1 bookmark in 0 folders" in result.stdout


def test_an_export_over_a_folder_or_a_device_is_refused_in_one_sentence(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for target in (tmp_path, Path("")):
        result = run("--data-dir", str(data), "bookmarks", "export", str(target))
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert "could not be written: that name is a folder or a device, not a file." \
            in result.stderr
    if hasattr(os, "mkfifo"):  # moving a file over a device would replace it
        pipe = tmp_path / "pipe"
        os.mkfifo(pipe)
        result = run("--data-dir", str(data), "bookmarks", "export", str(pipe))
        assert result.returncode == 1 and stat.S_ISFIFO(pipe.stat().st_mode)


def test_an_export_with_no_bookmarks_leaves_an_earlier_export_as_it_was(tmp_path: Path) -> None:
    earlier = tmp_path / "mine.json"
    earlier.write_text(json.dumps({"format": "field-reference-bookmarks", "version": 1,
                                   "bookmarks": [{"target": "mission#aims"},
                                                 {"target": "borders"}]}), encoding="utf-8")
    saved = earlier.read_bytes()
    result = run("--data-dir", str(tmp_path / "new"), "bookmarks", "export", str(earlier))
    assert result.returncode == 1
    assert f"{earlier}: holds bookmarks (2) and there are none to export now, so it was not " \
           "replaced." in result.stderr
    assert earlier.read_bytes() == saved
    xbel = tmp_path / "mine.bak"  # XBEL, whatever the name ends in
    good = tmp_path / "good"
    assert run("--data-dir", str(good), "bookmarks", "import", str(earlier)).returncode == 0
    assert run("--data-dir", str(good), "bookmarks", "export", "--format", "xbel",
               str(xbel)).returncode == 0
    saved = xbel.read_bytes()
    result = run("--data-dir", str(tmp_path / "new"), "bookmarks", "export", str(xbel))
    assert result.returncode == 1 and "holds bookmarks (2)" in result.stderr
    assert xbel.read_bytes() == saved
    fresh = tmp_path / "fresh.json"  # a new file: an empty export is written
    assert run("--data-dir", str(tmp_path / "new"), "bookmarks", "export", str(fresh)
               ).returncode == 0
    assert json.loads(fresh.read_text(encoding="utf-8"))["bookmarks"] == []
