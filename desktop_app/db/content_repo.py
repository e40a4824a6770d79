"""Read access to content.sqlite: the tree, an entry, its media. Returns plain records."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from desktop_app.db.content_models import (
    CONTENT_SCHEMA_VERSION,
    Entry,
    Media,
    Pack,
)
from desktop_app.db.engine import DatabaseDamaged, make_engine
from desktop_app.db.quick_read import read_entry, read_pack, read_tree
from desktop_app.db.records import EntryNode, EntryView, MediaRecord, PackInfo
from desktop_app.db.sqlite_files import check_complete
from desktop_app.problems import QT_TRANSLATE_NOOP, Problem


def open_content_engine(path: Path) -> Engine:
    """Open content.sqlite read-only and check that it is ours and current.

    Raises :class:`DatabaseDamaged` with a plain reason when it is missing, foreign, of an older
    schema or unreadable: the caller rebuilds it from the pack.
    """
    if not path.is_file():
        raise DatabaseDamaged(Problem(str(path), None, QT_TRANSLATE_NOOP(
            "Problems", "there is no content database yet.")))
    check_complete(path)
    engine = make_engine(path, readonly=True)
    try:
        with engine.connect() as conn:
            version = conn.exec_driver_sql("PRAGMA user_version").scalar()
            if version != CONTENT_SCHEMA_VERSION:
                raise DatabaseDamaged(Problem(str(path), None, QT_TRANSLATE_NOOP(
                    "Problems", "content database format {found}, expected {known}; it will "
                    "be rebuilt."), {"found": version, "known": CONTENT_SCHEMA_VERSION}))
            conn.execute(select(func.count()).select_from(Pack)).scalar_one()
    except DatabaseError as exc:
        engine.dispose()
        raise DatabaseDamaged(Problem(str(path), None, QT_TRANSLATE_NOOP(
            "Problems", "the content database is damaged ({error})."),
            {"error": exc.orig})) from exc
    except DatabaseDamaged:
        engine.dispose()
        raise
    return engine


class ContentRepository:
    """Queries on one session; never commits (the content database is read-only)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _sqlite(self) -> sqlite3.Connection:
        """This session's own connection, for the readers the first paint uses too."""
        db = self.session.connection().connection.driver_connection
        assert isinstance(db, sqlite3.Connection)
        return db

    def pack_info(self) -> PackInfo:
        return read_pack(self._sqlite())

    def tree(self, lang: str, open_budget: int | None = None, keep: str = "") -> list[EntryNode]:
        """Top-level entries (the mission, the thematic areas, the news) with the entries below:
        ``quick_read.read_tree``, the query the first paint uses too (see there for
        ``open_budget`` and ``keep``)."""
        return read_tree(self._sqlite(), lang, self.pack_info().languages[0],
                         open_budget=open_budget, keep=keep)

    def entry(self, slug: str, lang: str) -> EntryView | None:
        """``quick_read.read_entry``, as the first paint reads it."""
        return read_entry(self._sqlite(), slug, lang, self.pack_info().languages[0])

    def media(self, path: str) -> MediaRecord | None:
        row = self.session.get(Media, path)
        return MediaRecord(row.path, row.mime, row.data) if row else None

    def first_slug(self) -> str | None:
        """The entry to show when nothing else is asked for: the first top-level one."""
        return self.session.execute(
            select(Entry.slug).where(Entry.parent_id.is_(None)).order_by(Entry.position).limit(1)
        ).scalar_one_or_none()
