"""The Russian translation is complete, current (lupdate finds nothing new) and compiled."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFileSystemModel,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTabWidget,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop_app.licences import COMPONENTS
from desktop_app.paths import resources_dir
from desktop_app.ui.i18n import NATIVE_NAMES
from tests.ui.conftest import WindowFactory, features

I18N = resources_dir() / "i18n"
TS = I18N / "desktop_app_ru.ts"
ROOT = resources_dir().parent
TOOLS = Path(sys.executable).parent


def _sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop_app").rglob("*.py"))


def test_lupdate_finds_no_new_or_changed_string(tmp_path: Path) -> None:
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *_sources(), "-no-obsolete", "-locations",
                    "none", "-source-language", "en", "-target-language", "ru", "-ts",
                    str(copy)], cwd=ROOT, check=True, capture_output=True)
    assert copy.read_text(encoding="utf-8") == TS.read_text(encoding="utf-8"), \
        "run scripts/update-translations and translate the new strings"


def test_no_unfinished_translation() -> None:
    text = TS.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert "<translation></translation>" not in text


def test_compiled_qm_is_current(tmp_path: Path) -> None:
    out = tmp_path / "out.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(out)], check=True,
                   capture_output=True)
    assert out.read_bytes() == (I18N / "desktop_app_ru.qm").read_bytes(), \
        "run scripts/update-translations"


CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
# Shown under their own names everywhere: the languages in the Language menu, and the
# panes' language headers, which name the language the text below them is in.
OWN_NAMES = set(NATIVE_NAMES.values()) | {f"<b>{name}</b>" for name in NATIVE_NAMES.values()}


# Latin words a Russian screen may show: key names, file formats, and our link scheme.
ALLOWED_LATIN = {"Ctrl", "Alt", "Shift", "Backspace", "Home", "Del", "Esc", "Tab", "PDF",
                 "JSON", "XBEL", "ZIP", "zip", "field", "reference"}
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
TAG = re.compile(r"<[^>]+>")
# About names the shipped components and their licences by their own names.
COMPONENT_NAMES = {word for component in COMPONENTS
                   for word in LATIN_WORD.findall(f"{component.name} {component.licence}")
                   if word not in ("Public", "domain")}
FILE_NAME = re.compile(r"\S+\.[A-Za-z]{2,4}\b|\S*[/\\]\S+")


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    texts: list[str] = []
    if model is None or isinstance(model, QFileSystemModel) or view.objectName() == "sidebar":
        return texts  # file and folder names (the file dialog's views)
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            texts += [str(model.data(index, role) or "") for role in
                      (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
            pending.append(index)
    return texts


def visible_texts(root: QWidget) -> list[str]:
    """Every string a user can meet in ``root`` and its children: labels, buttons, titles,
    tabs, placeholders, tooltips, accessible names, list and tree items, combo box items,
    actions and menus."""
    texts: list[str] = []
    popups = {combo.view() for combo in root.findChildren(QComboBox)}  # their items, below
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.statusTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QMenu):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget | QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget not in popups:
            texts += _model_texts(widget)
        if isinstance(widget, QDockWidget | QToolBar) or widget.isWindow():
            texts.append(widget.windowTitle())
    for action in root.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.statusTip()]
    return [text for text in texts if text]


def english_texts(root: QWidget) -> list[str]:
    """The strings of ``visible_texts`` holding an English word: any Latin word of three
    letters or more but key names, file formats and file names; and the languages' names
    written in English ("American English")."""
    found = set()
    for text in visible_texts(root):
        if text in OWN_NAMES:
            continue
        plain = html.unescape(TAG.sub(" ", text))
        words = LATIN_WORD.findall(FILE_NAME.sub(" ", plain))
        if any(word not in ALLOWED_LATIN | COMPONENT_NAMES for word in words) \
                or "English" in text:
            found.add(text)
    return sorted(found)


def test_russian_window_shows_no_english(qtbot: QtBot, make_window: WindowFactory) -> None:
    """Every panel open, a search done, the text zoomed, the context menus and the dialogs of
    Help: not one English word, and no language named in English."""
    window = make_window("borders/checkpoint#details", lang="ru")
    assert window.windowTitle() == "КПП «Братство» — Полевой справочник"
    found = features(window)
    found.side_by_side.set_shown(True)
    found.bookmarks.panel.show_and_focus()
    found.search.focus_search()
    found.search.edit.setText("checkpoint")  # found in the English text only
    qtbot.waitUntil(lambda: found.search.model.rowCount() > 0)
    found.search.edit.returnPressed.emit()
    message = window.statusBar().currentMessage()
    assert "(Английский)" in message and not LATIN_WORD.search(message)
    found.search.edit.setText("КПП")  # results quote the content, in the language it matched
    model = found.search.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and all(
        CYRILLIC.search(str(model.index(row, 0).data())) for row in range(model.rowCount())))
    window.set_zoom(2)
    tree = window.tree
    tree.customContextMenuRequested.emit(tree.visualRect(tree.currentIndex()).center())
    menu = window.place_menus.last_menu
    assert menu is not None and menu.actions()
    shortcuts = found.shortcuts.show_shortcuts()
    about = found.about.show_about()
    assert english_texts(window) == []
    for dialog in (shortcuts, about):
        assert english_texts(dialog) == [], type(dialog).__name__


def test_english_window_shows_no_russian(make_window: WindowFactory) -> None:
    window = make_window(lang="ru")
    window.set_language("en")
    QCoreApplication.processEvents()  # LanguageChange is posted to every widget
    texts = [window.windowTitle()] + [a.text() for a in window.findChildren(QAction)]
    texts += [menu.title() for menu in window.findChildren(QMenu)]
    russian = [t for t in texts if CYRILLIC.search(t) and t not in OWN_NAMES]
    assert russian == []


def test_qt_dialogs_speak_russian(make_window: WindowFactory) -> None:
    """Qt's own file and print dialogs, with the labels qtbase_ru misses taken from ours."""
    window = make_window(lang="ru")
    files = QFileDialog(window, "", str(Path.home()), "*.zip")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    printer = QPrinter()
    for dialog in (files, QPrintDialog(printer, window), QPrintPreviewDialog(printer, window)):
        dialog.setWindowTitle("Проверка")
        assert english_texts(dialog) == [], type(dialog).__name__
