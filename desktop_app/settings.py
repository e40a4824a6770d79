"""Every user setting declared once, with its type and default, stored as JSON in the data folder.

No other module uses string keys: widgets read and write attributes of :class:`Settings`.
A damaged or foreign settings file never stops the program: it falls back to the defaults and
says so.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from desktop_app import LANGUAGES
from desktop_app.problems import QT_TRANSLATE_NOOP, Problem
from desktop_app.reasons import reason

THEMES = ("system", "light", "dark")
ZOOM_RANGE = (-5, 10)
ORIENTATIONS = ("portrait", "landscape")
PAPERS = {"a4": "A4", "letter": "Letter"}  # --paper on the command line → Settings.page_size


@dataclass
class Settings:
    """Each field's default also gives the type it must hold, in settings.json too."""

    theme: str = "system"
    language: str = ""  # one of LANGUAGES, or "" to follow the system locale
    zoom: int = 0
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    splitter_state: str = ""  # base64 of QSplitter.saveState()
    side_by_side: bool = False  # English and Russian panes together
    show_contents: bool = True  # the contents tree beside the text (View → Show contents)
    page_size: str = "A4"  # a QPageSize id name: "A4", "Letter", …
    page_orientation: str = "portrait"
    print_bilingual: bool = False  # briefs in both languages, side by side
    export_dir: str = ""  # where the last PDF was exported
    bundled_seen: str = ""  # the version of the program's own content the window last met here

    def __post_init__(self) -> None:
        for field in fields(self):
            value, expected = getattr(self, field.name), type(field.default)
            if type(value) is not expected:  # exact: a bool is an int, and not a zoom
                raise TypeError(f"Settings.{field.name} must be {expected.__name__}, "
                                f"not {type(value).__name__}")

    def normalised(self) -> Settings:
        """Out-of-range values fall back to their defaults."""
        default = Settings()
        return replace(
            self,
            theme=self.theme if self.theme in THEMES else default.theme,
            language=self.language if self.language in ("", *LANGUAGES) else default.language,
            zoom=max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], self.zoom)),
            page_size=self.page_size if self.page_size.isalnum() else default.page_size,
            page_orientation=(self.page_orientation if self.page_orientation in ORIENTATIONS
                              else default.page_orientation))


DEFAULTS = asdict(Settings())  # each field's default, whose type settings.json must match


class SettingsStore:
    """Reads and writes :class:`Settings`; ``problem`` says what was wrong with the file.
    ``read_only`` (a data folder that may not be written): changes last until the program
    closes, and the file is left as it is."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self.problem: Problem | None = None

    def load(self) -> Settings:
        self.problem = None
        try:
            if not stat.S_ISREG(self.path.stat().st_mode):  # a pipe would block the start
                self.problem = Problem(str(self.path), None, QT_TRANSLATE_NOOP(
                    "Problems", "is not a file; using the default settings."))
                return Settings()
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Settings()
        except UnicodeDecodeError:
            self.problem = Problem(str(self.path), None, QT_TRANSLATE_NOOP(
                "Problems", "is not UTF-8 text; using the default settings."))
            return Settings()
        except OSError as exc:
            self.problem = Problem(str(self.path), None, QT_TRANSLATE_NOOP(
                "Problems", "could not be read ({error}); using the default settings."),
                {"error": reason(exc, reading=True)}, phrases=("error",))
            return Settings()
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            self.problem = Problem(str(self.path), exc.lineno, QT_TRANSLATE_NOOP(
                "Problems", "column {column}: not valid settings (JSON); using the default "
                "settings."), {"column": exc.colno})
            return Settings()
        if not isinstance(data, dict):
            self.problem = Problem(str(self.path), None, QT_TRANSLATE_NOOP(
                "Problems", "not a settings file; using the default settings."))
            return Settings()
        # A field of the wrong type falls back to its default, and one this version does not
        # know (written by a newer one) is left out: the other fields still count.
        values = {name: value for name, value in data.items()
                  if name in DEFAULTS and type(value) is type(DEFAULTS[name])}
        return Settings(**values).normalised()

    def save(self, settings: Settings) -> None:
        """Write atomically: a crash mid-write leaves the previous file."""
        if self.read_only:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
        if os.name == "posix":
            os.chmod(tmp, 0o600)  # the user's alone, as every file in the data folder
        os.replace(tmp, self.path)
