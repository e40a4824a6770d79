"""Writes a new content.sqlite from validated records and swaps it in, all or nothing.

The new database is built beside the old one (``content.sqlite.<pid>.new``), finished as one
self-contained file (rollback journal, not WAL: a WAL side file cannot be renamed together with
its database), then moved over the old file with an atomic ``os.replace``. Until that moment
the old content is untouched; a crash before it leaves at most a stray ``.new`` file.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, insert, text
from sqlalchemy.orm import Session

from desktop_app.db.content_models import (
    CONTENT_SCHEMA_VERSION,
    Change,
    ContentBase,
    Entry,
    EntryText,
    Media,
    Pack,
    Section,
    Source,
    ThesaurusTerm,
)
from desktop_app.db.engine import sqlite_url
from desktop_app.db.records import (
    ChangeRecord,
    EntryRecord,
    MediaRecord,
    PackInfo,
    PackVersion,
    SourceRecord,
)
from desktop_app.db.search_repo import search_docs, write_search_index
from desktop_app.db.sqlite_files import create_private

Progress = Callable[[int, int, str], None]
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def _remove_with_side_files(path: Path) -> None:
    for candidate in [path, *(path.with_name(path.name + s) for s in SIDE_SUFFIXES)]:
        candidate.unlink(missing_ok=True)


def _insert(session: Session, table: type[ContentBase], columns: Sequence[str],
            rows: list[tuple[object, ...]]) -> None:
    """One executemany through the driver. SQLAlchemy's bulk INSERT builds and checks a
    parameter set per row in Python, three to four times the SQLite work for these tables
    (benchmarks/import_speed.py); the rows here are plain tuples in ``columns``' order."""
    if rows:
        sql = (f"INSERT INTO {table.__tablename__} ({', '.join(columns)}) "
               f"VALUES ({', '.join('?' * len(columns))})")
        session.connection().exec_driver_sql(sql, rows)


ENTRY_COLUMNS = ("id", "slug", "kind", "parent_id", "position", "sources")
TEXT_COLUMNS = ("entry_id", "lang", "title", "summary", "html", "brief")
SECTION_COLUMNS = ("entry_id", "lang", "anchor", "title", "level", "position", "text",
                   "text_hash")


def _entry_rows(entries: Sequence[EntryRecord], ids: dict[str, int]) -> list[tuple[object, ...]]:
    return [(ids[record.slug], record.slug, record.kind,
             ids[record.area] if record.area else None, record.order, "\n".join(record.sources))
            for record in entries]


def _text_rows(entry_id: int, record: EntryRecord) -> Iterator[tuple[object, ...]]:
    for lang, entry_text in record.texts.items():
        brief = entry_text.brief
        yield (entry_id, lang, entry_text.title, entry_text.summary, entry_text.html,
               json.dumps(brief._asdict(), ensure_ascii=False) if brief else None)


def _section_rows(entry_id: int, record: EntryRecord) -> Iterator[tuple[object, ...]]:
    for lang, entry_text in record.texts.items():
        for position, section in enumerate(entry_text.sections):
            yield (entry_id, lang, section.anchor, section.title, section.level, position,
                   section.text, hashlib.sha256(section.text.encode()).hexdigest())


def build_content_db(
    target: Path,
    pack: PackInfo,
    entries: Sequence[EntryRecord],
    media: Sequence[MediaRecord],
    progress: Progress | None = None,
    *,
    index_text: Callable[[str], str],
    previous: PackVersion | None = None,
    changes: Sequence[ChangeRecord] = (),
    thesaurus: Sequence[tuple[str, ...]] = (),
    sources: Sequence[SourceRecord] = (),
) -> None:
    """Build ``target`` from the records; the old ``target`` stays until the new one is complete.

    Ids are assigned up front, so ``entries`` may come in any order. ``index_text`` turns a
    text into the words the search index holds (stems), in the same transaction. ``changes``
    are what the pack changed since ``previous``, the pack installed before it; ``thesaurus``
    the groups of the pack's thesaurus, each the terms that mean one thing; ``sources`` its
    source registry.
    """
    # A name of this import's own; one left by a killed import is removed (the caller holds
    # the data folder's import lock, so no other import is writing one).
    for stale in target.parent.glob(f"{target.name}.*new"):
        _remove_with_side_files(stale)
    staging = target.with_name(f"{target.name}.{os.getpid()}.new")
    create_private(staging)  # 0600, and so its journal
    engine = create_engine(sqlite_url(staging))
    try:
        with engine.begin() as conn:
            conn.execute(text("PRAGMA journal_mode=OFF"))
            conn.execute(text("PRAGMA synchronous=OFF"))
        ContentBase.metadata.create_all(engine)
        total = len(entries)
        with Session(engine) as session, session.begin():
            session.execute(
                insert(Pack),
                [
                    {
                        "id": 1,
                        "pack_id": pack.id,
                        "version": pack.version,
                        "date": pack.date,
                        "languages": ",".join(pack.languages),
                        "title": pack.title,
                        "imported_at": datetime.now(UTC).isoformat(timespec="microseconds"),
                        "previous_version": previous.version if previous else "",
                        "previous_date": previous.date if previous else "",
                    }
                ],
            )
            ids = {record.slug: index for index, record in enumerate(entries, start=1)}
            _insert(session, Entry, ENTRY_COLUMNS, _entry_rows(entries, ids))
            text_rows: list[tuple[object, ...]] = []
            section_rows: list[tuple[object, ...]] = []
            for done, record in enumerate(entries, start=1):
                text_rows.extend(_text_rows(ids[record.slug], record))
                section_rows.extend(_section_rows(ids[record.slug], record))
                if progress and (done % 200 == 0 or done == total):
                    progress(done, total, record.slug)
            _insert(session, EntryText, TEXT_COLUMNS, text_rows)
            _insert(session, Section, SECTION_COLUMNS, section_rows)
            _insert(session, Change, ChangeRecord._fields, list(changes))
            if media:
                session.execute(
                    insert(Media), [{"path": m.path, "mime": m.mime, "data": m.data} for m in media]
                )
            _insert(session, Source, ("source_id", "lang", "title", "markers"),
                    [(source.id, lang, title, "\n".join(source.markers.get(lang, ())))
                     for source in sources for lang, title in source.titles.items()])
            _insert(session, ThesaurusTerm, ("grp", "text"),
                    [(group, term) for group, terms in enumerate(thesaurus, start=1)
                     for term in terms])
            write_search_index(session.connection(), search_docs(entries, ids, pack.languages),
                               index_text)
        with engine.begin() as conn:
            conn.execute(text(f"PRAGMA user_version={CONTENT_SCHEMA_VERSION}"))
            conn.execute(text("PRAGMA journal_mode=DELETE"))
    except BaseException:
        engine.dispose()
        _remove_with_side_files(staging)
        raise
    engine.dispose()
    swap_in(staging, target)


def swap_in(staging: Path, target: Path) -> None:
    """Replace ``target`` by ``staging`` atomically, durable across a power cut."""
    with open(staging, "rb") as handle:
        os.fsync(handle.fileno())
    for suffix in SIDE_SUFFIXES:  # a stale side file must never be applied to the new database
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    os.replace(staging, target)
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(target.parent, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
