"""field-reference preview: the real window on a pack folder an author edits, following each
save, keeping the place, and keeping the last good content when a save has an error."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.cli import main
from desktop_app.paths import DataPaths, bundled_pack_dir
from desktop_app.places import Place
from desktop_app.ui.preview import PackPreview, open_preview

PROJECT = "border-management/bratstvo-checkpoint"


def _open(qtbot: QtBot, tmp_path: Path) -> tuple[Path, PackPreview]:
    folder = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir(), folder)
    preview = open_preview(folder, DataPaths(tmp_path / "preview-data"), "en")
    qtbot.addWidget(preview.host.window())
    qtbot.waitUntil(lambda: preview.host.view is not None, timeout=10000)
    return folder, preview


def _errors(preview: PackPreview) -> list[str]:
    items = [preview.problems.item(i).text() for i in range(preview.problems.count())]
    return [text for text in items if ": error: " in text]


def test_a_save_is_shown_at_the_place_that_was_open(qtbot: QtBot, tmp_path: Path) -> None:
    folder, preview = _open(qtbot, tmp_path)
    host = preview.host
    assert host.open_place(Place(PROJECT, "activities"))
    path = folder / "en" / f"{PROJECT}.md"
    path.write_text(path.read_text("utf-8").replace("overall objective", "overall aim"),
                    encoding="utf-8")
    qtbot.waitUntil(lambda: "overall aim" in host.detail.toPlainText(), timeout=5000)
    assert host.current_place == Place(PROJECT, "activities")
    assert not (tmp_path / "pack" / "content.sqlite").exists()  # its own data folder only
    assert (tmp_path / "preview-data" / "content.sqlite").exists()


def test_a_bad_save_keeps_the_last_good_content_and_lists_the_problem(
        qtbot: QtBot, tmp_path: Path) -> None:
    folder, preview = _open(qtbot, tmp_path)
    host = preview.host
    assert host.open_place(Place(PROJECT))
    path = folder / "en" / f"{PROJECT}.md"
    good = path.read_text("utf-8")
    bad = good.replace("overall objective", "overall aim") + "\n## Without an id\n"
    path.write_text(bad, encoding="utf-8")
    qtbot.waitUntil(lambda: bool(_errors(preview)), timeout=5000)
    line = bad.split("\n").index("## Without an id") + 1
    assert _errors(preview) == [f"en/{PROJECT}.md:{line}: error: heading “Without an id” has "
                                "no id; write it as “## Without an id {#some-id}”."]
    assert preview.dock.isVisible()
    text = host.detail.toPlainText()
    assert "overall objective" in text and "overall aim" not in text  # the last good state
    path.write_text(good.replace("overall objective", "overall aim"), encoding="utf-8")
    qtbot.waitUntil(lambda: "overall aim" in host.detail.toPlainText(), timeout=5000)
    assert _errors(preview) == []


def test_a_pack_with_errors_from_the_start_opens_on_its_problems(
        qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir(), folder)
    mission = folder / "ru" / "mission.md"
    good = mission.read_text("utf-8")
    mission.write_text(good.replace("+++", "+++\norder = []", 1), encoding="utf-8")
    preview = open_preview(folder, DataPaths(tmp_path / "data"), "en")
    qtbot.addWidget(preview.host.window())
    errors = _errors(preview)
    assert len(errors) == 1 and errors[0].startswith("ru/mission.md:")
    assert preview.host.view is None
    mission.write_text(good, encoding="utf-8")
    qtbot.waitUntil(lambda: preview.host.view is not None, timeout=5000)
    assert _errors(preview) == []


def test_preview_refuses_a_folder_that_is_not_a_pack(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["preview", str(tmp_path)]) == 1
    assert "holds no manifest.toml; give a pack folder" in capsys.readouterr().err


def test_an_older_version_of_the_program_s_own_pack_is_previewed_as_it_is(
        qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir(), folder)
    manifest = folder / "manifest.toml"
    text = manifest.read_text("utf-8")
    older = re.sub(r'(?m)^version = ".*"$', 'version = "0.1.0"', text, count=1)
    assert older != text
    manifest.write_text(older, encoding="utf-8")
    preview = open_preview(folder, DataPaths(tmp_path / "preview-data"), "en")
    qtbot.addWidget(preview.host.window())
    qtbot.waitUntil(lambda: preview.host.view is not None, timeout=10000)
    pack = preview.host.library.pack
    assert preview.host.window().isEnabled() and pack is not None and pack.version == "0.1.0"
