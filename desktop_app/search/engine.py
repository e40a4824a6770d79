"""Searching the content: one call for the window and the command line alike.

It parses the text, asks the index, builds the snippets, and handles a query typed on the wrong
keyboard layout: when the text finds nothing but its other-layout form does, that form is
searched instead (and the outcome says so); when both find something, the other form is only
offered as a suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.db.records import SearchFilters
from desktop_app.places import Place
from desktop_app.search.query import Query, Snippet, build_snippet, convert_layout, parse_query

if TYPE_CHECKING:  # the repository (SQLAlchemy) is passed in; the window loads it late
    from desktop_app.db.search_repo import SearchRepository


@dataclass(frozen=True)
class SearchResult:
    slug: str
    anchor: str  # "" when the entry's title or summary matched
    lang: str
    kind: str
    title: str  # the entry's title
    section_title: str
    area_title: str | None
    snippet: Snippet
    title_hit: bool  # the title (of the entry, or of the section) holds every query word
    marked_title: Snippet = ()  # the entry's title with the matched words marked

    @property
    def place(self) -> Place:
        return Place(self.slug, self.anchor)


@dataclass(frozen=True)
class SearchOutcome:
    text: str  # what was searched: the typed text, or its other-layout form when corrected
    query: Query
    results: tuple[SearchResult, ...]
    corrected_from: str | None = None  # the typed text, when its other-layout form was used
    suggestion: str | None = None  # the other-layout form, when it also finds something


def _results(repo: SearchRepository, query: Query,
             filters: SearchFilters) -> tuple[SearchResult, ...]:
    if query.is_empty:
        return ()
    rows = repo.rows(repo.ranked_ids(query.fts(), filters))
    seen: dict[str, bool] = {}
    return tuple(
        SearchResult(row.slug, row.anchor, row.lang, row.kind, row.title, row.section_title,
                     row.area_title, build_snippet(row.text or row.title, query, seen=seen),
                     query.covers(row.section_title or row.title),
                     build_snippet(row.title, query, width=None, seen=seen))
        for row in rows)


def search(repo: SearchRepository, text: str, filters: SearchFilters | None = None
           ) -> SearchOutcome:
    """Search ``text``; never raises on what a user can type."""
    filters = filters or SearchFilters()
    query = parse_query(text)
    results = _results(repo, query, filters)
    other_text = convert_layout(text)
    if other_text is None:
        return SearchOutcome(text, query, results)
    other = parse_query(other_text)
    if other.is_empty:
        return SearchOutcome(text, query, results)
    if not results:
        other_results = _results(repo, other, filters)
        if other_results:
            return SearchOutcome(other_text, other, other_results, corrected_from=text)
        return SearchOutcome(text, query, results)
    if repo.has_hits(other.fts(), filters):
        return SearchOutcome(text, query, results, suggestion=other_text)
    return SearchOutcome(text, query, results)
