"""Writes a new content.sqlite from validated records and swaps it in, all or nothing.

The new database is built beside the old one (``content.sqlite.new``), finished as one
self-contained file (rollback journal, not WAL: a WAL side file cannot be renamed together with
its database), then moved over the old file with an atomic ``os.replace``. Until that moment
the old content is untouched; a crash before it leaves at most a stray ``.new`` file.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

from sqlalchemy import create_engine, insert, text
from sqlalchemy.orm import Session

from desktop_app.db.content_models import (
    CONTENT_SCHEMA_VERSION,
    ContentBase,
    Entry,
    EntryText,
    Media,
    Pack,
    Section,
)
from desktop_app.db.records import EntryRecord, MediaRecord, PackInfo
from desktop_app.db.search_repo import search_docs, write_search_index

Progress = Callable[[int, int, str], None]
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def _remove_with_side_files(path: Path) -> None:
    for candidate in [path, *(path.with_name(path.name + s) for s in SIDE_SUFFIXES)]:
        candidate.unlink(missing_ok=True)


def _insert(session: Session, table: type[ContentBase], rows: list[dict[str, object]]) -> None:
    """One executemany through the driver. SQLAlchemy's bulk INSERT builds and checks a
    parameter set per row in Python, three to four times the SQLite work for these tables
    (benchmarks/import_speed.py); the rows here are plain values with every column given."""
    if not rows:
        return
    columns = list(rows[0])
    sql = (f"INSERT INTO {table.__tablename__} ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    session.connection().exec_driver_sql(sql, [tuple(row[c] for c in columns) for row in rows])


def _entry_rows(entries: Sequence[EntryRecord]) -> list[dict[str, object]]:
    ids = {record.slug: index for index, record in enumerate(entries, start=1)}
    return [
        {
            "id": ids[record.slug],
            "slug": record.slug,
            "kind": record.kind,
            "parent_id": ids[record.area] if record.area else None,
            "position": record.order,
            "sources": "\n".join(record.sources),
        }
        for record in entries
    ]


def build_content_db(
    target: Path,
    pack: PackInfo,
    entries: Sequence[EntryRecord],
    media: Sequence[MediaRecord],
    progress: Progress | None = None,
    *,
    index_text: Callable[[str], str],
) -> None:
    """Build ``target`` from the records; the old ``target`` stays until the new one is complete.

    Ids are assigned up front, so ``entries`` may come in any order. ``index_text`` turns a
    text into the words the search index holds (stems), in the same transaction.
    """
    staging = target.with_name(target.name + ".new")
    _remove_with_side_files(staging)
    engine = create_engine(f"sqlite+pysqlite:///{staging.as_posix()}")
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
                        "imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
                    }
                ],
            )
            rows = _entry_rows(entries)
            _insert(session, Entry, rows)
            text_rows: list[dict[str, object]] = []
            section_rows: list[dict[str, object]] = []
            for done, (row, record) in enumerate(zip(rows, entries, strict=True), start=1):
                for lang, entry_text in record.texts.items():
                    brief = entry_text.brief
                    text_rows.append(
                        {
                            "entry_id": row["id"],
                            "lang": lang,
                            "title": entry_text.title,
                            "summary": entry_text.summary,
                            "html": entry_text.html,
                            "brief": json.dumps(brief._asdict(), ensure_ascii=False)
                            if brief
                            else None,
                        }
                    )
                    for position, section in enumerate(entry_text.sections):
                        section_rows.append(
                            {
                                "entry_id": row["id"],
                                "lang": lang,
                                "anchor": section.anchor,
                                "title": section.title,
                                "level": section.level,
                                "position": position,
                                "text": section.text,
                                "text_hash": hashlib.sha256(section.text.encode()).hexdigest(),
                            }
                        )
                if progress and (done % 200 == 0 or done == total):
                    progress(done, total, record.slug)
            _insert(session, EntryText, text_rows)
            _insert(session, Section, section_rows)
            if media:
                session.execute(
                    insert(Media), [{"path": m.path, "mime": m.mime, "data": m.data} for m in media]
                )
            ids = [cast(int, row["id"]) for row in rows]
            write_search_index(session.connection(), search_docs(ids, entries), index_text)
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
