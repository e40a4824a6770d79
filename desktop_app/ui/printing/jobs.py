"""From the content to print jobs: a project's brief (one language or both), or any entry's page.

Shared by the window (print, preview, export, batch) and the ``brief`` command.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import accumulate

from PySide6.QtGui import QPageLayout

from desktop_app.content.brief import (
    BRIEF_CSS,
    Brief,
    BriefError,
    bilingual_html,
    brief_html,
    build_brief,
    printable_html,
)
from desktop_app.db.records import EntryView, PackInfo
from desktop_app.library import ContentLibrary
from desktop_app.ui.i18n import NATIVE_NAMES
from desktop_app.ui.printing.labels import brief_labels, page_labels, texts
from desktop_app.ui.printing.pages import (
    PrintJob,
    body_size,
    column_fits,
    fit_document,
    page_count,
)

MediaLoader = Callable[[str], bytes | None]
_IMAGE_SRC = re.compile(r'<img[^>]*\ssrc="([^"]+)"')


def _briefs(library: ContentLibrary, slug: str, lang: str,
            bilingual: bool) -> tuple[PackInfo, list[Brief]]:
    """The brief in ``lang`` and, if asked and the project has it, in its other language."""
    with library.read() as repo:
        pack = repo.pack_info()
        view = repo.entry(slug, lang)
        if view is None:
            raise BriefError(f"There is no entry “{slug}”.")
        briefs = [build_brief(view, pack)]
        if bilingual:
            others = [code for code in view.languages if code != briefs[0].lang]
            if others:
                other = repo.entry(slug, others[0])
                assert other is not None
                briefs.append(build_brief(other, pack))
    return pack, briefs


def brief_job(library: ContentLibrary, slug: str, lang: str, layout: QPageLayout,
              bilingual: bool = False) -> PrintJob:
    """A project's brief in ``lang``; with ``bilingual``, beside its other language."""
    pack, briefs = _briefs(library, slug, lang, bilingual)
    labels = page_labels(lang, pack.version, pack.date)
    if len(briefs) == 2:
        first, second = briefs
        body = bilingual_html(first, second, brief_labels(first.lang), brief_labels(second.lang),
                              column_fits(layout, BRIEF_CSS))
        names = " · ".join(NATIVE_NAMES.get(b.lang, b.lang) for b in briefs)
        labels = replace(labels, language=names)
    else:
        body = brief_html(briefs[0], brief_labels(briefs[0].lang))
    return PrintJob(body, BRIEF_CSS, briefs[0].title, labels, header_on_first_page=False,
                    images=pack_images(body, lambda src: _media(library, src)))


def _media(library: ContentLibrary, src: str) -> bytes | None:
    with library.read() as repo:
        media = repo.media(src)
    return media.data if media else None


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
               bilingual: bool = False) -> list[PrintJob]:
    """The briefs of ``slugs``; several come after a contents page."""
    jobs = [brief_job(library, slug, lang, layout, bilingual) for slug in slugs]
    return [contents_job(jobs, layout), *jobs] if len(jobs) > 1 else jobs


def contents_job(jobs: Sequence[PrintJob], layout: QPageLayout) -> PrintJob:
    """A contents page for ``jobs``: each one's title and the page it starts on, counting
    the contents itself (each job starts on a new page, as ``paint_jobs`` prints them)."""
    size = body_size(layout)
    lengths = [page_count(fit_document(job, size)) for job in jobs]
    labels = jobs[0].labels
    words = texts(labels.lang)
    heading = words["contents"]
    own_pages = 1
    while True:  # once more only if the contents itself runs onto a further page
        starts = accumulate(lengths[:-1], initial=own_pages + 1)
        rows = "".join(f'<tr><td>{html.escape(job.title)}</td>'
                       f'<td align="right" valign="top">{start}</td></tr>'
                       for job, start in zip(jobs, starts, strict=True))
        job = PrintJob(f'<h1>{html.escape(heading)}</h1><table width="100%" cellpadding="5">'
                       f"{rows}</table>", BRIEF_CSS, words["briefs"], labels)
        pages = page_count(fit_document(job, size))
        if pages <= own_pages:
            return job
        own_pages = pages


def page_job(view: EntryView, pack: PackInfo, lang: str, css: str,
             media: MediaLoader) -> PrintJob:
    """Any entry as the detail pane shows it (in the light theme: this is for paper)."""
    body = f"<h1>{html.escape(view.title)}</h1>\n{printable_html(view.html)}"
    return PrintJob(body, css, view.title, page_labels(lang, pack.version, pack.date),
                    images=pack_images(body, media))
