"""The open databases, as services handed to the window: content (swappable) and user data."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.db.content_repo import ContentRepository, open_content_engine
from desktop_app.db.engine import make_session_factory
from desktop_app.db.records import PackInfo
from desktop_app.db.user_repo import UserRepository, open_user_engine
from desktop_app.db.user_safety import Recovery, auto_backup, recover


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
        if self._sessions is None:
            raise RuntimeError("the content database is not open")
        with self._sessions() as session:
            yield ContentRepository(session)


class UserData:
    """user.sqlite: each ``write()`` block is one committed transaction.

    On opening, a damaged file is moved aside and restored from the newest good backup
    (``recovery`` then says what happened, for the window or the command line to tell), and a
    backup is taken when the data changed since the newest one.
    """

    def __init__(self, path: Path, backups_dir: Path) -> None:
        self.path, self.backups_dir = path, backups_dir
        self.recovery: Recovery | None = recover(path, backups_dir)
        auto_backup(path, backups_dir)
        self._engine = open_user_engine(path, backups_dir)
        self._sessions = make_session_factory(self._engine)

    @contextmanager
    def read(self) -> Iterator[UserRepository]:
        with self._sessions() as session:
            yield UserRepository(session)

    @contextmanager
    def write(self) -> Iterator[UserRepository]:
        with self._sessions.begin() as session:
            yield UserRepository(session)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One committed transaction for the other repositories (bookmarks): all or nothing."""
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self._engine.dispose()
