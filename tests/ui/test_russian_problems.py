"""What is wrong with a pack, a settings file or a disk reaches a Russian screen in Russian:
the words of Python, zipfile, tomllib and SQLite (English) never do; file names stay as
they are."""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.content.pack import SIGNATURE
from desktop_app.paths import DataPaths
from tests.packs import BASIC_ENTRIES, write_pack
from tests.ui.conftest import WindowFactory, features, shown_message

# Names of formats and programs, which Russian writes in Latin letters too.
NAMES = {"zip", "toml", "json", "utf", "minisign"}
FILE_NAME = re.compile(r"[\w./-]+\.(?:md|toml|zip|minisig|json)\b")
COMMAND = "field-reference pack sign"


def latin_words(text: str, *paths: str) -> set[str]:
    """The words in Latin letters of ``text`` once the paths, file names and the command are
    taken out."""
    for name in sorted(paths, key=len, reverse=True):
        text = text.replace(name, "")
    text = FILE_NAME.sub("", text.replace(COMMAND, ""))
    return {word.lower() for word in re.findall(r"[A-Za-z]+", text)} - NAMES


def zipped(folder: Path, out: Path, method: int = zipfile.ZIP_STORED) -> Path:
    with zipfile.ZipFile(out, "w", method) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return out


def not_a_zip(tmp_path: Path) -> Path:
    (tmp_path / "pack.zip").write_bytes(b"garbage " * 200)
    return tmp_path / "pack.zip"


def damaged_in_copying(tmp_path: Path) -> Path:
    out = zipped(write_pack(tmp_path / "good"), tmp_path / "pack.zip")
    data = bytearray(out.read_bytes())
    at = data.index(b"## ")  # inside the first entry's text, stored as it is
    data[at] ^= 0x20
    out.write_bytes(bytes(data))
    return out


def front_matter_not_toml(tmp_path: Path) -> Path:
    text = BASIC_ENTRIES["en/mission.md"].replace("order = 1", "order = one")
    return write_pack(tmp_path / "pack", {"en/mission.md": text})


def manifest_not_toml(tmp_path: Path) -> Path:
    pack = write_pack(tmp_path / "pack", signed=False)
    manifest = pack / "manifest.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        'id = "test-pack"', 'id = "test-pack"\nsize = large'), encoding="utf-8")
    return pack


def signature_garbage(tmp_path: Path) -> Path:
    pack = write_pack(tmp_path / "pack")
    (pack / SIGNATURE).write_text("not a signature\n", encoding="utf-8")
    return pack


@pytest.mark.parametrize("make_pack", [not_a_zip, damaged_in_copying, front_matter_not_toml,
                                       manifest_not_toml, signature_garbage],
                         ids=lambda f: f.__name__)
def test_a_refused_pack_is_said_in_russian(qtbot: QtBot, make_window: WindowFactory,
                                           tmp_path: Path,
                                           make_pack: Callable[[Path], Path]) -> None:
    window = make_window("mission", lang="ru")
    pack = make_pack(tmp_path)
    features(window).importing.import_pack(pack, allow_unsigned=True)
    box = shown_message(qtbot, window)
    text = box.text() + "\n" + box.detailedText()
    assert latin_words(text, str(pack)) == set(), text
    box.done(QMessageBox.StandardButton.Ok)


@pytest.mark.parametrize(("content", "said"), [
    (b'{"theme": "dark",}', "settings.json:1: столбец 18: настройки записаны неверно (JSON)"),
    (b'{"theme": "\xe9"}', "settings.json: это не текст UTF-8"),
    (None, "settings.json: это не файл"),
])
def test_damaged_settings_are_said_in_russian(qtbot: QtBot, make_window: WindowFactory,
                                              imported: DataPaths, content: bytes | None,
                                              said: str) -> None:
    if content is None:
        if not hasattr(os, "mkfifo"):
            pytest.skip("named pipes are POSIX")
        os.mkfifo(imported.settings_file)  # reading it would block the start for ever
    else:
        imported.settings_file.write_bytes(content)
    window = make_window("mission", lang="ru")
    qtbot.waitUntil(lambda: said in window.statusBar().currentMessage())
    message = window.statusBar().currentMessage()
    assert latin_words(message, str(imported.settings_file)) == set(), message
