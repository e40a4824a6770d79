"""The reading place while the window starts: kept in memory until user.sqlite is open."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from pytestqt.qtbot import QtBot

from desktop_app.library import UserData, read_first_view
from desktop_app.paths import DataPaths
from desktop_app.ui.app import build_window
from desktop_app.ui.reader.place_saver import SAVE_INTERVAL_MS


def saved_place(paths: DataPaths) -> tuple[str, str, int]:
    with closing(sqlite3.connect(paths.user_db)) as db:
        row = db.execute("SELECT slug, section, scroll FROM place "
                         "ORDER BY opened_at DESC LIMIT 1").fetchone()
    return (str(row[0]), str(row[1]), int(row[2]))


def test_scrolling_before_user_data_opens_waits_for_it_and_is_kept_at_close(
        qtbot: QtBot, imported: DataPaths) -> None:
    user = UserData(imported.user_db, imported.backups_dir)
    with user.write() as repo:
        repo.record_place("borders/handbook", "", 0)
    user.close()
    window = build_window(imported, "en", open_user=False)
    qtbot.addWidget(window)
    first = read_first_view(window.library, imported.user_db, window.lang)
    assert first is not None and first.view.slug == "borders/handbook"
    window.show_first_view(first)
    window.show()
    bar = window.detail.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)  # the reader scrolls at once
    qtbot.wait(SAVE_INTERVAL_MS + 300)
    assert not window.user.is_open  # the start opens it, and says what is wrong if anything
    assert saved_place(imported) == ("borders/handbook", "", 0)
    in_view = ("borders/handbook", window.detail.section_at_top(), bar.value())
    assert in_view[1] and in_view[2] > 0
    window.close()
    assert saved_place(imported) == in_view
