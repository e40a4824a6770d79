"""Importing the synthetic pack against raw ``sqlite3.executemany`` of the same rows.

Reported separately: the inserts (``build_content_db``: our SQLAlchemy Core inserts of the
validated, rendered records, plus the file swap) against ``executemany`` of exactly the rows
that ended up in content.sqlite into the same schema with the same pragmas; and the full
import (read, verify checksums, parse, validate links and ids, render Markdown, sanitise,
then insert). Medians of several runs.

    python -m benchmarks.import_speed [--entries 10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
from contextlib import closing
from pathlib import Path

from benchmarks.common import Row, print_table, ratio_row, timed
from benchmarks.synthetic import write_synthetic_pack
from desktop_app.content.importer import import_pack, load_pack
from desktop_app.db.content_store import build_content_db

INSERT_LIMIT = 3.0
# search_fts is contentless: SELECT * on it gives NULLs, which index nothing. The rows we
# inserted are each entry's title, summary, section headings and section texts (unstemmed
# here: ``index_text=str`` below), which the database still holds in entry_text and section.
_SECTIONS = ("(SELECT group_concat({column}, char(10)) FROM (SELECT s.{column} FROM section s "
             "WHERE s.entry_id = d.entry_id AND s.lang = d.lang ORDER BY s.position))")
INDEXED_TEXT = (
    f"SELECT d.id, t.title, t.summary, {_SECTIONS.format(column='title')}, "
    f"{_SECTIONS.format(column='text')} FROM search_doc d "
    "JOIN entry_text t ON t.entry_id = d.entry_id AND t.lang = d.lang ORDER BY d.id")
FTS_COLUMNS = "(rowid, title, summary, headings, body)"


def raw_inserts(source_db: Path, target: Path) -> float:
    """Seconds to executemany every row of ``source_db`` into a fresh copy of its schema."""
    source = sqlite3.connect(source_db)
    virtual = [name for (name,) in source.execute(
        "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")]
    indexed = [name for (name,) in source.execute(  # fts5vocab reads an index, holds nothing
        "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE% USING fts5(%'")]

    def shadow(name: str) -> bool:  # an FTS table's own tables: made and filled by it
        return any(name.startswith(f"{table}_") for table in virtual)

    found = source.execute("SELECT name, type, sql FROM sqlite_master "
                           "WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'").fetchall()
    schema = [sql for name, _type, sql in found if not shadow(name)]
    tables = [name for name, kind, _sql in found if kind == "table" and not shadow(name)]
    rows = {table: source.execute(f"SELECT * FROM {table}").fetchall()
            for table in tables if table not in virtual}
    rows.update({table: source.execute(INDEXED_TEXT).fetchall() for table in indexed})
    source.close()
    target.unlink(missing_ok=True)

    def insert() -> None:
        db = sqlite3.connect(target)
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        for sql in schema:
            db.execute(sql)
        for table, table_rows in rows.items():
            if table_rows:
                marks = ",".join("?" * len(table_rows[0]))
                columns = FTS_COLUMNS if table in indexed else ""
                db.executemany(f"INSERT INTO {table}{columns} VALUES ({marks})", table_rows)
        db.commit()
        db.close()

    seconds = timed(insert)
    _check_same_index(source_db, target)
    return seconds


def _check_same_index(ours: Path, raw: Path) -> None:
    """The baseline must have indexed the same words: a baseline that skipped the index (as it
    did when it copied the contentless table's NULLs) would flatter nothing but itself."""
    with closing(sqlite3.connect(ours)) as db:
        title = db.execute("SELECT title FROM entry_text LIMIT 1").fetchone()[0]
    query = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid"
    found = []
    for path in (ours, raw):
        with closing(sqlite3.connect(path)) as db:
            found.append(db.execute(query, (f'"{title.split()[0]}"',)).fetchall())
    if not found[0] or found[0] != found[1]:
        raise SystemExit("import_speed: the baseline's search index differs from ours")


def run(entries: int, runs: int) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="fr-bench-import-") as tmp:
        pack = write_synthetic_pack(Path(tmp) / "pack", entries)
        db = Path(tmp) / "content.sqlite"
        info, records, media = load_pack(pack)
        ours_inserts, raw, full = [], [], []
        for _ in range(runs):
            ours_inserts.append(timed(lambda: build_content_db(
                db, info, records, media, index_text=str)))  # unstemmed: inserts, not stemming
            raw.append(raw_inserts(db, Path(tmp) / "raw.sqlite"))
            full.append(timed(lambda: import_pack(pack, db)))
    raw_median = statistics.median(raw)
    return [
        ratio_row(f"import {entries:,} entries: inserts + FTS rows (vs executemany)",
                  statistics.median(ours_inserts), raw_median, "s", INSERT_LIMIT),
        ratio_row(f"import {entries:,} entries: all: render, stem, index (vs executemany)",
                  statistics.median(full), raw_median, "s", None),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.import_speed")
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    print_table(f"Import (median of {args.runs} runs each)", run(args.entries, args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
