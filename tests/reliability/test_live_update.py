"""Importing while the window is open: newer content swaps in place; older content asks first."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.content.pack import peek_manifest
from desktop_app.places import Place
from tests.packs import write_pack
from tests.ui.conftest import WindowFactory, features
from tests.ui.test_main_window import message_box


def _zipped(folder: Path) -> Path:
    return Path(shutil.make_archive(str(folder), "zip", folder.parent, folder.name))


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Cancel,
                                    QMessageBox.StandardButton.Yes])
def test_an_older_pack_asks_before_replacing_newer_content(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path,
        answer: QMessageBox.StandardButton) -> None:
    window = make_window("borders/handbook#part-2")
    older = _zipped(write_pack(tmp_path / "older", version="0.9.0"))
    features(window).importing.import_pack_checked(older)
    box = message_box(window)
    assert "0.9.0" in box.text() and "1.0.0" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    button = box.button(answer)
    assert button is not None
    button.click()
    if answer == QMessageBox.StandardButton.Yes:
        qtbot.waitUntil(lambda: window.library.pack is not None
                        and window.library.pack.version == "0.9.0", timeout=10000)
        qtbot.waitUntil(lambda: window.view is not None)
    assert window.library.pack is not None
    assert window.library.pack.version == ("0.9.0" if answer == box.StandardButton.Yes
                                           else "1.0.0")
    assert window.history.current == Place("borders/handbook", "part-2")


def test_a_newer_pack_is_imported_without_asking(qtbot: QtBot, make_window: WindowFactory,
                                                 tmp_path: Path) -> None:
    window = make_window("borders/handbook#part-3")
    features(window).importing.import_pack_checked(write_pack(tmp_path / "newer", version="1.1.0"))
    qtbot.waitUntil(lambda: window.library.pack is not None
                    and window.library.pack.version == "1.1.0", timeout=10000)
    qtbot.waitUntil(lambda: window.view is not None)
    assert window.history.current is not None
    assert window.history.current.slug == "borders/handbook"


def test_peek_reads_only_a_manifest(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "p", version="2.3.4")
    zipped = _zipped(folder)
    peeked = [peek_manifest(folder), peek_manifest(zipped)]
    assert [m.version if m else None for m in peeked] == ["2.3.4", "2.3.4"]
    assert peek_manifest(tmp_path / "nothing") is None
    (tmp_path / "junk.zip").write_bytes(b"junk")
    assert peek_manifest(tmp_path / "junk.zip") is None
