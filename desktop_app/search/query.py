"""Search text in, FTS5 expression out: normalising, stemming, query parsing, layout, snippets.

SQLite's FTS5 has no Russian stemmer and Python's sqlite3 cannot register a tokenizer, so the
words are stemmed here with Snowball (PyStemmer), once at import for the index and again for
every query, and FTS5 only ever sees stems separated by spaces. A word is stemmed by its
script: Cyrillic with the Russian stemmer, anything else with the English one, so a Russian
text quoting "BOMCA" or an English one quoting «КПП» is still found by either word.

An English word in US spelling also finds the UK spelling the content uses ("center" finds
"centre", "counselor" "counsellor"), and the other way round, from the ``breame`` lists.

A query of three words or more drops its stop words ("where", "are", "the", «какие»…), from
the maintained lists of the ``stop-words`` package, unless nothing would be left. The pack's
thesaurus (``Thesaurus``) widens a term or a run of terms that names one of its groups to
every expression of that group, in either language.

Nothing here touches Qt or SQL. Every query, however hostile, becomes an expression of
double-quoted stems: FTS5 operators, quotes, ``*^:`` and punctuation typed by the user never
reach FTS5 as syntax.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import Stemmer
from breame.spelling import (
    american_spelling_exists,
    british_spelling_exists,
    get_american_spelling,
    get_british_spelling,
)
from stop_words import get_stop_words

WORD_RE = re.compile(r"[^\W_]+")
CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")
MAX_QUERY_CHARS = 500  # a 10,000-character paste is cut here: no one types more
MAX_TERMS = 16
MAX_WORD_CHARS = 40
TRUNCATE_FROM = 7  # stems this long also match shorter stems of the same word family
SNIPPET_CHARS = 180
STOP_WORDS_FROM = 3  # a query of this many words or more drops its stop words

_STEMMERS = {"ru": Stemmer.Stemmer("russian"), "en": Stemmer.Stemmer("english")}

# One key, two letters: the Latin (QWERTY) and the Russian (ЙЦУКЕН) layout.
_LATIN_KEYS = "`qwertyuiop[]asdfghjkl;'zxcvbnm,.~QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>"
_RUSSIAN_KEYS = "ёйцукенгшщзхъфывапролджэячсмитьбюЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ"
_TO_RUSSIAN = str.maketrans(_LATIN_KEYS, _RUSSIAN_KEYS)
_TO_LATIN = str.maketrans(_RUSSIAN_KEYS, _LATIN_KEYS)


def convert_layout(text: str) -> str | None:
    """``text`` as it would read typed on the other keyboard layout (``uhfybwf`` ↔ ``граница``).

    None when the text holds letters of both alphabets or of neither: then it was not typed on
    the wrong layout.
    """
    has_latin = bool(re.search(r"[A-Za-z]", text))
    has_cyrillic = bool(CYRILLIC_RE.search(text))
    if has_latin == has_cyrillic:
        return None
    converted = text.translate(_TO_RUSSIAN if has_latin else _TO_LATIN)
    return converted if converted != text else None


def normalise(word: str) -> str:
    """Case-folded, ё as е, and Latin letters without accents (café → cafe).

    Cyrillic keeps its marks: й is a letter of its own, not и with a breve.
    """
    word = unicodedata.normalize("NFC", word).casefold().replace("ё", "е")
    if not CYRILLIC_RE.search(word) and not word.isascii():
        decomposed = unicodedata.normalize("NFD", word)
        word = "".join(c for c in decomposed if not unicodedata.combining(c))
    return word


def words(text: str) -> Iterator[re.Match[str]]:
    """The words of ``text`` (letters and digits), with their places in it."""
    return WORD_RE.finditer(unicodedata.normalize("NFC", text))


STOP_WORDS = frozenset(normalise(word) for lang in ("en", "ru") for word in get_stop_words(lang))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of one normalised word, by its script."""
    lang = "ru" if CYRILLIC_RE.search(word) else "en"
    stemmed: str = _STEMMERS[lang].stemWord(word)
    # The English stemmer keeps an inner apostrophe (o'neil); FTS5 would split there.
    return stemmed.replace("'", "") or word


@lru_cache(maxsize=65536)
def index_word(word: str) -> str:
    """What FTS5 indexes for one word as written: a text repeats its words, and a pack has
    far fewer different words than it has words, so each is normalised and stemmed once."""
    return stem(normalise(word))


def index_text(text: str) -> str:
    """What FTS5 indexes for ``text``: its stems, separated by spaces."""
    return " ".join(map(index_word, WORD_RE.findall(unicodedata.normalize("NFC", text))))


