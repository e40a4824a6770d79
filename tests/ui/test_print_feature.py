"""Printing from the window through its real actions and dialogs (Qt's file dialog bypassed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QProgressDialog, QToolBar
from pytestqt.qtbot import QtBot

from desktop_app.paths import DataPaths
from desktop_app.settings import SettingsStore
from desktop_app.ui.printing.batch_dialog import BatchDialog
from desktop_app.ui.printing.pages import page_layout
from tests.briefs import (
    brief_starts,
    contents_pages,
    import_brief_pack,
    page_texts,
    pdf_title,
)
from tests.ui.conftest import WindowFactory, access_keys, features, shown_message


@pytest.fixture
def brief_paths(tmp_path: Path) -> DataPaths:
    return import_brief_pack(tmp_path)


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Qt's save dialog answers with a file in tmp_path; the names it proposed are kept."""
    proposed: list[str] = []

    def answer(_parent: object, _caption: str, name: str, _filter: str) -> tuple[str, str]:
        proposed.append(name)
        return str(tmp_path / "out" / Path(name).name), ""

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return proposed


def test_file_menu_has_the_print_actions(make_window: WindowFactory) -> None:
    window = make_window("borders/checkpoint")
    feature = features(window).printing
    actions = window.menus.file_menu.actions()
    for action in (feature.act_print, feature.act_preview, feature.act_export,
                   feature.act_page_setup, feature.act_bilingual, feature.act_batch):
        assert action in actions and action.isEnabled()
    assert feature.act_print.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert actions.index(feature.act_batch) < actions.index(window.menus.act_quit)


def test_export_pdf_of_the_open_project_through_the_action(
        make_window: WindowFactory, brief_paths: DataPaths, save_as: list[str],
        tmp_path: Path) -> None:
    window = make_window("borders/training", lang="ru", paths=brief_paths)
    features(window).printing.act_export.trigger()
    assert Path(save_as[0]).name == "training-ru.pdf"
    pdf = tmp_path / "out" / "training-ru.pdf"
    texts = page_texts(pdf)
    assert "ПАСПОРТ ПРОЕКТА" in texts[0] and "Страница 1 из 2" in texts[0]
    assert pdf_title(pdf) == "Учебные центры"
    assert window.statusBar().currentMessage() == f"Сохранено: {pdf}."
    assert SettingsStore(brief_paths.settings_file).load().export_dir == str(pdf.parent)


def test_a_pdf_that_cannot_be_written_is_said_in_the_reader_s_language(
        qtbot: QtBot, make_window: WindowFactory, brief_paths: DataPaths,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    gone = tmp_path / "a-file" / "training-ru.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(gone), ""))
    window = make_window("borders/training", lang="ru", paths=brief_paths)
    features(window).printing.act_export.trigger()
    assert shown_message(qtbot, window).text() == "training-ru.pdf не сохранён: такой папки нет."
    assert list(tmp_path.glob("**/*.part")) == []


def test_other_entries_print_as_shown(make_window: WindowFactory, save_as: list[str],
                                      tmp_path: Path) -> None:
    window = make_window("borders")
    features(window).printing.act_export.trigger()
    pdf = tmp_path / "out" / "borders-en.pdf"
    (text,) = page_texts(pdf)
    assert "Border management" in text and "Training centres." in text
    assert "PROJECT BRIEF" not in text and "Page 1 of 1" in text
    assert pdf_title(pdf) == "Border management"
    reader = PdfReader(pdf)
    assert reader.pages[0].images  # the pack's map is printed too


def test_bilingual_option_is_remembered_and_used(make_window: WindowFactory,
                                                 imported: DataPaths, save_as: list[str],
                                                 tmp_path: Path) -> None:
    window = make_window("borders/checkpoint")
    features(window).printing.act_bilingual.trigger()
    assert SettingsStore(imported.settings_file).load().print_bilingual
    features(window).printing.act_export.trigger()
    assert Path(save_as[0]).name == "checkpoint-en-ru.pdf"
    (text,) = page_texts(tmp_path / "out" / "checkpoint-en-ru.pdf")
    assert "Bratstvo checkpoint" in text and "КПП «Братство»" in text


def test_page_setup_is_remembered_and_used(make_window: WindowFactory, imported: DataPaths,
                                           tmp_path: Path) -> None:
    window = make_window("borders/checkpoint")
    features(window).printing.output.remember_layout(page_layout("Letter", "landscape"))
    window.close()
    stored = SettingsStore(imported.settings_file).load()
    assert (stored.page_size, stored.page_orientation) == ("Letter", "landscape")
    again = make_window("borders/checkpoint")
    pdf = features(again).printing.export_open(tmp_path / "letter.pdf")
    assert pdf is not None
    box = PdfReader(pdf).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)


