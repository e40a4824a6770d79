"""The full-text index of content.sqlite: written at import, queried by ``SearchRepository``.

One unit of the index is one entry in one language: its title, its summary, its section
headings, and its sections as the body. A query matches the entry as a whole, so words that sit in
different sections of the right entry still find it; which of its sections match best is
worked out afterwards, on the entries found (``desktop_app/search/engine.py``).

``search_fts`` is a contentless FTS5 table: it holds the index of the stemmed words only (the
text itself is already in ``section`` and ``entry_text``), which keeps the database small.
Its rowid is the id of a ``search_doc`` row naming the entry and language: the entry's id
times the number of the pack's languages, plus the language's place among them, so
``rowid / languages`` is the entry's id without a join (counting and grouping by entry).
``search_vocab`` (fts5vocab) reads the index's own vocabulary, for correcting typos. Stemming
happens outside this layer (``desktop_app/search/query.py``); the importer passes the function
in, so this package never depends on it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from desktop_app.db.content_models import SearchDoc, ThesaurusTerm
from desktop_app.db.records import EntryRecord, SearchFilters

# remove_diacritics 0: й must not become и; accents on Latin letters are removed before.
# prefix '2 3': typing two or three letters of a word stays fast on a large index.
CREATE_FTS = ("CREATE VIRTUAL TABLE search_fts USING fts5(title, summary, headings, body, "
              "content='', tokenize='unicode61 remove_diacritics 0', prefix='2 3')")
CREATE_VOCAB = "CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row')"
# The rank: how well the whole entry matches, plus how well its topic matches (its title,
# summary and headings, what the entry is about). Two BM25 sums, because one with weighted
# columns does not tell them apart: BM25 saturates, so an entry that uses every query word often
# in its body scores nearly what one with them in its title does. The second sum prefers the
# entry about a topic to one that mentions it in passing.
TOPIC_WEIGHTS = (2, 1, 1, 0)  # title, summary, headings, body
BM25 = ("(bm25(search_fts) + "
        f"bm25(search_fts, {', '.join(str(w) for w in TOPIC_WEIGHTS)}))")


@dataclass(frozen=True)
class SearchDocText:
    """One unit to index: one entry in one language."""

    doc_id: int  # entry_id × the pack's languages + this language's place among them
    entry_id: int
    lang: str
    title: str
    summary: str
    headings: str
    body: str


@dataclass(frozen=True)
class SectionText:
    anchor: str  # "" for the entry's title and summary
    title: str
    text: str


@dataclass(frozen=True)
class SearchRow:
    """A ranked entry with what a result shows: its title, area, and every part's text."""

    slug: str
    lang: str
    kind: str
    title: str
    area_slug: str | None
    area_title: str | None
    parts: tuple[SectionText, ...]  # the title and summary first, then each section


def search_docs(entries: Sequence[EntryRecord], ids: dict[str, int],
                languages: Sequence[str]) -> Iterator[SearchDocText]:
    """Every unit to index: per entry (``ids``: its row id by slug) and language (of the
    pack's ``languages``)."""
    for record in entries:
        entry_id = ids[record.slug]
        for lang, entry_text in record.texts.items():
            sections = entry_text.sections
            doc_id = entry_id * len(languages) + languages.index(lang)
            yield SearchDocText(doc_id, entry_id, lang, entry_text.title, entry_text.summary,
                                "\n".join(s.title for s in sections),
                                "\n".join(s.text for s in sections))


def write_search_index(connection: Connection, docs: Iterable[SearchDocText],
                       index_text: Callable[[str], str]) -> int:
    """Create and fill the index in the database being built; returns the number of units."""
    connection.exec_driver_sql(CREATE_FTS)
    connection.exec_driver_sql(CREATE_VOCAB)
    doc_rows: list[tuple[int, int, str]] = []
    fts_rows: list[tuple[int, str, str, str, str]] = []
    for doc in docs:
        doc_rows.append((doc.doc_id, doc.entry_id, doc.lang))
        fts_rows.append((doc.doc_id, index_text(doc.title), index_text(doc.summary),
                         index_text(doc.headings), index_text(doc.body)))
    if doc_rows:
        connection.exec_driver_sql(
            f"INSERT INTO {SearchDoc.__tablename__} (id, entry_id, lang) VALUES (?, ?, ?)",
            doc_rows)
        connection.exec_driver_sql(
            "INSERT INTO search_fts(rowid, title, summary, headings, body) "
            "VALUES (?, ?, ?, ?, ?)",
            fts_rows)
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


def _id_list(ids: Sequence[int]) -> tuple[str, dict[str, object]]:
    """Named parameters for ``IN (…)``: the placeholders and their values."""
    names = [f"id{i}" for i in range(len(ids))]
    return ", ".join(":" + n for n in names), dict(zip(names, ids, strict=True))


