"""``field-reference pack build``: a pack folder checked and written to the zip staff import,
the same bytes from the same files, signed when asked."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.content.pack import peek_manifest
from desktop_app.paths import bundled_pack_dir
from tests.packs import BASIC_ENTRIES, DEVELOPMENT_KEY, write_pack


def _build(capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    status = main(["pack", "build", *words])
    out, err = capsys.readouterr()
    return status, out, err


def test_the_same_files_give_the_same_zip_and_it_imports(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "pack"
    shutil.copytree(bundled_pack_dir(), folder)
    first, second = tmp_path / "one.zip", tmp_path / "two.zip"
    assert _build(capsys, str(folder), "-o", str(first))[0] == 0
    (folder / "en" / "guide.md").touch()  # a newer time on disk changes nothing
    status, out, _err = _build(capsys, str(folder), "-o", str(second))
    bundled = peek_manifest(bundled_pack_dir())
    assert bundled is not None
    assert status == 0 and f"iom-tajikistan {bundled.version}" in out and "not signed" in out
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        names = archive.namelist()
        assert names == sorted(names) and "manifest.toml" in names
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", "--allow-unsigned", str(first)]) == 0
    assert main(["--data-dir", str(data), "search", "Using this reference"]) == 0
    assert "guide" in capsys.readouterr().out


def test_an_edited_folder_is_signed_again_and_imports_as_trusted(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_pack(tmp_path / "pack")  # signed by the development key
    mission = folder / "en" / "mission.md"
    mission.write_text(BASIC_ENTRIES["en/mission.md"] + "\nA new paragraph about wombats.\n",
                       encoding="utf-8")
    out_zip = tmp_path / "pack.zip"
    status, out, _err = _build(capsys, str(folder), "-o", str(out_zip), "--sign",
                               str(DEVELOPMENT_KEY))
    assert status == 0 and "signed with key 10D915C92B86DF12" in out
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", str(out_zip)]) == 0  # no --allow-unsigned
    assert main(["--data-dir", str(data), "search", "wombats"]) == 0
    assert "mission" in capsys.readouterr().out


def test_an_edit_without_a_key_drops_the_signature_it_broke(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_pack(tmp_path / "pack")
    (folder / "en" / "mission.md").write_text(
        BASIC_ENTRIES["en/mission.md"] + "\nMore.\n", encoding="utf-8")
    out_zip = tmp_path / "pack.zip"
    status, _out, err = _build(capsys, str(folder), "-o", str(out_zip))
    assert status == 0
    assert "no longer matched the manifest and was removed" in err
    with zipfile.ZipFile(out_zip) as archive:
        assert "manifest.toml.minisig" not in archive.namelist()
    assert main(["--data-dir", str(tmp_path / "data"), "import", str(out_zip)]) == 1
    assert "not signed" in capsys.readouterr().err


def test_a_pack_with_a_problem_is_not_built_and_the_problem_has_file_and_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_pack(tmp_path / "pack")
    mission = folder / "en" / "mission.md"
    text = BASIC_ENTRIES["en/mission.md"] + "\n## No id here\n\nText.\n"
    mission.write_text(text, encoding="utf-8")
    out_zip = tmp_path / "pack.zip"
    status, _out, err = _build(capsys, str(folder), "-o", str(out_zip))
    line = text.split("\n").index("## No id here") + 1
    assert status == 1 and not out_zip.exists()
    assert f"{mission}:{line}: heading “No id here” has no id" in err


def test_a_zip_is_not_built_into_the_pack_folder_nor_over_a_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_pack(tmp_path / "pack")
    manifest = (folder / "manifest.toml").read_bytes()
    status, _out, err = _build(capsys, str(folder), "-o", str(folder / "inside.zip"))
    assert status == 1 and "inside the pack folder" in err and "Traceback" not in err
    status, _out, err = _build(capsys, str(folder), "-o", str(tmp_path))
    assert status == 1 and "Is a folder or a device, not a file name" in err
    status, _out, err = _build(capsys, str(folder), "-o", "")
    assert status == 1 and "Is a folder or a device" in err
    assert (folder / "manifest.toml").read_bytes() == manifest  # checked before anything is written
    assert not (folder / "inside.zip").exists()


def test_a_full_disk_leaves_no_half_zip(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from tests.reliability.test_recovery_disk_full import fill_disk
    from tests.reliability.tmpfs import tmpfs

    folder = shutil.copytree(bundled_pack_dir(), tmp_path / "pack")
    with tmpfs(tmp_path / "stick", "1m") as stick:
        fill_disk(stick)
        status, _out, err = _build(capsys, str(folder), "-o", str(stick / "pack.zip"))
        assert status == 1 and "No space left on device" in err and "Traceback" not in err
        assert sorted(p.name for p in stick.iterdir()) == ["filler"]
