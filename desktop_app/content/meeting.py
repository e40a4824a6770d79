"""A meeting pack: the places a reader gathered for a meeting (a bookmarks folder, or places
named one by one), with the reader's notes, as the HTML the printed pages are made of.

No Qt here: the words printed around the content come in as :class:`MeetingLabels`,
translated by the ui layer (``ui/printing/meeting_jobs.py`` makes the pages).
"""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace

from desktop_app.db.bookmark_records import BookmarkRecord, FolderRecord
from desktop_app.places import Place

NOTE_CSS = """
table.note { margin-left: 12px; margin-bottom: 4px; border-collapse: collapse; }
table.across { margin-left: 0; margin-top: 2px; margin-bottom: 6px; }
table.note td { border: 1px solid #c9a227; background-color: #fff7d6; padding: 4px 7px;
                font-size: 8.5pt; }
.note-label { color: #7a5c00; font-weight: bold; }
.cover-kind { color: #0b4f9c; font-size: 10pt; font-weight: bold; }
.cover-title { color: #0a2f5f; font-size: 22pt; font-weight: bold; }
.cover-line { font-size: 11pt; }
.missing { color: #9a3412; font-style: italic; }
"""


class MeetingError(ValueError):
    """What was asked for names no bookmarks folder and no entry."""


@dataclass(frozen=True)
class MeetingItem:
    """One place of the pack, and the reader's notes on it."""

    place: Place
    label: str  # what the contents calls it if the content no longer has it
    notes: tuple[str, ...] = ()
    also: tuple[MeetingItem, ...] = ()  # further bookmarks on the same project's brief

    def notes_by_section(self) -> dict[str, list[str]]:
        """The notes of this item and of those ``also`` on it, by section ("": the entry)."""
        found: dict[str, list[str]] = {}
        for item in (self, *self.also):
            found.setdefault(item.place.section, []).extend(item.notes)
        return {section: notes for section, notes in found.items() if notes}


@dataclass(frozen=True)
class MeetingLabels:
    """The translated words of a meeting pack, in the language of its cover."""

    kind: str  # "Meeting pack"
    note: str  # above each note
    missing: str  # in the contents, beside a place the content no longer has
    prepared: str  # "Prepared on {date}"


def find_folder(folders: Sequence[FolderRecord], name: str) -> FolderRecord | None:
    """The bookmarks folder called ``name`` (letter case and spaces around it aside)."""
    wanted = name.strip().casefold()
    return next((f for f in folders if f.name.strip().casefold() == wanted), None)


def folder_items(folders: Sequence[FolderRecord], bookmarks: Sequence[BookmarkRecord],
                 folder: FolderRecord, lang: str) -> list[MeetingItem]:
    """The bookmarks of ``folder`` (its own, then each subfolder's), in the order the
    bookmarks panel shows them."""
    order = [folder.id] + [f.id for f in sorted(folders, key=lambda f: f.position)
                           if f.parent_id == folder.id]
    items = []
    for folder_id in order:
        marks = sorted((b for b in bookmarks if b.folder_id == folder_id),
                       key=lambda b: b.position)
        items += [MeetingItem(Place(b.slug, b.section), b.label(lang),
                              (b.note.strip(),) if b.note.strip() else ()) for b in marks]
    return items


def folder_choices(folders: Sequence[FolderRecord], bookmarks: Sequence[BookmarkRecord]
                   ) -> list[tuple[FolderRecord, str, int]]:
    """Each folder as the bookmarks panel lists them (a top-level folder, then its
    subfolders), named with its parent ("Trips › Khorog"), and how many bookmarks it holds
    with its subfolders'."""
    by_position = sorted(folders, key=lambda f: f.position)
    choices = []
    for top in (f for f in by_position if f.parent_id is None):
        for folder in (top, *(f for f in by_position if f.parent_id == top.id)):
            name = folder.name if folder is top else f"{top.name} › {folder.name}"
            count = len(folder_items(folders, bookmarks, folder, ""))
            choices.append((folder, name, count))
    return choices


