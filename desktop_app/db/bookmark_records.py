"""Bookmarks as plain records, and what their status means: no SQLAlchemy here, so the
window can show its first paint before the database layer loads (docs/performance.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

OK, MISSING, CHANGED = "ok", "missing", "changed"

# (slug, section) → (title per language, text fingerprint); see db/bookmark_targets.py
Targets = dict[tuple[str, str], tuple[dict[str, str], str]]


def now_stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class FolderNestingError(ValueError):
    """Folders nest one level: a subfolder cannot hold folders."""


@dataclass(frozen=True)
class FolderRecord:
    id: int
    name: str
    parent_id: int | None
    position: int
    created_at: str


@dataclass(frozen=True)
class BookmarkRecord:
    id: int
    slug: str
    section: str
    folder_id: int | None
    position: int
    name: str
    note: str
    created_at: str
    titles: dict[str, str] = field(default_factory=dict, compare=False)
    text_hash: str = ""

    @property
    def target(self) -> str:
        return f"{self.slug}#{self.section}" if self.section else self.slug

    def label(self, lang: str) -> str:
        """The reader's own name, else the last known title in ``lang`` (or any language)."""
        if self.name:
            return self.name
        if self.titles.get(lang):
            return self.titles[lang]
        return next((t for _l, t in sorted(self.titles.items()) if t), self.target)


@dataclass(frozen=True)
class Snapshot:
    """What a removal took away, so that undo can put it back with the same ids."""

    folders: tuple[FolderRecord, ...] = ()
    bookmarks: tuple[BookmarkRecord, ...] = ()


def status(bookmark: BookmarkRecord, targets: Targets) -> str:
    found = targets.get((bookmark.slug, bookmark.section))
    if found is None:
        return MISSING
    if bookmark.text_hash and bookmark.text_hash != found[1]:
        return CHANGED
    return OK
