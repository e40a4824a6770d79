"""Opening the installed content: the one choice between reading it and building it anew from
the newest pack there is (one the user imported and the program kept, or the bundled one).

The window (which imports in the background), ``brief``, ``search`` and ``check`` all decide
with :func:`open_installed`; the commands open their content with :func:`open_content`. The
window also brings the installed content up to a newer version that came with a new version
of the program (:func:`bundled_content`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.db.errors import DatabaseDamaged
from desktop_app.db.records import PackInfo
from desktop_app.library import ContentLibrary
from desktop_app.paths import DataPaths, bundled_pack_dir
from desktop_app.problems import Problem

if TYPE_CHECKING:
    from desktop_app.content.kept_packs import PackSource

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


def rebuild_source(paths: DataPaths) -> PackSource:
    """The pack to build content.sqlite from when it is missing or cannot be used: the newest
    of those the user imported (kept in the data folder) and the bundled one."""
    from desktop_app.content.kept_packs import rebuild_source as newest  # zipfile: when needed

    return newest(paths.packs_dir, bundled_pack_dir())


@dataclass(frozen=True)
class BundledContent:
    """The pack that came with the program, as a version of the installed content's pack."""

    source: PackSource
    newer: bool  # than the installed content


def bundled_content(installed: PackInfo, seen: str,
                    bundled: Path | None = None) -> BundledContent | None:
    """The pack that came with the program, when it is a version of the installed content's
    pack other than ``seen`` (the version the window last met here); None otherwise.

    The window brings it in when it is newer, and either way remembers its version: so a new
    version of the program brings its newer content once, and an older pack the user chose
    to import over it stays until the program comes with yet another version.
    """
    # TOML and zipfile: after the first paint, as rebuild_source's
    from desktop_app.content.kept_packs import PackSource
    from desktop_app.content.pack import peek_manifest, version_key

    source = bundled or bundled_pack_dir()
    manifest = peek_manifest(source)
    if manifest is None or manifest.id != installed.id or manifest.version == seen:
        return None
    return BundledContent(PackSource(source, manifest.version, bundled=True),
                          newer=version_key(manifest.version) > version_key(installed.version))


def open_content(paths: DataPaths, progress: Progress | None = None,
                 before_import: Callable[[Problem, PackSource], None] | None = None
                 ) -> ContentLibrary:
    """content.sqlite, open for reading; when :func:`open_installed` says so, it is built
    first from :func:`rebuild_source` (``before_import`` is told why and from which pack,
    then ``progress`` follows the import).

    Raises PackError when that pack is refused, DatabaseDamaged or OSError when the content
    cannot be written or read even so.
    """
    library = ContentLibrary(paths.ensure().content_db)
    why = open_installed(library)
    if why is not None:
        # The importer (Markdown, nh3, the search index) loads only when a pack is imported:
        # the window imports this module before its first paint.
        from desktop_app.content.importer import import_pack

        source = rebuild_source(paths)
        if before_import is not None:
            before_import(why, source)
        import_pack(source.path, library.path, progress)
        library.open()
    return library
