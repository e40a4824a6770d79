"""``field-reference check``: verify both databases and the installed pack, read-only.

Each finding is one plain sentence, marked ok or problem; nothing is repaired or written, so the
command is safe to run on a damaged data folder before deciding what to do.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from desktop_app.content.open import open_installed
from desktop_app.content.pack import version_key
from desktop_app.db.migrations import USER_SCHEMA_VERSION
from desktop_app.db.sqlite_files import connect_for_reading
from desktop_app.db.user_safety import backups, damage, holding, taken_at
from desktop_app.library import ContentLibrary
from desktop_app.paths import DataPaths, bundled_pack_dir
from desktop_app.problems import PackError


@dataclass(frozen=True)
class Finding:
    ok: bool
    text: str


def _integrity(conn: sqlite3.Connection) -> str:
    rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    return "ok" if rows == ["ok"] else "; ".join(rows[:3])


def check_content(path: Path) -> tuple[list[Finding], str | None]:
    """Findings on content.sqlite, and the installed pack's version (None if unusable).

    Whether the content can be used is decided as the window decides it
    (:func:`~desktop_app.content.open.open_installed`, read-only); the integrity check and
    the count of entries come on top.
    """
    if not path.is_file():
        return [Finding(True, f"{path}: no content yet; the window imports the bundled "
                              "content when it starts.")], None
    library = ContentLibrary(path)
    try:
        why = open_installed(library)
        if why is not None:
            return [Finding(False, f"{why} The window rebuilds it from the bundled "
                                   "content.")], None
        pack = library.pack
        assert pack is not None  # set by a successful open
        with closing(connect_for_reading(path)) as conn:
            integrity = _integrity(conn)
            entries = conn.execute("SELECT count(*) FROM entry").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return [Finding(False, f"{path}: cannot be read ({exc}); the window rebuilds it "
                               "from the bundled content.")], None
    finally:
        library.close()
    if integrity != "ok":
        # It still opens, so the window would read it: importing a pack replaces it.
        return [Finding(False, f"{path}: damaged ({integrity}); import the content pack "
                               "again to rebuild it.")], None
    return [Finding(True, f"{path}: content pack {pack.id} {pack.version} of {pack.date}, "
                          f"{entries} entries, languages {', '.join(pack.languages)}."
                    )], pack.version


AT_THE_NEXT_START = ("the program's next start keeps it aside and restores the newest backup, "
                     "if there is one")


def check_user(path: Path, backups_dir: Path) -> list[Finding]:
    """``path`` as the program's next start will judge it: with backups, an empty or missing
    file is damage, and is restored."""
    reason = damage(path, backed_up=bool(backups(backups_dir)))
    if reason is not None:
        return [Finding(False, f"{path}: {reason}; {AT_THE_NEXT_START}.")]
    if not path.is_file():
        return [Finding(True, f"{path}: no user data yet.")]
    try:
        with closing(connect_for_reading(path)) as conn:
            integrity = _integrity(conn)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = [row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
            counts = {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                      for name in tables}
    except sqlite3.DatabaseError as exc:
        return [Finding(False, f"{path}: cannot be read ({exc}); {AT_THE_NEXT_START}.")]
    if integrity != "ok":
        return [Finding(False, f"{path}: damaged ({integrity}).")]
    if version > USER_SCHEMA_VERSION:
        return [Finding(False, f"{path}: written by a newer Field Reference (format {version}, "
                               f"this one knows up to {USER_SCHEMA_VERSION}).")]
    listed = ", ".join(f"{name} {count}" for name, count in counts.items())
    return [Finding(True, f"{path}: format {version}, intact ({listed or 'empty'}).")]


def check_backups(backups_dir: Path) -> list[Finding]:
    """Each copy of user.sqlite, newest first: when it was taken and what it holds, so that
    the user can see which one has their bookmarks before restoring one by hand."""
    copies = backups(backups_dir)
    if not copies:
        return [Finding(True, f"{backups_dir}: no backups of user.sqlite yet.")]
    findings = []
    for copy in copies:
        taken = f"{taken_at(copy):%Y-%m-%d %H:%M}"
        held = holding(copy)
        if held is None:
            findings.append(Finding(False, f"{copy}: backup of {taken} cannot be read."))
        else:
            findings.append(Finding(True, f"{copy}: backup of {taken}, {held.bookmarks} "
                                          f"bookmarks, {held.notes} notes."))
    return findings


def check_bundled(installed_version: str | None, bundled: Path | None = None) -> list[Finding]:
    from desktop_app.content.importer import load_pack  # renders every entry: only when checking

    bundled = bundled or bundled_pack_dir()
    try:
        info, _records, _media = load_pack(bundled)
    except PackError as exc:
        return [Finding(False, f"{bundled}: the bundled content pack has problems: "
                               + "; ".join(str(p) for p in exc.problems[:5]))]
    findings = [Finding(True, f"{bundled}: bundled content pack {info.version} is complete "
                              "and its checksums match.")]
    if installed_version and version_key(installed_version) < version_key(info.version):
        findings.append(Finding(True, f"the installed content {installed_version} is older "
                                      f"than the bundled {info.version}."))
    return findings


def check_folder(paths: DataPaths) -> list[Finding]:
    """A folder that may not be written is no problem: the window reads from it."""
    if paths.writable():
        return []
    return [Finding(True, f"{paths.root}: read-only; the window shows the content and the "
                          "bookmarks, and saves nothing.")]


def check_all(paths: DataPaths) -> list[Finding]:
    content, installed = check_content(paths.content_db)
    return (check_folder(paths) + content + check_user(paths.user_db, paths.backups_dir)
            + check_backups(paths.backups_dir) + check_bundled(installed))
