"""What's new: after a newer pack is imported in the window, a page of links to what changed,
the same as ``pack diff`` finds; Help → What's new shows it again; the new and changed
entries are bold in the tree until opened, across a restart too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop_app.content.importer import load_pack
from desktop_app.content.pack_diff import HEAD, compare
from desktop_app.paths import DataPaths
from desktop_app.places import Place
from desktop_app.ui.reader.main_window import MainWindow
from desktop_app.ui.reader.tree_model import PLACE_ROLE
from desktop_app.ui.whats_new import WhatsNewDialog
from tests.packs import newer_pack
from tests.ui.conftest import WindowFactory, features, shown_whats_new


def _import_newer(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> WhatsNewDialog:
    features(window).importing.import_pack(newer_pack(tmp_path / "new"))
    return shown_whats_new(qtbot, window)


def _links(dialog: WhatsNewDialog) -> set[Place]:
    found, block = set(), dialog.browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            href = iterator.fragment().charFormat().anchorHref()
            if href:
                found.add(Place.parse(href))
            iterator += 1
        block = block.next()
    return found


def _bold(window: MainWindow, slug: str) -> bool:
    index = window.tree_model.index_for(Place(slug), slug.rpartition("/")[0] or None)
    assert index.isValid() and index.data(PLACE_ROLE) == Place(slug)
    font = window.tree_model.itemFromIndex(index).font()
    return isinstance(font, QFont) and font.bold()


def test_the_page_after_an_import_links_what_pack_diff_finds(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, pack_dir: Path) -> None:
    window = make_window("borders")
    dialog = _import_newer(qtbot, window, tmp_path)
    text = dialog.browser.toPlainText()
    assert "What's new in content version 1.1.0" in text
    assert "Since version 1.0.0 of 1 November 2026: 1 new, 2 changed and 1 removed entries." in text
    assert "Border handbook" in text  # removed: named, with no link

    diff = compare(*load_pack(pack_dir)[:2], *load_pack(tmp_path / "new")[:2])
    expected = {Place(slug) for slug in diff.added} | {
        Place(change.slug, "" if anchor == HEAD else anchor)
        for change in diff.changed for anchor in change.sections["en"] if "en" in change.sections}
    expected |= {Place(change.slug) for change in diff.changed}
    assert _links(dialog) == expected

    assert _bold(window, "borders/opening") and _bold(window, "mission")
    assert not _bold(window, "borders")
    dialog.browser.anchorClicked.emit(Place("mission", "history").url())  # a click on "History"
    qtbot.waitUntil(lambda: window.history.current == Place("mission", "history"))
    assert not _bold(window, "mission") and _bold(window, "borders/opening")


def test_help_whats_new_shows_it_again_in_russian_and_marks_last_until_opened(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, imported: DataPaths) -> None:
    window = make_window("borders")
    _import_newer(qtbot, window, tmp_path).close()
    window.open_place(Place("borders/opening"))
    window.close()  # the reading places are saved at close

    again = make_window("borders", lang="ru", paths=imported)
    assert not _bold(again, "borders/opening") and _bold(again, "borders/checkpoint")
    whats_new = features(again).whats_new
    assert whats_new.act_whats_new.text() == "&Что нового"
    whats_new.act_whats_new.trigger()
    dialog = again.findChild(WhatsNewDialog)
    assert isinstance(dialog, QDialog) and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert "Что нового в версии содержимого 1.1.0" in text
    assert "С версии 1.0.0 от 1 ноября 2026:" in text
    assert "Открыт центр" in text and "Пограничный справочник" in text
    assert "Миссия: История (изменено в тексте на языке «Английский»)" in text


def test_content_installed_fresh_has_nothing_new(make_window: WindowFactory) -> None:
    window = make_window()
    features(window).whats_new.act_whats_new.trigger()
    dialog = window.findChild(WhatsNewDialog)
    assert dialog is not None
    assert "No changes are recorded for this content" in dialog.browser.toPlainText()
    assert not _bold(window, "mission")
