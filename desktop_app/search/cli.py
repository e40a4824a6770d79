"""``field-reference search QUERY``: the window's search, one result per line.

Results go to standard output as ``slug#section<TAB>title<TAB>snippet`` with the matched words
in [brackets], so they can be piped; what the program has to say (nothing found, the layout
correction, a first-start import) goes to standard error. Finding nothing is not an error.
"""

from __future__ import annotations

import sys

from desktop_app.db.engine import DatabaseDamaged
from desktop_app.db.search_repo import SearchFilters, SearchRepository
from desktop_app.library import ContentLibrary
from desktop_app.paths import DataPaths, bundled_pack_dir
from desktop_app.problems import PackError
from desktop_app.search.engine import SearchOutcome, search
from desktop_app.search.query import snippet_plain


def _open_library(paths: DataPaths) -> ContentLibrary | None:
    """The content database, importing the bundled pack on first start as the window does."""
    library = ContentLibrary(paths.ensure().content_db)
    try:
        library.open()
        return library
    except DatabaseDamaged:
        pass
    from desktop_app.content.importer import import_pack

    print("Preparing the content for the first time…", file=sys.stderr)
    try:
        import_pack(bundled_pack_dir(), paths.content_db)
        library.open()
    except (PackError, DatabaseDamaged, OSError) as exc:
        print(f"There is no content to search: {exc}", file=sys.stderr)
        return None
    return library


def _one_line(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def print_outcome(outcome: SearchOutcome) -> None:
    if outcome.corrected_from is not None:
        print(f"Nothing found for “{outcome.corrected_from}”; showing results for "
              f"“{outcome.text}” (typed on the other keyboard layout).", file=sys.stderr)
    for result in outcome.results:
        title = result.title + (f" — {result.section_title}" if result.section_title else "")
        print(f"{result.place}\t{_one_line(title)}\t{_one_line(snippet_plain(result.snippet))}")
    if not outcome.results:
        print(f"Nothing found for “{outcome.text}”.", file=sys.stderr)
    if outcome.suggestion is not None:
        print(f"Did you mean “{outcome.suggestion}”?", file=sys.stderr)


def cmd_search(paths: DataPaths, text: str, lang: str | None, area: str | None,
               limit: int) -> int:
    for stream in (sys.stdout, sys.stderr):  # a Windows console or pipe may not be UTF-8
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    library = _open_library(paths)
    if library is None:
        return 1
    filters = SearchFilters(langs=(lang,) if lang else (), area=area, limit=max(1, limit))
    try:
        with library.read() as repo:
            outcome = search(SearchRepository(repo.db), text, filters)
    finally:
        library.close()
    print_outcome(outcome)
    return 0
