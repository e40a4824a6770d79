"""The one reader of content.sqlite: plain sqlite3, for the first paint and every later read.

Importing SQLAlchemy costs more than starting Qt, and reading rendered content needs nothing
it offers, so content.sqlite is read with the standard library's sqlite3 only (SQLAlchemy
builds the file, ``content_store.py``). :func:`open_pack` checks a file and reads its pack
once; ``ContentLibrary`` keeps that and hands out a :class:`ContentReader` per read.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from desktop_app.db.errors import DatabaseDamaged
from desktop_app.db.records import (
    CONTENT_SCHEMA_VERSION,
    BriefRecord,
    ChangeRecord,
    EntryNode,
    EntryRecord,
    EntryTextRecord,
    EntryView,
    MediaRecord,
    PackInfo,
    PackVersion,
    SectionNode,
    SectionRecord,
    SourceNote,
    choose_lang,
    nest_sections,
)
from desktop_app.db.sqlite_files import check_complete, connect_readonly
from desktop_app.problems import QT_TRANSLATE_NOOP, Problem


def open_pack(path: Path) -> PackInfo:
    """Check that ``path`` is a current content database of ours and read its pack.

    Raises :class:`DatabaseDamaged` with a plain reason when it is missing, foreign, of
    another schema or unreadable: the caller rebuilds it from the pack.
    """
    if not path.is_file():
        raise DatabaseDamaged(Problem(str(path), None, QT_TRANSLATE_NOOP(
            "Problems", "there is no content database yet.")))
    check_complete(path)
    try:
        db = connect_readonly(path)
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version != CONTENT_SCHEMA_VERSION:
                raise DatabaseDamaged(Problem(str(path), None, QT_TRANSLATE_NOOP(
                    "Problems", "content database format {found}, expected {known}; it will "
                    "be rebuilt."), {"found": version, "known": CONTENT_SCHEMA_VERSION}))
            row = db.execute(
                "SELECT pack_id, version, date, languages, title FROM pack").fetchone()
        finally:
            db.close()
        if row is None:
            raise sqlite3.DatabaseError("the pack table is empty")
    except sqlite3.Error as exc:
        raise DatabaseDamaged(Problem(str(path), None, QT_TRANSLATE_NOOP(
            "Problems", "the content database is damaged ({error})."),
            {"error": exc})) from exc
    pack_id, pack_version, date, languages, title = row
    return PackInfo(pack_id, pack_version, date, tuple(languages.split(",")), title)


# Each entry with its title in the language asked, else the pack's default, else the first
# there is (choose_lang), and whether it has sections in that language: one query, answered
# from indexes (ix_entry_text_title, ix_section_entry_lang), so that 10,000 entries take
# tens of milliseconds. ``{where}`` picks the entries.
_TREE_QUERY = """
SELECT e.id, e.slug, e.kind, e.parent_id, e.position, t.lang, t.title,
       EXISTS (SELECT 1 FROM section s WHERE s.entry_id = e.id AND s.lang = t.lang)
FROM entry e JOIN entry_text t ON t.entry_id = e.id AND t.lang = COALESCE(
    (SELECT lang FROM entry_text WHERE entry_id = e.id AND lang = :lang),
    (SELECT lang FROM entry_text WHERE entry_id = e.id AND lang = :default),
    (SELECT MIN(lang) FROM entry_text WHERE entry_id = e.id))
WHERE {where}
"""
_Row = tuple[int, str, str, int | None, int, str, str, int]
_SectionRows = dict[tuple[int, str], list[tuple[str, str, int]]]  # (entry id, language) → rows


def _nodes(rows: list[_Row], lang: str, closed: set[int],
           sections: _SectionRows | None = None) -> dict[int, EntryNode]:
    """The rows' entries by id; ``sections`` holds the section rows read with them."""
    read = sections or {}
    return {eid: EntryNode(slug, kind, title, chosen, chosen != lang, bool(has_sections),
                           nest_sections(read[eid, chosen]) if (eid, chosen) in read else None,
                           eid in closed, [])
            for eid, slug, kind, _parent, _position, chosen, title, has_sections in rows}


def _brief(stored: str | None) -> BriefRecord | None:
    if not stored:
        return None
    data = json.loads(stored)
    return BriefRecord(period=data["period"], funding=data["funding"], status=data["status"],
                       partners=tuple(data["partners"]), locations=tuple(data["locations"]),
                       short_name=data.get("short_name", ""))  # absent from older databases


