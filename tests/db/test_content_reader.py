"""Write, then read: a real pack through the real importer, read back as the pack says it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.content.importer import import_pack, load_pack
from desktop_app.db.records import (
    EntryRecord,
    EntryTextRecord,
    SectionNode,
    choose_lang,
    nest_sections,
)
from desktop_app.library import ContentLibrary, UserData, read_first_view
from desktop_app.paths import DataPaths, bundled_pack_dir
from tests.packs import entry, write_pack


def _text(record: EntryRecord, lang: str, default: str) -> EntryTextRecord:
    return record.texts[choose_lang(set(record.texts), lang, default)]


def _nested(text: EntryTextRecord) -> list[SectionNode]:
    return nest_sections([(s.anchor, s.title, s.level) for s in text.sections])


def _in_tree_order(records: list[EntryRecord], lang: str, default: str) -> list[str]:
    return [r.slug for r in sorted(records, key=lambda r: (
        r.order, _text(r, lang, default).title.casefold()))]


@pytest.mark.parametrize("pack", ["test", "bundled"])
@pytest.mark.parametrize("lang", ["en", "ru", "de"])
def test_what_the_importer_wrote_reads_back_as_the_pack_says(
        pack: str, lang: str, pack_dir: Path, data_paths: DataPaths) -> None:
    source = pack_dir if pack == "test" else bundled_pack_dir()
    info, records, media = load_pack(source)
    import_pack(source, data_paths.content_db)
    library = ContentLibrary(data_paths.content_db)
    assert library.open() == info and library.pack == info
    default = info.languages[0]
    by_slug = {r.slug: r for r in records}
    top = [r for r in records if r.area is None]
    with library.read() as reader:
        assert reader.pack_info() == info
        tree = reader.tree(lang)
        assert [n.slug for n in tree] == _in_tree_order(top, lang, default)
        assert reader.first_slug() == min(top, key=lambda r: r.order).slug
        for node in tree:
            text = _text(by_slug[node.slug], lang, default)
            assert (node.title, node.lang, node.fallback) == (text.title, text.lang,
                                                              text.lang != lang)
            assert node.sections == _nested(text)  # an area's sections come with the tree
            under = [r for r in records if r.area == node.slug]
            assert [c.slug for c in node.children] == _in_tree_order(under, lang, default)
            assert reader.children(node.slug, lang) == node.children
            for child in node.children:
                assert child.title == _text(by_slug[child.slug], lang, default).title
                assert child.sections is None and not child.more_children
        for record in records:
            text = _text(record, lang, default)
            view = reader.entry(record.slug, lang)
            assert view is not None
            assert (view.kind, view.title, view.lang, view.fallback, view.html) == (
                record.kind, text.title, text.lang, text.lang != lang, text.html)
            assert view.sections == text.sections and view.brief == text.brief
            assert view.languages == tuple(sorted(record.texts))
            area = by_slug[record.area] if record.area else None
            assert view.area_slug == record.area
            assert view.area_title == (_text(area, lang, default).title if area else None)
            assert reader.sections(record.slug, lang) == _nested(text)
        for item in media:
            assert reader.media(item.path) == item
        assert reader.entry("no/such-entry", lang) is None
        assert reader.sections("no/such-entry", lang) == []
        assert reader.media("media/none.png") is None
    library.close()
    assert not library.is_open and library.pack is None


def test_the_first_view_is_the_last_place_else_the_first_entry(imported: DataPaths) -> None:
    library = ContentLibrary(imported.content_db)
    first = read_first_view(library, imported.user_db, "en")
    assert first is not None and first.view.slug == "mission" and first.scroll == 0
    assert library.is_open  # read through the library, which stays open for the window
    user = UserData(imported.user_db, imported.backups_dir)
    with user.write() as repo:
        repo.record_place("borders/handbook", "part-2", 120)
    user.close()
    first = read_first_view(ContentLibrary(imported.content_db), imported.user_db, "ru")
    assert first is not None
    assert (first.view.slug, first.section, first.scroll) == ("borders/handbook", "part-2", 120)
    assert first.view.lang == "ru"


def test_a_large_area_is_left_unread_unless_it_holds_the_entry_shown(
        imported: DataPaths) -> None:
    library = ContentLibrary(imported.content_db)
    library.open()
    with library.read() as reader:
        full = reader.tree("en")
        assert [n.slug for n in full[1].children] == ["borders/checkpoint", "borders/handbook"]
        limited = reader.tree("en", open_budget=1)
        assert [n.slug for n in limited] == ["mission", "borders"]
        assert limited[1].more_children and limited[1].children == []
        assert reader.children("borders", "en") == full[1].children
        assert not any(n.more_children for n in full)
        assert reader.tree("en", open_budget=2) == full
        assert reader.tree("en", open_budget=1, keep="borders/handbook") == full
    user = UserData(imported.user_db, imported.backups_dir)
    with user.write() as repo:
        repo.record_place("borders/handbook", "part-2", 0)
    user.close()
    first = read_first_view(library, imported.user_db, "en", 1)
    assert first is not None and first.tree == full


def test_the_areas_that_fit_the_budget_together_start_read(tmp_path: Path,
                                                           data_paths: DataPaths) -> None:
    """In order, each area whose entries still fit; a large one does not stop a later one."""
    health: dict[str, str | bytes | None] = {
        "en/health.md": entry("health", "area", "Migration health", "Health.", order=3),
        "en/health/clinic.md": entry("health/clinic", "project", "Clinic", "A clinic.",
                                     area="health")}
    import_pack(write_pack(tmp_path / "p", health), data_paths.content_db)
    library = ContentLibrary(data_paths.content_db)
    library.open()

    def read(budget: int) -> dict[str, bool]:
        with library.read() as reader:
            return {node.slug: node.more_children
                    for node in reader.tree("en", open_budget=budget)}

    assert read(3) == {"mission": False, "borders": False, "health": False}  # 2 + 1
    assert read(2) == {"mission": False, "borders": False, "health": True}
    assert read(1) == {"mission": False, "borders": True, "health": False}
    assert read(0) == {"mission": False, "borders": True, "health": True}


def test_nothing_usable_gives_no_first_view(tmp_path: Path, imported: DataPaths) -> None:
    def first_view(content_db: Path) -> object:
        return read_first_view(ContentLibrary(content_db), imported.user_db, "en")

    assert first_view(tmp_path / "none.sqlite") is None
    (tmp_path / "junk.sqlite").write_bytes(b"not a database at all" * 100)
    assert first_view(tmp_path / "junk.sqlite") is None
    db = sqlite3.connect(imported.content_db)
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    assert first_view(imported.content_db) is None
