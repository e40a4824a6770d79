"""The full-text index of content.sqlite: written at import, queried by ``SearchRepository``.

``search_fts`` is a contentless FTS5 table: it holds the index of the stemmed words only (the
text itself is already in ``section`` and ``entry_text``), which keeps the database small.
Its rowid is the id of a ``search_doc`` row naming the entry, language and section. Stemming
happens outside this layer (``desktop_app/search/query.py``); the importer passes the function
in, so this package never depends on it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from desktop_app.db.content_models import SearchDoc
from desktop_app.db.records import EntryRecord, SearchFilters

# remove_diacritics 0: й must not become и; accents on Latin letters are removed before.
# prefix '2 3': typing two or three letters of a word stays fast on a large index.
CREATE_FTS = ("CREATE VIRTUAL TABLE search_fts USING fts5(title, body, content='', "
              "tokenize='unicode61 remove_diacritics 0', prefix='2 3')")
# A title hit weighs a million body hits. BM25 saturates: each query word adds at most
# idf·(k1+1), reached only as its weighted frequency grows without bound. So a unit whose title
# holds every query word scores above any unit that has some word only in its body, however
# often: title hits come first with one bm25() per row, as cheap as FTS5's own ranking.
TITLE_WEIGHT = 1_000_000.0


@dataclass(frozen=True)
class SearchDocText:
    """One unit to index: an entry's title and summary (anchor "") or one section."""

    entry_id: int
    lang: str
    anchor: str
    title: str
    body: str


@dataclass(frozen=True)
class SearchRow:
    """A ranked hit with what a result line shows; ``text`` is the plain text matched."""

    slug: str
    anchor: str
    lang: str
    kind: str
    title: str
    section_title: str
    area_slug: str | None
    area_title: str | None
    text: str


def search_docs(entries: Sequence[EntryRecord], ids: dict[str, int]
                ) -> Iterator[SearchDocText]:
    """Every unit to index: per entry (``ids``: its row id by slug) and language, the entry
    itself, then each section."""
    for record in entries:
        entry_id = ids[record.slug]
        for lang, entry_text in record.texts.items():
            yield SearchDocText(entry_id, lang, "", entry_text.title, entry_text.summary)
            for section in entry_text.sections:
                yield SearchDocText(entry_id, lang, section.anchor, section.title, section.text)


def write_search_index(connection: Connection, docs: Iterable[SearchDocText],
                       index_text: Callable[[str], str]) -> int:
    """Create and fill the index in the database being built; returns the number of units."""
    connection.exec_driver_sql(CREATE_FTS)
    doc_rows: list[tuple[int, int, str, str]] = []
    fts_rows: list[tuple[int, str, str]] = []
    for number, doc in enumerate(docs, start=1):
        doc_rows.append((number, doc.entry_id, doc.lang, doc.anchor))
        fts_rows.append((number, index_text(doc.title), index_text(doc.body)))
    if doc_rows:
        connection.exec_driver_sql(
            f"INSERT INTO {SearchDoc.__tablename__} (id, entry_id, lang, anchor) "
            "VALUES (?, ?, ?, ?)", doc_rows)
        connection.exec_driver_sql(
            "INSERT INTO search_fts(rowid, title, body) VALUES (?, ?, ?)", fts_rows)
    connection.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
    return len(doc_rows)


def _filters_sql(filters: SearchFilters) -> tuple[str, str, dict[str, object]]:
    """The joins and conditions for ``filters``; none at all when nothing is filtered."""
    params: dict[str, object] = {}
    where: list[str] = []
    joins = ""
    if filters.langs or filters.area or filters.kind:
        joins = " JOIN search_doc d ON d.id = search_fts.rowid"
    if filters.langs:
        names = [f"lang{i}" for i in range(len(filters.langs))]
        where.append(f"d.lang IN ({', '.join(':' + n for n in names)})")
        params.update(zip(names, filters.langs, strict=True))
    if filters.area or filters.kind:
        joins += " JOIN entry e ON e.id = d.entry_id"
    if filters.kind:
        where.append("e.kind = :kind")
        params["kind"] = filters.kind
    if filters.area:
        joins += " LEFT JOIN entry p ON p.id = e.parent_id"
        where.append("(e.slug = :area OR p.slug = :area)")
        params["area"] = filters.area
    return joins, "".join(f" AND {w}" for w in where), params


class SearchRepository:
    """Queries on a read-only connection to the content database (``ContentReader.db``)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def _run(self, sql: str, params: dict[str, object]) -> list[Any]:
        """Plain SQL with named parameters; these run on every keystroke."""
        return self.db.execute(sql, params).fetchall()

    def ranked_ids(self, fts: str, filters: SearchFilters) -> list[int]:
        """Doc ids best first: BM25 with the title weighing ``TITLE_WEIGHT`` times the body."""
        joins, where, params = _filters_sql(filters)
        sql = (f"SELECT search_fts.rowid FROM search_fts{joins} WHERE search_fts MATCH :fts"
               f"{where} ORDER BY bm25(search_fts, {TITLE_WEIGHT}, 1.0) LIMIT :limit")
        return [int(rowid) for (rowid,) in self._run(sql, {**params, "fts": fts,
                                                           "limit": filters.limit})]

    def has_hits(self, fts: str, filters: SearchFilters) -> bool:
        joins, where, params = _filters_sql(filters)
        sql = f"SELECT 1 FROM search_fts{joins} WHERE search_fts MATCH :fts{where} LIMIT 1"
        return bool(self._run(sql, {**params, "fts": fts}))

    def raw_match(self, fts: str, limit: int, order: str = "rank") -> list[int]:
        """The plainest ranked FTS5 query, for benchmarks: what any search costs at least.
        ``order`` is ``rank`` (FTS5's own sort) or ``bm25`` (the function, as we rank)."""
        by = "bm25(search_fts)" if order == "bm25" else "rank"
        sql = f"SELECT rowid FROM search_fts WHERE search_fts MATCH :fts ORDER BY {by} LIMIT :n"
        return [int(r) for (r,) in self._run(sql, {"fts": fts, "n": limit})]

    def rows(self, ranked: Sequence[int]) -> list[SearchRow]:
        """What the result list shows for ``ranked``, in that order."""
        if not ranked:
            return []
        ids = {doc_id: index for index, doc_id in enumerate(ranked)}
        names = [f"id{i}" for i in range(len(ids))]
        sql = (
            "SELECT d.id, e.slug, d.anchor, d.lang, e.kind, t.title, COALESCE(s.title, ''), "
            "COALESCE(s.text, t.summary), p.slug, pt.title "
            "FROM search_doc d JOIN entry e ON e.id = d.entry_id "
            "JOIN entry_text t ON t.entry_id = d.entry_id AND t.lang = d.lang "
            "LEFT JOIN section s ON d.anchor != '' AND s.entry_id = d.entry_id "
            "AND s.lang = d.lang AND s.anchor = d.anchor "
            "LEFT JOIN entry p ON p.id = e.parent_id "
            "LEFT JOIN entry_text pt ON pt.entry_id = p.id AND pt.lang = d.lang "
            f"WHERE d.id IN ({', '.join(':' + n for n in names)})"
        )
        result = self._run(sql, dict(zip(names, ids, strict=True)))
        rows = sorted(result, key=lambda row: ids[row[0]])
        return [SearchRow(slug, anchor, lang, kind, title, section_title, area_slug, area_title,
                          body)
                for _doc_id, slug, anchor, lang, kind, title, section_title, body, area_slug,
                area_title in rows]
