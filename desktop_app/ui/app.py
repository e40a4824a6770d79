"""Starting the window, up to its first paint: the application object, settings, the window
with the tree and the last entry read from content.sqlite.

What follows the paint (the features, user.sqlite, a first-start import) is ``ui/start.py``'s.
"""
# ruff: noqa: E402 (the early steps run before the window's modules are imported)

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from desktop_app.ui import early_init

early_init.run()

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app import APP_ID, APP_NAME, __version__
from desktop_app.library import ContentLibrary, UserData, read_first_view
from desktop_app.paths import DataPaths
from desktop_app.settings import SettingsStore
from desktop_app.ui import first_paint
from desktop_app.ui.i18n import Translators, problem_text, system_language
from desktop_app.ui.icons import app_icon
from desktop_app.ui.reader.main_window import MainWindow
from desktop_app.ui.reader.tree_model import OPEN_AT_START
from desktop_app.ui.single_instance import InstanceServer, hand_over
from desktop_app.ui.theme import apply_palette, resolve_dark


@contextmanager
def _plain_words_when_no_display() -> Iterator[None]:
    """Qt aborts (status 134, after a paragraph about plug-ins) when it finds no display to
    show a window on; then the program says so in one sentence and exits 1 instead. Qt's
    other messages while it starts are passed on as Qt prints them."""
    held: list[str] = []

    def on_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind == QtMsgType.QtFatalMsg:
            platform = QGuiApplication.platformName() or os.environ.get("QT_QPA_PLATFORM", "")
            where = f" (Qt platform {platform})" if platform else ""
            print(f"{APP_ID}: the window cannot open: no usable display was found{where}; "
                  f"the commands need none (see {APP_ID} --help).", file=sys.stderr)
            sys.stderr.flush()
            os._exit(1)  # Qt would abort when this returns
        category = context.category
        held.append(f"{category}: {message}" if category and category != "default"
                    else message)

    qInstallMessageHandler(on_message)
    try:
        yield
    finally:
        qInstallMessageHandler(None)
        for line in held:
            print(line, file=sys.stderr)


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fusion looks alike everywhere; asked for by argument, so that Python creates no QStyle
    # wrapper before the first paint (about 10 ms)
    with _plain_words_when_no_display():
        app = QApplication([*(argv if argv is not None else sys.argv[:1]), "-style", "Fusion"])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    return app


def build_window(paths: DataPaths, lang: str | None = None, *,
                 open_user: bool = True) -> MainWindow:
    """The window, without its features and not yet shown: used by ``run_app`` and by the
    tests, which then call ``start.start`` (or ``start.attach_features``).

    With ``open_user=False`` user.sqlite is opened later (``window.user.open()``), so that
    nothing here loads SQLAlchemy.
    """
    app = make_application()
    read_only = not paths.prepare()  # a write-protected stick: read, search, print
    store = SettingsStore(paths.settings_file, read_only=read_only)
    settings = store.load()
    language = lang or settings.language or system_language()
    translators = Translators(app)
    translators.switch(language)
    apply_palette(app, resolve_dark(settings.theme))
    user = UserData(paths.user_db, paths.backups_dir, open_now=open_user, read_only=read_only)
    window = MainWindow(ContentLibrary(paths.content_db), user, store, settings, translators)
    if store.problem:
        shown = problem_text(store.problem)
        QTimer.singleShot(0, lambda: window.notify(shown, 15000))
    return window


def run_app(paths: DataPaths, target: str | None = None, lang: str | None = None) -> int:
    """Paint first, then attach the features and open the databases (``ui/start.py``).

    The tree and the last entry come from the content library (plain sqlite3) and are
    painted before SQLAlchemy, which takes longer to import than Qt to start, is loaded for
    user.sqlite, and before the modules of the features are; then ``start`` opens user.sqlite
    and the same place. Without content yet (first start) or with a TARGET, that runs at once.
    """
    app = make_application()
    if hand_over(paths, target):
        return 0  # the window already open on this data folder shows it
    window = build_window(paths, lang, open_user=False)
    first = None if target else read_first_view(window.library, paths.user_db, window.lang,
                                                OPEN_AT_START)
    if first is not None:
        window.show_first_view(first)

    server: list[InstanceServer] = []

    def open_databases_and_start() -> None:
        gc.enable()  # paused by cli.open_window while the window was built and painted
        # The one import that waits for the paint: the features' modules and SQLAlchemy,
        # which take longer to import than Qt to start (docs/performance.md).
        from desktop_app.ui import start

        server.append(start.after_first_paint(window, paths, target,
                                              tree_filled=first is not None))

    if first is not None:
        first_paint.AfterPaint(window.detail, open_databases_and_start, armed=True,
                               fallback_ms=1500)
    else:
        QTimer.singleShot(0, open_databases_and_start)
    mode = first_paint.exit_mode()
    if mode:  # installed last, so its filter sees the paint first and it quits first
        first_paint.exit_after_first_paint(window, mode)
    window.show()
    code = app.exec()
    for listening in server:
        listening.close()
    return code
