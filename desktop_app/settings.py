"""Every user setting declared once, with its type and default, stored as JSON in the data folder.

No other module uses string keys: widgets read and write attributes of :class:`Settings`.
A damaged or foreign settings file never stops the program: it falls back to the defaults and
says so.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from desktop_app.problems import QT_TRANSLATE_NOOP, Problem

THEMES = ("system", "light", "dark")
LANGUAGES = ("", "en", "ru")  # "" follows the system locale
ZOOM_RANGE = (-5, 10)
ORIENTATIONS = ("portrait", "landscape")


class Settings:
    """Each field's default is a class attribute, and its type the one settings.json must hold.

    Not a dataclass: this module is loaded before the first paint, and importing
    ``dataclasses`` takes 1% of the instructions until then.
    """

    theme: str = "system"
    language: str = ""
    zoom: int = 0
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    splitter_state: str = ""  # base64 of QSplitter.saveState()
    side_by_side: bool = False  # English and Russian panes together
    page_size: str = "A4"  # a QPageSize id name: "A4", "Letter", …
    page_orientation: str = "portrait"
    print_bilingual: bool = False  # briefs in both languages, side by side
    export_dir: str = ""  # where the last PDF was exported

    def __init__(self, **values: str | int | bool) -> None:
        for name, value in values.items():
            if name not in FIELDS:
                raise TypeError(f"Settings has no field {name!r}")
            setattr(self, name, value)

    def as_dict(self) -> dict[str, str | int | bool]:
        return {name: getattr(self, name) for name in FIELDS}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Settings):
            return NotImplemented
        return self.as_dict() == other.as_dict()

    __hash__ = None  # type: ignore[assignment]  # changes, so no hash

    def __repr__(self) -> str:
        return f"Settings(**{self.as_dict()!r})"

    def normalised(self) -> Settings:
        """Out-of-range values fall back to their defaults."""
        default = Settings()
        if self.theme not in THEMES:
            self.theme = default.theme
        if self.language not in LANGUAGES:
            self.language = default.language
        self.zoom = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], self.zoom))
        if not self.page_size.isalnum():
            self.page_size = default.page_size
        if self.page_orientation not in ORIENTATIONS:
            self.page_orientation = default.page_orientation
        return self


FIELDS = tuple(Settings.__annotations__)


class SettingsStore:
    """Reads and writes :class:`Settings`; ``problem`` says what was wrong with the file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: Problem | None = None

    def load(self) -> Settings:
        self.problem = None
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Settings()
        except (OSError, UnicodeDecodeError) as exc:
            self.problem = Problem(str(self.path), None, QT_TRANSLATE_NOOP(
                "Problems", "could not be read ({error}); using the default settings."),
                {"error": exc})
            return Settings()
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            self.problem = Problem(str(self.path), exc.lineno, QT_TRANSLATE_NOOP(
                "Problems", "not valid settings ({detail}); using the default settings."),
                {"detail": exc.msg})
            return Settings()
        if not isinstance(data, dict):
            self.problem = Problem(str(self.path), None, QT_TRANSLATE_NOOP(
                "Problems", "not a settings file; using the default settings."))
            return Settings()
        values: dict[str, Any] = {}
        for name in FIELDS:
            value = data.get(name)
            if type(value) is type(getattr(Settings, name)):  # exact: bool is an int
                values[name] = value
        return Settings(**values).normalised()

    def save(self, settings: Settings) -> None:
        """Write atomically: a crash mid-write leaves the previous file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(settings.as_dict(), indent=2), encoding="utf-8")
        if os.name == "posix":
            os.chmod(tmp, 0o600)  # the user's alone, as every file in the data folder
        os.replace(tmp, self.path)
