"""``field-reference search QUERY``: the window's search, one result per line.

Results go to standard output, one line per entry found, at its best-matching section:
``slug#section<TAB>title<TAB>snippet`` with the matched words in [brackets], so they can be
piped; what the program has to say (nothing found, a correction, how many more were found, a
first-start import) goes to standard error. Finding nothing is not an error.
The search engine and index (SQLAlchemy) are imported when the command runs: ``cli.py``
imports this module to build its parser, also for the window's start.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app.content.open import open_content
from desktop_app.db.errors import DatabaseDamaged
from desktop_app.db.records import SearchFilters
from desktop_app.paths import DataPaths
from desktop_app.problems import PackError, Problem

if TYPE_CHECKING:
    from desktop_app.content.kept_packs import PackSource
    from desktop_app.search.engine import SearchOutcome

HELP = "search the content in English and Russian; one result per line"


MAX_LIMIT = 10_000  # more results than any reader goes through; SQLite takes any of these


def _limit(text: str) -> int:
    """``--limit``'s value: a whole number from 1 to MAX_LIMIT, else argparse's error."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to {MAX_LIMIT}, "
                                         f"not {text!r}")
    return value


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser],
               parents: list[argparse.ArgumentParser]) -> None:
    search = commands.add_parser(
        "search", help=HELP, parents=parents,
        description="Print slug#section<TAB>title<TAB>snippet per entry found, at its "
                    "best-matching section, matched words in [brackets]. --lang searches one "
                    "language only (default: both).")
    search.add_argument("query", nargs="+", metavar="QUERY")
    search.add_argument("--area", metavar="SLUG", help="only this thematic area")
    search.add_argument("--limit", type=_limit, default=20, metavar="N",
                        help=f"at most N entries, 1 to {MAX_LIMIT} (default 20)")
    search.set_defaults(run=run)


def _one_line(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def _quoted(query: str, most: int = 80) -> str:
    """The query as the notes repeat it: on one line, a long one cut with "…"."""
    text = _one_line(query)
    return f"“{text if len(text) <= most else text[:most - 1] + '…'}”"


def print_outcome(outcome: SearchOutcome) -> None:
    """One line per entry found, at its best-matching section; notes to standard error."""
    from desktop_app.search.engine import Correction
    from desktop_app.search.query import snippet_plain

    if outcome.correction is Correction.MOST_WORDS:
        print(f"No entry holds every word of {_quoted(outcome.text)}; showing the entries "
              "that hold all but one.", file=sys.stderr)
    elif outcome.corrected_from is not None:
        why = {Correction.LAYOUT: " (typed on the other keyboard layout)",
               Correction.TRANSLITERATION: " (read as Russian in Latin letters)"}
        because = why.get(outcome.correction, "") if outcome.correction else ""
        print(f"Nothing found for {_quoted(outcome.corrected_from)}; showing results for "
              f"{_quoted(outcome.text)}{because}.", file=sys.stderr)
    for result in outcome.results:
        title = result.title + (f" — {result.section_title}" if result.section_title else "")
        print(f"{result.place}\t{_one_line(title)}\t{_one_line(snippet_plain(result.snippet))}")
    if not outcome.results:
        print(f"Nothing found for {_quoted(outcome.text)}.", file=sys.stderr)
    elif outcome.total > len(outcome.results):
        print(f"Showing {len(outcome.results)} of {outcome.total} entries found; --limit N "
              "shows more.", file=sys.stderr)
    if outcome.suggestion is not None:
        print(f"Did you mean “{outcome.suggestion}”?", file=sys.stderr)


def _tell_preparing(first: bool) -> Callable[[Problem, PackSource], None]:
    def tell(why: Problem, source: PackSource) -> None:
        doing = "Preparing the content for the first time" if first \
            else f"Rebuilding the content ({why})"
        print(f"{doing} from {source.described()}…", file=sys.stderr)
    return tell


def run(paths: DataPaths, args: argparse.Namespace) -> int:
    from desktop_app.db.search_repo import SearchRepository
    from desktop_app.search.engine import search

    try:
        first = not paths.content_db.exists()
        library = open_content(paths, before_import=_tell_preparing(first))
    except (PackError, DatabaseDamaged, OSError) as exc:
        print(f"There is no content to search: {exc}", file=sys.stderr)
        return 1
    filters = SearchFilters(langs=(args.lang,) if args.lang else (), area=args.area,
                            limit=args.limit)
    try:
        with library.read() as repo:
            outcome = search(SearchRepository(repo.db), " ".join(args.query), filters)
    finally:
        library.close()
    print_outcome(outcome)
    return 0
