"""Bookmarks as the program uses them: one session per user action, then a notice.

A change is one committed transaction; a read is a session that never commits. The places
bookmarked are kept in memory, read again inside every change's own transaction, so that the
star, the menus and the reader's opening an entry ask the database nothing.

No Qt here, so the command line shares it with the window; the window wraps it in a QObject
that turns the notices into a ``changed`` signal (``ui/bookmarks/service.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.exc import OperationalError

from desktop_app.bookmarks.files import BookmarkItem, Document, FolderItem, build_document
from desktop_app.db.bookmark_records import (
    OK,
    BookmarkRecord,
    FolderRecord,
    Snapshot,
    Target,
    TargetKey,
    Targets,
    status,
)
from desktop_app.db.engine import is_lock_timeout
from desktop_app.db.user_safety import auto_backup
from desktop_app.library import ReadOnlyData, UserData
from desktop_app.places import Place
from desktop_app.problems import QT_TRANSLATE_NOOP
from desktop_app.reasons import reason, storage_failure

if TYPE_CHECKING:  # SQLAlchemy loads with the first transaction, after the first paint
    from sqlalchemy.orm import Session

    from desktop_app.db.bookmark_repo import BookmarkRepository
    from desktop_app.db.user_models import Place as PlaceRow


def _repository(session: Session) -> BookmarkRepository:
    from desktop_app.db.bookmark_repo import BookmarkRepository

    return BookmarkRepository(session)


class StoreBusy(Exception):
    """Another process (a second window, a long ``bookmarks import``) held user.sqlite's write
    lock for longer than the busy timeout: nothing was written; the caller may try again."""


class StoreNotSaved(Exception):
    """user.sqlite could not be written (a full disk, a stick taken out): nothing of the change
    was written. ``reason`` is a phrase of :mod:`desktop_app.reasons`."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path} could not be written: {reason}.")
        self.reason = reason


NOT_SAVED_ERRORS = (StoreBusy, StoreNotSaved, ReadOnlyData)  # a change was not saved: nothing of it


def failure_reason(error: Exception) -> str:
    """Why a change was not saved, as a phrase of :mod:`desktop_app.reasons` (English)."""
    if isinstance(error, StoreNotSaved):
        return error.reason
    if isinstance(error, StoreBusy):
        return QT_TRANSLATE_NOOP("Problems", "another Field Reference is busy with the "
                                 "bookmarks; try again in a moment")
    if isinstance(error, ReadOnlyData):
        return QT_TRANSLATE_NOOP("Problems", "the data folder cannot be written (a "
                                 "write-protected drive?)")
    return reason(error)


@dataclass(frozen=True)
class ImportReport:
    added: int
    skipped: int  # already there: the same target in the same folder
    folders_added: int


class _Merge:
    """Merging documents into the bookmarks, one after another (the parts of a long import):
    what is there is read once, at the start, and kept up to date as bookmarks are added, so
    that an import takes time in proportion to its length, not to its square."""

    def __init__(self, repo: BookmarkRepository) -> None:
        self.folders = {(f.name, f.parent_id): f.id for f in repo.folders()}
        self.present = {(b.folder_id, b.slug, b.section) for b in repo.bookmarks()}
        self.next_position = repo.next_positions()

    def merge(self, repo: BookmarkRepository, document: Document) -> ImportReport:
        """Add what ``document`` has and the bookmarks lack: the same target in the same
        folder is skipped, a folder of the same name (under the same parent) is reused."""
        rows: list[dict[str, object]] = []
        skipped = folders_added = 0

        def folder_id(name: str, parent_id: int | None, created_at: str) -> int:
            nonlocal folders_added
            if (name, parent_id) not in self.folders:
                made = repo.add_folder(name, parent_id, created_at or None)
                self.folders[(name, parent_id)] = made.id
                folders_added += 1
            return self.folders[(name, parent_id)]

        def put(items: list[BookmarkItem], fid: int | None) -> None:
            nonlocal skipped
            for item in items:
                slug, section = item.slug_section
                if (fid, slug, section) in self.present:
                    skipped += 1
                    continue
                position = self.next_position.get(fid, 0)
                self.next_position[fid] = position + 1
                rows.append({"slug": slug, "section": section, "folder_id": fid,
                             "position": position, "name": item.name, "note": item.note,
                             "titles": dict(item.titles), "text_hash": item.text_hash,
                             **({"created_at": item.created_at} if item.created_at else {})})
                self.present.add((fid, slug, section))

        put(document.bookmarks, None)
        for folder in document.folders:
            top = folder_id(folder.name, None, folder.created_at)
            put(folder.bookmarks, top)
            for sub in folder.folders:
                put(sub.bookmarks, folder_id(sub.name, top, sub.created_at))
        repo.insert_bookmarks(rows)
        return ImportReport(len(rows), skipped, folders_added)