def _quoted(text: str) -> str:
    """An FTS5 string: whatever it holds is words to match, never syntax."""
    return '"' + text.replace('"', '""') + '"'


@dataclass(frozen=True)
class Term:
    """One word of the query: its stem, shorter stems of its family, and a typed prefix."""

    stem: str
    family: tuple[str, ...] = ()
    typed_prefix: str = ""  # the last word while typing: also match words starting so
    word: str = ""  # as typed, normalised

    def starts(self) -> tuple[str, ...]:
        """How a word this term matches may begin (a stem is nearly always a prefix of its
        word; happy → happi is not, hence the typed word too)."""
        return tuple(p for p in (self.stem.removesuffix("i") or self.stem, *self.family,
                                 self.word, self.typed_prefix) if p)

    def fts(self) -> str:
        as_prefix = len(self.stem) >= 4 or self.stem == self.typed_prefix
        options = [_quoted(self.stem) + ("*" if as_prefix else ""),
                   *(_quoted(f) for f in self.family)]
        if self.typed_prefix and self.typed_prefix != self.stem:
            options.append(_quoted(self.typed_prefix) + "*")
        return options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")"

    def matches(self, stemmed: str, word: str) -> bool:
        if stemmed == self.stem or stemmed in self.family:
            return True
        if len(self.stem) >= 4 and stemmed.startswith(self.stem):
            return True
        return bool(self.typed_prefix) and word.startswith(self.typed_prefix)


@dataclass(frozen=True)
class Phrase:
    """A quoted phrase: these stems, next to each other, in this order."""

    stems: tuple[str, ...]

    def fts(self) -> str:
        return _quoted(" ".join(self.stems))

    def matches(self, stemmed: str, _word: str) -> bool:
        return stemmed in self.stems

    def starts(self) -> tuple[str, ...]:
        return tuple(s.removesuffix("i") or s for s in self.stems)


@dataclass(frozen=True)
class Synonyms:
    """Words the thesaurus names as one thing: any of these expressions (stems in order)."""

    expressions: tuple[tuple[str, ...], ...]

    def fts(self) -> str:
        options = [_quoted(" ".join(e)) + ("*" if len(e) == 1 and len(e[0]) >= 4 else "")
                   for e in self.expressions]
        return "(" + " OR ".join(options) + ")"

    def matches(self, stemmed: str, _word: str) -> bool:
        """A word that is a one-word expression. A word of a longer one is no match on its
        own: "IOM" widened to "International Organization for Migration" must not mark every
        "migration" of the text (``Query.covers`` finds the longer ones in a row)."""
        return any(stemmed == e[0] or (len(e[0]) >= 4 and stemmed.startswith(e[0]))
                   for e in self.expressions if len(e) == 1)

    def starts(self) -> tuple[str, ...]:
        return tuple(e[0].removesuffix("i") or e[0] for e in self.expressions)


Clause = Term | Phrase | Synonyms


class Thesaurus:
    """The pack's groups of expressions that mean one thing, ready to widen queries."""

    def __init__(self, groups: list[tuple[str, ...]]) -> None:
        self.groups = [tuple(dict.fromkeys(s for t in terms if (s := stems_of(t))))
                       for terms in groups]
        self._by_first: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for number, expressions in enumerate(self.groups):
            for expression in expressions:
                self._by_first.setdefault(expression[0], []).append((expression, number))
        for found in self._by_first.values():
            found.sort(key=lambda item: -len(item[0]))  # the longest expression first

    @classmethod
    def from_pairs(cls, pairs: list[tuple[int, str]]) -> Thesaurus:
        """From (group, expression) pairs, as the content database holds them."""
        groups: dict[int, list[str]] = {}
        for group, text in pairs:
            groups.setdefault(group, []).append(text)
        return cls([tuple(terms) for terms in groups.values()])

    def widen(self, terms: list[Term]) -> list[Term | Synonyms]:
        """``terms`` with each run that is an expression of a group replaced by the group."""
        stems = [t.stem for t in terms]
        widened: list[Term | Synonyms] = []
        position = 0
        while position < len(terms):
            for expression, number in self._by_first.get(stems[position], ()):
                if tuple(stems[position:position + len(expression)]) == expression:
                    widened.append(Synonyms(self.groups[number]))
                    position += len(expression)
                    break
            else:
                widened.append(terms[position])
                position += 1
        return widened


def stems_of(text: str) -> tuple[str, ...]:
    """The stems of ``text``'s words, in order."""
    return tuple(stem(normalise(m.group())[:MAX_WORD_CHARS]) for m in words(text))


