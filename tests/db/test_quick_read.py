"""The first paint's plain-sqlite3 reads give what the SQLAlchemy repositories give."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.content.importer import import_pack
from desktop_app.db import quick_read
from desktop_app.db.records import nest_sections
from desktop_app.library import ContentLibrary, UserData
from desktop_app.paths import DataPaths, bundled_pack_dir
from tests.packs import entry, write_pack


@pytest.mark.parametrize("pack", ["test", "bundled"])
@pytest.mark.parametrize("lang", ["en", "ru", "de"])
def test_tree_and_every_entry_equal_the_repository(pack: str, lang: str, pack_dir: Path,
                                                   data_paths: DataPaths) -> None:
    import_pack(pack_dir if pack == "test" else bundled_pack_dir(), data_paths.content_db)
    library = ContentLibrary(data_paths.content_db)
    library.open()
    db = sqlite3.connect(data_paths.content_db)
    try:
        with library.read() as repo:
            default = repo.pack_info().languages[0]
            assert quick_read.read_pack(db) == repo.pack_info()
            tree = repo.tree(lang)
            for node in tree:  # an area's entries read later are those read at once
                assert quick_read.read_children(db, node.slug, lang, default) == node.children
            slugs = [row[0] for row in db.execute("SELECT slug FROM entry")]
            for slug in [*slugs, "no/such-entry"]:
                view = repo.entry(slug, lang)
                assert quick_read.read_entry(db, slug, lang, default) == view
                sections = quick_read.read_sections(db, slug, lang, default)
                assert sections == nest_sections(
                    [(s.anchor, s.title, s.level) for s in view.sections] if view else [])
                assert quick_read.load_sections(data_paths.content_db, slug, lang) == sections
    finally:
        db.close()
        library.close()


def test_first_view_is_the_last_place_else_the_first_entry(imported: DataPaths) -> None:
    first = quick_read.read_first_view(imported.content_db, imported.user_db, "en")
    assert first is not None and first.view.slug == "mission" and first.scroll == 0
    user = UserData(imported.user_db, imported.backups_dir)
    with user.write() as repo:
        repo.record_place("borders/handbook", "part-2", 120)
    user.close()
    first = quick_read.read_first_view(imported.content_db, imported.user_db, "ru")
    assert first is not None
    assert (first.view.slug, first.section, first.scroll) == ("borders/handbook", "part-2", 120)
    assert first.view.lang == "ru" and first.pack.version == "1.0.0"


def test_a_large_area_is_left_unread_unless_it_holds_the_entry_shown(
        imported: DataPaths) -> None:
    db = sqlite3.connect(imported.content_db)
    try:
        full = quick_read.read_tree(db, "en", "en")
        assert [n.slug for n in full[1].children] == ["borders/checkpoint", "borders/handbook"]
        limited = quick_read.read_tree(db, "en", "en", open_budget=1)
        assert [n.slug for n in limited] == ["mission", "borders"]
        assert limited[1].more_children and limited[1].children == []
        assert [s.anchor for s in limited[1].sections or []] == ["training"]  # one query
        assert full[1].children[0].sections is None  # an entry's own: read when opened
        assert not any(n.more_children for n in full)
        assert quick_read.read_tree(db, "en", "en", open_budget=2) == full
        assert quick_read.read_tree(db, "en", "en", open_budget=1,
                                    keep="borders/handbook") == full
    finally:
        db.close()
    user = UserData(imported.user_db, imported.backups_dir)
    with user.write() as repo:
        repo.record_place("borders/handbook", "part-2", 0)
    user.close()
    first = quick_read.read_first_view(imported.content_db, imported.user_db, "en", 1)
    assert first is not None and first.tree == full


def test_the_areas_that_fit_the_budget_together_start_read(tmp_path: Path,
                                                           data_paths: DataPaths) -> None:
    """In order, each area whose entries still fit; a large one does not stop a later one."""
    health: dict[str, str | bytes | None] = {
        "en/health.md": entry("health", "area", "Migration health", "Health.", order=3),
        "en/health/clinic.md": entry("health/clinic", "project", "Clinic", "A clinic.",
                                     area="health")}
    import_pack(write_pack(tmp_path / "p", health), data_paths.content_db)
    db = sqlite3.connect(data_paths.content_db)
    try:
        def read(budget: int) -> dict[str, bool]:
            return {node.slug: node.more_children
                    for node in quick_read.read_tree(db, "en", "en", open_budget=budget)}

        assert read(3) == {"mission": False, "borders": False, "health": False}  # 2 + 1
        assert read(2) == {"mission": False, "borders": False, "health": True}
        assert read(1) == {"mission": False, "borders": True, "health": False}
        assert read(0) == {"mission": False, "borders": True, "health": True}
    finally:
        db.close()


def test_nothing_usable_gives_none(tmp_path: Path, imported: DataPaths) -> None:
    assert quick_read.read_first_view(tmp_path / "none.sqlite", tmp_path / "u", "en") is None
    (tmp_path / "junk.sqlite").write_bytes(b"not a database at all" * 100)
    assert quick_read.read_first_view(tmp_path / "junk.sqlite", tmp_path / "u", "en") is None
    db = sqlite3.connect(imported.content_db)
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    assert quick_read.read_first_view(imported.content_db, imported.user_db, "en") is None
