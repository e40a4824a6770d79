"""The page-breaking rules, read back from real PDFs: each test slides its text down the page
line by line (a growing filler before it), so that every way a page can fall is printed."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.content.brief import BRIEF_CSS
from desktop_app.content.importer import import_pack
from desktop_app.library import ContentLibrary
from desktop_app.paths import bundled_pack_dir
from desktop_app.ui.printing.jobs import brief_jobs
from desktop_app.ui.printing.labels import PageLabels
from desktop_app.ui.printing.pages import PrintJob, page_layout, write_pdf
from tests.briefs import body_lines

LABELS = PageLabels("en", "", "Page {page} of {pages}", "", "")
TOKEN = re.compile(r"\b([a-z]\d+)w\d+\b")  # "p3w17": word 17 of paragraph (or item, row) p3
FILLERS = range(28, 52)  # one-line paragraphs before the text: its start slides down a page


def _filler(count: int) -> str:
    """One-line paragraphs; after the text, enough of them that the last page is not pulled
    back onto the one before with tighter spacing (which would hide the page break)."""
    return "".join(f"<p>Filler {n}.</p>" for n in range(count))


def _words(name: str, count: int) -> str:
    return " ".join(f"{name}w{n}" for n in range(count))


def _page_lines(tmp_path: Path, html: str) -> list[list[str]]:
    """The lines of text of each page's body of ``html`` printed on A4."""
    pdf = tmp_path / "typeset.pdf"
    layout = page_layout("A4", "portrait")
    assert write_pdf(pdf, [PrintJob(html, BRIEF_CSS, "", LABELS)], layout, "")
    return body_lines(pdf)


def _lines_of(pages: list[list[str]]) -> list[Counter[str]]:
    """For each page, how many of its lines each paragraph (item, row) starts."""
    counts = []
    for lines in pages:
        found: Counter[str] = Counter()
        for line in lines:
            match = TOKEN.search(line)
            if match:
                found[match.group(1)] += 1
        counts.append(found)
    return counts


def test_a_heading_keeps_two_lines_of_its_text_on_its_page(qtbot: QtBot,
                                                           tmp_path: Path) -> None:
    for filler in FILLERS:
        pages = _page_lines(tmp_path, _filler(filler) + "<h2>Activities</h2>"
                            f"<p>{_words('p1', 60)}</p>" + _filler(20))
        for lines in pages:
            if "Activities" in lines:
                after = lines[lines.index("Activities") + 1:]
                assert len(after) >= 2, (filler, lines[-3:])


def test_no_paragraph_leaves_one_line_alone_at_a_foot_or_a_top(qtbot: QtBot,
                                                               tmp_path: Path) -> None:
    split = 0
    for filler in FILLERS:
        html = _filler(filler) + "".join(f"<p>{_words(f'p{n}', 20 + 14 * n)}</p>"
                                         for n in range(1, 5))
        per_page = _lines_of(_page_lines(tmp_path, html))
        for paragraph in {name for page in per_page for name in page}:
            shares = [page[paragraph] for page in per_page if paragraph in page]
            if len(shares) > 1:
                split += 1
                assert min(shares) >= 2, (filler, paragraph, shares)
    assert split  # some paragraphs did run across pages, two lines or more on each side


def test_short_list_items_and_table_rows_are_never_split(qtbot: QtBot, tmp_path: Path) -> None:
    items = "".join(f"<li>{_words(f'i{n}', 30)}</li>" for n in range(1, 5))
    rows = "".join(f"<tr><td>{_words(f'r{n}', 24)}</td><td>{_words(f'c{n}', 6)}</td></tr>"
                   for n in range(1, 5))
    for filler in FILLERS:
        for html in (f"<ul>{items}</ul>", f'<table class="grid" width="100%">{rows}</table>'):
            per_page = _lines_of(_page_lines(tmp_path, _filler(filler) + html + _filler(20)))
            on_pages = Counter(name for page in per_page for name in page)
            assert set(on_pages.values()) == {1}, (filler, html[:4], on_pages)


def test_no_bundled_brief_ends_a_page_with_a_heading(qtbot: QtBot, tmp_path: Path) -> None:
    import_pack(bundled_pack_dir(), tmp_path / "content.sqlite")
    library = ContentLibrary(tmp_path / "content.sqlite")
    library.open()
    layout = page_layout("A4", "portrait")
    with library.read() as repo:
        projects = [c.slug for top in repo.tree("en") for c in top.children
                    if c.kind == "project"]
        headings = {s.title for slug in projects for lang in ("en", "ru")
                    for s in repo.entry(slug, lang).sections}  # type: ignore[union-attr]
    pages_seen = 0
    for slug in projects:
        for lang, bilingual in (("en", False), ("ru", False), ("en", True)):
            pdf = tmp_path / "brief.pdf"
            assert write_pdf(pdf, brief_jobs(library, [slug], lang, layout, bilingual),
                             layout, "")
            for page in body_lines(pdf):
                pages_seen += 1
                last = page[-1] if page else "-"
                for heading in sorted(headings, key=len, reverse=True):
                    last = last.replace(heading, "")  # both columns' headings, if bilingual
                assert last.strip(), (slug, lang, bilingual, page[-3:])
    library.close()
    assert pages_seen > 2 * len(projects)