IMPORT_BATCH = 100  # bookmarks per transaction in a long import: a fraction of a second
FolderTrail = tuple[FolderItem, ...]  # a folder of a document and the folders above it


def _parts(document: Document, size: int) -> Iterator[Document]:
    """``document`` cut into documents of at most ``size`` bookmarks, in order, each with the
    folders its bookmarks are in (an empty folder counts as one), so that merging the parts
    one after another gives what merging the whole gives."""
    entries: list[tuple[FolderTrail, BookmarkItem | None]] = [((), b) for b in document.bookmarks]
    for top in document.folders:
        entries += [((top,), None), *(((top,), b) for b in top.bookmarks)]
        for sub in top.folders:
            entries += [((top, sub), None), *(((top, sub), b) for b in sub.bookmarks)]
    for start in range(0, len(entries), size):
        part = Document()
        copies: dict[int, FolderItem] = {}  # id() of a folder of ``document``: its copy in part
        for path, item in entries[start:start + size]:
            bookmarks, siblings = part.bookmarks, part.folders
            for folder in path:
                if id(folder) not in copies:
                    copies[id(folder)] = FolderItem(folder.name, folder.created_at)
                    siblings.append(copies[id(folder)])
                bookmarks, siblings = copies[id(folder)].bookmarks, copies[id(folder)].folders
            if item is not None:
                bookmarks.append(item)
        yield part


