"""Search answers what staff type: each kind of query, in both languages, on a real pack with a
thesaurus, imported by the real importer.

The kinds: a question; words that sit in different sections of the right entry; typos at the
start and at the end of a word; US spelling; Russian typed in Latin letters; a thesaurus term
found in the other language; and ranking (the entry about a topic above a passing mention).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.content.importer import import_pack
from desktop_app.library import ContentLibrary
from desktop_app.problems import PackError
from desktop_app.search.engine import Correction, SearchOutcome
from tests.db.test_search import find, open_library
from tests.packs import entry, write_pack

THESAURUS = """\
# One thing, every way staff type it.
[[same]]
terms = ["customs", "таможня", "таможенный"]

[[same]]
terms = ["TB", "tuberculosis", "туберкулёз"]
"""

QUALITY_ENTRIES: dict[str, str | bytes | None] = {
    "thesaurus.toml": THESAURUS,
    "en/borders/centres.md": entry(
        "borders/centres", "project", "Training centres for border guards",
        "Two centres in Dushanbe and Khorog train border guards.\n\n"
        "## Objectives {#objectives}\n\nBetter skills for the guards on duty.\n\n"
        "## Activities {#activities}\n\nInstructors run counselling sessions for each "
        "class.\n", area="borders", order=10),
    "ru/borders/centres.md": entry(
        "borders/centres", "project", "Учебные центры для пограничников",
        "Два центра в Душанбе и Хороге обучают пограничников.\n\n"
        "## Цели {#objectives}\n\nЛучшие навыки для служащих на постах.\n\n"
        "## Деятельность {#activities}\n\nИнструкторы проводят занятия для каждой группы.\n",
        area="borders", order=10),
    "en/borders/airport.md": entry(
        "borders/airport", "project", "Support at the airport",
        "Support at Dushanbe International Airport.\n\n"
        "## Delivery {#delivery}\n\nNew equipment was delivered in spring.\n\n"
        "## Gates {#gates}\n\nPassport inspection at the airport gates was improved.\n",
        area="borders", order=20),
    "ru/borders/airport.md": entry(
        "borders/airport", "project", "Поддержка аэропорта",
        "Поддержка международного аэропорта Душанбе.\n\n"
        "## Поставки {#delivery}\n\nНовое оборудование доставлено весной.\n\n"
        "## Выходы {#gates}\n\nУлучшен паспортный досмотр у выходов аэропорта.\n",
        area="borders", order=20),
    "en/borders/customs-post.md": entry(
        "borders/customs-post", "project", "A post on the eastern border",
        "A customs post in the mountains got solar power.\n", area="borders", order=30),
    "ru/borders/customs-post.md": entry(
        "borders/customs-post", "project", "Пост на восточной границе",
        "Таможенный пост в горах получил солнечное электричество.\n",
        area="borders", order=30),
    "en/borders/health.md": entry(
        "borders/health", "project", "Health of migrants",
        "Outreach on tuberculosis among migrants.\n", area="borders", order=40),
    "ru/borders/health.md": entry(
        "borders/health", "project", "Здоровье мигрантов",
        "Разъяснительная работа о туберкулёзе среди мигрантов.\n", area="borders", order=40),
    "en/refugees.md": entry(
        "refugees", "area", "Refugees",
        "IOM helps refugees and stranded migrants to return home or resettle.\n\n"
        "## Returns {#returns}\n\nRefugees who return get help on the way.\n", order=50),
    "ru/refugees.md": entry(
        "refugees", "area", "Беженцы",
        "МОМ помогает беженцам и застрявшим мигрантам вернуться домой или переселиться.\n\n"
        "## Возвращение {#returns}\n\nБеженцы, которые возвращаются, получают помощь в "
        "пути.\n", order=50),
    "en/borders/listing.md": entry(
        "borders/listing", "news", "Newsletter listing",
        "Headlines of one issue.\n\n## Headlines {#headlines}\n\n- Refugees day\n"
        "- Border guards graduate\n", area="borders", order=60),
    "ru/borders/listing.md": entry(
        "borders/listing", "news", "Выпуск бюллетеня",
        "Заголовки одного выпуска.\n\n## Заголовки {#headlines}\n\n- День беженцев\n"
        "- Выпуск пограничников\n", area="borders", order=60),
}


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ContentLibrary]:
    library = open_library(tmp_path_factory.mktemp("quality"), QUALITY_ENTRIES)
    yield library
    library.close()


def first(outcome: SearchOutcome) -> str:
    return outcome.results[0].slug if outcome.results else "nothing"


@pytest.mark.parametrize(("text", "lang"), [
    ("where are the training centres for border guards", "en"),
    ("где находятся учебные центры для пограничников", "ru"),
])
def test_a_question_finds_its_entry(library: ContentLibrary, text: str, lang: str) -> None:
    outcome = find(library, text, langs=(lang,))
    assert first(outcome) == "borders/centres"
    assert outcome.results[0].anchor == ""  # its title answers it: the entry opens at the top


@pytest.mark.parametrize(("text", "lang"), [
    ("airport equipment inspection", "en"),
    ("аэропорт оборудование досмотр", "ru"),
])
def test_words_in_different_sections_find_the_entry(library: ContentLibrary, text: str,
                                                    lang: str) -> None:
    outcome = find(library, text, langs=(lang,))
    assert first(outcome) == "borders/airport" and outcome.correction is None
    result = outcome.results[0]
    assert [s.anchor for s in result.sections] == ["gates", "delivery"]  # listed, best first
    assert result.anchor == "gates"  # two of the words: opening the entry goes there


@pytest.mark.parametrize(("typed", "lang", "shown"), [
    ("Hkorog", "en", "khorog"),
    ("Kohrog", "en", "khorog"),
    ("Хроог", "ru", "хороге"),  # the only form the Russian text has
    ("пгораничников", "ru", "пограничников"),
])
def test_a_typo_at_the_start_of_a_word_is_corrected(library: ContentLibrary, typed: str,
                                                    lang: str, shown: str) -> None:
    outcome = find(library, typed, langs=(lang,))
    assert outcome.correction is Correction.SPELLING and outcome.corrected_from == typed
    assert outcome.text == shown and first(outcome) == "borders/centres"
    assert find(library, typed, langs=(lang,), correct=False).results == ()  # "search instead"


@pytest.mark.parametrize(("typed", "lang"), [
    ("Khorogg", "en"), ("Khorgo", "en"), ("Хорогее", "ru"), ("пограничникв", "ru")])
def test_a_typo_at_the_end_of_a_word_still_finds_it(library: ContentLibrary, typed: str,
                                                    lang: str) -> None:
    assert first(find(library, typed, langs=(lang,))) == "borders/centres"


def test_us_spelling_finds_the_uk_spelling(library: ContentLibrary) -> None:
    assert first(find(library, "training center")) == "borders/centres"
    assert first(find(library, "counseling")) == "borders/centres"


@pytest.mark.parametrize("typed", ["bezhentsy", "Bezhentsy vozvrashchayutsya"])
def test_russian_in_latin_letters_finds_the_russian_text(library: ContentLibrary,
                                                        typed: str) -> None:
    outcome = find(library, typed)
    assert outcome.correction is Correction.TRANSLITERATION
    assert first(outcome) == "refugees" and outcome.results[0].lang == "ru"


@pytest.mark.parametrize(("text", "lang", "slug"), [
    ("customs", "ru", "borders/customs-post"),  # English typed, the Russian text searched
    ("таможня", "en", "borders/customs-post"),
    ("TB", "en", "borders/health"),
    ("TB", "ru", "borders/health"),
])
def test_thesaurus_finds_the_same_thing_across_languages(library: ContentLibrary, text: str,
                                                          lang: str, slug: str) -> None:
    outcome = find(library, text, langs=(lang,))
    assert first(outcome) == slug and outcome.correction is None


@pytest.mark.parametrize(("text", "lang"), [("refugees", "en"), ("беженцы", "ru")])
def test_the_entry_about_a_topic_comes_before_a_passing_mention(library: ContentLibrary,
                                                               text: str, lang: str) -> None:
    found = [r.slug for r in find(library, text, langs=(lang,)).results]
    assert found[:2] == ["refugees", "borders/listing"]


def test_a_word_no_entry_holds_leaves_the_rest_of_the_query(library: ContentLibrary) -> None:
    outcome = find(library, "airport gates zebra")
    assert outcome.correction is Correction.MOST_WORDS and first(outcome) == "borders/airport"


def test_counts_tell_the_truth(library: ContentLibrary) -> None:
    outcome = find(library, "border", limit=2)
    assert len(outcome.results) == 2 and outcome.total > 2
    everything = find(library, "border")
    assert outcome.total == everything.total == len(everything.results)


def test_each_entry_is_listed_once(library: ContentLibrary) -> None:
    slugs = [r.slug for r in find(library, "Dushanbe").results]  # in both languages
    assert sorted(slugs) == ["borders/airport", "borders/centres"]
    assert sorted(r.slug for r in find(library, "Dhusanbe").results) == sorted(slugs)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=120) | st.sampled_from([
    "the of and", "где для", "TB TB TB", '"customs" таможня', "bezh", "zzzz qqqq wwww",
    "x" * 600, "ё" * 50, "Dhusanbe OR", "AND customs"]))
def test_any_input_is_safe_with_a_thesaurus(library: ContentLibrary, text: str) -> None:
    outcome = find(library, text)
    assert isinstance(outcome.results, tuple)
    assert outcome.total >= len(outcome.results)


@pytest.mark.parametrize(("thesaurus", "line", "says"), [
    ('[[same]]\nterms = ["one"]\n', 1, "at least two terms"),
    ('# groups\n\n[[same]]\nterms = ["a", "b"]\n\n[[same]]\nterms = ["B", "c"]\n', 6,
     "already in the group on line 3"),
    ('[[same]]\nterms = ["a", "b"\n', 2, "not valid TOML"),
    ('[[same]]\nterms = ["a", "!!!"]\n', 1, "holds no word"),
    ('[[same]]\nwords = ["a", "b"]\n', 1, "only “terms”"),
])
def test_a_broken_thesaurus_is_refused_with_its_line_and_nothing_changes(
        tmp_path: Path, thesaurus: str, line: int, says: str) -> None:
    db = tmp_path / "content.sqlite"
    import_pack(write_pack(tmp_path / "good", QUALITY_ENTRIES), db)
    before = db.read_bytes()
    broken = write_pack(tmp_path / "broken", {**QUALITY_ENTRIES, "thesaurus.toml": thesaurus},
                        version="2.0.0")
    with pytest.raises(PackError) as refused:
        import_pack(broken, db)
    problems = [p for p in refused.value.problems if p.file == "thesaurus.toml"]
    assert problems and problems[0].line == line and says in problems[0].text
    assert db.read_bytes() == before


def test_a_corrected_word_is_looked_up_in_the_thesaurus_too(library: ContentLibrary) -> None:
    outcome = find(library, "custms", langs=("ru",))  # a typo of a thesaurus term
    assert outcome.correction is Correction.SPELLING
    assert first(outcome) == "borders/customs-post" and outcome.results[0].lang == "ru"
