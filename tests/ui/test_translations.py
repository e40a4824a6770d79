"""The Russian translation is complete, current (lupdate finds nothing new) and compiled."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMenu

from desktop_app.paths import resources_dir
from desktop_app.ui.i18n import NATIVE_NAMES
from tests.ui.conftest import WindowFactory

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


def test_russian_window_shows_no_english(make_window: WindowFactory) -> None:
    window = make_window(lang="ru")
    assert window.windowTitle().endswith("— Полевой справочник")
    cyrillic = re.compile("[а-яё]", re.IGNORECASE)
    texts = [menu.title() for menu in window.menuBar().findChildren(QMenu)]
    for action in window.findChildren(type(window.act_back)):
        if action.text():
            texts += [action.text(), action.toolTip()]
    texts += [window.tree.accessibleName(), window.detail.accessibleName(),
              window.find_bar.edit.placeholderText(), window.find_bar.next_button.toolTip(),
              window.pack_label.text()]
    native_names = set(NATIVE_NAMES.values())  # "English" is offered under its own name
    english = [t for t in texts if t and not cyrillic.search(t) and t not in native_names]
    assert english == []
