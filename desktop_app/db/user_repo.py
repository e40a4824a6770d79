"""The user's own data in user.sqlite: open it safely, read and record reading places."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, StaticPool, create_engine, select
from sqlalchemy.orm import Session

from desktop_app.db.engine import make_engine
from desktop_app.db.file_lock import locked
from desktop_app.db.migrations import check_openable, migrate
from desktop_app.db.records import place_stamp
from desktop_app.db.sqlite_files import copy_into_memory
from desktop_app.db.user_models import Place

# A bookmark made in the window waits this long for another writer (a second Field Reference,
# a command-line import, which commits in batches of well under a second) before it fails
# ("database is locked"); longer would freeze the window, shorter would fail behind one batch.
USER_BUSY_TIMEOUT = 2.0


def open_user_engine(path: Path, backups_dir: Path) -> Engine:
    """Open (or create) user.sqlite and migrate it; durable commits (synchronous=FULL)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    check_openable(path)
    engine = make_engine(path, synchronous="FULL", busy_timeout=USER_BUSY_TIMEOUT)
    try:
        with locked(path, wait_seconds=30):  # two first starts at once: one creates the tables
            migrate(engine, path, backups_dir)
    except BaseException:
        engine.dispose()
        raise
    return engine


def open_user_copy(path: Path) -> Engine:
    """user.sqlite of a folder that may not be written, copied into memory and brought to
    this version's schema there (nothing, when there is no file): read as usual, while the
    file stays exactly as it is. Raises like :func:`open_user_engine` for a damaged or newer
    file."""
    check_openable(path)
    memory = copy_into_memory(path if path.exists() else None)
    engine = create_engine("sqlite://", creator=lambda: memory, poolclass=StaticPool)
    try:
        migrate(engine, path, None)
    except BaseException:
        engine.dispose()
        raise
    return engine


class UserRepository:
    """Reads and writes on one session; the caller's ``session_factory.begin()`` commits."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def record_place(self, slug: str, section: str = "", scroll: int = 0,
                     opened_at: str | None = None) -> None:
        """The place in ``slug``, opened at ``opened_at`` (``place_stamp()``; now if None)."""
        opened_at = opened_at or place_stamp()
        place = self.session.get(Place, slug)
        if place is None:
            self.session.add(Place(slug=slug, section=section, scroll=scroll,
                                   opened_at=opened_at))
        else:
            place.section, place.scroll, place.opened_at = section, scroll, opened_at

    def last_place(self) -> Place | None:
        return self.session.execute(
            select(Place).order_by(Place.opened_at.desc()).limit(1)
        ).scalar_one_or_none()

    def opened_places(self) -> dict[str, str]:
        """When each entry was last opened: slug → ``opened_at``."""
        return {slug: opened_at for slug, opened_at in self.session.execute(
            select(Place.slug, Place.opened_at))}

    def recent_places(self, limit: int = 50) -> list[Place]:
        """The last place in each of the ``limit`` entries opened most recently, newest first."""
        return list(self.session.execute(
            select(Place).order_by(Place.opened_at.desc()).limit(limit)).scalars())

    def place(self, slug: str) -> Place | None:
        return self.session.get(Place, slug)
