"""What the window's first paint needs, read with plain sqlite3 before SQLAlchemy is loaded.

Importing SQLAlchemy costs more than starting Qt, so the window paints the tree and the last
entry from here and opens the databases properly right after (``library.py``). The pack, the
tree and an entry are read here for both (``ContentRepository`` runs these readers on its own
connection); the last place mirrors ``UserRepository.last_place``, and a test checks that
both give equal records. Anything unexpected (no database yet, another schema, a damaged
file) returns None, and the normal start takes over.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple, TypeVar

from desktop_app.db.records import (
    CONTENT_SCHEMA_VERSION,
    BriefRecord,
    EntryNode,
    EntryView,
    PackInfo,
    SectionNode,
    SectionRecord,
    choose_lang,
    nest_sections,
)
from desktop_app.db.sqlite_files import connect_readonly

T = TypeVar("T")


class FirstView(NamedTuple):
    pack: PackInfo
    tree: list[EntryNode]
    view: EntryView
    section: str
    scroll: int


def read_pack(db: sqlite3.Connection) -> PackInfo:
    pack_id, version, date, languages, title = db.execute(
        "SELECT pack_id, version, date, languages, title FROM pack").fetchone()
    return PackInfo(pack_id, version, date, tuple(languages.split(",")), title)


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


def _in_order(rows: list[_Row]) -> list[_Row]:
    return sorted(rows, key=lambda row: (row[4], row[6].casefold()))


def read_tree(db: sqlite3.Connection, lang: str, default: str, *,
              open_budget: int | None = None, keep: str = "") -> list[EntryNode]:
    """Every top-level entry with its sections and the entries under it, those without their
    sections (``read_sections`` gives them). With ``open_budget``, the top-level entries whose
    entries fit in it together, in their order, have them read; under the others they are left
    to ``read_children`` (the parent's ``more_children`` says so), except under the parent of
    ``keep``, an entry that must be in the tree now."""
    closed = set() if open_budget is None else _closed_parents(db, open_budget, keep)
    where = "1"
    if closed:  # integers from the database itself
        where = f"e.parent_id IS NULL OR e.parent_id NOT IN ({','.join(map(str, closed))})"
    rows = db.execute(_TREE_QUERY.format(where=where),
                      {"lang": lang, "default": default}).fetchall()
    nodes = _nodes(rows, lang, closed, _top_sections(db))
    top: list[EntryNode] = []
    for eid, _slug, _kind, parent, *_rest in _in_order(rows):
        (nodes[parent].children if parent else top).append(nodes[eid])
    return top


def _top_sections(db: sqlite3.Connection) -> _SectionRows:
    """The sections of the top-level entries in every language, by (entry id, language): the
    tree shows the areas open, and one query here saves a connection per area."""
    found: _SectionRows = {}
    for eid, lang, anchor, title, level in db.execute(
            "SELECT s.entry_id, s.lang, s.anchor, s.title, s.level FROM section s "
            "JOIN entry e ON e.id = s.entry_id WHERE e.parent_id IS NULL "
            "ORDER BY s.entry_id, s.lang, s.position"):
        found.setdefault((eid, lang), []).append((anchor, title, level))
    return found


def _closed_parents(db: sqlite3.Connection, budget: int, keep: str) -> set[int]:
    """Top-level entries whose entries do not fit in ``budget`` after those before them."""
    closed, listed = set(), 0
    for parent, count in db.execute(
            "SELECT p.id, count(*) FROM entry p JOIN entry c ON c.parent_id = p.id "
            "WHERE p.parent_id IS NULL GROUP BY p.id ORDER BY p.position, p.id"):
        if listed + count > budget:
            closed.add(parent)
        else:
            listed += count
    return closed - {parent for (parent,) in db.execute(
        "SELECT parent_id FROM entry WHERE slug = ?", (keep,))}


def read_children(db: sqlite3.Connection, slug: str, lang: str,
                  default: str) -> list[EntryNode]:
    """The entries under ``slug``, in the tree's order (entries are at most two levels deep:
    the importer puts every entry under a top-level one)."""
    rows = db.execute(_TREE_QUERY.format(
        where="e.parent_id = (SELECT id FROM entry WHERE slug = :slug)"),
        {"lang": lang, "default": default, "slug": slug}).fetchall()
    nodes = _nodes(rows, lang, set())
    return [nodes[row[0]] for row in _in_order(rows)]


def read_sections(db: sqlite3.Connection, slug: str, lang: str,
                  default: str) -> list[SectionNode]:
    """The sections of ``slug`` in the language its title is shown in, nested."""
    langs = [row[0] for row in db.execute(
        "SELECT t.lang FROM entry_text t JOIN entry e ON e.id = t.entry_id WHERE e.slug = ?",
        (slug,))]
    if not langs:
        return []
    return nest_sections(db.execute(
        "SELECT s.anchor, s.title, s.level FROM section s JOIN entry e ON e.id = s.entry_id "
        "WHERE e.slug = ? AND s.lang = ? ORDER BY s.position",
        (slug, choose_lang(set(langs), lang, default))).fetchall())


def read_entry(db: sqlite3.Connection, slug: str, lang: str, default: str) -> EntryView | None:
    row = db.execute("SELECT id, kind, parent_id FROM entry WHERE slug = ?", (slug,)).fetchone()
    if row is None:
        return None
    entry_id, kind, parent_id = row
    texts = {text_lang: (title, html, brief) for text_lang, title, html, brief in db.execute(
        "SELECT lang, title, html, brief FROM entry_text WHERE entry_id = ?", (entry_id,))}
    chosen = choose_lang(set(texts), lang, default)
    title, html, brief_json = texts[chosen]
    sections = tuple(SectionRecord(*record) for record in db.execute(
        "SELECT anchor, title, level, text FROM section WHERE entry_id = ? AND lang = ? "
        "ORDER BY position", (entry_id, chosen)))
    area_slug = area_title = None
    if parent_id is not None:
        (area_slug,) = db.execute("SELECT slug FROM entry WHERE id = ?", (parent_id,)).fetchone()
        parent_titles = dict(db.execute(
            "SELECT lang, title FROM entry_text WHERE entry_id = ?", (parent_id,)).fetchall())
        area_title = parent_titles[choose_lang(parent_titles, lang, default)]
    brief = None
    if brief_json:
        data = json.loads(brief_json)
        brief = BriefRecord(period=data["period"], funding=data["funding"],
                            status=data["status"], partners=tuple(data["partners"]),
                            locations=tuple(data["locations"]))
    return EntryView(slug=slug, kind=kind, title=title, lang=chosen, fallback=chosen != lang,
                     html=html, area_slug=area_slug, area_title=area_title, sections=sections,
                     brief=brief, languages=tuple(sorted(texts)))


def load_sections(content_db: Path, slug: str, lang: str) -> list[SectionNode]:
    """``read_sections`` on its own read-only connection; [] when the file cannot be read
    (an import is replacing it, say)."""
    return _read_apart(content_db, read_sections, slug, lang)


def load_children(content_db: Path, slug: str, lang: str) -> list[EntryNode]:
    """``read_children`` on its own read-only connection; [] when the file cannot be read."""
    return _read_apart(content_db, read_children, slug, lang)


def _read_apart(content_db: Path, read: Callable[[sqlite3.Connection, str, str, str], list[T]],
                slug: str, lang: str) -> list[T]:
    try:
        db = connect_readonly(content_db)
        try:
            return read(db, slug, lang, read_pack(db).languages[0])
        finally:
            db.close()
    except (sqlite3.Error, TypeError):
        return []


def _last_place(user_db: Path) -> tuple[str, str, int] | None:
    if not user_db.is_file():
        return None
    db = connect_readonly(user_db)
    try:
        row = db.execute("SELECT slug, section, scroll FROM place "
                         "ORDER BY opened_at DESC LIMIT 1").fetchone()
    finally:
        db.close()
    return (str(row[0]), str(row[1]), int(row[2])) if row else None


def read_first_view(content_db: Path, user_db: Path, lang: str,
                    open_budget: int | None = None) -> FirstView | None:
    """The tree (see ``read_tree`` for ``open_budget``) and the entry last read (else the first
    one), or None when unsure."""
    if not content_db.is_file():
        return None
    try:
        last = _last_place(user_db)
        db = connect_readonly(content_db)
        try:
            if db.execute("PRAGMA user_version").fetchone()[0] != CONTENT_SCHEMA_VERSION:
                return None
            pack = read_pack(db)
            default = pack.languages[0]
            view = read_entry(db, last[0], lang, default) if last else None
            section, scroll = (last[1], last[2]) if last and view else ("", 0)
            if view is None:
                first = db.execute("SELECT slug FROM entry WHERE parent_id IS NULL "
                                   "ORDER BY position LIMIT 1").fetchone()
                view = read_entry(db, first[0], lang, default) if first else None
            if view is None:
                return None
            tree = read_tree(db, lang, default, open_budget=open_budget, keep=view.slug)
            return FirstView(pack, tree, view, section, scroll)
        finally:
            db.close()
    except (sqlite3.Error, KeyError, ValueError, TypeError, IndexError):
        return None
