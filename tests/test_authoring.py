"""The content officer's kit on the command line: pack new, pack add, pack check and pack diff,
driven as an author would, on real folders, with the real importer behind them."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.paths import bundled_pack_dir
from tests.packs import PNG_MAP

Run = tuple[int, str, str]


def _run(capsys: pytest.CaptureFixture[str], *words: str) -> Run:
    status = main(list(words))
    out, err = capsys.readouterr()
    return status, out, err


def _fill(folder: Path) -> None:
    """What an author writes in place of every placeholder, and the sources."""
    for path in [*folder.rglob("*.md"), folder / "manifest.toml"]:
        if path.name == "README.md":
            continue
        text = re.sub(r"\{\{fill: title\}\}", "Checkpoint work", path.read_text("utf-8"))
        text = re.sub(r"\{\{fill: [^}]*\}\}", "Written by the author.", text)
        text = text.replace("sources = []", 'sources = ["report.txt"]')
        path.write_text(text, encoding="utf-8")


@pytest.fixture
def started(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "new-pack"
    assert _run(capsys, "pack", "new", str(folder))[0] == 0
    assert _run(capsys, "pack", "add", str(folder), "border", "--kind", "area")[0] == 0
    status, out, _ = _run(capsys, "pack", "add", str(folder), "border/checkpoint", "--kind",
                          "project", "--area", "border")
    assert status == 0 and "ru/border/checkpoint.md" in out
    return folder


def test_an_author_goes_from_pack_new_to_a_zip_staff_import(
        started: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for lang in ("en", "ru"):
        text = (started / lang / "border" / "checkpoint.md").read_text("utf-8")
        assert "[brief]" in text and "{#objectives}" in text and "{#results}" in text
    status, out, _ = _run(capsys, "pack", "check", str(started))
    assert status == 0  # placeholders are warnings: the pack would import
    assert f"{started}/ru/border/checkpoint.md:5:10: warning: a placeholder is left in: " \
           "{{fill: заголовок}}." in out
    assert f"{started}/manifest.toml:5:10: warning: a placeholder" in out
    assert f"{started}/en/border.md:1: warning: names no sources" in out
    assert _run(capsys, "pack", "check", "--strict", str(started))[0] == 1
    _fill(started)
    status, out, err = _run(capsys, "pack", "check", "--strict", str(started))
    assert (status, out) == (0, "") and "0 error(s), 0 warning(s)" in err
    out_zip = tmp_path / "pack.zip"
    assert _run(capsys, "pack", "build", str(started), "-o", str(out_zip))[0] == 0
    data = tmp_path / "data"
    assert _run(capsys, "--data-dir", str(data), "import", "--allow-unsigned",
                str(out_zip))[0] == 0
    status, out, _ = _run(capsys, "--data-dir", str(data), "search", "author")
    assert status == 0 and "border/checkpoint" in out


def test_check_names_what_the_author_must_still_do(
        started: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _fill(started)
    (started / "ru" / "border" / "checkpoint.md").unlink()
    (started / "media").mkdir()
    (started / "media" / "unused.png").write_bytes(PNG_MAP)
    area = started / "ru" / "border.md"
    area.write_text(area.read_text("utf-8") + "\n[The checkpoint](entry:border/checkpoint)\n",
                    encoding="utf-8")
    status, out, _ = _run(capsys, "pack", "check", "--format", "json", str(started))
    assert status == 0
    found = {(Path(f["file"]).relative_to(started).as_posix(), f["severity"], f["message"])
             for f in json.loads(out)}
    assert found == {
        ("en/border/checkpoint.md", "warning",
         "has no ru version: write ru/border/checkpoint.md with the same section ids."),
        ("media/unused.png", "warning", "no entry shows this image."),
        ("ru/border.md", "warning", "link “entry:border/checkpoint”: “border/checkpoint” has "
         "no ru version, so in this language the link leads nowhere."),
    }
    link = next(f for f in json.loads(out) if f["file"].endswith("ru/border.md"))
    assert link["line"] == area.read_text("utf-8").split("\n").index(
        "[The checkpoint](entry:border/checkpoint)") + 1


def test_errors_exit_1_and_checksums_count_only_for_a_release(
        started: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _fill(started)
    assert _run(capsys, "pack", "check", "--release", str(started))[0] == 1  # stale checksums
    assert _run(capsys, "pack", "check", str(started))[0] == 0
    project = started / "ru" / "border" / "checkpoint.md"
    project.write_text(project.read_text("utf-8").replace("{#results}", "{#outcome}"),
                       encoding="utf-8")
    status, out, _ = _run(capsys, "pack", "check", str(started))
    assert status == 1
    assert f"{project}: error: section ids differ from en/border/checkpoint.md" in out


def test_pack_add_refuses_what_it_cannot_make(started: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    for words, message in (
            (["border", "--kind", "area"], "exists; nothing was written"),
            (["border/x", "--kind", "project", "--area", "nowhere"], "area “nowhere” is unknown"),
            (["border/x", "--kind", "memo", "--area", "border"], "kind “memo” is unknown"),
            (["border/x", "--kind", "news"], "needs --area"),
            (["Border X", "--kind", "area"], "may hold only lowercase")):
        status, _out, err = _run(capsys, "pack", "add", str(started), *words)
        assert status == 1 and message in err
    assert _run(capsys, "pack", "new", str(started))[2].endswith("is not empty; give a new "
                                                               "folder.\n")


def test_pack_add_writes_every_language_or_none(started: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    (started / "ru" / "border").mkdir(exist_ok=True)
    (started / "ru" / "border" / "news").write_text("a file where a folder must be")
    manifest = (started / "manifest.toml").read_bytes()
    status, _out, err = _run(capsys, "pack", "add", str(started), "border/news/first",
                             "--kind", "news", "--area", "border")
    assert status == 1 and "could not be written" in err and "nothing was written" in err
    assert not (started / "en" / "border" / "news" / "first.md").exists()
    assert (started / "manifest.toml").read_bytes() == manifest


def test_diff_lists_entries_and_the_sections_that_changed_per_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = tmp_path / "new"
    shutil.copytree(bundled_pack_dir(), new)
    project = "border-management/bratstvo-checkpoint"
    path = new / "ru" / f"{project}.md"
    text = path.read_text("utf-8")
    assert "{#objectives}\n\n" in text
    path.write_text(text.replace("{#objectives}\n\n", "{#objectives}\n\nНовая строка.\n\n"),
                    encoding="utf-8")
    for lang in ("en", "ru"):
        (new / lang / "guide.md").unlink()
    assert _run(capsys, "pack", "add", str(new), "labour-migration/new-note", "--kind", "news",
                "--area", "labour-migration")[0] == 0
    status, out, _ = _run(capsys, "pack", "diff", str(bundled_pack_dir()), str(new))
    assert status == 0
    lines = out.splitlines()
    assert lines[0].endswith("1 added, 1 removed, 1 changed")
    assert lines[1:3] == ["added    labour-migration/new-note", "removed  guide"]
    assert lines[3:] == [f"changed  {project}  ru: #objectives"]


def test_check_warns_of_a_thesaurus_group_that_matches_nothing(
        started: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _fill(started)
    (started / "thesaurus.toml").write_text(
        '[[same]]\nterms = ["checkpoint", "КПП"]\n\n'  # the text has "Checkpoint work"
        '[[same]]\nterms = ["zebra crossing", "зебра"]\n', encoding="utf-8")
    status, out, _ = _run(capsys, "pack", "check", str(started))
    assert status == 0  # a warning: the pack would import
    assert out.splitlines() == [
        f"{started}/thesaurus.toml:4: warning: no term of this group occurs in the pack's text "
        "(zebra crossing, зебра), so a search for them finds nothing."]


def test_check_warns_of_a_line_the_table_above_swallows(
        started: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _fill(started)
    area = started / "en" / "border.md"
    table = "| Field | Subjects |\n|---|---|\n| Languages | Farsi, Dari |\n"
    text = area.read_text("utf-8")
    area.write_text(text + "\n" + table + "- **Other centres.** Not a row.\n", encoding="utf-8")
    status, out, _ = _run(capsys, "pack", "check", str(started))
    assert status == 0  # a warning: the pack would import, with the point inside the table
    line = len(text.split("\n")) + 4
    assert out.splitlines() == [
        f"{area}:{line}: warning: this line is shown as a row of the table above it; leave a "
        "blank line after the table."]
    fenced = "```\n" + table + "- in a code block, not a table\n```\n"
    area.write_text(text + "\n" + table + "\n- **Other centres.** A point.\n\n" + fenced,
                    encoding="utf-8")
    assert _run(capsys, "pack", "check", "--strict", str(started))[:2] == (0, "")


def test_diff_reads_a_working_folder_as_check_does_and_names_the_pack_it_cannot_read(
        started: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _fill(started)
    built = tmp_path / "first.zip"
    assert _run(capsys, "pack", "build", str(started), "-o", str(built))[0] == 0
    area = started / "en" / "border.md"
    area.write_text(area.read_text("utf-8") + "\nOne more line.\n", encoding="utf-8")
    status, out, _ = _run(capsys, "pack", "diff", str(built), str(started))  # not rebuilt
    assert status == 0 and "changed  border  en:" in out
    area.write_text("no front matter\n", encoding="utf-8")
    status, _, err = _run(capsys, "pack", "diff", str(built), str(started))
    assert status == 1 and f"pack diff: {started} cannot be read:" in err
    assert f"  {area}:1: must start with front matter" in err
    missing = tmp_path / "nowhere"
    status, out, _ = _run(capsys, "pack", "check", str(missing))
    assert (status, out) == (1, f"{missing}: error: no such folder or zip file.\n")
