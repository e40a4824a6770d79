"""A meeting pack's pages: a cover, a contents page, then each place gathered for the meeting
as it reads in the app (a project as its brief), with the reader's notes beside their sections.

Shared by File → Print meeting pack… and the ``meeting-pack`` command.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPageLayout

from desktop_app import LANGUAGES
from desktop_app.content.brief import BRIEF_CSS, bilingual_page_html
from desktop_app.content.meeting import (
    NOTE_CSS,
    MeetingError,
    MeetingItem,
    cover_html,
    find_folder,
    folder_items,
    one_brief_per_project,
    place_items,
    section_html,
    with_notes,
)
from desktop_app.db.bookmark_records import BookmarkRecord, FolderRecord
from desktop_app.db.records import EntryView, PackInfo
from desktop_app.library import ContentLibrary
from desktop_app.places import Place
from desktop_app.ui.printing.jobs import (
    bands_labels,
    brief_job,
    contents_job,
    library_media,
    no_notes,
    pack_images,
    page_html,
)
from desktop_app.ui.printing.labels import (
    long_date,
    meeting_labels,
    texts,
)
from desktop_app.ui.printing.pages import Pagination, PrintJob, column_fits

MEETING_CSS = BRIEF_CSS + NOTE_CSS


@dataclass(frozen=True)
class MeetingPack:
    jobs: list[PrintJob]  # the cover, the contents, then each place the content still has
    missing: list[str]  # the places it no longer has, as the contents lists them


@dataclass(frozen=True)
class MeetingOptions:
    title: str
    lang: str  # the language of the pack, or with ``both`` the first of its two
    both: bool = False  # each place in its two languages side by side
    notes: bool = True  # the reader's notes beside the sections they are on


def meeting_pack_jobs(library: ContentLibrary, items: Sequence[MeetingItem],
                      options: MeetingOptions, layout: QPageLayout,
                      pagination: Pagination) -> MeetingPack:
    """The cover, the contents, and a job for each item the content still has; an item it
    has not is listed on the contents as missing."""
    lang = options.lang
    labels = meeting_labels(lang)
    words = texts(lang)
    with library.read() as repo:
        pack = repo.pack_info()
        views = {slug: repo.entry(slug, lang) for slug in {item.place.slug for item in items}}
    projects = {slug: {s.anchor for s in view.sections} for slug, view in views.items()
                if view is not None and view.kind == "project"}
    footer = bands_labels(lang, pack, _languages(options)[:2 if options.both else 1])
    entries = [_item_job(library, item, views[item.place.slug], options, layout, pack,
                         labels.note) for item in one_brief_per_project(items, projects)]
    pack_date = QDate.fromString(pack.date, Qt.DateFormat.ISODate)
    cover = PrintJob(
        cover_html(options.title, labels, words["organisation"], words["mission"],
                   long_date(lang, QDate.currentDate()), footer.language,
                   words["version"].format(version=pack.version,
                                           date=long_date(lang, pack_date))),
        MEETING_CSS, options.title, footer, bands=False)
    contents = contents_job(entries, layout, footer, words["contents"], options.title,
                            missing=labels.missing, css=MEETING_CSS, before=1,
                            pagination=pagination)
    return MeetingPack([cover, contents, *(job for _title, job in entries if job is not None)],
                       [title for title, job in entries if job is None])


def meeting_items(library: ContentLibrary, folders: Sequence[FolderRecord],
                  bookmarks: Sequence[BookmarkRecord], sources: Sequence[str],
                  lang: str) -> tuple[list[MeetingItem], str | None]:
    """What ``sources`` names: a bookmarks folder (one name), or places (``slug`` or
    ``slug#section``, which must exist); with the folder's name, if it was one."""
    folder = find_folder(folders, sources[0]) if len(sources) == 1 else None
    if folder is not None:
        return folder_items(folders, bookmarks, folder, lang), folder.name
    with library.read() as repo:
        for target in sources:
            place = Place.parse(target)
            view = repo.entry(place.slug, lang)
            if view is None:
                kind = "entry or bookmarks folder" if len(sources) == 1 else "entry"
                raise MeetingError(f"There is no {kind} “{target}”.")
            if place.section and place.section not in {s.anchor for s in view.sections}:
                raise MeetingError(f"The entry “{place.slug}” has no section "
                                   f"“{place.section}”.")
    return place_items(sources, bookmarks, lang), None


def _languages(options: MeetingOptions) -> list[str]:
    """The pack's language first, then the others."""
    return [options.lang, *(code for code in LANGUAGES if code != options.lang)]


def _item_job(library: ContentLibrary, item: MeetingItem, first: EntryView | None,
              options: MeetingOptions, layout: QPageLayout, pack: PackInfo,
              note_label: str) -> tuple[str, PrintJob | None]:
    """The contents' title of ``item`` and its job (None: the content no longer has it);
    ``first`` is its entry in the pack's language."""
    slug, section = item.place
    if options.both:
        with library.read() as repo:
            others = [repo.entry(slug, code) for code in _languages(options)[1:2]]
    else:
        others = []
    if first is None or (section and section not in {s.anchor for s in first.sections}):
        return item.label, None
    by_section = item.notes_by_section()
    notes = (partial(with_notes, notes=by_section, label=note_label, beside=not options.both)
             if options.notes and by_section else no_notes)
    views = [first, *(view for view in others if view is not None and view.lang != first.lang)]
    sections = [mark.place.section for mark in (item, *item.also)]
    title = " / ".join(_place_title(view, sections) for view in views)
    if first.kind == "project":
        job = brief_job(library, slug, options.lang, layout, options.both, notes)
        return title, replace(job, css=MEETING_CSS)
    body = _page_html(views, section, notes, layout)
    footer = bands_labels(options.lang, pack, [view.lang for view in views])
    return title, PrintJob(body, MEETING_CSS, _place_title(first, [section]), footer,
                           images=pack_images(body, library_media(library)))


def _place_title(view: EntryView, sections: Sequence[str]) -> str:
    """"Entry › Section, Section" (or the entry's title): the place as the contents lists
    it, with the sections bookmarked on it."""
    titles = {s.anchor: s.title for s in view.sections}
    named = ", ".join(dict.fromkeys(titles[anchor] for anchor in sections if anchor in titles))
    return f"{view.title} › {named}" if named else view.title


def _page_html(views: Sequence[EntryView], section: str, notes: Callable[[str], str],
               layout: QPageLayout) -> str:
    """An entry, or one of its sections, in one language or two side by side."""
    parts = [(view.title, section_html(view.html, section) if section else view.html)
             for view in views]
    parts[0] = (parts[0][0], notes(parts[0][1]))
    if len(parts) == 2 and parts[1][1]:
        return bilingual_page_html(parts[0], parts[1], column_fits(layout, MEETING_CSS))
    return page_html(*parts[0])
