"""Problems: English templates with params, and their translations into the window's language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import FrozenInstanceError, replace

import pytest

from desktop_app.paths import resources_dir
from desktop_app.problems import CONTEXT, PackError, Problem, placeholders

TS = resources_dir() / "i18n" / "desktop_app_ru.ts"


def test_a_plain_message_works_positionally_as_before() -> None:
    problem = Problem("en/a.md", 3, "title is {not} a template here.")
    assert str(problem) == "en/a.md:3: title is {not} a template here."
    assert problem.text == problem.message
    assert str(Problem("manifest.toml", None, "is missing.")) == "manifest.toml: is missing."
    assert str(PackError([problem])) == str(problem)


def test_params_fill_the_english_template() -> None:
    problem = Problem("en/a.md", 2, "slug “{slug}” is already used by {other}.",
                      {"slug": "a", "other": "en/b.md"})
    assert problem.text == "slug “a” is already used by en/b.md."
    assert str(problem) == "en/a.md:2: slug “a” is already used by en/b.md."
    assert Problem("x", None, "is {size} bytes.", {"size": 7}).text == "is 7 bytes."


def test_problems_stay_frozen_values() -> None:
    a = Problem("f", 1, "{n} apples", {"n": 1})
    b = Problem("f", 1, "{n} apples", {"n": "1"})
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != Problem("f", 1, "{n} apples", {"n": 2})
    moved = replace(a, line=7)
    assert str(moved) == "f:7: 1 apples" and moved.params == {"n": "1"}
    with pytest.raises(TypeError):
        a.params["n"] = "2"  # type: ignore[index]
    with pytest.raises(FrozenInstanceError):
        a.line = 2  # type: ignore[misc]


def test_translated_uses_the_translation_with_the_same_params() -> None:
    problem = Problem("en/a.md", 2, "slug “{slug}” is already used by {other}.",
                      {"slug": "a", "other": "en/b.md"})
    russian = {problem.message: "идентификатор «{slug}» уже занят статьёй {other}."}
    assert problem.translated(lambda t: russian.get(t, "")) == \
        "идентификатор «a» уже занят статьёй en/b.md."
    plain = Problem("m", None, "is missing.")
    assert plain.translated(lambda t: "отсутствует.") == "отсутствует."


def test_translated_falls_back_to_english_when_the_translation_does_not_fit() -> None:
    problem = Problem("f", None, "kind “{kind}” is unknown.", {"kind": "diary"})
    for bad in ("", "вид «{вид}» неизвестен.", "вид «{kind} неизвестен {", "без подстановки."):
        def translate(_template: str, bad: str = bad) -> str:
            return bad

        assert problem.translated(translate) == "kind “diary” is unknown."
    assert Problem("f", None, "is missing.").translated(lambda _t: "") == "is missing."


def test_every_russian_problem_keeps_the_placeholders() -> None:
    """All templates, including those no test pack reaches, across the whole .ts."""
    contexts = [c for c in ET.parse(TS).getroot() if c.findtext("name") == CONTEXT]
    assert len(contexts) == 1
    messages = contexts[0].findall("message")
    assert len(messages) > 50
    for message in messages:
        source, russian = message.findtext("source") or "", message.findtext("translation") or ""
        assert russian and placeholders(russian) == placeholders(source), source
        assert "'" not in russian and "“" not in russian, russian  # Russian quotes are «…»


def test_a_library_s_own_words_reach_the_command_line_not_the_window() -> None:
    problem = Problem("en/mission.md", 4, "front matter is not valid TOML: {detail}.",
                      {"detail": "a syntax error"}, phrases=("detail",),
                      detail="Invalid value (at line 4, column 9)")
    assert str(problem) == ("en/mission.md:4: front matter is not valid TOML: a syntax error. "
                            "(Invalid value (at line 4, column 9))")
    russian = {"front matter is not valid TOML: {detail}.": "блок метаданных: {detail}.",
               "a syntax error": "синтаксическая ошибка"}
    assert problem.translated(lambda t: russian.get(t, "")) == \
        "блок метаданных: синтаксическая ошибка."
    assert problem.translated(lambda t: "") == "front matter is not valid TOML: a syntax error."
