"""The Russian translation is complete, current (lupdate finds nothing new) and compiled."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QToolBar,
    QWidget,
)

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


def english_texts(root: QWidget) -> list[str]:
    """Every visible word a user can meet in ``root`` and its children that is not Russian:
    labels, buttons, titles, tabs, placeholders, tooltips, accessible names, actions."""
    texts: list[str] = []
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
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QDockWidget | QToolBar) or widget.isWindow():
            texts.append(widget.windowTitle())
    for action in root.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.statusTip()]
    words = re.compile("[A-Za-z]{3,}")
    return sorted({t for t in texts if t and words.search(t) and not CYRILLIC.search(t)
                   and t not in OWN_NAMES and "Qt" not in t})


def test_russian_window_shows_no_english(make_window: WindowFactory) -> None:
    window = make_window(lang="ru")
    assert window.windowTitle().endswith("— Полевой справочник")
    features(window).side_by_side.set_shown(True)
    assert english_texts(window) == []


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
