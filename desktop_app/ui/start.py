"""The start once the window has painted: the features, user.sqlite, the content.

``ui/app.py`` paints the tree and the last entry first; then ``after_first_paint`` listens for
later starts, attaches the features, opens user.sqlite (telling of a recovery from a backup)
and shows the content, building it first when there is none yet (from the newest pack: one
the user imported, kept in the data folder, or the bundled one). The one module that
knows both the concrete window and the features.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from desktop_app.content.kept_packs import PackSource
from desktop_app.content.open import bundled_content, rebuild_source
from desktop_app.db.errors import DatabaseDamaged, UserDataTooNew
from desktop_app.db.records import PackInfo
from desktop_app.paths import DataPaths
from desktop_app.places import Place
from desktop_app.problems import Problem
from desktop_app.ui.features import Features
from desktop_app.ui.i18n import problem_text
from desktop_app.ui.importing.feature import ImportFeature
from desktop_app.ui.messages import critical
from desktop_app.ui.reader.main_window import MainWindow
from desktop_app.ui.recovery_notice import show_recovery
from desktop_app.ui.single_instance import InstanceServer


def attach_features(window: MainWindow) -> Features:
    """The window's features, made and attached the first time; the docks they add are then
    put back where the last session left them."""
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
          tree_filled: bool = False, bring_bundled: bool = True) -> None:
    """With user.sqlite open: attach the features (if not yet), tell of a recovery, and show
    the content, importing the bundled pack first when there is none yet, or after, when the
    program came with a newer version of the installed content's pack (``pack_dir``: that
    pack, in place of the bundled one).

    ``tree_filled``: the first paint already filled the tree from this content database.
    ``bring_bundled``: False where the content is not the program's (a pack's preview).
    """
    importing = attach_features(window).importing
    tell_recovery(window)

    def open_first_place() -> None:
        if target and window.open_place(Place.parse(target)):
            return
        window.restore_last_place()

    damaged = window.library.path.exists()  # there is a file, but it cannot be read
    if window.load_content(fill_tree=not tree_filled):
        open_first_place()
        if bring_bundled and not window.user.read_only:
            offer_bundled(window, importing, pack_dir)
        return
    if window.user.read_only:  # the content cannot be prepared where it may not be written
        importing.show_no_content_here()
        return
    source = rebuild_source(DataPaths(window.library.path.parent)) if pack_dir is None \
        else PackSource(pack_dir, "", bundled=True)
    importing.show_preparing(source, rebuilding=damaged)
    importing.import_pack(source.path, then=open_first_place, keep=False).finished.connect(
        _remember_once_in(window, source))


def offer_bundled(window: MainWindow, importing: ImportFeature,
                  bundled: Path | None = None) -> None:
    """Bring in the newer version of the installed content that came with the program (or
    ``bundled``), once (``content/open.py``, ``bundled_content``)."""
    installed = window.library.pack
    found = bundled_content(installed, window.settings.bundled_seen, bundled) \
        if installed is not None else None
    if found is None:
        return
    if found.newer:
        importing.update(found.source).finished.connect(_remember_once_in(window, found.source))
    else:
        _remember(window, found.source)


def _remember(window: MainWindow, source: PackSource) -> None:
    """The program's own content met here: it comes in by itself only once."""
    if source.bundled and source.version:
        window.settings.bundled_seen = source.version
        window.save_settings()


def _remember_once_in(window: MainWindow, source: PackSource
                      ) -> Callable[[PackInfo | None, list[Problem]], None]:
    """For an import's ``finished``: remember ``source`` once it is in; one that failed is
    tried again at the next start."""
    def finished(info: PackInfo | None, _problems: list[Problem]) -> None:
        if info is not None:
            _remember(window, source)
    return finished


def bring_forward(window: MainWindow, target: str) -> None:
    """Another start on the same data folder asked for ``target``: show it here."""
    if target:
        window.open_place(Place.parse(target))
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


def after_first_paint(window: MainWindow, paths: DataPaths, target: str | None, *,
                      tree_filled: bool) -> InstanceServer:
    """Listen for later starts, then open user.sqlite and start; a user.sqlite that cannot
    be opened is told in a message box, and the program ends with status 1."""
    server = InstanceServer(paths, lambda asked: bring_forward(window, asked), window)
    attach_features(window)
    try:
        window.user.open()
    except (DatabaseDamaged, UserDataTooNew) as exc:
        critical(window, problem_text(exc.problem))
        QCoreApplication.exit(1)
        return server
    start(window, target, tree_filled=tree_filled)
    return server
