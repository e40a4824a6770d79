"""``field-reference brief`` and ``meeting-pack``: briefs, or a meeting's pack, to PDF without
a window.

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

from desktop_app import APP_ID, LANGUAGES
from desktop_app.content.brief import BriefError, select_projects
from desktop_app.content.open import open_content
from desktop_app.library import ContentLibrary
from desktop_app.paths import DataPaths
from desktop_app.problems import PackError
from desktop_app.settings import SettingsStore
from desktop_app.ui.i18n import system_language
from desktop_app.ui.printing.jobs import brief_jobs
from desktop_app.ui.printing.labels import batch_title, meeting_labels
from desktop_app.ui.printing.meeting_jobs import MeetingOptions, meeting_items, meeting_pack_jobs
from desktop_app.ui.printing.pages import Pagination, page_layout, write_pdf


def _gui_application() -> object:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the app is made
    app = QGuiApplication.instance()
    return app if app is not None else QGuiApplication([APP_ID])


def _sentence(error: OSError) -> str:
    """Why a PDF could not be written: the system's words, or Qt's sentence."""
    return f"{error.strerror}." if error.strerror else str(error)


def _open_library(paths: DataPaths, report: Callable[[int, int, str], None],
                  command: str) -> ContentLibrary | None:
    """The content, imported from the bundled pack on first use; None (said why) when that
    pack cannot be imported."""
    try:
        return open_content(paths, report)
    except PackError as exc:
        print(f"{APP_ID} {command}: the bundled content could not be imported:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return None


def run_brief(paths: DataPaths, slugs: Sequence[str], area: str | None, every: bool,
              lang: str | None, bilingual: bool, output: Path,
              report: Callable[[int, int, str], None], *, page_size: str | None = None,
              orientation: str | None = None, two_sided: bool = False) -> int:
    """Write the briefs asked for to ``output``, on ``page_size`` paper in ``orientation``
    (each by default the window's page setup); the exit status."""
    if not (slugs or area or every):
        print(f"{APP_ID} brief: name a project (SLUG), --area SLUG or --all.", file=sys.stderr)
        return 2
    _app = _gui_application()  # kept alive while painting
    settings = SettingsStore(paths.settings_file).load()
    language = lang or settings.language or system_language()
    library = _open_library(paths, report, "brief")
    if library is None:
        return 1
    try:
        with library.read() as repo:
            chosen = select_projects(repo.tree(language), slugs, area, every)
        layout = page_layout(page_size or settings.page_size,
                             orientation or settings.page_orientation)
        pagination = Pagination(two_sided=two_sided)
        jobs = brief_jobs(library, chosen, language, layout, bilingual, pagination)
        title = jobs[0].title if len(jobs) == 1 else batch_title(language)
        write_pdf(output, jobs, layout, title, pagination=pagination)
    except BriefError as exc:
        print(f"{APP_ID} brief: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{APP_ID} brief: {output}: {_sentence(exc)}", file=sys.stderr)
        return 1
    finally:
        library.close()
    count = len(chosen)
    print(f"{output}: {count} brief{'s' if count != 1 else ''} ({language}"
          f"{', bilingual' if bilingual else ''}).")
    return 0


def run_meeting_pack(paths: DataPaths, sources: Sequence[str], output: Path,
                     report: Callable[[int, int, str], None], *, title: str | None = None,
                     lang: str | None = None, notes: bool = True,
                     page_size: str | None = None, orientation: str | None = None,
                     two_sided: bool = False) -> int:
    """Write the meeting pack of a bookmarks folder (one name) or of places (``slug`` or
    ``slug#section``) to ``output``; ``lang`` "both": side by side. The exit status."""
    from desktop_app.bookmarks.cli import open_user_data
    from desktop_app.bookmarks.store import BookmarkStore
    from desktop_app.content.meeting import MeetingError
    from desktop_app.db.engine import DatabaseDamaged
    from desktop_app.db.errors import UserDataTooNew

    _app = _gui_application()  # kept alive while painting
    settings = SettingsStore(paths.settings_file).load()
    both = lang == "both"
    language = (lang if lang in LANGUAGES else None) or settings.language or system_language()
    library = _open_library(paths, report, "meeting-pack")
    if library is None:
        return 1
    try:
        user = open_user_data(paths)
        try:
            folders, bookmarks = BookmarkStore(user).contents()
        finally:
            user.close()
        items, folder = meeting_items(library, folders, bookmarks, sources, language)
        options = MeetingOptions(title or folder or meeting_labels(language).kind, language,
                                 both, notes)
        layout = page_layout(page_size or settings.page_size,
                             orientation or settings.page_orientation)
        pagination = Pagination(two_sided=two_sided, through=True)
        pack = meeting_pack_jobs(library, items, options, layout, pagination)
        pages = write_pdf(output, pack.jobs, layout, options.title, pagination=pagination)
    except (MeetingError, DatabaseDamaged, UserDataTooNew) as exc:
        print(f"{APP_ID} meeting-pack: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{APP_ID} meeting-pack: {output}: {_sentence(exc)}", file=sys.stderr)
        return 1
    finally:
        library.close()
    if pack.missing:
        print("No longer in the content, so listed as missing on the contents page: "
              + "; ".join(f"“{label}”" for label in pack.missing), file=sys.stderr)
    count = len(items)
    print(f"{output}: meeting pack “{options.title}”, {count} place{'s' if count != 1 else ''},"
          f" {pages} page{'s' if pages != 1 else ''} "
          f"({'bilingual' if both else language}{'' if notes else ', without notes'}).")
    return 0
