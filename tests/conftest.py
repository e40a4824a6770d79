"""Shared fixtures: real packs and data folders in tmp_path, real windows offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Windows open on a field laptop's 1366×768 screen (Qt's offscreen default is 800×800); with
# QT_FONT_DPI=144 (scripts/test runs the window tests so too) it is that screen at 150 %.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    screen = Path(__file__).with_name("laptop-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"

from desktop_app.content.importer import import_pack
from desktop_app.paths import DataPaths
from tests.i18n import RussianProblems, Translate
from tests.packs import write_pack


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    return write_pack(tmp_path / "pack")


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data").ensure()


@pytest.fixture
def imported(pack_dir: Path, data_paths: DataPaths) -> DataPaths:
    """A data folder whose content.sqlite was built from the basic test pack."""
    import_pack(pack_dir, data_paths.content_db)
    return data_paths


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test may write to the real user folders."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("FIELD_REFERENCE_HOME", raising=False)
    yield


@pytest.fixture(scope="session")
def russian() -> Translate:
    """Problem templates through the shipped Russian .qm."""
    return RussianProblems()
