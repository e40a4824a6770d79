"""Where files go, and settings that survive a damaged file."""

import json
import sys
from pathlib import Path

import pytest

from desktop_app import paths
from desktop_app.settings import Settings, SettingsStore


def test_data_dir_option_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.ENV_HOME, str(tmp_path / "env"))
    assert paths.resolve_data_dir(str(tmp_path / "cli")) == tmp_path / "cli"
    assert paths.resolve_data_dir(None) == tmp_path / "env"


def test_portable_marker_keeps_data_beside_executable(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "portable").write_text("")
    monkeypatch.setattr(sys, "argv", [str(tmp_path / "field-reference")])
    assert paths.resolve_data_dir(None) == tmp_path / "data"


def test_platform_dir_is_used_otherwise(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", [str(tmp_path / "field-reference")])
    assert paths.resolve_data_dir(None) == paths.platform_data_dir()


def test_settings_round_trip(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(theme="dark", zoom=3))
    loaded = store.load()
    assert (loaded.theme, loaded.zoom, store.problem) == ("dark", 3, None)
    assert loaded == Settings(theme="dark", zoom=3) != Settings(theme="dark")


def test_settings_refuse_a_field_they_do_not_have_or_a_wrong_type() -> None:
    with pytest.raises(TypeError, match="zooom"):
        Settings(zooom=3)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="zoom must be int, not str"):
        Settings(zoom="x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="side_by_side must be bool, not int"):
        Settings(side_by_side=1)  # type: ignore[arg-type]


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe garbage", b"[1, 2]"])
def test_garbage_settings_fall_back_with_a_message(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    store = SettingsStore(path)
    assert store.load() == Settings()
    assert store.problem and "settings.json" in str(store.problem)


def test_wrong_types_and_ranges_fall_back_per_field(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"theme": "purple", "zoom": 99, "language": 5}))
    loaded = SettingsStore(path).load()
    assert loaded.theme == "system" and loaded.zoom == 10 and loaded.language == ""


def test_a_field_from_a_newer_version_is_left_out_and_the_others_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"theme": "dark", "reading_mode": "night"}))
    store = SettingsStore(path)
    assert (store.load(), store.problem) == (Settings(theme="dark"), None)


def test_data_paths_name_every_file_under_one_folder(tmp_path: Path) -> None:
    data = paths.DataPaths(tmp_path / "d")
    assert data.ensure() == paths.DataPaths(tmp_path / "d") and data.root.is_dir()
    assert {data.content_db.parent, data.user_db.parent, data.settings_file.parent,
            data.backups_dir.parent} == {data.root}


def test_page_setup_and_bilingual_round_trip_and_fall_back(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(page_size="Letter", page_orientation="landscape", print_bilingual=True))
    loaded = store.load()
    assert (loaded.page_size, loaded.page_orientation, loaded.print_bilingual) == (
        "Letter", "landscape", True)
    (tmp_path / "settings.json").write_text(json.dumps(
        {"page_size": "../A4", "page_orientation": "sideways", "print_bilingual": 1, "zoom": True}))
    loaded = store.load()
    assert (loaded.page_size, loaded.page_orientation, loaded.print_bilingual, loaded.zoom) == (
        "A4", "portrait", False, 0)
