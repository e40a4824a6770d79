"""A damaged user.sqlite found at start: the window says what was restored and from when."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.db.bookmark_repo import BookmarkRepository
from desktop_app.library import UserData
from desktop_app.paths import DataPaths
from tests.ui.conftest import WindowFactory


def test_window_tells_about_a_restored_backup(qtbot: QtBot, make_window: WindowFactory,
                                              imported: DataPaths) -> None:
    user = UserData(imported.user_db, imported.backups_dir)
    with user.transaction() as s:
        BookmarkRepository(s).add_bookmark("mission", "aims", {"en": "The mission › Aims"})
    user.close()
    UserData(imported.user_db, imported.backups_dir).close()  # the start-up backup
    imported.user_db.write_bytes(b"\0garbage" * 512)
    window = make_window()
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)))
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert "restored from the automatic backup of" in box.text()
    assert "user.sqlite.damaged-" in box.text()
    with window.user.transaction() as s:
        assert [b.target for b in BookmarkRepository(s).bookmarks()] == ["mission#aims"]
    box.button(QMessageBox.StandardButton.Ok).click()
