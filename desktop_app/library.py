"""The open databases, as services handed to the window: content (swappable) and user data.

SQLAlchemy is imported when a database is first opened, not with this module: the window
paints its first entry from ``db/quick_read.py`` (plain sqlite3) and opens these right after.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.db.records import PackInfo
from desktop_app.db.user_safety import Recovery, auto_backup, recover

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from desktop_app.db.content_repo import ContentRepository
    from desktop_app.db.user_repo import UserRepository


class ContentLibrary:
    """content.sqlite, read-only; closed and reopened around an import that replaces it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self.pack: PackInfo | None = None

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    def open(self) -> PackInfo:
        """Open the database; raises DatabaseDamaged when it must be rebuilt."""
        from desktop_app.db.content_repo import open_content_engine
        from desktop_app.db.engine import make_session_factory

        self.close()
        engine = open_content_engine(self.path)
        self._engine, self._sessions = engine, make_session_factory(engine)
        with self.read() as repo:
            self.pack = repo.pack_info()
        return self.pack

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        self._engine = self._sessions = self.pack = None

    @contextmanager
    def read(self) -> Iterator[ContentRepository]:
        from desktop_app.db.content_repo import ContentRepository

        if self._sessions is None:
            raise RuntimeError("the content database is not open")
        with self._sessions() as session:
            yield ContentRepository(session)


class UserData:
    """user.sqlite: each ``write()`` block is one committed transaction.

    Opened (created, migrated) at once, raising DatabaseDamaged or UserDataTooNew; with
    ``open_now=False`` (the window's start, to paint before SQLAlchemy loads) by :meth:`open`
    or on first use. On opening, a damaged file is moved aside and restored from the newest
    good backup (``recovery`` then says what happened, for the window or the command line to
    tell), and a backup is taken when the data changed since the newest one.
    """

    def __init__(self, path: Path, backups_dir: Path, *, open_now: bool = True) -> None:
        self.path = path
        self.backups_dir = backups_dir
        self.recovery: Recovery | None = None
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        if open_now:
            self.open()

    @property
    def is_open(self) -> bool:
        return self._sessions is not None

    def open(self) -> None:
        if self._sessions is not None:
            return
        from desktop_app.db.engine import make_session_factory
        from desktop_app.db.user_repo import open_user_engine

        self.recovery = recover(self.path, self.backups_dir)
        auto_backup(self.path, self.backups_dir)
        self._engine = open_user_engine(self.path, self.backups_dir)
        self._sessions = make_session_factory(self._engine)

    def _session_factory(self) -> sessionmaker[Session]:
        self.open()
        assert self._sessions is not None
        return self._sessions

    @contextmanager
    def read(self) -> Iterator[UserRepository]:
        from desktop_app.db.user_repo import UserRepository

        with self._session_factory()() as session:
            yield UserRepository(session)

    @contextmanager
    def write(self) -> Iterator[UserRepository]:
        from desktop_app.db.user_repo import UserRepository

        with self._session_factory().begin() as session:
            yield UserRepository(session)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One committed transaction for the other repositories (bookmarks): all or nothing."""
        with self._session_factory().begin() as session:
            yield session

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        self._engine = self._sessions = None
