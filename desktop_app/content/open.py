"""Opening the installed content: the one choice between reading it and importing the bundled pack.

The window (which imports in the background), ``brief``, ``search`` and ``check`` all decide
with :func:`open_installed`; the commands open their content with :func:`open_content`.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.db.errors import DatabaseDamaged
from desktop_app.library import ContentLibrary
from desktop_app.paths import DataPaths, bundled_pack_dir
from desktop_app.problems import Problem

Progress = Callable[[int, int, str], None]  # done, total, what: the importer's progress


def open_installed(library: ContentLibrary) -> Problem | None:
    """Open the installed content for reading (read-only); None when it opened, else why the
    bundled pack must be imported first: there is no content yet, or the file cannot be used
    (damaged, not ours, an older format), and an import replaces it whole."""
    try:
        library.open()
    except DatabaseDamaged as exc:
        return exc.problem
    return None


def open_content(paths: DataPaths, progress: Progress | None = None,
                 before_import: Callable[[Problem], None] | None = None) -> ContentLibrary:
    """content.sqlite, open for reading; when :func:`open_installed` says so, the bundled pack
    is imported first (``before_import`` is told why, then ``progress`` follows the import).

    Raises PackError when the bundled pack is refused, DatabaseDamaged or OSError when the
    content cannot be written or read even so.
    """
    library = ContentLibrary(paths.ensure().content_db)
    why = open_installed(library)
    if why is not None:
        # The importer (Markdown, nh3, the search index) loads only when a pack is imported:
        # the window imports this module before its first paint.
        from desktop_app.content.importer import import_pack

        if before_import is not None:
            before_import(why)
        import_pack(bundled_pack_dir(), library.path, progress)
        library.open()
    return library
