"""Help → About in both languages: versions, the pack, the shipped components and licences."""

from __future__ import annotations

import platform

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop_app import __version__
from desktop_app.licences import COMPONENTS, licence_text
from desktop_app.paths import resources_dir
from desktop_app.ui.about_dialog import AboutDialog, LicencesDialog
from desktop_app.ui.reader.main_window import MainWindow
from tests.ui.conftest import WindowFactory, features


def open_about(qtbot: QtBot, make_window: WindowFactory, lang: str) -> AboutDialog:
    window = make_window(lang=lang)
    features(window).about.act_about.trigger()
    dialogs = window.findChildren(AboutDialog)
    assert len(dialogs) == 1
    qtbot.waitExposed(dialogs[0])
    return dialogs[0]


def test_about_shows_versions_pack_and_licences(qtbot: QtBot,
                                                make_window: WindowFactory) -> None:
    about = open_about(qtbot, make_window, "en")
    assert about.windowTitle() == "About Field Reference"
    heading = about.heading.text()
    assert f"Version {__version__}" in heading
    assert "Content version 1.0.0 of 1 November 2026" in heading
    table = about.components.text()
    for component in ("Qt", "PySide6", "LGPL-3.0", "SQLAlchemy", "MIT", "Python-Markdown",
                      "BSD-3-Clause", "nh3 / ammonia", "Apache-2.0", "Python", "PSF-2.0",
                      "PyStemmer / Snowball", "DejaVu Sans", "Bitstream Vera"):
        assert component in table
    assert table.count("PySide6") == 1  # each component once
    assert platform.python_version() in table


def test_licences_button_shows_each_text(qtbot: QtBot, make_window: WindowFactory) -> None:
    about = open_about(qtbot, make_window, "en")
    qtbot.mouseClick(about.licences_button, Qt.MouseButton.LeftButton)
    licences = about.findChild(LicencesDialog)
    assert licences is not None and licences.isVisible()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in licences.text.toPlainText()
    assert licences.text.toPlainText().startswith("Qt: LGPL-3.0\n")  # under its name
    assert "====" not in licences.text.toPlainText().split("\n")[0]
    for row, component in enumerate(COMPONENTS):
        licences.list.setCurrentRow(row)
        assert licences.text.toPlainText() == licence_text(component)
        assert "(missing:" not in licences.text.toPlainText()


def test_every_named_licence_file_exists() -> None:
    for component in COMPONENTS:
        for text in component.texts:
            assert (resources_dir() / text.file).stat().st_size > 500, text.file


def test_about_in_russian(qtbot: QtBot, make_window: WindowFactory) -> None:
    about = open_about(qtbot, make_window, "ru")
    window = about.parentWidget()
    assert isinstance(window, MainWindow)
    try:
        check_russian(about)
    finally:  # the translators belong to the application, which later tests share
        window.translators.switch("en")


def check_russian(about: AboutDialog) -> None:
    assert about.windowTitle() == "О программе «Полевой справочник»"
    assert f"Версия {__version__}" in about.heading.text()
    assert "Версия содержимого 1.0.0" in about.heading.text()
    assert "Компонент" in about.components.text() and "Лицензия" in about.components.text()
    assert about.licences_button.text() == "&Лицензии…"
    buttons = [b.text() for b in about.findChildren(QPushButton)]
    assert "&Закрыть" in buttons or "Закрыть" in buttons
    about.show_licences()
    licences = about.findChild(LicencesDialog)
    assert licences is not None and licences.windowTitle() == "Лицензии"
