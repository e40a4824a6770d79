"""Problems reach the reader in the interface language; file names stay as they are."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.content.signing import new_key
from desktop_app.db.errors import UserDataTooNew
from desktop_app.db.migrations import USER_SCHEMA_VERSION
from desktop_app.library import UserData
from desktop_app.paths import DataPaths
from desktop_app.ui.i18n import problem_text
from desktop_app.ui.reader.main_window import MainWindow
from tests.i18n import CYRILLIC
from tests.packs import BASIC_ENTRIES, sign_pack, write_pack
from tests.ui.conftest import WindowFactory, features, shown_message

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


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_pack_of_unknown_origin_is_imported_only_when_the_reader_says_so(
        qtbot: QtBot, make_window: WindowFactory, imported: DataPaths, tmp_path: Path,
        lang: str) -> None:
    window = make_window("mission", lang=lang)
    unsigned = write_pack(tmp_path / "unsigned", version="2.0.0", signed=False)
    before = imported.content_db.read_bytes()
    features(window).importing.import_pack_checked(unsigned)
    box = shown_message(qtbot, window)
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert not _ascii_words(box.text()) if lang == "ru" else "not signed" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert imported.content_db.read_bytes() == before  # Cancel: nothing imported

    features(window).importing.import_pack_checked(unsigned)
    box = shown_message(qtbot, window)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.library.pack is not None
                    and window.library.pack.version == "2.0.0", timeout=10000)


def test_the_warning_names_the_key_of_an_untrusted_signer(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    key = new_key()
    key_file = tmp_path / "other.key"
    key_file.write_text(key.file_text(), encoding="utf-8")
    pack = sign_pack(write_pack(tmp_path / "other", signed=False), key_file)
    window = make_window("mission")
    features(window).importing.import_pack_checked(pack)
    box = shown_message(qtbot, window)
    assert key.public().id_text in box.text()
    box.reject()


def test_a_trusted_pack_imports_without_a_question(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window("mission")
    features(window).importing.import_pack_checked(write_pack(tmp_path / "signed",
                                                              version="3.0.0"))
    qtbot.waitUntil(lambda: window.library.pack is not None
                    and window.library.pack.version == "3.0.0", timeout=10000)
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]