@dataclass(frozen=True)
class Query:
    """A parsed query; ``fts()`` is the FTS5 MATCH expression, empty when there is nothing."""

    text: str
    clauses: tuple[Clause, ...]
    # word as written → the clauses it matches: results share most of their words
    _matched: dict[str, tuple[int, ...]] = field(default_factory=dict, init=False,
                                                 compare=False, repr=False)

    @property
    def is_empty(self) -> bool:
        return not self.clauses

    def fts(self) -> str:
        return " AND ".join(clause.fts() for clause in self.clauses)

    def covers(self, text: str) -> bool:
        """Whether every term of the query has a word in ``text``, and every phrase its words
        in a row."""
        found = [_normal_and_stem(m.group()) for m in words(text)]
        stems = [stemmed for _normal, stemmed in found]

        def in_a_row(expression: tuple[str, ...]) -> bool:
            size = len(expression)
            return any(tuple(stems[i:i + size]) == expression
                       for i in range(len(stems) - size + 1))

        def has(clause: Clause) -> bool:
            if isinstance(clause, Phrase):
                return in_a_row(clause.stems)
            if isinstance(clause, Synonyms) and any(
                    len(e) > 1 and in_a_row(e) for e in clause.expressions):
                return True
            return any(clause.matches(stemmed, normal) for normal, stemmed in found)

        return bool(found) and all(has(clause) for clause in self.clauses)

    @cached_property
    def candidates(self) -> re.Pattern[str]:
        """Words that may match, in lower-cased text with ё as е: a fast first sieve."""
        starts = sorted({s for clause in self.clauses for s in clause.starts()}, key=len)
        minimal = [s for i, s in enumerate(starts) if not any(s.startswith(t) for t in starts[:i])]
        alternatives = "|".join(re.escape(s) for s in minimal) or "(?!)"
        return re.compile(rf"(?<![^\W_])(?:{alternatives})[^\W_]*")

    def matches(self, word: str) -> bool:
        """Whether a word of a text (as written) is one the query looks for."""
        normal, stemmed = _normal_and_stem(word)
        return any(clause.matches(stemmed, normal) for clause in self.clauses)

    def coverage(self, text: str) -> tuple[int, int]:
        """How many of the query's clauses ``text`` seems to hold, and how often: where each
        clause's words may begin, counted in the lower-cased text. An estimate, for choosing
        an entry's best section (a start inside a longer word counts too); titles and
        snippets are matched word by word."""
        lowered = text.lower().replace("ё", "е")
        counts = [sum(lowered.count(start) for start in starts) for starts in self._starts]
        return sum(1 for count in counts if count), sum(counts)

    @cached_property
    def _starts(self) -> list[tuple[str, ...]]:
        """Each clause's starts, without those that a shorter one of its own begins."""
        found = []
        for clause in self.clauses:
            starts = sorted(set(clause.starts()), key=len)
            found.append(tuple(s for i, s in enumerate(starts)
                               if not any(s.startswith(t) for t in starts[:i])))
        return found

    def clauses_of(self, word: str) -> tuple[int, ...]:
        """The clauses that a word of a text (as written) matches, by their position."""
        found = self._matched.get(word)
        if found is None:
            normal, stemmed = _normal_and_stem(word)
            found = self._matched[word] = tuple(
                i for i, c in enumerate(self.clauses) if c.matches(stemmed, normal))
        return found


@lru_cache(maxsize=65536)
def _normal_and_stem(word: str) -> tuple[str, str]:
    normal = normalise(word)
    return normal, stem(normal)


def stem_family(stemmed: str) -> tuple[str, ...]:
    """Shorter stems of a long one: пограничник also finds пограничн (пограничных, -ной…)."""
    if len(stemmed) < TRUNCATE_FROM:
        return ()
    return tuple(stemmed[:k] for k in range(len(stemmed) - 1, max(5, len(stemmed) - 3) - 1, -1))


def parse_query(text: str, thesaurus: Thesaurus | None = None) -> Query:
    """Words become terms (all must match), "quoted words" a phrase; nothing else is syntax.
    Stop words are dropped from a longer query, and ``thesaurus`` widens the terms it names."""
    text = text[:MAX_QUERY_CHARS]
    clauses: list[Clause] = []
    parts = text.split('"')
    typing = bool(text) and WORD_RE.fullmatch(text[-1]) is not None
    for index, part in enumerate(parts):
        found = [w for m in words(part) if (w := normalise(m.group())[:MAX_WORD_CHARS])]
        if not found:
            continue
        if index % 2 == 1 and len(found) > 1:  # inside quotes (an unclosed one runs to the end)
            clauses.append(Phrase(tuple(stem(w) for w in found[:MAX_TERMS])))
            continue
        last_part = index == len(parts) - 1
        for position, word in enumerate(found):
            last = last_part and position == len(found) - 1
            stemmed = stem(word)
            prefix = word if last and typing and len(word) >= 2 else ""
            family = stem_family(stemmed) + _other_spelling(word, stemmed)
            clauses.append(Term(stemmed, family, prefix, word))
    return Query(text, tuple(widened(_without_stop_words(clauses), thesaurus)[:MAX_TERMS]))


