"""File → Print meeting pack… through its real dialog: the page count it shows is the PDF's,
and what is chosen (folder, title, language, notes, paper, two-sided) is what is printed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.paths import DataPaths
from desktop_app.ui.bookmarks.model import FOLDER
from desktop_app.ui.printing.meeting_dialog import BOTH, MeetingPackDialog
from tests.briefs import MEETING_NOTES, add_meeting_folder, import_brief_pack, page_texts
from tests.ui.bookmark_helpers import choose
from tests.ui.conftest import WindowFactory, access_keys, features
from tests.ui.test_bookmarks_panel import open_panel, right_click
from tests.ui.test_print_feature import accept_print_dialog


@pytest.fixture
def meeting_paths(tmp_path: Path) -> DataPaths:
    paths = import_brief_pack(tmp_path)
    add_meeting_folder(paths)
    return paths


def dialog_of(qtbot: QtBot, make_window: WindowFactory, paths: DataPaths,
              lang: str = "en") -> MeetingPackDialog:
    window = make_window(lang=lang, paths=paths)
    dialog = features(window).printing.meeting_pack_dialog()
    qtbot.addWidget(dialog)
    return dialog


def pages_of(pdf: Path) -> int:
    return len(PdfReader(pdf).pages)


def test_the_page_count_shown_is_the_exported_pdfs(qtbot: QtBot, make_window: WindowFactory,
                                                   meeting_paths: DataPaths,
                                                   tmp_path: Path) -> None:
    dialog = dialog_of(qtbot, make_window, meeting_paths)
    assert [dialog.folder.itemText(i) for i in range(dialog.folder.count())] == \
        ["Donor meeting (4)", "Empty (0)"]
    assert dialog.title.text() == "Donor meeting"
    shown = dialog.page_count
    assert dialog.pages.text() == (f"Pages: {shown} · no longer in the content: 1 (named on "
                                   "the contents page)")
    pdf = dialog.export(tmp_path / "pack.pdf")
    assert pdf is not None and pages_of(pdf) == shown
    texts = page_texts(pdf)
    assert "Donor meeting" in texts[0] and "The old border post" in texts[1]
    assert all(note in " ".join(texts) for note in MEETING_NOTES.values())


def test_two_sided_and_letter_paper_change_the_count_and_the_pages(
        qtbot: QtBot, make_window: WindowFactory, meeting_paths: DataPaths,
        tmp_path: Path) -> None:
    dialog = dialog_of(qtbot, make_window, meeting_paths)
    one_sided = dialog.page_count
    dialog.two_sided.setChecked(True)
    assert dialog.page_count > one_sided
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    pdf = dialog.export(tmp_path / "letter.pdf")
    assert pdf is not None and pages_of(pdf) == dialog.page_count
    for page in PdfReader(pdf).pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) \
            == (612, 792)
    assert page_texts(pdf)[1].strip() == ""  # the cover's back is left blank


def test_a_typed_title_without_notes_in_both_languages(qtbot: QtBot, make_window: WindowFactory,
                                                      meeting_paths: DataPaths,
                                                      tmp_path: Path) -> None:
    dialog = dialog_of(qtbot, make_window, meeting_paths)
    qtbot.keyClicks(dialog.title, " of May")  # typed: choosing a folder keeps it
    dialog.choose_folder("Empty")
    dialog.choose_folder("Donor meeting")
    assert dialog.title.text() == "Donor meeting of May"
    dialog.notes.setChecked(False)
    dialog.language.setCurrentIndex(dialog.language.findData(BOTH))
    pdf = dialog.export(tmp_path / "both.pdf")
    assert pdf is not None and pages_of(pdf) == dialog.page_count
    text = " ".join(page_texts(pdf))
    assert "Donor meeting of May" in text and "English · Русский" in text
    assert "Миссия" in text and "The mission" in text
    assert not any(note in text for note in MEETING_NOTES.values())


def test_print_sends_the_pack_to_the_printer(qtbot: QtBot, make_window: WindowFactory,
                                             meeting_paths: DataPaths, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = dialog_of(qtbot, make_window, meeting_paths)
    accept_print_dialog(monkeypatch, tmp_path / "printed.pdf")
    dialog.buttons.print.click()
    assert pages_of(tmp_path / "printed.pdf") == dialog.page_count
    assert "MEETING PACK" in page_texts(tmp_path / "printed.pdf")[0]


def test_an_empty_folder_has_nothing_to_print(qtbot: QtBot, make_window: WindowFactory,
                                              meeting_paths: DataPaths) -> None:
    dialog = dialog_of(qtbot, make_window, meeting_paths)
    dialog.choose_folder("Empty")
    assert (dialog.page_count, dialog.pages.text()) == (0, "This folder holds no bookmarks.")
    assert not dialog.buttons.export.isEnabled() and not dialog.buttons.print.isEnabled()


def test_without_folders_the_dialog_says_how_to_make_one(qtbot: QtBot,
                                                        make_window: WindowFactory,
                                                        imported: DataPaths) -> None:
    none = dialog_of(qtbot, make_window, imported)
    assert none.folder.count() == 0 and none.no_folders.isVisibleTo(none)
    assert not none.buttons.export.isEnabled() and not none.buttons.print.isEnabled()


def test_opens_from_the_file_menu_in_russian(qtbot: QtBot, make_window: WindowFactory,
                                             meeting_paths: DataPaths) -> None:
    window = make_window(lang="ru", paths=meeting_paths)
    found: list[MeetingPackDialog] = []

    def grab() -> None:
        found.extend(w for w in QApplication.topLevelWidgets()
                     if isinstance(w, MeetingPackDialog) and w.isVisible())
        for dialog in found:
            dialog.reject()

    QTimer.singleShot(0, grab)
    action = features(window).printing.act_meeting_pack
    assert action in window.menus.file_menu.actions() and action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: bool(found))
    dialog = found[0]
    assert dialog.windowTitle() == "Печать материалов к встрече"
    assert dialog.folder.itemText(0) == "Donor meeting (4)"
    assert dialog.language.currentData() == "ru"
    assert dialog.pages.text() == (f"Страниц: {dialog.page_count} · нет в материалах: 1 "
                                   "(указаны в содержании)")


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_each_access_key_is_used_once(qtbot: QtBot, make_window: WindowFactory,
                                      meeting_paths: DataPaths, lang: str) -> None:
    dialog = dialog_of(qtbot, make_window, meeting_paths, lang)
    keys = access_keys(dialog)
    assert len(keys) >= 8 and len(keys) == len(set(keys)), keys


def test_a_folders_context_menu_prints_its_meeting_pack(qtbot: QtBot,
                                                        make_window: WindowFactory,
                                                        meeting_paths: DataPaths) -> None:
    window = make_window(lang="ru", paths=meeting_paths)
    panel = open_panel(qtbot, window)
    empty = next(f for f in features(window).bookmarks.store.contents()[0] if f.name == "Empty")
    right_click(panel, panel.index_of(FOLDER, empty.id))
    choose(qtbot, panel.last_menu, "Печать материалов к встрече…")
    qtbot.waitUntil(lambda: bool(shown_dialogs()))
    (dialog,) = shown_dialogs()
    assert dialog.chosen_folder() == empty and dialog.title.text() == "Empty"
    dialog.reject()


def shown_dialogs() -> list[MeetingPackDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, MeetingPackDialog) and w.isVisible()]
