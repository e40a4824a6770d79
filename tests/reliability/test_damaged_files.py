"""Damaged files at start-up: the reader comes back working and the user's data is kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.paths import DataPaths
from desktop_app.settings import Settings
from tests.ui.conftest import WindowFactory


def _damage(path: Path, how: str) -> None:
    whole = path.read_bytes()
    path.write_bytes({"truncated": whole[: len(whole) // 3], "zeroed": b"\0" * len(whole),
                      "garbage": b"not a database at all\n" * 500}[how])


@pytest.mark.parametrize("how", ["truncated", "zeroed", "garbage"])
def test_damaged_content_is_rebuilt_and_user_data_kept(
        qtbot: QtBot, make_window: WindowFactory, imported: DataPaths, pack_dir: Path,
        how: str) -> None:
    first = make_window("borders/handbook#part-2")
    first.close()  # remembers the place in user.sqlite
    first.user.close()
    user_bytes = imported.user_db.read_bytes()
    _damage(imported.content_db, how)

    window = make_window(paths=imported, pack=pack_dir)
    assert "rebuilt" in window.detail.toPlainText()  # says so while it works
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    assert window.view is not None and window.view.slug == "borders/handbook"
    assert window.detail.section_at_top() == "part-2"  # the place was kept, too
    assert window.library.pack is not None and window.library.pack.version == "1.0.0"
    window.user.close()
    assert imported.user_db.read_bytes()[:100] == user_bytes[:100]


def test_garbage_settings_give_defaults_and_a_message(
        qtbot: QtBot, make_window: WindowFactory, imported: DataPaths) -> None:
    imported.settings_file.write_text('{"zoom": 3, "theme": ', encoding="utf-8")
    window = make_window()
    assert window.settings == Settings()
    qtbot.waitUntil(lambda: "settings.json" in window.statusBar().currentMessage())
    assert "default" in window.statusBar().currentMessage()
