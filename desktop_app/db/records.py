"""Plain records that travel into and out of the databases; no SQLAlchemy, no Qt."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import NamedTuple

# content.sqlite's user_version; 2: the search index; 3: the changes since the pack before;
# 4: the search index by entry, and the thesaurus; 5: the source registry
CONTENT_SCHEMA_VERSION = 5


def place_stamp() -> str:
    """When a place was opened, as user.sqlite orders them (``place.opened_at``)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


class PackInfo(NamedTuple):
    id: str
    version: str
    date: str  # ISO date
    languages: tuple[str, ...]
    title: str


class PackVersion(NamedTuple):
    version: str
    date: str  # ISO date


class SectionRecord(NamedTuple):
    anchor: str
    title: str
    level: int  # 2 for a section, 3 for a subsection
    text: str  # plain text of the section, for search and change detection


class BriefRecord(NamedTuple):
    period: str = ""
    funding: str = ""
    status: str = ""
    partners: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    short_name: str = ""  # what the running header of a printed brief keeps of the title


class EntryTextRecord(NamedTuple):
    lang: str
    title: str
    summary: str
    html: str
    sections: tuple[SectionRecord, ...]
    brief: BriefRecord | None = None


class EntryRecord(NamedTuple):
    slug: str
    kind: str
    area: str | None
    order: int
    sources: tuple[str, ...]
    texts: dict[str, EntryTextRecord]


ADDED, CHANGED, REMOVED = "added", "changed", "removed"  # ChangeRecord.what


class ChangeRecord(NamedTuple):
    """One line of what a pack changed since the pack installed before it, in one language."""

    slug: str
    lang: str
    anchor: str  # a changed section, or "": the entry itself (added, removed, or its head)
    what: str  # ADDED, CHANGED or REMOVED
    title: str  # of the section, or of the entry for anchor ""


class MediaRecord(NamedTuple):
    path: str
    mime: str
    data: bytes


# What the repositories hand to the reader. The tree's nodes are tuples too, and their
# ``children`` lists are always given: a default list would be shared by every node.


class SectionNode(NamedTuple):
    anchor: str
    title: str
    level: int
    children: list[SectionNode]


class EntryNode(NamedTuple):
    slug: str
    kind: str
    title: str
    lang: str  # the language the title is in (may differ from the one asked: fallback)
    fallback: bool
    has_sections: bool  # its sections are read when it is opened in the tree…
    sections: list[SectionNode] | None  # …unless they were read with it (top level)
    more_children: bool  # entries under it are left to be read when it is opened
    children: list[EntryNode]


class SourceRecord(NamedTuple):
    """A source document of the pack (``sources.toml``): per language, what it is and the
    time markers it carries itself."""

    id: str
    titles: dict[str, str]
    markers: dict[str, tuple[str, ...]]


class SourceNote(NamedTuple):
    """One source of an entry, in the entry's language."""

    title: str
    markers: tuple[str, ...]


class EntryView(NamedTuple):
    slug: str
    kind: str
    title: str
    lang: str
    fallback: bool
    html: str
    area_slug: str | None
    area_title: str | None
    sections: tuple[SectionRecord, ...]
    brief: BriefRecord | None
    languages: tuple[str, ...]  # the languages this entry exists in
    sources: tuple[SourceNote, ...] = ()  # from the pack's registry; () without one


class SearchFilters(NamedTuple):
    langs: tuple[str, ...] = ()  # empty: every language
    area: str | None = None  # slug of a top-level entry: it and everything under it
    kind: str | None = None
    limit: int = 50


def choose_lang(available: dict[str, str] | set[str], lang: str, default: str) -> str:
    """The language to show: the one asked for, else the pack's default, else any."""
    if lang in available:
        return lang
    if default in available:
        return default
    return sorted(available)[0]


def nest_sections(rows: list[tuple[str, str, int]]) -> list[SectionNode]:
    """(anchor, title, level) rows in order → sections with their subsections."""
    top: list[SectionNode] = []
    for anchor, title, level in rows:
        node = SectionNode(anchor, title, level, [])
        if level > 2 and top:
            top[-1].children.append(node)
        else:
            top.append(node)
    return top
