"""Searching the content: one call for the window and the command line alike.

It parses the text (stop words, the pack's thesaurus), asks the index for the entries that hold
every word, finds each entry's best-matching sections, and builds the snippets. When the text
as typed finds nothing, it tries, in turn and keeping the first that finds something:

1. the text as typed on the other keyboard layout (``uhfybwf`` → ``граница``);
2. Latin letters read as Russian transliteration (``bezhentsy`` → ``беженцы``);
3. each word the index does not hold replaced by the nearest word it does (typos);
4. the entries that hold every word but one.

The outcome says which, so the window can show "Showing results for … — search instead for …".
When the text finds something and its other-layout form does too, that form is only offered as
a suggestion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum
from typing import TYPE_CHECKING

from rapidfuzz.distance import OSA

from desktop_app.db.records import SearchFilters
from desktop_app.places import Place
from desktop_app.search.correct import Corrected, corrected, transliterated, vocabulary_of
from desktop_app.search.query import (
    WORD_RE,
    Query,
    Snippet,
    Thesaurus,
    build_snippet,
    convert_layout,
    normalise,
    parse_query,
    stem,
)

if TYPE_CHECKING:  # the repository (SQLAlchemy) is passed in; the window loads it late
    from desktop_app.db.search_repo import SearchRepository, SearchRow, SectionText

SECTIONS_SHOWN = 3  # an entry's best-matching sections listed with it


@dataclass(frozen=True)
class SectionHit:
    anchor: str  # "" for the entry's title and summary
    title: str


@dataclass(frozen=True)
class SearchResult:
    """One entry found, in one language, with its best-matching section first."""

    slug: str
    anchor: str  # its best section; "" when the entry's title or summary matched best
    lang: str
    kind: str
    title: str  # the entry's title
    section_title: str  # the best section's title ("" for the title and summary)
    area_title: str | None
    snippet: Snippet  # from the best section
    title_hit: bool  # the entry's title holds every query word
    marked_title: Snippet = ()  # the entry's title with the matched words marked
    sections: tuple[SectionHit, ...] = ()  # the sections that match best, best first

    @property
    def place(self) -> Place:
        return Place(self.slug, self.anchor)


class Correction(Enum):
    """How the text searched differs from the text typed."""

    LAYOUT = "layout"  # typed on the other keyboard layout
    TRANSLITERATION = "transliteration"  # Russian typed in Latin letters
    SPELLING = "spelling"  # words the content does not hold replaced by near ones
    MOST_WORDS = "most words"  # no entry holds every word: these hold all but one


@dataclass(frozen=True)
class SearchOutcome:
    text: str  # what was searched: the typed text, or its corrected form
    query: Query
    results: tuple[SearchResult, ...]
    total: int = 0  # how many entries match; ``results`` are the first of them
    corrected_from: str | None = None  # the typed text, when a corrected form was searched
    correction: Correction | None = None
    suggestion: str | None = None  # the other-layout form, when it also finds something


def _best_part(parts: tuple[SectionText, ...], query: Query, title_hit: bool
               ) -> tuple[SectionText, tuple[SectionHit, ...]]:
    """The part of an entry that answers ``query`` best, and the sections that match, best
    first. ``parts`` starts with the title and summary: the best part when the title holds
    every query word (``title_hit``: the entry is about it), else the part with the most of
    the query's words, then the most matches, the earlier on a tie."""
    scored = []
    for position, part in enumerate(parts):
        covered, hits = query.coverage(f"{part.title}\n{part.text}")
        if covered:
            scored.append((-covered, -hits, position, part))
    scored.sort(key=lambda item: item[:3])
    sections = tuple(SectionHit(p.anchor, p.title) for *_, p in scored if p.anchor)
    if not scored or title_hit:
        return parts[0], sections[:SECTIONS_SHOWN]
    return scored[0][3], sections[:SECTIONS_SHOWN]


def _result(row: SearchRow, query: Query) -> SearchResult:
    title_hit = query.covers(row.title)
    best, sections = _best_part(row.parts, query, title_hit)
    return SearchResult(
        row.slug, best.anchor, row.lang, row.kind, row.title,
        best.title if best.anchor else "", row.area_title,
        build_snippet(best.text or row.title, query), title_hit,
        build_snippet(row.title, query, width=None), sections)


