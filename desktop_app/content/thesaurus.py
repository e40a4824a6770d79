"""The pack's thesaurus: words and names that mean one thing, in either language.

``thesaurus.toml`` at the top of a pack, listed in the manifest like every file. Each group
names one thing in every way staff may type it — abbreviations, full names, everyday words,
English and Russian together — and a query for any of them also finds the others::

    [[same]]
    terms = ["IBM", "Integrated Border Management", "интегрированное управление границами"]

Search applies it at query time (``desktop_app/search/query.py``); the importer checks it here
and refuses a pack whose thesaurus is wrong, naming the file and line. The format is described
for authors in ``docs/content-pack.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.content.pack import decode_utf8, parse_toml, table_lines
from desktop_app.problems import QT_TRANSLATE_NOOP, PackError, Problem

THESAURUS = "thesaurus.toml"
MAX_GROUPS = 10_000
MAX_TERM_CHARS = 100
_HAS_WORD_RE = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class ThesaurusGroup:
    line: int | None  # where the group starts in thesaurus.toml
    terms: tuple[str, ...]


def parse_thesaurus(data: bytes, problems: list[Problem]) -> tuple[ThesaurusGroup, ...]:
    """The groups of ``thesaurus.toml``; what is wrong is added to ``problems``."""
    try:
        text = decode_utf8(THESAURUS, data)
        table = parse_toml(THESAURUS, text)
    except PackError as exc:
        problems.extend(exc.problems)
        return ()
    for key in table:
        if key != "same":
            problems.append(Problem(THESAURUS, None, QT_TRANSLATE_NOOP(
                "Problems", "“{key}” is not a part of a thesaurus; it holds only [[same]] "
                "groups."), {"key": key}))
    same = table.get("same", [])
    if not isinstance(same, list) or not all(isinstance(g, dict) for g in same):
        problems.append(Problem(THESAURUS, None, QT_TRANSLATE_NOOP(
            "Problems", "the groups must be written as [[same]] tables.")))
        return ()
    if len(same) > MAX_GROUPS:
        problems.append(Problem(THESAURUS, None, QT_TRANSLATE_NOOP(
            "Problems", "holds {count} groups; at most {limit} are allowed."),
            {"count": len(same), "limit": MAX_GROUPS}))
        return ()
    lines = table_lines(text, "same")
    groups: list[ThesaurusGroup] = []
    seen: dict[str, int | None] = {}
    for index, group in enumerate(same):
        line = lines[index] if index < len(lines) else None
        terms = _checked_terms(group, line, problems)
        for term in terms:
            key = " ".join(term.casefold().split())
            if key in seen:
                problems.append(Problem(THESAURUS, line, QT_TRANSLATE_NOOP(
                    "Problems", "“{term}” is already in the group on line {other}; a term "
                    "belongs to one group."), {"term": term, "other": seen[key] or "?"}))
            seen[key] = line
        if terms:
            groups.append(ThesaurusGroup(line, terms))
    return tuple(groups)


def _checked_terms(group: dict[str, object], line: int | None,
                   problems: list[Problem]) -> tuple[str, ...]:
    for key in group:
        if key != "terms":
            problems.append(Problem(THESAURUS, line, QT_TRANSLATE_NOOP(
                "Problems", "a group holds only “terms”, not “{key}”."), {"key": key}))
    terms = group.get("terms")
    if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
        problems.append(Problem(THESAURUS, line, QT_TRANSLATE_NOOP(
            "Problems", "a group needs terms = [\"…\", \"…\"], a list of text.")))
        return ()
    if len(terms) < 2:
        problems.append(Problem(THESAURUS, line, QT_TRANSLATE_NOOP(
            "Problems", "a group needs at least two terms that mean the same.")))
        return ()
    for term in terms:
        if not _HAS_WORD_RE.search(term):
            problems.append(Problem(THESAURUS, line, QT_TRANSLATE_NOOP(
                "Problems", "term “{term}” holds no word."), {"term": term}))
            return ()
        if len(term) > MAX_TERM_CHARS:
            problems.append(Problem(THESAURUS, line, QT_TRANSLATE_NOOP(
                "Problems", "term “{term}…” is longer than {limit} characters."),
                {"term": term[:30], "limit": MAX_TERM_CHARS}))
            return ()
    return tuple(" ".join(t.split()) for t in terms)
