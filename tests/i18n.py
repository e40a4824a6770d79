"""Problems seen through the shipped Russian translation (the compiled .qm), for the tests."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import QTranslator

from desktop_app.paths import resources_dir
from desktop_app.problems import CONTEXT, Problem, placeholders

Translate = Callable[[str], str]
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


class RussianProblems:
    """Translates a problem template with the shipped .qm; "" when it has no translation."""

    def __init__(self) -> None:
        self._translator = QTranslator()
        assert self._translator.load("desktop_app_ru", str(resources_dir() / "i18n"))

    def __call__(self, template: str) -> str:
        return self._translator.translate(CONTEXT, template) or ""


def assert_russian(problems: Iterable[Problem], translate: Translate) -> None:
    """Each problem's template has a Russian translation with the same placeholders."""
    for problem in problems:
        russian = translate(problem.message)
        assert russian, f"no Russian for {problem.message!r}"
        assert placeholders(russian) == placeholders(problem.message), russian
        assert CYRILLIC.search(problem.translated(translate)), problem.translated(translate)
