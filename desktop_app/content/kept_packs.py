"""The packs the user imported, kept in the data folder, so that a rebuild never loses them.

After an import succeeds, the pack's verified files are written to ``packs/ID-VERSION.zip``
(the two latest imports are kept). When content.sqlite must be rebuilt (it is damaged, or of
an older format after an upgrade), :func:`rebuild_source` picks the newest pack there is, kept
or bundled with the program, whose files still match its manifest: a newer pack the user
imported is not replaced by the older content the program came with.
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop_app.content.pack import (
    Manifest,
    parse_manifest,
    read_pack_files,
    verify_checksums,
    version_key,
)
from desktop_app.db.sqlite_files import create_private
from desktop_app.problems import PackError

KEPT = 2  # the latest import and the one before it
_FIXED_TIME = (2000, 1, 1, 0, 0, 0)  # the same files give the same bytes


@dataclass(frozen=True)
class PackSource:
    """A pack a rebuild may use: where it is, its version ("" when its manifest cannot be
    read), and whether it is the one that came with the program."""

    path: Path
    version: str
    bundled: bool

    def described(self) -> str:
        """In English, for the command line."""
        if self.bundled:
            return f"the content that came with the program (version {self.version})"
        return f"the pack you imported, version {self.version} (kept as {self.path})"


def _zip_name(manifest: Manifest) -> str:
    return f"{manifest.id}-{manifest.version}.zip"


def keep(files: dict[str, bytes], manifest: Manifest, folder: Path) -> Path:
    """Write the verified ``files`` as ``folder/ID-VERSION.zip`` (atomically: a stopped write
    leaves no half zip), then drop all but the ``KEPT`` latest."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # the data folder's own: private
    target = folder / _zip_name(manifest)
    partial = target.with_suffix(".zip.partial")
    try:
        create_private(partial)
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            for name in sorted(files):
                archive.writestr(zipfile.ZipInfo(name, _FIXED_TIME), files[name],
                                 zipfile.ZIP_DEFLATED)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    os.utime(target)  # the latest import, even when the same version was kept before
    kept = sorted(folder.glob("*.zip"), key=lambda path: path.stat().st_mtime_ns,
                  reverse=True)
    for old in kept[KEPT:]:
        old.unlink(missing_ok=True)
    return target


def _verified(path: Path, bundled: bool) -> PackSource | None:
    """``path`` as a source, when its files are all there and match its manifest."""
    try:
        files = read_pack_files(path)
        manifest = parse_manifest(files)
        verify_checksums(manifest, files)
    except (PackError, OSError):
        return None
    return PackSource(path, manifest.version, bundled)


def rebuild_source(folder: Path, bundled: Path) -> PackSource:
    """The newest pack, by version, of those kept in ``folder`` and the ``bundled`` one, that
    still verifies; at the same version the bundled one. When none verifies, the bundled one
    all the same, for the import to say what is wrong with it."""
    kept = sorted(folder.glob("*.zip")) if folder.is_dir() else []
    sources = [source for path, is_bundled in [*((path, False) for path in kept),
                                               (bundled, True)]
               if (source := _verified(path, is_bundled)) is not None]
    if not sources:
        return PackSource(bundled, "", True)
    return max(sources, key=lambda s: (version_key(s.version), s.bundled))
