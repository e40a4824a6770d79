"""On POSIX the data folder is the user's alone: the folder 0700, every file in it 0600,
whatever the umask, and also for a folder an older version left readable by others."""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.paths import DataPaths, bundled_pack_dir
from desktop_app.settings import Settings, SettingsStore

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


@pytest.fixture(autouse=True)
def loose_umask() -> Iterator[None]:
    """The usual desktop umask, under which files are created 0644 in folders made 0755."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def modes(folder: Path) -> dict[str, str]:
    """Every folder and file below ``folder`` (and itself) with its mode, e.g. '0o600'."""
    found = {".": oct(stat.S_IMODE(folder.stat().st_mode))}
    for path in folder.rglob("*"):
        found[str(path.relative_to(folder))] = oct(stat.S_IMODE(path.stat().st_mode))
    return found


def use_every_file(data: Path, tmp_path: Path) -> None:
    """Import content, make bookmarks, back them up, save settings: every file the program
    writes in its folder."""
    marks = tmp_path / "marks.json"
    marks.write_text(json.dumps({"format": "field-reference-bookmarks", "version": 1,
                                 "bookmarks": [{"target": "mission#aims"}]}), encoding="utf-8")
    assert main(["--data-dir", str(data), "import", str(bundled_pack_dir())]) == 0
    assert main(["--data-dir", str(data), "bookmarks", "import", str(marks)]) == 0
    assert main(["--data-dir", str(data), "bookmarks", "export", str(tmp_path / "o.json")]) == 0
    SettingsStore(DataPaths(data).settings_file).save(Settings())


def test_new_data_folder_and_files_are_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    use_every_file(data, tmp_path)
    found = modes(data)
    assert {"user.sqlite", "content.sqlite", "settings.json"} <= set(found)
    assert any(name.startswith("backups/") for name in found), found
    expected = {name: "0o700" if (data / name).is_dir() else "0o600" for name in found}
    assert found == expected


def test_an_old_readable_folder_is_made_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    use_every_file(data, tmp_path)
    for path in [data, *data.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    other = data / "notes.txt"  # not ours: left as it is
    other.write_text("mine", encoding="utf-8")
    DataPaths(data).ensure()
    found = modes(data)
    assert found.pop("notes.txt") == "0o644"
    assert found == {name: "0o700" if (data / name).is_dir() else "0o600" for name in found}
