"""Qt's own dialog strings that the ``qtbase_ru`` shipped with PySide6 leaves in English.

Qt 6 added mnemonics to a few labels (``&Look in:``) whose Russian translation still has the
old text, so they show in English. They are marked here for lupdate, in Qt's own contexts, so
our ``.ts`` carries their Russian; Qt asks our translator when ``qtbase_ru`` has no answer.
"""

from __future__ import annotations

from desktop_app.problems import QT_TRANSLATE_NOOP

UNTRANSLATED_BY_QTBASE = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Page &order:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Pages &per sheet:"),
)
