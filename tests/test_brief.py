"""Brief data from real imported entries: fields, sections, links, choosing projects."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.content.brief import (
    BriefError,
    BriefLabels,
    bilingual_html,
    brief_html,
    build_brief,
    select_projects,
)
from desktop_app.library import ContentLibrary
from tests.briefs import import_brief_pack

LABELS = BriefLabels("Org", "Mission", "Project brief", "Thematic area",
                     {"period": "Period", "funding": "Funding", "partners": "Partners",
                      "locations": "Locations", "status": "Status"})


@pytest.fixture
def library(tmp_path: Path) -> ContentLibrary:
    lib = ContentLibrary(import_brief_pack(tmp_path).content_db)
    lib.open()
    return lib


def test_brief_keeps_non_empty_fields_and_the_sections(library: ContentLibrary) -> None:
    with library.read() as repo:
        pack = repo.pack_info()
        brief = build_brief(repo.entry("borders/checkpoint", "en"), pack)  # type: ignore[arg-type]
    assert brief.title == "Bratstvo checkpoint"
    assert brief.area == "Border management"
    assert brief.fields == (("period", ("2002",)), ("partners", ("UNDP",)),
                            ("locations", ("Bratstvo",)))
    assert [s.anchor for s in brief.sections] == ["objectives", "activities"]
    assert "<h3" in brief.sections[0].html  # subsections stay with their section
    assert "A project at the checkpoint." in brief.summary_html
    assert (brief.pack_version, brief.pack_date) == ("1.0.0", "2026-11-01")


def test_brief_drops_internal_links_and_the_newsletter(library: ContentLibrary) -> None:
    with library.read() as repo:
        pack = repo.pack_info()
        checkpoint = build_brief(repo.entry("borders/checkpoint", "ru"), pack)  # type: ignore[arg-type]
        training = build_brief(repo.entry("borders/training", "ru"), pack)  # type: ignore[arg-type]
    activities = checkpoint.sections[1].html
    assert "к целям" in activities and 'href="#objectives"' not in activities
    assert 'href="https://www.iom.int"' in activities  # web links keep their address
    assert [s.anchor for s in training.sections] == ["objectives", "activities", "results"]
    assert dict(training.fields)["partners"] == ("Правительство Таджикистана", "Пограничные войска")


def test_only_projects_have_briefs(library: ContentLibrary) -> None:
    with library.read() as repo:
        view = repo.entry("mission", "en")
        pack = repo.pack_info()
    assert view is not None
    with pytest.raises(BriefError, match="“mission” is not a project"):
        build_brief(view, pack)


def test_layout_holds_labels_values_and_sections(library: ContentLibrary) -> None:
    with library.read() as repo:
        pack = repo.pack_info()
        en = build_brief(repo.entry("borders/checkpoint", "en"), pack)  # type: ignore[arg-type]
        ru = build_brief(repo.entry("borders/checkpoint", "ru"), pack)  # type: ignore[arg-type]
    page = brief_html(en, LABELS)
    assert "Period" in page and "2002" in page and "Funding" not in page
    assert page.index("Objectives") < page.index("Activities")
    side_by_side = bilingual_html(en, ru, LABELS, LABELS, lambda _left, _right: True)
    assert side_by_side.count('<td width="50%"') >= 2 * 5  # title, fields, summary, 2 sections
    one_after = bilingual_html(en, ru, LABELS, LABELS,
                               lambda left, _right: "Activities" not in left)
    english = one_after.index('<h2 id="activities">Activities')
    russian = one_after.index('<h2 id="activities">Деятельность')
    assert english < russian
    assert '<td width="50%"' not in one_after[english:russian]  # the long pair is not in columns


def test_select_projects_by_slug_area_and_all(library: ContentLibrary) -> None:
    with library.read() as repo:
        tree = repo.tree("en")
    assert select_projects(tree, ["health/clinic"]) == ["health/clinic"]
    assert select_projects(tree, [], area="borders") == ["borders/checkpoint", "borders/training"]
    assert select_projects(tree, ["health/clinic"], every=True) == [
        "health/clinic", "borders/checkpoint", "borders/training"]
    with pytest.raises(BriefError, match="no entry “borders/nowhere”"):
        select_projects(tree, ["borders/nowhere"])
    with pytest.raises(BriefError, match="“borders/handbook” is not a project"):
        select_projects(tree, ["borders/handbook"])
    with pytest.raises(BriefError, match="no thematic area “roads”"):
        select_projects(tree, [], area="roads")