class BookmarkStore:
    """Reads and writes bookmarks in ``user.sqlite``; ``targets`` is what the content offers
    (set by :meth:`follow_content`), from which titles, fingerprints and statuses come."""

    def __init__(self, user: UserData) -> None:
        self.user = user
        self.targets: Targets | None = None
        self._listeners: list[Callable[[], None]] = []
        # (slug, section) → the text fingerprints its bookmarks hold; None until first read
        self._marked: dict[TargetKey, frozenset[str]] | None = None

    def subscribe(self, listener: Callable[[], None]) -> None:
        """``listener()`` runs after every committed change."""
        self._listeners.append(listener)

    @contextmanager
    def _read(self) -> Iterator[BookmarkRepository]:
        with self.user.session() as session:
            yield _repository(session)

    @contextmanager
    def _write(self, refresh_marks: bool = True,
               notify: bool = True) -> Iterator[BookmarkRepository]:
        """One committed transaction, which also reads the places bookmarked afterwards (not
        when it fails: then nothing changed), then the notices. ``refresh_marks=False`` and
        ``notify=False`` (the parts of a long import) read them only when they are next asked
        for, and tell nobody."""
        try:
            with self.user.transaction() as session:
                repo = _repository(session)
                yield repo
                self._marked = repo.marked_places() if refresh_marks else None
        except OperationalError as exc:
            if is_lock_timeout(exc):
                raise StoreBusy(str(self.user.path)) from exc
            why = storage_failure(exc)
            if why is None:  # SQLite refused the statement: a mistake here, not the disk's
                raise
            raise StoreNotSaved(str(self.user.path), why) from exc
        if notify:
            self._notify()

    def _notify(self) -> None:
        for listener in self._listeners:
            listener()

    def _marks(self) -> dict[TargetKey, frozenset[str]]:
        if self._marked is None:
            with self._read() as repo:
                self._marked = repo.marked_places()
        return self._marked

    # Reading

    def contents(self) -> tuple[list[FolderRecord], list[BookmarkRecord]]:
        with self._read() as repo:
            return repo.folders(), repo.bookmarks()

    def at(self, place: Place) -> list[BookmarkRecord]:
        """The bookmarks of ``place``; a place that has none costs no query."""
        if not self.is_bookmarked(place):
            return []
        with self._read() as repo:
            return repo.at(place.slug, place.section)

    def bookmark_folder(self, bookmark_id: int) -> int | None:
        with self._read() as repo:
            mark = repo.bookmark(bookmark_id)
            return mark.folder_id if mark else None

    def is_bookmarked(self, place: Place) -> bool:
        return (place.slug, place.section) in self._marks()

    def bookmarked_slugs(self) -> set[str]:
        """The entries that have a bookmark, on themselves or on a section."""
        return {slug for slug, _section in self._marks()}

    def target(self, place: Place) -> Target | None:
        """What the content offers at ``place``; None when it is not there (or no content
        is known yet)."""
        return None if self.targets is None else self.targets.get((place.slug, place.section))

    def status(self, bookmark: BookmarkRecord) -> str:
        """ok / missing / changed; everything is ok while no content is known."""
        return OK if self.targets is None else status(bookmark, self.targets)

    def recent(self, limit: int = 50) -> list[PlaceRow]:
        with self.user.read() as repo:
            return repo.recent_places(limit)

    # Changes, each one transaction

    def add(self, place: Place, folder_id: int | None = None) -> BookmarkRecord:
        titles, text_hash = self.target(place) or ({}, "")
        with self._write() as repo:
            return repo.add_bookmark(place.slug, place.section, titles, text_hash=text_hash,
                                     folder_id=folder_id)

    def toggle(self, place: Place) -> bool:
        """Bookmark ``place``, or remove its bookmarks; True when it is bookmarked now."""
        titles, text_hash = self.target(place) or ({}, "")
        with self._write() as repo:
            existing = repo.at(place.slug, place.section)
            if existing:
                repo.remove(bookmark_ids=[b.id for b in existing])
            else:
                repo.add_bookmark(place.slug, place.section, titles, text_hash=text_hash)
        return not existing

    def edit(self, bookmark_id: int, *, name: str | None = None,
             note: str | None = None) -> None:
        with self._write() as repo:
            repo.edit_bookmark(bookmark_id, name=name, note=note)

    def add_folder(self, name: str, parent_id: int | None = None) -> FolderRecord:
        with self._write() as repo:
            return repo.add_folder(name, parent_id)

    def rename_folder(self, folder_id: int, name: str) -> None:
        with self._write() as repo:
            repo.rename_folder(folder_id, name)

    def move_folder(self, folder_id: int, parent_id: int | None) -> None:
        with self._write() as repo:
            repo.move_folder(folder_id, parent_id)

    def move(self, ids: Sequence[int], folder_id: int | None, row: int | None = None) -> None:
        with self._write() as repo:
            repo.move_bookmarks(ids, folder_id, row)

    def drop(self, bookmark_ids: Sequence[int], folder_ids: Sequence[int],
             folder_id: int | None, row: int | None = None) -> None:
        """A drag and drop: bookmarks into ``folder_id`` before its ``row``-th bookmark, folders
        nested under it (or brought to the top level), in one transaction."""
        with self._write() as repo:
            for moving in folder_ids:
                if moving != folder_id:
                    repo.move_folder(moving, folder_id)
            if bookmark_ids:
                repo.move_bookmarks(bookmark_ids, folder_id, row)

    def remove(self, bookmark_ids: Sequence[int] = (),
               folder_ids: Sequence[int] = ()) -> Snapshot:
        with self._write() as repo:
            return repo.remove(bookmark_ids, folder_ids)

    def restore(self, snapshot: Snapshot) -> dict[tuple[str, int], int]:
        """Put back what :meth:`remove` took; the new ids of those whose ids were taken."""
        with self._write() as repo:
            return repo.restore(snapshot)

    # Files

    def export_document(self) -> Document:
        return build_document(*self.contents())

    def import_in_batches(self, document: Document, batch: int = IMPORT_BATCH,
                          progress: Callable[[int, int], None] | None = None) -> ImportReport:
        """Merge ``document`` into the bookmarks (the command line, the window's background
        import): the same target in the same folder is skipped, folders of the same name are
        reused. After one backup, every ``batch`` bookmarks are merged and committed on their
        own, so that another writer waits for one batch at most, never for the whole file.
        A run cut short keeps what it committed, and running it again adds the rest.
        ``progress(done, total)`` after each batch; the listeners hear of the import once, at
        its end."""
        auto_backup(self.user.path, self.user.backups_dir)
        added = skipped = folders_added = 0
        total, _folders = document.count()
        with self._read() as repo:
            merging = _Merge(repo)
        for part in _parts(document, batch):
            with self._write(refresh_marks=False, notify=False) as repo:
                report = merging.merge(repo, part)
            added, skipped = added + report.added, skipped + report.skipped
            folders_added += report.folders_added
            if progress is not None:
                progress(added + skipped, total)
        if self.targets is not None:
            self.follow_content(self.targets)  # which tells the listeners
        else:
            self._notify()
        return ImportReport(added, skipped, folders_added)

    # Following the content

    def follow_content(self, targets: Targets) -> None:
        """New content: remember its places, refresh last known titles (one transaction)."""
        self.targets = targets
        if self.user.read_only:
            return  # bookkeeping, not the user's: left for a folder that can be written
        with self._write() as repo:
            repo.follow_content(targets)

    def opened(self, place: Place) -> None:
        """The reader opened ``place``: its bookmarks are no longer *changed*. Writes only
        when one of them is (most places opened have no bookmark, or an unchanged one)."""
        if self.user.read_only:
            return
        recorded = self._marks().get((place.slug, place.section))
        found = self.target(place) if recorded else None
        if found is None or recorded == frozenset({found[1]}):
            return
        with self._write() as repo:
            repo.mark_opened(place.slug, place.section, found[1])