def _other_spelling(word: str, stemmed: str) -> tuple[str, ...]:
    """The stem of the word's other spelling, US or UK, when it has one of its own."""
    if american_spelling_exists(word):
        other = get_british_spelling(word)
    elif british_spelling_exists(word):
        other = get_american_spelling(word)
    else:
        return ()
    other_stem = stem(normalise(other))
    return () if other_stem.startswith(stemmed) else (other_stem,)


def _without_stop_words(clauses: list[Clause]) -> list[Clause]:
    terms = [c for c in clauses if isinstance(c, Term)]
    if len(terms) < STOP_WORDS_FROM:
        return clauses
    kept = [c for c in clauses if not (isinstance(c, Term) and c.word in STOP_WORDS)]
    return kept if any(isinstance(c, Term) for c in kept) else clauses


def widened(clauses: list[Clause], thesaurus: Thesaurus | None) -> list[Clause]:
    """The clauses with the thesaurus applied to each run of terms between phrases."""
    if thesaurus is None:
        return clauses
    widened: list[Clause] = []
    run: list[Term] = []
    for clause in [*clauses, None]:
        if isinstance(clause, Term):
            run.append(clause)
            continue
        widened.extend(thesaurus.widen(run))
        run = []
        if clause is not None:
            widened.append(clause)
    return widened


Snippet = tuple[tuple[str, bool], ...]  # pieces of text, True where a query word is


def _hits(text: str, query: Query, limit: int | None = None) -> list[tuple[int, int]]:
    """Where the words the query matches are in ``text``: (start, end) offsets, the first
    ``limit`` of them (a snippet needs a few; a long section may hold hundreds)."""
    lowered = text.lower().replace("ё", "е")
    if len(lowered) != len(text):  # a rare letter changed length: sieve every word
        candidates = WORD_RE.finditer(text)
    else:
        candidates = query.candidates.finditer(lowered)
    hits = []
    for match in candidates:
        if query.clauses_of(text[match.start():match.end()]):
            hits.append(match.span())
            if len(hits) == limit:
                break
    return hits


def build_snippet(text: str, query: Query, width: int | None = SNIPPET_CHARS) -> Snippet:
    """About ``width`` characters of ``text`` around its densest run of matches, marked;
    all of ``text`` when ``width`` is None."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    if not text:
        return ()
    hits = _hits(text, query, None if width is None else 24)
    first = 0
    if width is None:  # all of it (a title)
        width = len(text)
    elif hits:  # the window of ``width`` characters that holds the most matches
        best, last = 0, 0
        for index, (begin, _end) in enumerate(hits):
            while last < len(hits) and hits[last][1] <= begin + width:
                last += 1
            if last - index > best:
                best, first = last - index, index
    start = max(0, hits[first][0] - 30) if hits and width < len(text) else 0
    if start:
        space = text.find(" ", start, hits[first][0])
        start = space + 1 if space >= 0 else hits[first][0]
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
        while hits and any(b < end < e for b, e in hits):  # never cut a marked word
            end = next(e for b, e in hits if b < end < e)
    pieces: list[tuple[str, bool]] = [("…", False)] if start else []
    cursor = start
    for begin, finish in hits:
        if begin >= start and finish <= end:
            pieces.append((text[cursor:begin], False))
            pieces.append((text[begin:finish], True))
            cursor = finish
    pieces.append((text[cursor:end], False))
    if end < len(text):
        pieces.append(("…", False))
    return tuple(piece for piece in pieces if piece[0])


def snippet_html(snippet: Snippet, mark: tuple[str, str] = ("<b>", "</b>")) -> str:
    return "".join(f"{mark[0]}{html.escape(t)}{mark[1]}" if marked else html.escape(t)
                   for t, marked in snippet)


def snippet_plain(snippet: Snippet, mark: tuple[str, str] = ("[", "]")) -> str:
    return "".join(f"{mark[0]}{t}{mark[1]}" if marked else t for t, marked in snippet)


def matched_words(texts: list[str], query: Query) -> set[str]:
    """The words, as written in ``texts``, that the query matches: for highlighting."""
    return {m.group() for text in texts for m in words(text) if query.matches(m.group())}
