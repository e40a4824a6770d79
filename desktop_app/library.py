"""The open databases, as services handed to the window: content (swappable) and user data.

Content is read with plain sqlite3 (``db/content_reader.py``), so the window's first paint
reads through the library like every later read. SQLAlchemy, and the recovery and backups of
user.sqlite, are imported when user.sqlite is first opened, not with this module: the window
paints before that.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from desktop_app.db.content_reader import ContentReader, open_pack
from desktop_app.db.errors import DatabaseDamaged, UserDataUnavailable
from desktop_app.db.records import EntryNode, EntryView, PackInfo, place_stamp
from desktop_app.db.sqlite_files import connect_for_reading, connect_readonly
from desktop_app.problems import QT_TRANSLATE_NOOP, Problem
from desktop_app.reasons import reason, storage_failure

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from desktop_app.db.user_repo import UserRepository
    from desktop_app.db.user_safety import Recovery


class ContentLibrary:
    """content.sqlite, read-only; closed and reopened around an import that replaces it.

    ``pack`` is read once, when the library opens. Each :meth:`read` block has its own
    connection, closed at its end: a read costs a tenth of a millisecond more than on a kept
    one, and so reads from the search thread need nothing of their own, and no connection
    is left open to stop an import from replacing the file (Windows refuses to).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pack: PackInfo | None = None

    @property
    def pack(self) -> PackInfo | None:
        """The pack installed, while the library is open."""
        return self._pack

    @property
    def is_open(self) -> bool:
        return self._pack is not None

    def open(self) -> PackInfo:
        """Check the database and read its pack; raises DatabaseDamaged when it must be
        rebuilt (the library is closed then)."""
        self._pack = None
        self._pack = open_pack(self.path)
        return self._pack

    def close(self) -> None:
        self._pack = None

    @contextmanager
    def read(self) -> Iterator[ContentReader]:
        if self._pack is None:
            raise RuntimeError("the content database is not open")
        with closing(connect_readonly(self.path)) as db:
            yield ContentReader(db, self._pack)


class FirstView(NamedTuple):
    """What the window paints first: the tree and the entry last read, where it was left."""

    tree: list[EntryNode]
    view: EntryView
    section: str
    scroll: int


def _last_place(user_db: Path) -> tuple[str, str, int] | None:
    """``UserRepository.last_place`` in plain sqlite3: user.sqlite opens after the paint."""
    if not user_db.is_file():
        return None
    with closing(connect_for_reading(user_db)) as db:
        row = db.execute("SELECT slug, section, scroll FROM place "
                         "ORDER BY opened_at DESC LIMIT 1").fetchone()
    return (str(row[0]), str(row[1]), int(row[2])) if row else None


def read_first_view(library: ContentLibrary, user_db: Path, lang: str,
                    open_budget: int | None = None) -> FirstView | None:
    """Open ``library`` and read the tree (see ``ContentReader.tree`` for ``open_budget``)
    and the entry last read (else the first one); None when unsure (no content yet, a
    damaged file…): the normal start then takes over."""
    try:
        library.open()
    except DatabaseDamaged:
        return None
    try:
        last = _last_place(user_db)
        with library.read() as reader:
            view = reader.entry(last[0], lang) if last else None
            section, scroll = (last[1], last[2]) if last and view else ("", 0)
            if view is None:
                first = reader.first_slug()
                view = reader.entry(first, lang) if first else None
            if view is None:
                return None
            tree = reader.tree(lang, open_budget, view.slug)
    except (sqlite3.Error, KeyError, ValueError, TypeError, IndexError):
        library.close()
        return None
    return FirstView(tree, view, section, scroll)


class ReadOnlyData(Exception):
    """The data folder (``str(exc)``) may not be written: nothing was changed."""