def _found(repo: SearchRepository, query: Query, filters: SearchFilters,
           fts: str | None = None) -> tuple[tuple[SearchResult, ...], int]:
    """The entries that match, best first, each once (in its best-ranked language), and how
    many match in all."""
    if query.is_empty:
        return (), 0
    fts = fts or query.fts()
    rows = repo.rows(repo.ranked_ids(fts, filters))
    results = tuple(_result(row, query) for row in rows)
    if len(results) < filters.limit:
        return results, len(results)
    return results, repo.count_entries(fts, filters)


def _all_but_one(query: Query) -> str | None:
    """An FTS5 expression for the entries holding every clause of ``query`` but one."""
    clauses = query.clauses
    if len(clauses) < 2:
        return None
    return " OR ".join("(" + " AND ".join(c.fts() for c in clauses if c is not left) + ")"
                       for left in clauses)


def _shown_text(text: str, fixed: Corrected, results: tuple[SearchResult, ...]) -> str:
    """``text`` with each corrected word replaced by the word of the results it now finds,
    the form nearest what was typed (the index holds stems: "dushanb" is shown as "dushanbe",
    as the content writes it)."""
    written: dict[str, set[str]] = {}
    for result in results:
        for piece, marked in (*result.marked_title, *result.snippet):
            if marked:
                written.setdefault(stem(normalise(piece)), set()).add(normalise(piece))

    def shown(match: re.Match[str]) -> str:
        typed = normalise(match.group())
        near = fixed.stems.get(typed)
        if near is None:
            return match.group()
        forms = written.get(near) or {w for s, ws in written.items() if s.startswith(near)
                                      for w in ws}
        return min(sorted(forms), key=lambda form: OSA.distance(typed, form), default=near)

    return WORD_RE.sub(shown, text)


def _corrected_outcome(repo: SearchRepository, typed: str, source: Query,
                       thesaurus: Thesaurus, filters: SearchFilters) -> SearchOutcome | None:
    """The outcome of ``source`` with its typos corrected; None if that finds nothing."""
    fixed = corrected(source, vocabulary_of(repo), thesaurus)
    if fixed is None:
        return None
    results, total = _found(repo, fixed.query, filters)
    if not results:
        return None
    return SearchOutcome(_shown_text(source.text, fixed, results), fixed.query, results, total,
                         corrected_from=typed, correction=Correction.SPELLING)


def search(repo: SearchRepository, text: str, filters: SearchFilters | None = None, *,
           correct: bool = True) -> SearchOutcome:
    """Search ``text``; never raises on what a user can type. Without ``correct``, only the
    text as typed is searched (the user chose to "search instead for" it)."""
    filters = filters or SearchFilters()
    thesaurus = Thesaurus.from_pairs(repo.thesaurus())
    query = parse_query(text, thesaurus)
    results, total = _found(repo, query, filters)
    other_text = convert_layout(text)
    other = parse_query(other_text, thesaurus) if other_text else None
    if results:
        if other is not None and not other.is_empty and repo.has_hits(other.fts(), filters):
            return SearchOutcome(text, query, results, total, suggestion=other_text)
        return SearchOutcome(text, query, results, total)
    if not correct or query.is_empty:
        return SearchOutcome(text, query, ())
    return _corrected(repo, text, query, other_text, other, thesaurus, filters) or \
        SearchOutcome(text, query, ())


def _corrected(repo: SearchRepository, text: str, query: Query, other_text: str | None,
               other: Query | None, thesaurus: Thesaurus, filters: SearchFilters
               ) -> SearchOutcome | None:
    """The first correction of ``text`` that finds something (the module's list, in order)."""

    def attempt(shown: str, tried: Query, correction: Correction,
                fts: str | None = None) -> SearchOutcome | None:
        results, total = _found(repo, tried, filters, fts)
        if not results:
            return None
        return SearchOutcome(shown, tried, results, total, corrected_from=text,
                             correction=correction)

    if other_text is not None and other is not None:
        outcome = attempt(other_text, other, Correction.LAYOUT)
        if outcome is not None:
            return outcome
    outcome = _corrected_outcome(repo, text, query, thesaurus, filters)
    if outcome is not None:
        return outcome
    russian = transliterated(text)
    if russian is not None:
        russian_query = parse_query(russian, thesaurus)
        outcome = attempt(russian, russian_query, Correction.TRANSLITERATION)
        if outcome is None:
            outcome = _corrected_outcome(repo, text, russian_query, thesaurus, filters)
            if outcome is not None:
                outcome = replace(outcome, correction=Correction.TRANSLITERATION)
        if outcome is not None:
            return outcome
    fts = _all_but_one(query)
    return attempt(text, query, Correction.MOST_WORDS, fts) if fts is not None else None