class SearchRepository:
    """Queries on a read-only connection to the content database (``ContentReader.db``)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def _run(self, sql: str, params: dict[str, object]) -> list[Any]:
        """Plain SQL with named parameters; these run on every keystroke."""
        return self.db.execute(sql, params).fetchall()

    def languages(self) -> int:
        """How many languages the pack has: ``rowid / languages`` is a doc's entry."""
        return len(self._run("SELECT languages FROM pack", {})[0][0].split(","))

    def ranked_ids(self, fts: str, filters: SearchFilters) -> list[int]:
        """Doc ids best first (by ``BM25``), one per entry: the best-ranked of its languages;
        at most ``filters.limit``."""
        joins, where, params = _filters_sql(filters)
        languages = self.languages()
        sql = (f"SELECT search_fts.rowid FROM search_fts{joins} WHERE search_fts MATCH :fts"
               f"{where} ORDER BY {BM25} LIMIT :limit")
        searched = len(filters.langs) or languages  # the docs of one entry: at most these
        ranked = [int(rowid) for (rowid,) in self._run(
            sql, {**params, "fts": fts, "limit": filters.limit * searched})]
        best: dict[int, int] = {}
        for doc_id in ranked:
            best.setdefault(doc_id // languages, doc_id)
        return list(best.values())[:filters.limit]

    def count_entries(self, fts: str, filters: SearchFilters) -> int:
        """How many entries match, in any language searched."""
        joins, where, params = _filters_sql(filters)
        sql = (f"SELECT count(DISTINCT search_fts.rowid / :languages) FROM search_fts{joins} "
               f"WHERE search_fts MATCH :fts{where}")
        return int(self._run(sql, {**params, "fts": fts, "languages": self.languages()})[0][0])

    def has_hits(self, fts: str, filters: SearchFilters) -> bool:
        joins, where, params = _filters_sql(filters)
        sql = f"SELECT 1 FROM search_fts{joins} WHERE search_fts MATCH :fts{where} LIMIT 1"
        return bool(self._run(sql, {**params, "fts": fts}))

    def raw_match(self, fts: str, limit: int, order: str = "rank") -> list[int]:
        """The plainest ranked FTS5 query, for benchmarks: what any search costs at least.
        ``order`` is ``rank`` (FTS5's own sort) or ``bm25`` (the function, as we rank)."""
        by = BM25 if order == "bm25" else "rank"
        sql = f"SELECT rowid FROM search_fts WHERE search_fts MATCH :fts ORDER BY {by} LIMIT :n"
        return [int(r) for (r,) in self._run(sql, {"fts": fts, "n": limit})]

    def vocabulary(self) -> list[str]:
        """Every stem the index holds (for correcting typos), most common first."""
        return [term for (term,) in self._run(
            "SELECT term FROM search_vocab ORDER BY doc DESC, term", {})]

    def content_key(self) -> tuple[object, ...]:
        """What tells one imported content from another: the pack and when it came in."""
        return tuple(self._run("SELECT pack_id, version, imported_at FROM pack", {})[0])

    def thesaurus(self) -> list[tuple[int, str]]:
        """The pack's thesaurus: (group, expression) pairs, a group's expressions together."""
        return [(int(group), text) for group, text in self._run(
            f"SELECT grp, text FROM {ThesaurusTerm.__tablename__} ORDER BY grp, id", {})]

    def rows(self, ranked: Sequence[int]) -> list[SearchRow]:
        """What the result list shows for ``ranked``, in that order."""
        if not ranked:
            return []
        order = {doc_id: index for index, doc_id in enumerate(ranked)}
        marks, params = _id_list(list(order))
        in_ranked = f"d.id IN ({marks})"
        entries = self._run(
            "SELECT d.id, d.entry_id, e.slug, d.lang, e.kind, t.title, t.summary, p.slug, "
            "pt.title FROM search_doc d JOIN entry e ON e.id = d.entry_id "
            "JOIN entry_text t ON t.entry_id = d.entry_id AND t.lang = d.lang "
            "LEFT JOIN entry p ON p.id = e.parent_id "
            "LEFT JOIN entry_text pt ON pt.entry_id = p.id AND pt.lang = d.lang "
            f"WHERE {in_ranked}", params)
        sections: dict[tuple[int, str], list[SectionText]] = {}
        for entry_id, lang, anchor, title, text in self._run(
                "SELECT s.entry_id, s.lang, s.anchor, s.title, s.text FROM search_doc d "
                "JOIN section s ON s.entry_id = d.entry_id AND s.lang = d.lang "
                f"WHERE {in_ranked} ORDER BY s.entry_id, s.lang, s.position", params):
            sections.setdefault((entry_id, lang), []).append(SectionText(anchor, title, text))
        rows = sorted(entries, key=lambda row: order[row[0]])
        return [SearchRow(slug, lang, kind, title, area_slug, area_title,
                          (SectionText("", title, summary),
                           *sections.get((entry_id, lang), ())))
                for _doc_id, entry_id, slug, lang, kind, title, summary, area_slug, area_title
                in rows]