class UserData:
    """user.sqlite: each ``write()`` block is one committed transaction.

    ``read_only`` (a data folder that may not be written, such as a write-protected stick):
    the file is read into memory as it is, and every write raises :class:`ReadOnlyData`;
    reading places are not kept.

    Reading places are noted in memory (:meth:`note_place`) and written together by
    :meth:`save_places`, which the window calls at most once a second and at close; every
    ``read()`` writes those still noted first, so what it reads is never behind.

    Opened (created, migrated) at once, raising DatabaseDamaged or UserDataTooNew; with
    ``open_now=False`` (the window's start, to paint before SQLAlchemy loads) by :meth:`open`
    or on first use. On opening, a damaged file is moved aside and restored from the newest
    good backup (``recovery`` then says what happened, for the window or the command line to
    tell), and a backup is taken when the data changed since the newest one.
    """

    def __init__(self, path: Path, backups_dir: Path, *, open_now: bool = True,
                 read_only: bool = False) -> None:
        self.path = path
        self.backups_dir = backups_dir
        self.read_only = read_only
        self.recovery: Recovery | None = None
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._places: dict[str, tuple[str, int, str]] = {}  # slug → section, scroll, opened at
        if open_now:
            self.open()

    @property
    def is_open(self) -> bool:
        return self._sessions is not None

    def open(self) -> None:
        if self._sessions is not None:
            return
        # Opening user.sqlite, with its recovery and backups, loads after the first paint.
        from sqlalchemy.exc import OperationalError

        from desktop_app.db.engine import make_session_factory
        from desktop_app.db.user_repo import open_user_copy, open_user_engine
        from desktop_app.db.user_safety import auto_backup, recover

        if self.read_only:
            self._engine = open_user_copy(self.path)
            self._sessions = make_session_factory(self._engine)
            return
        self.recovery = recover(self.path, self.backups_dir)
        auto_backup(self.path, self.backups_dir)
        try:
            self._engine = open_user_engine(self.path, self.backups_dir)
        except (OperationalError, sqlite3.OperationalError, OSError) as exc:
            raise UserDataUnavailable(Problem(str(self.path), None, QT_TRANSLATE_NOOP(
                "Problems", "could not be opened: {reason}. Start again once the disk has "
                "free space and the folder can be written, or start with another data folder."),
                {"reason": reason(exc)}, phrases=("reason",))) from exc
        self._sessions = make_session_factory(self._engine)

    def _session_factory(self) -> sessionmaker[Session]:
        self.open()
        assert self._sessions is not None
        return self._sessions

    def note_place(self, slug: str, section: str, scroll: int) -> None:
        """The reader is at ``section`` (``scroll`` pixels down) in ``slug`` now."""
        self._places[slug] = (section, scroll, place_stamp())

    def save_places(self) -> bool:
        """Write the places noted since the last save, in one transaction (none if none);
        False when another process held the database too long, or it cannot be written now
        (a full disk): they wait for the next save."""
        from sqlalchemy.exc import OperationalError

        from desktop_app.db.engine import is_lock_timeout

        if not self._places or self.read_only:
            self._places = {}
            return True
        places, self._places = self._places, {}
        try:
            with self.write() as repo:
                for slug, (section, scroll, opened_at) in places.items():
                    repo.record_place(slug, section, scroll, opened_at)
        except OperationalError as exc:
            if not is_lock_timeout(exc) and storage_failure(exc) is None:
                raise  # SQLite refused the statement: a mistake here, not the disk's
            self._places = places | self._places  # noted since then: newer
            return False
        return True

    @contextmanager
    def read(self) -> Iterator[UserRepository]:
        from desktop_app.db.user_repo import UserRepository

        self.save_places()
        with self._session_factory()() as session:
            yield UserRepository(session)

    @contextmanager
    def write(self) -> Iterator[UserRepository]:
        from desktop_app.db.user_repo import UserRepository

        self._refuse_if_read_only()
        with self._session_factory().begin() as session:
            yield UserRepository(session)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading (the bookmarks): it never commits; its end ends the read."""
        with self._session_factory()() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One committed transaction for the other repositories (bookmarks): all or nothing."""
        self._refuse_if_read_only()
        with self._session_factory().begin() as session:
            yield session

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise ReadOnlyData(str(self.path.parent))

    def close(self) -> None:
        """Write the places still noted, then close."""
        if self._engine is None:
            return
        try:
            self.save_places()
        finally:
            self._engine.dispose()
            self._engine = self._sessions = None
