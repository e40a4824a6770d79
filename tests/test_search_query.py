"""Query building without a database: normalising, stemming, layouts, hostile text, snippets."""

from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.search.query import (
    Thesaurus,
    build_snippet,
    convert_layout,
    index_text,
    normalise,
    parse_query,
    snippet_html,
    snippet_plain,
)


def test_normalise_folds_case_yo_and_latin_accents_but_keeps_short_i() -> None:
    assert normalise("УЧЁТ") == "учет"
    assert normalise("Café") == "cafe"
    assert normalise("Мой") == "мой"  # й stays a letter of its own
    assert index_text("Учёт, учет и УЧЕТА") == "учет учет и учет"


def test_stems_are_shared_by_inflected_forms() -> None:
    assert len({index_text(w) for w in ("train", "training", "trained", "trains")}) == 1
    assert len({index_text(w) for w in ("границы", "границей", "граница")}) == 1


def test_layout_conversion_both_ways() -> None:
    assert convert_layout("uhfybwf") == "граница"
    assert convert_layout("граница") == "uhfybwf"
    assert convert_layout("Ghjtrn ,jhlth") == "Проект бордер"
    assert convert_layout("mixed слова") is None
    assert convert_layout("2002 !") is None


def test_terms_phrases_and_the_word_being_typed() -> None:
    query = parse_query('"border guards" погран')
    assert query.fts() == '"border guard" AND ("погра"* OR "погран"*)'
    assert parse_query("погран ").fts() == '"погра"*'  # a finished word: its stem only
    assert parse_query("x").fts() == '"x"'  # one letter is no prefix: it would match half
    family = parse_query("пограничники").fts()
    assert '"пограничн"' in family and '"пограничник"*' in family


def test_operators_and_punctuation_are_only_words_or_nothing() -> None:
    assert parse_query('AND OR NOT NEAR(a b) * ^ : "').fts() == (
        '"and" AND "or" AND "not" AND "near"* AND "a" AND "b"')
    assert parse_query("😀 ?! -- ** ^^").is_empty
    assert len(parse_query("слово " * 2000).clauses) <= 16


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_an_expression_fts5_accepts(text: str) -> None:
    fts = sqlite3.connect(":memory:")
    fts.execute("CREATE VIRTUAL TABLE t USING fts5(title, body, "
                "tokenize='unicode61 remove_diacritics 0', prefix='2 3')")
    fts.execute("INSERT INTO t VALUES ('граница', 'border')")
    for candidate in (text, convert_layout(text) or ""):
        query = parse_query(candidate)
        if not query.is_empty:
            fts.execute("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rank", (query.fts(),))
        snippet_plain(build_snippet(candidate, query))


def test_snippet_marks_other_forms_and_escapes_html() -> None:
    query = parse_query("пограничники")
    text = "Обучение пограничных войск и <пограничной> службы."
    assert snippet_plain(build_snippet(text, query)) == (
        "Обучение [пограничных] войск и <[пограничной]> службы.")
    assert snippet_html(build_snippet("a <b> & trained", parse_query("train"))) == (
        "a &lt;b&gt; &amp; <b>trained</b>")


def test_snippet_is_cut_around_the_matches() -> None:
    text = " ".join(f"w{i}" for i in range(100)) + " border " + " ".join(
        f"v{i}" for i in range(100))
    plain = snippet_plain(build_snippet(text, parse_query("border")))
    assert plain.startswith("…") and plain.endswith("…") and "[border]" in plain
    assert len(plain) <= 200


def test_a_thesaurus_expression_of_several_words_marks_them_only_together() -> None:
    query = parse_query("IOM", Thesaurus([("IOM", "International Organization for Migration")]))
    assert query.matches("IOM") and not query.matches("Migration")  # not typed, not alone
    assert query.covers("The International Organization for Migration in Tajikistan")
    assert not query.covers("Migration in Tajikistan")
