"""Meeting packs written by ``field-reference meeting-pack`` as a user runs it, and read back
from the PDF: cover, contents, the places in order, notes beside their sections."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.db.bookmark_repo import BookmarkRepository
from desktop_app.library import UserData
from desktop_app.paths import DataPaths
from tests.briefs import (
    MEETING_NOTES,
    add_meeting_folder,
    body_lines,
    import_brief_pack,
    page_texts,
    pdf_title,
)


@pytest.fixture
def data(tmp_path: Path) -> DataPaths:
    paths = import_brief_pack(tmp_path)
    add_meeting_folder(paths)
    return paths


def meeting_pack(paths: DataPaths, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(paths.root),
                           "meeting-pack", *args], capture_output=True, text=True,
                          timeout=120, check=False)


def contents_rows(contents: list[str]) -> dict[str, str]:
    """The contents page's rows: title → what stands at its right (a page, or "missing")."""
    rows = {}
    for line in contents:
        match = re.fullmatch(r"(.+?) (\d+|missing: no longer in the content)", line)
        if match:
            rows[match.group(1)] = match.group(2)
    return rows


def test_a_folder_prints_cover_contents_and_its_places_in_order_with_notes(
        data: DataPaths, tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    result = meeting_pack(data, "donor meeting", "--title", "Visit of the EU delegation",
                          "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "4 places" in result.stdout
    assert "“The old border post”" in result.stderr  # said, not silently dropped
    pages = body_lines(out)
    texts = page_texts(out)
    cover = " ".join(pages[0])
    for words in ("MEETING PACK", "Visit of the EU delegation", "Prepared on", "English",
                  "Content version 1.0.0 of 1 November 2026"):
        assert words in cover, words
    assert "Page 1 of" not in texts[0]  # the cover has no footer
    rows = contents_rows(pages[1])
    assert pages[1][0] == "Contents"
    assert list(rows) == ["The mission", "Bratstvo checkpoint › Activities", "Migrant clinic",
                          "The old border post"]
    assert rows["The old border post"] == "missing: no longer in the content"
    starts = [int(rows[title]) for title in list(rows)[:3]]
    assert starts == sorted(starts) and starts[0] == 3
    for start, title in zip(starts, ("The mission", "Bratstvo checkpoint", "Migrant clinic"),
                            strict=True):
        assert title in texts[start - 1]
        assert f"Page {start} of {len(texts)}" in texts[start - 1]  # numbered through
    mission, checkpoint, clinic = (texts[start - 1] for start in starts)
    assert MEETING_NOTES["mission"] in mission
    assert MEETING_NOTES["health/clinic"] in clinic
    # the note on a section is on the page of that section, beside it
    # (pypdf reads a heading's first letter apart: "A ctivities")
    activities = next(page for page in pages
                      if "Activities" in (line.replace(" ", "") for line in page))
    assert MEETING_NOTES["borders/checkpoint#activities"] in " ".join(activities)
    assert "Better control." in checkpoint  # a project prints as its whole brief
    assert pdf_title(out) == "Visit of the EU delegation"


def test_without_notes_in_both_languages_on_letter_paper(data: DataPaths, tmp_path: Path) -> None:
    out = tmp_path / "both.pdf"
    result = meeting_pack(data, "Donor meeting", "--lang", "both", "--no-notes",
                          "--paper", "letter", "-o", str(out))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) \
            == (612, 792)
    text = " ".join(page_texts(out))
    assert not any(note in text for note in MEETING_NOTES.values())
    for words in ("English · Русский", "The mission", "Миссия", "Observer in 1992.",
                  "КПП «Братство»", "Клиника для мигрантов"):
        assert words in text, words
    assert pdf_title(out) == "Donor meeting"  # the folder's name, when no title is given


def test_places_named_two_sided_each_start_on_a_right_hand_page(data: DataPaths,
                                                               tmp_path: Path) -> None:
    out = tmp_path / "places.pdf"
    result = meeting_pack(data, "mission#aims", "borders/training", "health/clinic",
                          "--two-sided", "--lang", "ru", "-o", str(out))
    assert result.returncode == 0, result.stderr
    pages = body_lines(out)
    rows = contents_rows([re.sub(r"отсутствует.*", "missing", line) for line in pages[2]])
    assert pages[1] == [] and pages[2][0] == "Содержание"  # the cover's back is left blank
    starts = [int(page) for page in rows.values()]
    assert all(start % 2 == 1 for start in starts), starts
    assert "Миссия › Цели" in rows
    texts = page_texts(out)
    for start, words in zip(starts, ("Цели", "Учебные центры", "Клиника для мигрантов"),
                            strict=True):
        assert words in texts[start - 1]
        assert texts[start - 2].strip() == "" or start - 1 in (1, 3) or \
            "Страница" in texts[start - 2]


def test_a_place_that_does_not_exist_is_refused_and_nothing_written(data: DataPaths,
                                                                   tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    for args, says in ((["no-such-thing"], "There is no entry or bookmarks folder "
                                           "“no-such-thing”."),
                       (["mission", "mission#nowhere"], "The entry “mission” has no section "
                                                        "“nowhere”.")):
        result = meeting_pack(data, *args, "-o", str(out))
        assert result.returncode == 1
        assert says in result.stderr and "Traceback" not in result.stderr
        assert not out.exists()


def test_a_project_bookmarked_twice_prints_once_with_both_notes(data: DataPaths,
                                                               tmp_path: Path) -> None:
    user = UserData(data.user_db, data.backups_dir)
    with user.transaction() as session:
        BookmarkRepository(session).add_bookmark("borders/checkpoint", "objectives",
                                                 {"en": "Goals"}, note="Goals were met?")
    user.close()
    out = tmp_path / "twice.pdf"
    result = meeting_pack(data, "borders/checkpoint#objectives", "mission",
                          "borders/checkpoint#activities", "-o", str(out))
    assert result.returncode == 0, result.stderr
    texts = page_texts(out)
    rows = contents_rows(body_lines(out)[1])
    assert list(rows) == ["Bratstvo checkpoint › Objectives, Activities", "The mission"]
    assert sum("PROJECT BRIEF" in text for text in texts) == 1
    brief = " ".join(texts[int(rows["Bratstvo checkpoint › Objectives, Activities"]) - 1:
                          int(rows["The mission"]) - 1])
    assert "Goals were met?" in brief and MEETING_NOTES["borders/checkpoint#activities"] in brief


def test_an_output_that_cannot_be_written_is_one_plain_sentence(data: DataPaths,
                                                                tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    out = tmp_path / "a-file" / "pack.pdf"
    result = meeting_pack(data, "mission", "-o", str(out))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"field-reference meeting-pack: {out}: Not a directory."]

    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    result = meeting_pack(data, "mission", "-o", str(folder))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"field-reference meeting-pack: {folder}: Is a folder or a device, not a file name."]
    assert not (tmp_path / "a-folder.pdf.part").exists()
    result = meeting_pack(data, "mission", "-o", "")  # no name at all: no traceback either
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "field-reference meeting-pack: .: Is a folder or a device, not a file name."]
