"""A data folder whose user.sqlite holds many bookmarks and a backup of them, for the recovery
tests; and the bookmarks a database holds, read with plain sqlite3 as a fresh start sees them."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from desktop_app.library import UserData

Marks = set[tuple[str, str]]  # (slug, note) of every bookmark


def fill_user_data(root: Path, count: int) -> Marks:
    """user.sqlite with ``count`` bookmarks (every third with a note), backed up by a start."""
    user = UserData(root / "user.sqlite", root / "backups")
    user.close()
    marks = {(f"entry-{n}", f"note {n}" if n % 3 == 0 else "") for n in range(count)}
    with closing(sqlite3.connect(root / "user.sqlite")) as conn, conn:
        conn.executemany(
            "INSERT INTO bookmark (slug, section, folder_id, position, name, note, created_at, "
            "titles, text_hash) VALUES (?, '', NULL, ?, '', ?, '2026-01-01', '{}', '')",
            [(slug, position, note) for position, (slug, note) in enumerate(sorted(marks))])
    UserData(root / "user.sqlite", root / "backups").close()  # the start-up backup
    return marks


def marks_in(path: Path) -> Marks:
    with closing(sqlite3.connect(path)) as conn:
        return set(conn.execute("SELECT slug, note FROM bookmark"))
