"""Search on a real imported pack: morphology, ranking, filters, layouts, hostile input."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.content.importer import import_pack
from desktop_app.db.records import SearchFilters
from desktop_app.db.search_repo import SearchRepository
from desktop_app.library import ContentLibrary
from desktop_app.paths import DataPaths, bundled_pack_dir
from desktop_app.search.engine import SearchOutcome, search
from desktop_app.search.query import snippet_plain
from tests.packs import entry, write_pack

SEARCH_ENTRIES: dict[str, str | bytes | None] = {
    "en/borders/guards.md": entry(
        "borders/guards", "project", "Guards at the post",
        "Guards trained in 2005.\n\n## Courses {#courses}\n\nCourses for the guards.\n",
        area="borders", order=3),
    "ru/borders/guards.md": entry(
        "borders/guards", "project", "Охрана поста",
        "Охрана с 2005 года.\n\n## Курсы {#courses}\n\nКурсы для пограничной службы и "
        "пограничных войск. Учёт кадров.\n", area="borders", order=3),
    "en/borders/news-1.md": entry(
        "borders/news-1", "news", "Guards graduate",
        "A news item.\n\n## Story {#story}\n\nTwenty guards finished their training. "
        "Their call sign: Ghjtrn.\n",
        area="borders", order=4),
    "ru/borders/news-1.md": entry(
        "borders/news-1", "news", "Выпуск пограничников",
        "Новость.\n\n## Рассказ {#story}\n\nДвадцать пограничников окончили обучение.\n",
        area="borders", order=4),
}


def open_library(root: Path, files: dict[str, str | bytes | None]) -> ContentLibrary:
    """The content of a pack of ``files`` (beside the basic ones), imported under ``root``."""
    paths = DataPaths(root / "data").ensure()
    import_pack(write_pack(root / "pack", files), paths.content_db)
    library = ContentLibrary(paths.content_db)
    library.open()
    return library


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ContentLibrary]:
    library = open_library(tmp_path_factory.mktemp("search"), SEARCH_ENTRIES)
    yield library
    library.close()


def find(library: ContentLibrary, text: str, *, correct: bool = True,
         **filters: object) -> SearchOutcome:
    with library.read() as repo:
        return search(SearchRepository(repo.db), text,
                      SearchFilters(**filters), correct=correct)  # type: ignore[arg-type]


def places(outcome: SearchOutcome) -> list[str]:
    return [f"{r.place}/{r.lang}" for r in outcome.results]


def test_russian_forms_find_each_other(library: ContentLibrary) -> None:
    outcome = find(library, "пограничники")
    assert "borders/guards#courses/ru" in places(outcome)  # пограничной, пограничных
    assert "borders/news-1/ru" in places(outcome)  # the title: Выпуск пограничников
    assert places(find(library, "пограничных"))[:2] == places(find(library, "пограничная"))[:2]
    guards = next(r for r in outcome.results if r.place.slug == "borders/guards")
    assert "[пограничной]" in snippet_plain(guards.snippet)
    assert "[пограничных]" in snippet_plain(guards.snippet)


def test_english_forms_find_each_other(library: ContentLibrary) -> None:
    found = places(find(library, "train"))
    assert "borders/guards/en" in found  # trained
    assert "borders/news-1#story/en" in found  # training
    assert "borders#training/en" in found  # Training (a section title)
    assert set(places(find(library, "trained"))) == set(found)


def test_yo_and_case_do_not_matter(library: ContentLibrary) -> None:
    assert places(find(library, "УЧЕТ")) == places(find(library, "учёт")) == [
        "borders/guards#courses/ru"]


def test_title_hits_come_first(library: ContentLibrary) -> None:
    # The handbook says "checkpoint" 120 times in its body; the project has it in its title.
    results = find(library, "checkpoint", langs=("en",)).results
    assert results[0].slug == "borders/checkpoint" and results[0].title_hit
    assert any(r.slug == "borders/handbook" for r in results)
    first_body_hit = next(i for i, r in enumerate(results) if not r.title_hit)
    assert all(r.title_hit for r in results[:first_body_hit])


def test_area_kind_and_language_filters(library: ContentLibrary) -> None:
    assert {r.slug for r in find(library, "guards", kind="news").results} == {"borders/news-1"}
    assert {r.kind for r in find(library, "guards", kind="project").results} == {"project"}
    assert {r.slug for r in find(library, "IOM").results} >= {"mission", "borders/checkpoint"}
    assert {r.slug for r in find(library, "IOM", area="mission").results} == {"mission"}
    area = find(library, "training", area="borders").results
    assert area and all(r.slug.startswith("borders") for r in area)
    both = [r.slug for r in find(library, "2005").results]  # in both languages: found once
    assert both and len(both) == len(set(both))
    assert {r.lang for r in find(library, "2005", langs=("ru",)).results} == {"ru"}
    assert {r.lang for r in find(library, "2005", langs=("en",)).results} == {"en"}


def test_results_name_their_area_and_section(library: ContentLibrary) -> None:
    result = next(r for r in find(library, "курсы").results if r.slug == "borders/guards")
    assert (result.title, result.section_title, result.area_title) == (
        "Охрана поста", "Курсы", "Управление границами")


def test_prefix_of_the_word_being_typed_and_phrases(library: ContentLibrary) -> None:
    assert "borders/guards#courses/ru" in places(find(library, "погранич"))
    assert "borders/guards/en" in places(find(library, "gua"))
    assert places(find(library, '"twenty guards"')) == ["borders/news-1#story/en"]
    assert places(find(library, '"guards twenty"')) == []


def test_wrong_layout_is_corrected_when_only_it_finds_something(
        library: ContentLibrary) -> None:
    outcome = find(library, "uhfybwfvb")  # границами
    assert outcome.corrected_from == "uhfybwfvb" and outcome.text == "границами"
    assert outcome.results and outcome.suggestion is None
    back = find(library, "пгфкв")  # "guard" on the Russian layout
    assert back.text == "guard" and back.corrected_from == "пгфкв"


def test_wrong_layout_is_offered_when_both_find_something(library: ContentLibrary) -> None:
    both = find(library, "Ghjtrn")  # a call sign in the English news; Проект in Russian
    assert both.text == "Ghjtrn" and both.corrected_from is None
    assert both.suggestion == "Проект"
    assert places(both) == ["borders/news-1#story/en"]


def test_nothing_found_is_an_empty_outcome(library: ContentLibrary) -> None:
    outcome = find(library, "zzzzqqq")
    assert outcome.results == () and outcome.corrected_from is None


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300) | st.sampled_from([
    '"', '""', 'a OR', 'NOT', 'NEAR(a b, 3)', '* ^ :', 'title:x', '{title}: x', '"a" *',
    "😀🇹🇯", "x" * 10_000, "AND " * 3000, "'; DROP TABLE entry; --", "\x00\x01"]))
def test_any_input_is_safe(library: ContentLibrary, text: str) -> None:
    outcome = find(library, text)
    assert isinstance(outcome.results, tuple)
    find(library, text, langs=("ru",), area="borders", kind="project", limit=3)


def test_bundled_content_answers_russian_and_english(tmp_path: Path) -> None:
    db = tmp_path / "content.sqlite"
    import_pack(bundled_pack_dir(), db)
    library = ContentLibrary(db)
    library.open()
    try:
        ru = find(library, "пограничники")
        assert ru.results and ru.results[0].lang == "ru"
        assert any(r.slug == "border-management/training-centres" for r in ru.results)
        assert any("пограничн" in snippet_plain(r.snippet).lower() for r in ru.results)
        en = find(library, "trafficking victims", langs=("en",))
        assert en.results and all(r.lang == "en" for r in en.results)
        assert find(library, "uhfybwf").text == "граница"
    finally:
        library.close()