def place_items(targets: Sequence[str], bookmarks: Sequence[BookmarkRecord],
                lang: str) -> list[MeetingItem]:
    """Places named ``slug`` or ``slug#section``, each with the notes of the reader's
    bookmarks on that very place."""
    items = []
    for target in targets:
        place = Place.parse(target)
        marks = [b for b in bookmarks if (b.slug, b.section) == (place.slug, place.section)]
        notes = tuple(b.note.strip() for b in marks if b.note.strip())
        items.append(MeetingItem(place, marks[0].label(lang) if marks else target, notes))
    return items


def one_brief_per_project(items: Sequence[MeetingItem],
                          projects: Mapping[str, Collection[str]]) -> list[MeetingItem]:
    """``items`` with those on one project folded into its first: a project prints once, as
    its brief, with the notes of every bookmark on it. ``projects`` gives each project's
    section ids; an item on a section the project no longer has stays apart (missing)."""
    gathered: list[MeetingItem] = []
    first: dict[str, int] = {}
    for item in items:
        slug, section = item.place
        if slug not in projects or (section and section not in projects[slug]):
            gathered.append(item)
        elif slug in first:
            at = first[slug]
            gathered[at] = replace(gathered[at], also=(*gathered[at].also, item))
        else:
            first[slug] = len(gathered)
            gathered.append(item)
    return gathered


def note_html(notes: Sequence[str], label: str, beside: bool = True) -> str:
    """The reader's notes as a box set apart from the content: floated beside the text, or
    (``beside`` False, in a column of a bilingual page) across the column."""
    if not notes:
        return ""
    text = "<br><br>".join(html.escape(note).replace("\n", "<br>") for note in notes)
    place = ('class="note" align="right" width="36%" style="float: right;"' if beside
             else 'class="note across" width="100%"')
    return (f'<table {place} cellspacing="0"><tr><td>'
            f'<span class="note-label">{html.escape(label)}</span><br>{text}</td></tr></table>')


def _heading(anchor: str) -> re.Pattern[str]:
    return re.compile(rf'<h([23]) id="{re.escape(anchor)}"[^>]*>.*?</h\1>', re.DOTALL)


def with_notes(entry_html: str, notes: Mapping[str, Sequence[str]], label: str,
               beside: bool = True) -> str:
    """``entry_html`` with each section's notes (see :func:`note_html`) just below its
    heading; the notes on the whole entry (section "") at its start."""
    out = entry_html
    for anchor, texts in notes.items():
        box = note_html(texts, label, beside)
        if not box:
            continue
        match = _heading(anchor).search(out) if anchor else None
        if match is None:
            out = box + out
        else:
            out = out[:match.end()] + box + out[match.end():]
    return out


def section_html(entry_html: str, anchor: str) -> str:
    """The section ``anchor`` of an entry: its heading and text, with its subsections, up to
    the next heading of its level or above; "" when the entry has no such section."""
    match = _heading(anchor).search(entry_html)
    if match is None:
        return ""
    level = int(match.group(1))
    ends = re.compile(r"<h2[ >]" if level == 2 else r"<h[23][ >]")
    after = ends.search(entry_html, match.end())
    return entry_html[match.start():after.start() if after else len(entry_html)].strip()


def cover_html(title: str, labels: MeetingLabels, organisation: str, mission: str,
               date: str, languages: str, version: str) -> str:
    """The cover page: who, what, the title the reader gave, when, in what, from what."""
    esc = html.escape
    return (f'<p class="org">{esc(organisation)}<br><span class="mission">{esc(mission)}'
            f'</span></p><p style="margin-top: 180px;" class="cover-kind">'
            f'{esc(labels.kind.upper())}</p><p class="cover-title">{esc(title)}</p>'
            f'<p class="cover-line" style="margin-top: 24px;">'
            f'{esc(labels.prepared.format(date=date))}</p>'
            f'<p class="cover-line">{esc(languages)}</p><p class="cover-line">{esc(version)}</p>')
