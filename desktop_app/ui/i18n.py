"""Interface translations, ours and Qt's own (dialogs, context menus), switchable at run time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app import LANGUAGES
from desktop_app.paths import resources_dir
from desktop_app.problems import QT_TRANSLATE_NOOP, Problem

# Each language under its own name, for what is printed in that language (a brief's label).
_OWN_NAMES = {"en": "English", "ru": "Русский"}
NATIVE_NAMES = {lang: _OWN_NAMES[lang] for lang in LANGUAGES}
# Each language named in the interface language, for the screen: the Language menu, side by
# side's headings, the notices about an entry in another language.
_NAMES = {"en": QT_TRANSLATE_NOOP("Languages", "English"),
          "ru": QT_TRANSLATE_NOOP("Languages", "Russian")}


def language_name(lang: str) -> str:
    """``lang`` named in the interface language ("Russian", «Русский»)."""
    return QCoreApplication.translate("Languages", _NAMES[lang]) if lang in _NAMES else lang


def problem_text(problem: Problem) -> str:
    """``file:line: message`` with the message in the interface language; names stay as they are."""
    message = problem.translated(lambda template: QCoreApplication.translate("Problems", template))
    return f"{problem.where}: {message}"


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else LANGUAGES[0]


class Translators:
    """The installed translators; ``switch`` replaces them, which sends LanguageChange events."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.lang = "en"
        self._installed: list[QTranslator] = []

    def switch(self, lang: str) -> None:
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        self.lang = lang
        QLocale.setDefault(QLocale(lang))
        if lang == "en":
            return
        ours = str(resources_dir() / "i18n")
        qts = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # Qt's own: the built program carries its copy among ours; a checkout uses PySide6's.
        for name, folders in ((f"desktop_app_{lang}", [ours]), (f"qtbase_{lang}", [ours, qts])):
            translator = QTranslator(self.app)
            if any(translator.load(name, folder) for folder in folders):
                self.app.installTranslator(translator)
                self._installed.append(translator)
