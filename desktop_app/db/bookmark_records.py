"""Bookmarks as plain records, and what their status means: no SQLAlchemy here, so the
window can show its first paint before the database layer loads (docs/performance.md)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

OK, MISSING, CHANGED = "ok", "missing", "changed"

Target = tuple[dict[str, str], str]  # title per language, text fingerprint
TargetKey = tuple[str, str]  # (slug, section); "" for the entry itself


class Targets(Protocol):
    """What the content offers a bookmark, by (slug, section); see db/bookmark_targets.py."""

    def get(self, key: TargetKey, /) -> Target | None: ...


class TargetsByEntry:
    """Targets read entry by entry when first asked for (``read`` takes slugs and gives their
    targets, or None while the content cannot be read). Fingerprinting every entry of a large
    pack takes seconds; only bookmarked places and the one being bookmarked are asked about."""

    def __init__(self, read: Callable[[set[str]], dict[TargetKey, Target] | None]) -> None:
        self._read = read
        self._known: dict[TargetKey, Target] = {}
        self._slugs: set[str] = set()

    def load(self, slugs: Iterable[str]) -> None:
        """Read these entries' targets now, in one go."""
        wanted = set(slugs) - self._slugs
        if not wanted:
            return
        found = self._read(wanted)
        if found is not None:
            self._known.update(found)
            self._slugs |= wanted

    def get(self, key: TargetKey, /) -> Target | None:
        self.load((key[0],))
        return self._known.get(key)


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