def _in_order(rows: list[_Row]) -> list[_Row]:
    return sorted(rows, key=lambda row: (row[4], row[6].casefold()))


class ContentReader:
    """Reads on one read-only connection; ``pack`` is the one the library read on opening,
    whose first language is the one shown where an entry lacks the language asked for.

    ``db`` is the connection itself, for the other readers of this file (the search index,
    the bookmarks' targets). Returns plain records (``records.py``).
    """

    def __init__(self, db: sqlite3.Connection, pack: PackInfo) -> None:
        self.db = db
        self._pack = pack
        self.default = pack.languages[0]

    def pack_info(self) -> PackInfo:
        """The pack, as read when the library opened (not read again)."""
        return self._pack

    def tree(self, lang: str, open_budget: int | None = None, keep: str = "") -> list[EntryNode]:
        """Every top-level entry (the mission, the thematic areas, the news) with its sections
        and the entries under it, those without their sections (:meth:`sections` gives them).
        With ``open_budget``, the top-level entries whose entries fit in it together, in their
        order, have them read; under the others they are left to :meth:`children` (the
        parent's ``more_children`` says so), except under the parent of ``keep``, an entry
        that must be in the tree now."""
        closed = set() if open_budget is None else self._closed_parents(open_budget, keep)
        where = "1"
        if closed:  # integers from the database itself
            where = f"e.parent_id IS NULL OR e.parent_id NOT IN ({','.join(map(str, closed))})"
        rows = self.db.execute(_TREE_QUERY.format(where=where),
                               {"lang": lang, "default": self.default}).fetchall()
        nodes = _nodes(rows, lang, closed, self._top_sections())
        top: list[EntryNode] = []
        for eid, _slug, _kind, parent, *_rest in _in_order(rows):
            (nodes[parent].children if parent else top).append(nodes[eid])
        return top

    def _top_sections(self) -> _SectionRows:
        """The sections of the top-level entries in every language, by (entry id, language):
        the tree shows the areas open, and one query here saves a read per area."""
        found: _SectionRows = {}
        for eid, lang, anchor, title, level in self.db.execute(
                "SELECT s.entry_id, s.lang, s.anchor, s.title, s.level FROM section s "
                "JOIN entry e ON e.id = s.entry_id WHERE e.parent_id IS NULL "
                "ORDER BY s.entry_id, s.lang, s.position"):
            found.setdefault((eid, lang), []).append((anchor, title, level))
        return found

    def _closed_parents(self, budget: int, keep: str) -> set[int]:
        """Top-level entries whose entries do not fit in ``budget`` after those before them."""
        closed, listed = set(), 0
        for parent, count in self.db.execute(
                "SELECT p.id, count(*) FROM entry p JOIN entry c ON c.parent_id = p.id "
                "WHERE p.parent_id IS NULL GROUP BY p.id ORDER BY p.position, p.id"):
            if listed + count > budget:
                closed.add(parent)
            else:
                listed += count
        return closed - {parent for (parent,) in self.db.execute(
            "SELECT parent_id FROM entry WHERE slug = ?", (keep,))}

    def children(self, slug: str, lang: str) -> list[EntryNode]:
        """The entries under ``slug``, in the tree's order (entries are at most two levels
        deep: the importer puts every entry under a top-level one)."""
        rows = self.db.execute(_TREE_QUERY.format(
            where="e.parent_id = (SELECT id FROM entry WHERE slug = :slug)"),
            {"lang": lang, "default": self.default, "slug": slug}).fetchall()
        nodes = _nodes(rows, lang, set())
        return [nodes[row[0]] for row in _in_order(rows)]

    def sections(self, slug: str, lang: str) -> list[SectionNode]:
        """The sections of ``slug`` in the language its title is shown in, nested."""
        langs = {row[0] for row in self.db.execute(
            "SELECT t.lang FROM entry_text t JOIN entry e ON e.id = t.entry_id WHERE e.slug = ?",
            (slug,))}
        if not langs:
            return []
        return nest_sections(self.db.execute(
            "SELECT s.anchor, s.title, s.level FROM section s JOIN entry e ON e.id = s.entry_id "
            "WHERE e.slug = ? AND s.lang = ? ORDER BY s.position",
            (slug, choose_lang(langs, lang, self.default))).fetchall())

    def entry(self, slug: str, lang: str) -> EntryView | None:
        """The entry in ``lang``, else in the pack's default language, else in any."""
        db = self.db
        row = db.execute("SELECT id, kind, parent_id, sources FROM entry WHERE slug = ?",
                         (slug,)).fetchone()
        if row is None:
            return None
        entry_id, kind, parent_id, source_ids = row
        texts = {text_lang: (title, html, brief) for text_lang, title, html, brief in db.execute(
            "SELECT lang, title, html, brief FROM entry_text WHERE entry_id = ?", (entry_id,))}
        chosen = choose_lang(set(texts), lang, self.default)
        title, html, brief_json = texts[chosen]
        sections = tuple(SectionRecord(*record) for record in db.execute(
            "SELECT anchor, title, level, text FROM section WHERE entry_id = ? AND lang = ? "
            "ORDER BY position", (entry_id, chosen)))
        area_slug = area_title = None
        if parent_id is not None:
            (area_slug,) = db.execute("SELECT slug FROM entry WHERE id = ?",
                                      (parent_id,)).fetchone()
            parent_titles = dict(db.execute(
                "SELECT lang, title FROM entry_text WHERE entry_id = ?", (parent_id,)).fetchall())
            area_title = parent_titles[choose_lang(parent_titles, lang, self.default)]
        return EntryView(slug=slug, kind=kind, title=title, lang=chosen,
                         fallback=chosen != lang, html=html, area_slug=area_slug,
                         area_title=area_title, sections=sections, brief=_brief(brief_json),
                         languages=tuple(sorted(texts)),
                         sources=self._source_notes(source_ids.split("\n"), chosen))

    def _source_notes(self, ids: list[str], lang: str) -> tuple[SourceNote, ...]:
        """The entry's sources from the pack's registry, in its order; () without one."""
        ids = [i for i in ids if i]
        marks = ", ".join("?" * len(ids))
        found = {source_id: SourceNote(title, tuple(filter(None, markers.split("\n"))))
                 for source_id, title, markers in self.db.execute(
                     f"SELECT source_id, title, markers FROM source WHERE lang = ? "
                     f"AND source_id IN ({marks})", (lang, *ids))} if ids else {}
        return tuple(found[i] for i in ids if i in found)

    def media(self, path: str) -> MediaRecord | None:
        row = self.db.execute("SELECT path, mime, data FROM media WHERE path = ?",
                              (path,)).fetchone()
        return MediaRecord(row[0], row[1], bytes(row[2])) if row else None

    def entry_records(self) -> list[EntryRecord]:
        """Every entry as the importer wrote it, but for its media: what a newer pack is
        compared with (``content/pack_diff.py``)."""
        db = self.db
        sections: dict[tuple[int, str], list[SectionRecord]] = {}
        for entry_id, lang, *section in db.execute(
                "SELECT entry_id, lang, anchor, title, level, text FROM section "
                "ORDER BY entry_id, lang, position"):
            sections.setdefault((entry_id, lang), []).append(SectionRecord(*section))
        texts: dict[int, dict[str, EntryTextRecord]] = {}
        for entry_id, lang, title, summary, html, brief in db.execute(
                "SELECT entry_id, lang, title, summary, html, brief FROM entry_text"):
            texts.setdefault(entry_id, {})[lang] = EntryTextRecord(
                lang, title, summary, html, tuple(sections.get((entry_id, lang), ())),
                _brief(brief))
        return [EntryRecord(slug, kind, area, position, tuple(filter(None, sources.split("\n"))),
                            texts.get(entry_id, {}))
                for entry_id, slug, kind, area, position, sources in db.execute(
                    "SELECT e.id, e.slug, e.kind, p.slug, e.position, e.sources FROM entry e "
                    "LEFT JOIN entry p ON p.id = e.parent_id ORDER BY e.id")]

    def changes(self) -> list[ChangeRecord]:
        """What this pack changed since the one installed before it, in order."""
        return [ChangeRecord(*row) for row in self.db.execute(
            "SELECT slug, lang, anchor, what, title FROM change ORDER BY id")]

    def previous_pack(self) -> PackVersion | None:
        """The pack :meth:`changes` compares with, if there was one."""
        version, date = self.db.execute(
            "SELECT previous_version, previous_date FROM pack").fetchone()
        return PackVersion(version, date) if version else None

    def imported_at(self) -> str:
        """When this content was imported (ISO, UTC)."""
        return str(self.db.execute("SELECT imported_at FROM pack").fetchone()[0])

    def first_slug(self) -> str | None:
        """The entry to show when nothing else is asked for: the first top-level one."""
        row = self.db.execute("SELECT slug FROM entry WHERE parent_id IS NULL "
                              "ORDER BY position LIMIT 1").fetchone()
        return str(row[0]) if row else None
