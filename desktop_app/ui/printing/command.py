"""``field-reference brief``: project briefs to PDF without a window.

Only QtGui is needed (a QGuiApplication on the offscreen platform where there is no display).
The content database is the one the window uses; on first use it is imported from the
bundled pack, as the window does on its first start.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from desktop_app import APP_ID
from desktop_app.content.brief import BriefError, select_projects
from desktop_app.content.open import open_content
from desktop_app.paths import DataPaths
from desktop_app.problems import PackError
from desktop_app.settings import SettingsStore
from desktop_app.ui.i18n import system_language
from desktop_app.ui.printing.jobs import brief_jobs
from desktop_app.ui.printing.labels import batch_title
from desktop_app.ui.printing.pages import page_layout, write_pdf


def _gui_application() -> object:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the app is made
    app = QGuiApplication.instance()
    return app if app is not None else QGuiApplication([APP_ID])


def run_brief(paths: DataPaths, slugs: Sequence[str], area: str | None, every: bool,
              lang: str | None, bilingual: bool, output: Path,
              report: Callable[[int, int, str], None], *, page_size: str | None = None,
              orientation: str | None = None) -> int:
    """Write the briefs asked for to ``output``, on ``page_size`` paper in ``orientation``
    (each by default the window's page setup); the exit status."""
    if not (slugs or area or every):
        print(f"{APP_ID} brief: name a project (SLUG), --area SLUG or --all.", file=sys.stderr)
        return 2
    _app = _gui_application()  # kept alive while painting
    settings = SettingsStore(paths.settings_file).load()
    language = lang or settings.language or system_language()
    try:
        library = open_content(paths, report)
    except PackError as exc:
        print(f"{APP_ID} brief: the bundled content could not be imported:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    try:
        with library.read() as repo:
            chosen = select_projects(repo.tree(language), slugs, area, every)
        layout = page_layout(page_size or settings.page_size,
                             orientation or settings.page_orientation)
        jobs = brief_jobs(library, chosen, language, layout, bilingual)
        title = jobs[0].title if len(jobs) == 1 else batch_title(language)
        write_pdf(output, jobs, layout, title)
    except BriefError as exc:
        print(f"{APP_ID} brief: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{APP_ID} brief: {output}: {exc}", file=sys.stderr)
        return 1
    finally:
        library.close()
    count = len(chosen)
    print(f"{output}: {count} brief{'s' if count != 1 else ''} ({language}"
          f"{', bilingual' if bilingual else ''}).")
    return 0
