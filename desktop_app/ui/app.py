"""Starting the window: the application object, settings, databases, first-start import.

The one module that knows both the concrete window and the features: it makes the window and
attaches the features to it (``attach_features``).
"""
# ruff: noqa: E402 (the early steps run before the window's modules are imported)

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.ui import early_init

early_init.run()

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import APP_ID, APP_NAME, __version__
from desktop_app.db.errors import DatabaseDamaged, UserDataTooNew
from desktop_app.library import ContentLibrary, UserData, read_first_view
from desktop_app.paths import DataPaths, bundled_pack_dir
from desktop_app.places import Place
from desktop_app.settings import SettingsStore
from desktop_app.ui import first_paint
from desktop_app.ui.i18n import Translators, system_language
from desktop_app.ui.icons import app_icon
from desktop_app.ui.messages import critical, problem_text
from desktop_app.ui.reader.main_window import MainWindow
from desktop_app.ui.reader.tree_model import OPEN_AT_START
from desktop_app.ui.recovery_notice import show_recovery
from desktop_app.ui.single_instance import InstanceServer, hand_over
from desktop_app.ui.theme import apply_palette, resolve_dark

if TYPE_CHECKING:
    from desktop_app.ui.features import Features


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fusion looks alike everywhere; asked for by argument, so that Python creates no QStyle
    # wrapper before the first paint (about 10 ms)
    app = QApplication([*(argv if argv is not None else sys.argv[:1]), "-style", "Fusion"])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    return app


def build_window(paths: DataPaths, lang: str | None = None, *,
                 open_user: bool = True, features: bool = True) -> MainWindow:
    """Everything but the event loop: used by ``run_app`` and by the tests.

    With ``open_user=False`` user.sqlite is opened later (``window.user.open()``), so that
    nothing here loads SQLAlchemy; with ``features=False`` the features are attached later
    (``attach_features``), so that their modules are not loaded.
    """
    app = make_application()
    paths.ensure()
    store = SettingsStore(paths.settings_file)
    settings = store.load()
    language = lang or settings.language or system_language()
    translators = Translators(app)
    translators.switch(language)
    apply_palette(app, resolve_dark(settings.theme))
    user = UserData(paths.user_db, paths.backups_dir, open_now=open_user)
    window = MainWindow(ContentLibrary(paths.content_db), user, store, settings, translators)
    if features:
        attach_features(window)
    tell_recovery(window)
    if store.problem:
        shown = problem_text(store.problem)
        QTimer.singleShot(0, lambda: window.notify(shown, 15000))
    return window


def attach_features(window: MainWindow) -> Features:
    """The window's features, made and attached the first time; the docks they add are then
    put back where the last session left them."""
    # Imported here, not above: the features load SQLAlchemy, which takes longer to import
    # than Qt to start, and the start paints the window before it (docs/performance.md).
    from desktop_app.ui.features import Features

    attached = window.findChild(QObject, "features")
    if isinstance(attached, Features):
        return attached
    made = Features(window)
    window.restore_docks()
    return made


def tell_recovery(window: MainWindow) -> None:
    """Once user.sqlite is open: say so if it had to be restored from a backup."""
    recovery = window.user.recovery
    if recovery is not None:
        QTimer.singleShot(0, lambda: show_recovery(window, recovery))


def start(window: MainWindow, target: str | None, pack_dir: Path | None = None, *,
          tree_filled: bool = False) -> None:
    """Attach the features (if not yet) and show the content, importing the bundled pack
    first when there is none yet.

    ``tree_filled``: the first paint already filled the tree from this content database.
    """
    importing = attach_features(window).importing

    def open_first_place() -> None:
        if target and window.open_place(Place.parse(target)):
            return
        window.restore_last_place()

    damaged = window.library.path.exists()  # there is a file, but it cannot be read
    if window.load_content(fill_tree=not tree_filled):
        open_first_place()
        return
    importing.show_preparing(rebuilding=damaged)
    importing.import_pack(pack_dir or bundled_pack_dir(), then=open_first_place)


def bring_forward(window: MainWindow, target: str) -> None:
    """Another start on the same data folder asked for ``target``: show it here."""
    if target:
        window.open_place(Place.parse(target))
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


def run_app(paths: DataPaths, target: str | None = None, lang: str | None = None) -> int:
    """Paint first, then attach the features and open the databases.

    The tree and the last entry come from the content library (plain sqlite3) and are
    painted before SQLAlchemy, which takes longer to import than Qt to start, is loaded for
    user.sqlite, and before the modules of bookmarks, search and printing are; then ``start``
    opens user.sqlite and the same place. Without content yet
    (first start) or with a TARGET, ``start`` runs at once.
    """
    app = make_application()
    if hand_over(paths, target):
        return 0  # the window already open on this data folder shows it
    window = build_window(paths, lang, open_user=False, features=False)
    first = None if target else read_first_view(window.library, paths.user_db, window.lang,
                                                OPEN_AT_START)
    if first is not None:
        window.show_first_view(first)

    server: list[InstanceServer] = []

    def open_databases_and_start() -> None:
        gc.enable()  # paused by cli.open_window while the window was built and painted
        server.append(InstanceServer(paths, lambda t: bring_forward(window, t), window))
        attach_features(window)
        try:
            window.user.open()
        except (DatabaseDamaged, UserDataTooNew) as exc:
            critical(window, problem_text(exc.problem))
            app.exit(1)
            return
        tell_recovery(window)
        start(window, target, tree_filled=first is not None)

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
