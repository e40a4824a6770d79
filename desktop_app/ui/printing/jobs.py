"""From the content to print jobs: a project's brief (one language or both), or any entry's page.

Shared by the window (print, preview, export, batch) and the ``brief`` command.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtGui import QPageLayout

from desktop_app.content.brief import (
    BRIEF_CSS,
    Brief,
    BriefError,
    bilingual_html,
    brief_html,
    build_brief,
    contents_html,
    printable_html,
)
from desktop_app.db.records import EntryView, PackInfo
from desktop_app.library import ContentLibrary
from desktop_app.ui.i18n import NATIVE_NAMES
from desktop_app.ui.printing.labels import PageLabels, brief_labels, page_labels, texts
from desktop_app.ui.printing.pages import (
    Pagination,
    PrintJob,
    body_size,
    column_fits,
    fit_document,
    page_count,
    start_pages,
)

MediaLoader = Callable[[str], bytes | None]
_IMAGE_SRC = re.compile(r'<img[^>]*\ssrc="([^"]+)"')


def _briefs(library: ContentLibrary, slug: str, lang: str, bilingual: bool,
            notes: Callable[[str], str]) -> tuple[PackInfo, list[Brief]]:
    """The brief in ``lang`` and, if asked and the project has it, in its other language;
    ``notes`` puts the reader's notes into the first one's HTML."""
    with library.read() as repo:
        pack = repo.pack_info()
        view = repo.entry(slug, lang)
        if view is None:
            raise BriefError(f"There is no entry “{slug}”.")
        briefs = [build_brief(view._replace(html=notes(view.html)), pack)]
        if bilingual:
            others = [code for code in view.languages if code != briefs[0].lang]
            if others:
                other = repo.entry(slug, others[0])
                assert other is not None
                briefs.append(build_brief(other, pack))
    return pack, briefs


def no_notes(entry_html: str) -> str:
    return entry_html


def brief_job(library: ContentLibrary, slug: str, lang: str, layout: QPageLayout,
              bilingual: bool = False, notes: Callable[[str], str] = no_notes) -> PrintJob:
    """A project's brief in ``lang``; with ``bilingual``, beside its other language.
    ``notes`` adds the reader's notes to the entry's HTML (``content.meeting.with_notes``)."""
    pack, briefs = _briefs(library, slug, lang, bilingual, notes)
    labels = bands_labels(lang, pack, [b.lang for b in briefs])
    if len(briefs) == 2:
        first, second = briefs
        body = bilingual_html(first, second, brief_labels(first.lang), brief_labels(second.lang),
                              column_fits(layout, BRIEF_CSS))
    else:
        body = brief_html(briefs[0], brief_labels(briefs[0].lang))
    return PrintJob(body, BRIEF_CSS, briefs[0].title, labels, header_on_first_page=False,
                    images=pack_images(body, library_media(library)),
                    short_name=briefs[0].short_name)


def bands_labels(lang: str, pack: PackInfo, shown: Sequence[str]) -> PageLabels:
    """The words of the header and footer, in ``lang``; a page in two languages names both."""
    labels = page_labels(lang, pack.version, pack.date)
    return replace(labels, language=both_languages(shown)) if len(shown) > 1 else labels


def both_languages(langs: Sequence[str]) -> str:
    """"Русский · English": the languages of a bilingual page, each in its own name."""
    return " · ".join(NATIVE_NAMES.get(code, code) for code in langs)


def library_media(library: ContentLibrary) -> MediaLoader:
    """The pack's images, read from the content database by their path."""
    def media(src: str) -> bytes | None:
        with library.read() as repo:
            found = repo.media(src)
        return found.data if found else None

    return media


def pack_images(html_text: str, media: MediaLoader) -> dict[str, bytes]:
    """The pack's images that ``html_text`` shows, by their ``src``, from the content
    database (the printed page loads no other: ``pages.make_document``)."""
    images = {}
    for src in _IMAGE_SRC.findall(html_text):
        data = media(html.unescape(src))
        if data:
            images[src] = data
    return images


def brief_jobs(library: ContentLibrary, slugs: Sequence[str], lang: str, layout: QPageLayout,
               bilingual: bool = False, pagination: Pagination = Pagination()) -> list[PrintJob]:
    """The briefs of ``slugs``; several come after a contents page."""
    jobs = [brief_job(library, slug, lang, layout, bilingual) for slug in slugs]
    if len(jobs) < 2:
        return jobs
    words = texts(lang)
    contents = contents_job([(job.title, job) for job in jobs], layout, jobs[0].labels,
                            words["contents"], words["briefs"], pagination=pagination)
    return [contents, *jobs]


def contents_job(entries: Sequence[tuple[str, PrintJob | None]], layout: QPageLayout,
                 labels: PageLabels, heading: str, title: str, *, missing: str = "",
                 css: str = BRIEF_CSS, before: int = 0,
                 pagination: Pagination = Pagination()) -> PrintJob:
    """A contents page for jobs that follow it: each title and the page its job starts on,
    counting the ``before`` pages ahead of the contents and the contents itself, as
    ``paint_jobs`` prints them. A title without a job is listed as ``missing``."""
    size = body_size(layout)
    present = [job for _title, job in entries if job is not None]
    lengths = [page_count(fit_document(job, size)) for job in present]
    own_pages = 1
    while True:  # once more only if the contents itself runs onto a further page
        starts = iter(start_pages([own_pages, *lengths], pagination, before + 1)[1:])
        rows = [(name, next(starts) if job is not None else None) for name, job in entries]
        job = PrintJob(contents_html(heading, rows, missing), css, title, labels)
        pages = page_count(fit_document(job, size))
        if pages <= own_pages:
            return job
        own_pages = pages


def page_job(view: EntryView, pack: PackInfo, lang: str, css: str,
             media: MediaLoader) -> PrintJob:
    """Any entry as the detail pane shows it (in the light theme: this is for paper)."""
    body = page_html(view.title, view.html)
    return PrintJob(body, css, view.title, page_labels(lang, pack.version, pack.date),
                    images=pack_images(body, media))


def page_html(title: str, entry_html: str) -> str:
    """An entry's title and text, as a page prints them."""
    return f"<h1>{html.escape(title)}</h1>\n{printable_html(entry_html)}"
