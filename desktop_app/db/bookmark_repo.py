"""Bookmarks and their folders in user.sqlite, as plain records; the caller commits.

Every method works on the session it was given and never commits: one user action is one
``with user.transaction() as session:`` block, so it is saved whole or not at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from desktop_app.db.bookmark_records import (
    BookmarkRecord,
    FolderNestingError,
    FolderRecord,
    Snapshot,
    TargetKey,
    Targets,
    now_stamp,
)
from desktop_app.db.user_models import Bookmark, BookmarkFolder


def _folder_record(row: BookmarkFolder) -> FolderRecord:
    return FolderRecord(row.id, row.name, row.parent_id, row.position, row.created_at)


def _bookmark_record(row: Bookmark) -> BookmarkRecord:
    return BookmarkRecord(row.id, row.slug, row.section, row.folder_id, row.position, row.name,
                          row.note, row.created_at, dict(row.titles or {}), row.text_hash)


class BookmarkRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # Reading

    def folders(self) -> list[FolderRecord]:
        rows = self.session.execute(select(BookmarkFolder).order_by(
            BookmarkFolder.position, BookmarkFolder.id)).scalars()
        return [_folder_record(row) for row in rows]

    def bookmarks(self) -> list[BookmarkRecord]:
        rows = self.session.execute(select(Bookmark).order_by(
            Bookmark.position, Bookmark.id)).scalars()
        return [_bookmark_record(row) for row in rows]

    def bookmark(self, bookmark_id: int) -> BookmarkRecord | None:
        row = self.session.get(Bookmark, bookmark_id)
        return _bookmark_record(row) if row else None

    def folder(self, folder_id: int) -> FolderRecord | None:
        row = self.session.get(BookmarkFolder, folder_id)
        return _folder_record(row) if row else None

    def marked_places(self) -> dict[TargetKey, frozenset[str]]:
        """Every bookmarked (slug, section), with the text fingerprints its bookmarks hold."""
        found: dict[TargetKey, set[str]] = {}
        for slug, section, text_hash in self.session.execute(
                select(Bookmark.slug, Bookmark.section, Bookmark.text_hash)):
            found.setdefault((slug, section), set()).add(text_hash)
        return {key: frozenset(hashes) for key, hashes in found.items()}

    def at(self, slug: str, section: str) -> list[BookmarkRecord]:
        rows = self.session.execute(select(Bookmark).where(
            Bookmark.slug == slug, Bookmark.section == section).order_by(Bookmark.id)).scalars()
        return [_bookmark_record(row) for row in rows]

    # Folders

    def _next_folder_position(self, parent_id: int | None) -> int:
        current = self.session.execute(select(func.max(BookmarkFolder.position)).where(
            BookmarkFolder.parent_id.is_(parent_id) if parent_id is None
            else BookmarkFolder.parent_id == parent_id)).scalar()
        return 0 if current is None else current + 1

    def _check_parent(self, parent_id: int | None, moving: int | None = None) -> None:
        if parent_id is None:
            return
        parent = self.session.get(BookmarkFolder, parent_id)
        if parent is None:
            raise FolderNestingError(f"there is no folder {parent_id}")
        if parent.parent_id is not None or parent_id == moving:
            raise FolderNestingError("folders nest only one level deep")
        if moving is not None and self.session.execute(select(func.count()).where(
                BookmarkFolder.parent_id == moving)).scalar_one():
            raise FolderNestingError("a folder that holds folders cannot be nested")

    def add_folder(self, name: str, parent_id: int | None = None,
                   created_at: str | None = None) -> FolderRecord:
        self._check_parent(parent_id)
        row = BookmarkFolder(name=name, parent_id=parent_id,
                             position=self._next_folder_position(parent_id),
                             created_at=created_at or now_stamp())
        self.session.add(row)
        self.session.flush()
        return _folder_record(row)

    def rename_folder(self, folder_id: int, name: str) -> None:
        self.session.execute(update(BookmarkFolder).where(BookmarkFolder.id == folder_id)
                             .values(name=name))

    def move_folder(self, folder_id: int, parent_id: int | None) -> None:
        """Nest a folder under a top-level one, or bring it back to the top level."""
        self._check_parent(parent_id, moving=folder_id)
        row = self.session.get(BookmarkFolder, folder_id)
        if row is None or row.parent_id == parent_id:
            return
        row.parent_id, row.position = parent_id, self._next_folder_position(parent_id)

    # Bookmarks

    def _siblings(self, folder_id: int | None) -> list[Bookmark]:
        where = Bookmark.folder_id.is_(None) if folder_id is None \
            else Bookmark.folder_id == folder_id
        return list(self.session.execute(select(Bookmark).where(where).order_by(
            Bookmark.position, Bookmark.id)).scalars())

    def add_bookmark(self, slug: str, section: str, titles: dict[str, str], *,
                     text_hash: str = "", folder_id: int | None = None, note: str = "",
                     name: str = "", created_at: str | None = None) -> BookmarkRecord:
        where = Bookmark.folder_id.is_(None) if folder_id is None \
            else Bookmark.folder_id == folder_id
        last = self.session.execute(select(func.max(Bookmark.position)).where(where)).scalar()
        row = Bookmark(slug=slug, section=section, folder_id=folder_id,
                       position=0 if last is None else last + 1, name=name,
                       note=note, created_at=created_at or now_stamp(), titles=dict(titles),
                       text_hash=text_hash)
        self.session.add(row)
        self.session.flush()
        return _bookmark_record(row)

    def next_positions(self) -> dict[int | None, int]:
        """Each folder's (None: the top level's) next free position, for appending many."""
        rows = self.session.execute(select(Bookmark.folder_id, func.max(Bookmark.position))
                                    .group_by(Bookmark.folder_id))
        return {folder_id: last + 1 for folder_id, last in rows}

    def insert_bookmarks(self, rows: Sequence[dict[str, object]]) -> None:
        """Add many bookmarks at once (columns of ``Bookmark`` by name, ``position`` given):
        one statement for all, where :meth:`add_bookmark` asks and flushes for each."""
        if rows:
            self.session.execute(insert(Bookmark), [
                {"created_at": now_stamp(), "text_hash": "", "name": "", "note": "", **row}
                for row in rows])

    def edit_bookmark(self, bookmark_id: int, *, name: str | None = None,
                      note: str | None = None) -> None:
        row = self.session.get(Bookmark, bookmark_id)
        if row is None:
            return
        if name is not None:
            row.name = name
        if note is not None:
            row.note = note

    def move_bookmarks(self, ids: Sequence[int], folder_id: int | None,
                       row: int | None = None) -> None:
        """Put the bookmarks ``ids`` into ``folder_id`` before its ``row``-th bookmark (at the
        end when ``row`` is None), keeping their order, and renumber the folder."""
        if folder_id is not None and self.session.get(BookmarkFolder, folder_id) is None:
            raise ValueError(f"there is no folder {folder_id}")
        moving = [m for m in (self.session.get(Bookmark, i) for i in ids) if m is not None]
        moving_ids = {m.id for m in moving}
        siblings = self._siblings(folder_id)
        if row is None or row > len(siblings):
            row = len(siblings)
        before = [s for s in siblings[:row] if s.id not in moving_ids]
        after = [s for s in siblings[row:] if s.id not in moving_ids]
        for position, item in enumerate([*before, *moving, *after]):
            item.folder_id, item.position = folder_id, position

    def remove(self, bookmark_ids: Iterable[int] = (),
               folder_ids: Iterable[int] = ()) -> Snapshot:
        """Delete bookmarks and folders (with everything in them); return what was removed."""
        folder_set = set(folder_ids)
        folder_set |= set(self.session.execute(select(BookmarkFolder.id).where(
            BookmarkFolder.parent_id.in_(folder_set))).scalars())
        folders = [_folder_record(f) for f in self.session.execute(select(BookmarkFolder).where(
            BookmarkFolder.id.in_(folder_set)).order_by(BookmarkFolder.id)).scalars()]
        marks = [_bookmark_record(b) for b in self.session.execute(select(Bookmark).where(
            Bookmark.id.in_(set(bookmark_ids)) | Bookmark.folder_id.in_(folder_set))
            .order_by(Bookmark.id)).scalars()]
        self.session.execute(delete(Bookmark).where(Bookmark.id.in_([b.id for b in marks])))
        for level_first in sorted(folders, key=lambda f: f.parent_id is None):
            self.session.execute(delete(BookmarkFolder).where(
                BookmarkFolder.id == level_first.id))
        return Snapshot(tuple(folders), tuple(marks))

    def restore(self, snapshot: Snapshot) -> dict[tuple[str, int], int]:
        """Put back what :meth:`remove` took, in the same folders and positions, with the same
        ids where they are still free: a bookmark made since may have taken one (SQLite gives
        a new row the highest id plus one). Returns the new id of each (kind, old id) that
        needed one, kind "folder" or "bookmark"."""
        moved: dict[tuple[str, int], int] = {}
        taken = set(self.session.scalars(select(BookmarkFolder.id)))
        for f in sorted(snapshot.folders, key=lambda f: f.parent_id is not None):
            parent = moved.get(("folder", f.parent_id), f.parent_id) if f.parent_id else None
            folder = BookmarkFolder(id=None if f.id in taken else f.id, name=f.name,
                                    parent_id=parent, position=f.position,
                                    created_at=f.created_at)
            self.session.add(folder)
            self.session.flush()
            if folder.id != f.id:
                moved[("folder", f.id)] = folder.id
        taken = set(self.session.scalars(select(Bookmark.id)))
        for b in snapshot.bookmarks:
            in_folder = moved.get(("folder", b.folder_id), b.folder_id) if b.folder_id else None
            mark = Bookmark(id=None if b.id in taken else b.id, slug=b.slug, section=b.section,
                            folder_id=in_folder, position=b.position, name=b.name,
                            note=b.note, created_at=b.created_at, titles=dict(b.titles),
                            text_hash=b.text_hash)
            self.session.add(mark)
            self.session.flush()
            if mark.id != b.id:
                moved[("bookmark", b.id)] = mark.id
        return moved

    # Following the content

    def mark_opened(self, slug: str, section: str, text_hash: str) -> int:
        """The reader saw the section as it is now: it is no longer *changed*."""
        result = self.session.execute(update(Bookmark).where(
            Bookmark.slug == slug, Bookmark.section == section,
            Bookmark.text_hash != text_hash).values(text_hash=text_hash))
        return int(getattr(result, "rowcount", 0) or 0)

    def follow_content(self, targets: Targets) -> int:
        """Refresh the last known titles of bookmarks whose target exists, and adopt the text
        fingerprint where none is known yet (imported bookmarks). Missing ones keep theirs."""
        changed = 0
        for row in self.session.execute(select(Bookmark)).scalars():
            found = targets.get((row.slug, row.section))
            if found is None:
                continue
            titles, text_hash = found
            merged = {**(row.titles or {}), **titles}
            if merged != row.titles:
                row.titles = merged
                changed += 1
            if not row.text_hash:
                row.text_hash = text_hash
                changed += 1
        return changed
