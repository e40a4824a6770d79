"""What the window's first paint needs, read with plain sqlite3 before SQLAlchemy is loaded.

Importing SQLAlchemy costs more than starting Qt, so the window paints the tree and the last
entry from here and opens the databases properly right after (``library.py``). The queries
mirror ``ContentRepository.tree`` and ``.entry`` and ``UserRepository.last_place``; a test
checks that both give equal records. Anything unexpected (no database yet, another schema,
a damaged file) returns None, and the normal start takes over.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import NamedTuple

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
# tens of milliseconds.
_TREE_QUERY = """
SELECT e.id, e.slug, e.kind, e.parent_id, e.position, t.lang, t.title,
       EXISTS (SELECT 1 FROM section s WHERE s.entry_id = e.id AND s.lang = t.lang)
FROM entry e JOIN entry_text t ON t.entry_id = e.id AND t.lang = COALESCE(
    (SELECT lang FROM entry_text WHERE entry_id = e.id AND lang = :lang),
    (SELECT lang FROM entry_text WHERE entry_id = e.id AND lang = :default),
    (SELECT MIN(lang) FROM entry_text WHERE entry_id = e.id))
"""


def read_tree(db: sqlite3.Connection, lang: str, default: str) -> list[EntryNode]:
    """Every entry under its parent, without sections (``read_sections`` gives those)."""
    rows = db.execute(_TREE_QUERY, {"lang": lang, "default": default}).fetchall()
    nodes = {eid: EntryNode(slug=slug, kind=kind, title=title, lang=chosen,
                            fallback=chosen != lang, has_sections=bool(has_sections))
             for eid, slug, kind, _parent, _position, chosen, title, has_sections in rows}
    top: list[EntryNode] = []
    for eid, _slug, _kind, parent, _position, *_rest in sorted(
            rows, key=lambda row: (row[4], row[6].casefold())):
        (nodes[parent].children if parent else top).append(nodes[eid])
    return top


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
    try:
        db = connect_readonly(content_db)
        try:
            return read_sections(db, slug, lang, read_pack(db).languages[0])
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


def read_first_view(content_db: Path, user_db: Path, lang: str) -> FirstView | None:
    """The tree and the entry last read (else the first one), or None when unsure."""
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
            return FirstView(pack, read_tree(db, lang, default), view, section, scroll)
        finally:
            db.close()
    except (sqlite3.Error, KeyError, ValueError, TypeError, IndexError):
        return None
