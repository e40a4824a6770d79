"""Problems reach the reader in the interface language; file names stay as they are."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.db.errors import UserDataTooNew
from desktop_app.db.migrations import USER_SCHEMA_VERSION
from desktop_app.library import UserData
from desktop_app.paths import DataPaths
from desktop_app.ui.i18n import problem_text
from desktop_app.ui.reader.main_window import MainWindow
from tests.i18n import CYRILLIC
from tests.packs import BASIC_ENTRIES, write_pack
from tests.ui.conftest import WindowFactory, features

NO_FRONT_MATTER = "must start with front matter between two “+++” lines."


def _ascii_words(text: str) -> set[str]:
    return {word.lower() for word in re.findall(r"[A-Za-z]+", text)}


def _refused_box(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> QMessageBox:
    """Import a pack whose en/mission.md lacks its front matter; the message box that says so."""
    broken = write_pack(tmp_path / "broken", {
        "en/mission.md": BASIC_ENTRIES["en/mission.md"].replace("+++\n", "", 1)})
    features(window).importing.import_pack(broken)

    def visible() -> list[QMessageBox]:
        return [b for b in window.findChildren(QMessageBox) if b.isVisible()]

    qtbot.waitUntil(lambda: bool(visible()), timeout=10000)
    assert len(visible()) == 1
    return visible()[0]


def test_refused_pack_problems_are_in_russian(qtbot: QtBot, make_window: WindowFactory,
                                              tmp_path: Path) -> None:
    window = make_window(lang="ru")
    box = _refused_box(qtbot, window, tmp_path)
    text, details = box.text(), box.detailedText()
    assert "en/mission.md:1: " in text and "en/mission.md:1: " in details
    shown = _ascii_words(text) | _ascii_words(details)
    assert shown & _ascii_words(NO_FRONT_MATTER) == set(), text
    assert "должен начинаться с блока метаданных" in text
    box.done(QMessageBox.StandardButton.Ok)


def test_refused_pack_problems_stay_english_in_english(qtbot: QtBot, make_window: WindowFactory,
                                                      tmp_path: Path) -> None:
    window = make_window(lang="en")
    box = _refused_box(qtbot, window, tmp_path)
    assert f"en/mission.md:1: {NO_FRONT_MATTER}" in box.text()
    assert not CYRILLIC.search(box.text())
    box.done(QMessageBox.StandardButton.Ok)


def test_damaged_settings_are_reported_in_russian(qtbot: QtBot, make_window: WindowFactory,
                                                  imported: DataPaths) -> None:
    imported.settings_file.write_bytes(b"[1, 2]")
    window = make_window(lang="ru")
    qtbot.waitUntil(lambda: "settings.json" in window.statusBar().currentMessage())
    message = window.statusBar().currentMessage()
    assert "это не файл настроек; используются настройки по умолчанию." in message


def test_user_data_too_new_is_explained_in_russian(make_window: WindowFactory,
                                                   tmp_path: Path) -> None:
    make_window(lang="ru")  # installs the Russian translators, as run_app has by then
    path = tmp_path / "user.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={USER_SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(UserDataTooNew) as caught:
        UserData(path, tmp_path / "backups")
    text = problem_text(caught.value.problem)
    assert text.startswith(f"{path}: записан более новой версией «Полевого справочника»")
