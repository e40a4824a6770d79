"""A test pack with several projects for the brief tests, and reading PDFs back with pypdf."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from desktop_app.content.importer import import_pack
from desktop_app.db.bookmark_repo import BookmarkRepository
from desktop_app.library import UserData
from desktop_app.paths import DataPaths
from desktop_app.ui.printing.pages import BAND_MM, MARGINS_MM
from tests.packs import entry, write_pack

FULL_BRIEF_EN = ('period = "2009–2012"\nfunding = "US Department of State"\n'
                 'partners = ["Government of Tajikistan", "Border Forces"]\n'
                 'locations = ["Dushanbe", "Khorog"]\nstatus = "Ongoing"')
FULL_BRIEF_RU = ('period = "2009–2012"\nfunding = "Государственный департамент США"\n'
                 'partners = ["Правительство Таджикистана", "Пограничные войска"]\n'
                 'locations = ["Душанбе", "Хорог"]\nstatus = "Продолжается"')


def _long_section(lang: str) -> str:
    line = ("Border guards from both countries train together on document checks."
            if lang == "en" else "Пограничники обеих стран вместе учатся проверять документы.")
    return "\n\n".join(f"{line} ({number})" for number in range(1, 46))


BRIEF_FILES: dict[str, str | bytes | None] = {
    "en/borders/training.md": entry(
        "borders/training", "project", "Training centres",
        "Two centres where border guards train.\n\n## Objectives {#objectives}\n\n"
        "- More skilled guards.\n\n## Activities {#activities}\n\n"
        + _long_section("en") + "\n\n## Results {#results}\n\nMore than 700 guards trained.\n\n"
        "## In the newsletter {#news}\n\nSee [listing](entry:mission#history).\n",
        area="borders", order=3, brief=FULL_BRIEF_EN),
    "ru/borders/training.md": entry(
        "borders/training", "project", "Учебные центры",
        "Два центра, где учатся пограничники.\n\n## Цели {#objectives}\n\n"
        "- Более подготовленные пограничники.\n\n## Деятельность {#activities}\n\n"
        + _long_section("ru") + "\n\n## Результаты {#results}\n\nОбучено более 700 "
        "пограничников.\n\n## В бюллетене {#news}\n\nСм. [запись](entry:mission#history).\n",
        area="borders", order=3, brief=FULL_BRIEF_RU),
    "en/health.md": entry("health", "area", "Migration health", "Health intro.\n", order=3),
    "ru/health.md": entry("health", "area", "Здоровье мигрантов", "О здоровье.\n", order=3),
    "en/health/clinic.md": entry(
        "health/clinic", "project", "Migrant clinic", "A clinic for migrants.\n\n"
        "## Objectives {#objectives}\n\nCare.\n", area="health", order=1,
        brief='period = ""\nfunding = "IOM Development Fund"\npartners = []\nlocations = []\n'
              'status = ""'),
    "ru/health/clinic.md": entry(
        "health/clinic", "project", "Клиника для мигрантов", "Клиника для мигрантов.\n\n"
        "## Цели {#objectives}\n\nПомощь.\n", area="health", order=1,
        brief='period = ""\nfunding = "Фонд развития МОМ"\npartners = []\nlocations = []\n'
              'status = ""'),
}


def import_brief_pack(root: Path) -> DataPaths:
    """A data folder whose content is the basic test pack plus the projects above."""
    paths = DataPaths(root / "data").ensure()
    import_pack(write_pack(root / "brief-pack", BRIEF_FILES), paths.content_db)
    return paths


MEETING_NOTES = {
    "mission": "Open with the history of the mission.",
    "borders/checkpoint#activities": "Ask who runs the training now.",
    "health/clinic": "Bring the clinic's brochure.",
}


def add_meeting_folder(paths: DataPaths) -> None:
    """A bookmarks folder "Donor meeting": three bookmarks with the notes of MEETING_NOTES,
    then one whose entry the content does not have; and a folder "Empty"."""
    user = UserData(paths.user_db, paths.backups_dir)
    with user.transaction() as session:
        repo = BookmarkRepository(session)
        folder = repo.add_folder("Donor meeting")
        for target, note in MEETING_NOTES.items():
            slug, _, section = target.partition("#")
            repo.add_bookmark(slug, section, {"en": slug}, folder_id=folder.id, note=note)
        repo.add_bookmark("borders/old-post", "", {"en": "The old border post"},
                          folder_id=folder.id)
        repo.add_folder("Empty")
    user.close()


def page_texts(pdf: Path) -> list[str]:
    """Each page's text as laid out (columns side by side), whitespace collapsed."""
    return [" ".join(page.extract_text(extraction_mode="layout").split())
            for page in PdfReader(pdf).pages]


def body_lines(pdf: Path) -> list[list[str]]:
    """Each page's lines of text between the running header and the footer, as printed.

    Only what is seen: a line the layout moved to the next page is also drawn, clipped away,
    at the foot of the page before (Qt paints every block that touches a page).
    """
    to_points = 72 / 25.4
    pages = []
    for page in PdfReader(pdf).pages:
        top = float(page.mediabox.height) - (MARGINS_MM.top() + BAND_MM) * to_points
        bottom = (MARGINS_MM.bottom() + BAND_MM) * to_points
        lines: list[tuple[float, str]] = []

        def seen(text: str, cm: list[float], tm: list[float], _font: object, _size: object,
                 lines: list[tuple[float, str]] = lines, top: float = top,
                 bottom: float = bottom) -> None:
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if text.strip() and bottom <= y <= top:
                if lines and abs(lines[-1][0] - y) < 1:
                    lines[-1] = (y, lines[-1][1] + " " + text.strip())
                else:
                    lines.append((y, text.strip()))

        page.extract_text(visitor_text=seen)
        pages.append([" ".join(text.split()) for _y, text in lines])
    return pages


def pdf_title(pdf: Path) -> str:
    metadata = PdfReader(pdf).metadata
    return str(metadata.title) if metadata and metadata.title else ""


def first_page_with(texts: list[str], text: str) -> int:
    """The 1-based number of the first page whose text holds ``text`` (0: none)."""
    return next((number for number, page in enumerate(texts, 1) if text in page), 0)


def brief_starts(texts: list[str], titles: list[str]) -> list[int]:
    """Where each brief of a batch starts: the first page after the contents holding its
    title (0: none)."""
    return [next((number for number, page in enumerate(texts[1:], 2) if title in page), 0)
            for title in titles]


def contents_pages(texts: list[str], titles: list[str]) -> list[int]:
    """The page number the contents page (the first) gives beside each title."""
    assert "Contents" in texts[0] or "Содержание" in texts[0], texts[0][:80]
    found = []
    for title in titles:
        match = re.search(re.escape(title) + r"\s+(\d+)\b", texts[0])
        assert match is not None, f"{title!r} is not on the contents page"
        found.append(int(match.group(1)))
    return found
