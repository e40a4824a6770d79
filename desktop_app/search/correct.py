"""What a query becomes when it finds nothing as typed: typos corrected, transliteration read.

Typos are corrected against the index's own vocabulary (its stems, read through fts5vocab):
a word of the query that the index does not hold is replaced by the nearest stem that it does,
by edit distance with transpositions (rapidfuzz's OSA), anywhere in the word — "Dushnabe",
«мирганты», "inspektion". Short words are left alone: a two-letter change to a four-letter
word is another word. Of equally near stems, the one in more entries wins.

Latin text may be Russian typed on a Latin keyboard ("bezhentsy"): ``cyrtranslit`` reads it
back into Cyrillic, and what its scheme gets wrong ("ts" for ц) is then a typo like any other.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import cyrtranslit
from rapidfuzz import process
from rapidfuzz.distance import OSA

from desktop_app.search.query import (
    CYRILLIC_RE,
    Clause,
    Query,
    Term,
    Thesaurus,
    stem_family,
    widened,
)

if TYPE_CHECKING:
    from desktop_app.db.search_repo import SearchRepository

MIN_CORRECTED = 4  # stems shorter than this are never corrected


def max_distance(stem: str) -> int:
    """How many edits a stem of this length may be from the word meant."""
    if len(stem) < MIN_CORRECTED:
        return 0
    return 1 if len(stem) < 6 else 2


@dataclass
class Vocabulary:
    """The stems the index holds, most common first; sorted, for prefix look-ups; and by
    length, since a stem within ``n`` edits of a word is within ``n`` letters of its length."""

    terms: list[str]

    def __post_init__(self) -> None:
        self.known = frozenset(self.terms)
        self.ordered = sorted(self.terms)
        self.by_length: dict[int, list[str]] = {}
        for term in self.terms:  # each list stays most common first
            self.by_length.setdefault(len(term), []).append(term)
        self.rank = {term: rank for rank, term in enumerate(self.terms)}

    def holds(self, term: Term) -> bool:
        """Whether the index holds a word this term matches."""
        if term.stem in self.known or any(f in self.known for f in term.family):
            return True
        for prefix in (term.stem if len(term.stem) >= 4 else "", term.typed_prefix):
            if prefix:
                at = bisect_left(self.ordered, prefix)
                if at < len(self.ordered) and self.ordered[at].startswith(prefix):
                    return True
        return False

    def nearest(self, stem: str) -> str | None:
        """The stem nearest ``stem`` within ``max_distance``, the more common of equally near
        ones; None when there is none."""
        limit = max_distance(stem)
        best: tuple[int, int, str] | None = None  # distance, rank, stem
        for length in range(len(stem) - limit, len(stem) + limit + 1):
            found = process.extractOne(stem, self.by_length.get(length, ()),
                                       scorer=OSA.distance, score_cutoff=limit)
            if found is not None:
                candidate = (int(found[1]), self.rank[found[0]], str(found[0]))
                best = candidate if best is None else min(best, candidate)
        return None if best is None else best[2]


_in_use: dict[tuple[object, ...], Vocabulary] = {}  # the vocabulary of the content in use


def vocabulary_of(repo: SearchRepository) -> Vocabulary:
    """The vocabulary of the content ``repo`` reads, read once for each content imported."""
    key = repo.content_key()
    if key not in _in_use:
        _in_use.clear()
        _in_use[key] = Vocabulary(repo.vocabulary())
    return _in_use[key]


@dataclass(frozen=True)
class Corrected:
    query: Query
    stems: dict[str, str]  # the typed word (normalised) → the stem searched instead


def corrected(query: Query, vocabulary: Vocabulary, thesaurus: Thesaurus | None = None
              ) -> Corrected | None:
    """``query`` with each term the index does not hold replaced by the nearest one it does
    (and the thesaurus applied to what it now says); None when every term is held, or one
    that is not has nothing near."""
    stems: dict[str, str] = {}
    clauses: list[Clause] = []
    for clause in query.clauses:
        if isinstance(clause, Term) and not vocabulary.holds(clause):
            near = vocabulary.nearest(clause.stem)
            if near is None:
                return None
            stems[clause.word] = near
            clause = replace(clause, stem=near, family=stem_family(near), typed_prefix="")
        clauses.append(clause)
    if not stems:
        return None
    return Corrected(Query(query.text, tuple(widened(clauses, thesaurus))), stems)


_LATIN_WORD_RE = re.compile(r"[A-Za-z]")


def transliterated(text: str) -> str | None:
    """``text`` read as Russian in Latin letters, in Cyrillic; None when it holds Cyrillic
    already or no Latin letter."""
    if CYRILLIC_RE.search(text) or not _LATIN_WORD_RE.search(text):
        return None
    russian = cyrtranslit.to_cyrillic(text.lower(), "ru")
    return russian if CYRILLIC_RE.search(russian) else None