def test_print_preview_opens_at_the_page_width_with_print_export_and_close(
        qtbot: QtBot, make_window: WindowFactory, save_as: list[str], tmp_path: Path) -> None:
    window = make_window("borders/checkpoint", lang="ru")
    dialog = features(window).printing.preview_open()
    assert isinstance(dialog, QPrintPreviewDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Предварительный просмотр — КПП «Братство»"
    pages = dialog.findChild(QPrintPreviewWidget)
    assert pages is not None and pages.zoomMode() == QPrintPreviewWidget.ZoomMode.FitToWidth
    toolbar = dialog.findChild(QToolBar)
    assert toolbar is not None
    actions = {action.text(): action for action in toolbar.actions() if action.text()}
    assert {"Печать", "Экспорт в PDF…", "Закрыть"} <= actions.keys()
    actions["Экспорт в PDF…"].trigger()
    assert [Path(name).name for name in save_as] == ["checkpoint-ru.pdf"]
    assert "КПП «Братство»" in page_texts(tmp_path / "out" / "checkpoint-ru.pdf")[0]
    actions["Закрыть"].trigger()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_batch_dialog_exports_an_area_each_brief_on_new_pages(
        qtbot: QtBot, make_window: WindowFactory, brief_paths: DataPaths,
        tmp_path: Path) -> None:
    window = make_window("health/clinic", paths=brief_paths)
    dialog = features(window).printing.batch_dialog()
    qtbot.addWidget(dialog)
    assert dialog.chosen() == ["health/clinic"]  # the open project is ticked
    dialog.check("borders")
    assert dialog.chosen() == ["borders/checkpoint", "borders/training", "health/clinic"]
    pdf = dialog.export(tmp_path / "area.pdf")
    assert pdf is not None
    texts = page_texts(pdf)
    titles = ["Bratstvo checkpoint", "Training centres", "Migrant clinic"]
    assert brief_starts(texts, titles) == contents_pages(texts, titles) == [2, 3, 5]
    assert pdf_title(pdf) == "Project briefs"


def test_batch_export_can_be_cancelled(qtbot: QtBot, make_window: WindowFactory,
                                       brief_paths: DataPaths, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(paths=brief_paths)
    dialog = features(window).printing.batch_dialog()
    qtbot.addWidget(dialog)
    dialog.select_all.click()
    assert len(dialog.chosen()) == 3
    values: list[int] = []
    set_value = QProgressDialog.setValue

    def press_cancel_after_one(progress: QProgressDialog, value: int) -> None:
        set_value(progress, value)
        values.append(value)
        if value >= 1:
            progress.cancel()  # as the user's click on Cancel does

    monkeypatch.setattr(QProgressDialog, "setValue", press_cancel_after_one)
    assert dialog.export(tmp_path / "cancelled.pdf") is None
    assert values == [0, 1]
    assert not (tmp_path / "cancelled.pdf").exists()
    assert not list(tmp_path.glob("*.part"))


def test_batch_dialog_opens_from_the_menu_in_russian(qtbot: QtBot,
                                                     make_window: WindowFactory) -> None:
    window = make_window(lang="ru")
    found: list[BatchDialog] = []

    def grab() -> None:
        found.extend(w for w in QApplication.topLevelWidgets()
                     if isinstance(w, BatchDialog) and w.isVisible())
        for dialog in found:
            dialog.reject()

    QTimer.singleShot(0, grab)
    features(window).printing.act_batch.trigger()
    qtbot.waitUntil(lambda: bool(found))
    assert found[0].windowTitle() == "Печать паспортов проектов"
    assert found[0].chosen() == []


def accept_print_dialog(monkeypatch: pytest.MonkeyPatch, out: Path) -> None:
    """Qt's print dialog answers OK with "print to file" at ``out``."""

    def exec_(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", exec_)


def test_print_action_prints_the_brief(make_window: WindowFactory,
                                       monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window = make_window("borders/checkpoint", lang="ru")
    accept_print_dialog(monkeypatch, tmp_path / "printed.pdf")
    features(window).printing.act_print.trigger()
    (text,) = page_texts(tmp_path / "printed.pdf")
    assert "КПП «Братство»" in text and "Страница 1 из 1" in text
    assert pdf_title(tmp_path / "printed.pdf") == "КПП «Братство»"


def test_page_setup_dialog_choice_is_remembered(make_window: WindowFactory,
                                                imported: DataPaths) -> None:
    window = make_window(lang="ru")
    dialog = features(window).printing.page_setup()
    assert dialog.windowTitle() == "Параметры страницы"
    assert dialog.choice() == ("A4", "portrait")
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("landscape"))
    dialog.accept()
    stored = SettingsStore(imported.settings_file).load()
    assert (stored.page_size, stored.page_orientation) == ("Letter", "landscape")
    again = features(window).printing.page_setup()
    assert again.choice() == ("Letter", "landscape")
    assert again.orientation.currentText() == "Альбомная"
    again.reject()


def test_batch_dialog_prints(qtbot: QtBot, make_window: WindowFactory, brief_paths: DataPaths,
                             monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window = make_window(paths=brief_paths)
    dialog = features(window).printing.batch_dialog()
    qtbot.addWidget(dialog)
    dialog.check("health/clinic", "borders/checkpoint")
    accept_print_dialog(monkeypatch, tmp_path / "batch.pdf")
    dialog.buttons.print.click()
    texts = page_texts(tmp_path / "batch.pdf")
    titles = ["Bratstvo checkpoint", "Migrant clinic"]
    assert brief_starts(texts, titles) == contents_pages(texts, titles) == [2, 3]


def test_batch_dialog_two_sided_starts_each_brief_on_a_right_hand_page(
        qtbot: QtBot, make_window: WindowFactory, brief_paths: DataPaths,
        tmp_path: Path) -> None:
    window = make_window(paths=brief_paths)
    dialog = features(window).printing.batch_dialog()
    qtbot.addWidget(dialog)
    dialog.select_all.click()
    dialog.two_sided.setChecked(True)
    pdf = dialog.export(tmp_path / "two-sided.pdf")
    assert pdf is not None
    texts = page_texts(pdf)
    titles = ["Bratstvo checkpoint", "Training centres", "Migrant clinic"]
    starts = brief_starts(texts, titles)
    assert starts == contents_pages(texts, titles) == [3, 5, 7]
    assert texts[1].strip() == texts[3].strip() == ""  # the backs left blank


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_batch_dialog_uses_each_access_key_once(qtbot: QtBot, make_window: WindowFactory,
                                                lang: str) -> None:
    dialog = features(make_window(lang=lang)).printing.batch_dialog()
    qtbot.addWidget(dialog)
    keys = access_keys(dialog)
    assert len(keys) >= 6 and len(keys) == len(set(keys)), keys
