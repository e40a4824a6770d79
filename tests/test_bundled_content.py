"""The bundled IOM Tajikistan pack: valid, complete in both languages, traceable to its sources."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.content.importer import load_pack
from desktop_app.db.records import EntryRecord
from desktop_app.paths import bundled_pack_dir

SEED_NAME = re.compile(r"^\d{3}_[0-9a-f]{16}\.txt$")
SEEDS_DIR = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(scope="module")
def entries() -> list[EntryRecord]:
    info, records, _media = load_pack(bundled_pack_dir())  # raises on any validation problem
    assert info.languages == ("en", "ru")
    return records


def test_every_entry_exists_in_both_languages_with_the_same_sections(
        entries: list[EntryRecord]) -> None:
    for record in entries:
        assert set(record.texts) == {"en", "ru"}, record.slug
        en, ru = record.texts["en"], record.texts["ru"]
        assert [s.anchor for s in en.sections] == [s.anchor for s in ru.sections], record.slug
        assert re.search("[а-яё]", ru.title.lower()), f"{record.slug}: Russian title {ru.title!r}"


def test_every_project_has_a_brief_and_the_core_sections(entries: list[EntryRecord]) -> None:
    projects = [r for r in entries if r.kind == "project"]
    assert len(projects) >= 9
    for record in projects:
        for text in record.texts.values():
            assert text.brief is not None, record.slug
            anchors = {s.anchor for s in text.sections}
            assert {"objectives", "activities"} <= anchors, record.slug


def test_the_structure_covers_the_mission(entries: list[EntryRecord]) -> None:
    slugs = {r.slug for r in entries}
    for expected in ("mission", "border-management", "border-management/bratstvo-checkpoint",
                     "border-management/training-centres", "border-management/bomca-training",
                     "mission/iom-development-fund", "news"):
        assert expected in slugs
    areas = [r for r in entries if r.kind == "area"]
    assert len(areas) >= 8
    news = [r for r in entries if r.kind == "news"]
    assert len(news) == 6


def test_every_source_names_a_seed_file(entries: list[EntryRecord]) -> None:
    for record in entries:
        if record.slug == "guide":  # the user guide is about the program, not the mission
            assert not record.sources
            continue
        assert record.sources, f"{record.slug} records no sources"
        for source in record.sources:
            assert SEED_NAME.match(source), (record.slug, source)
            if SEEDS_DIR.is_dir():
                assert (SEEDS_DIR / source).is_file(), (record.slug, source)
