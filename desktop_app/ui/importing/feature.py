"""File → Import content pack…, and the import at the first start: on the window's host.

The import runs in the background (``ImportTask``) while the window is disabled; the old
content stays until the new one is in, then the content is reloaded and the place that was
open is shown again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog

from desktop_app.content.kept_packs import PackSource
from desktop_app.content.pack import peek_manifest, version_key
from desktop_app.db.records import PackInfo
from desktop_app.paths import DataPaths
from desktop_app.problems import Problem
from desktop_app.ui import messages
from desktop_app.ui.actions import make_action, refuse_in_read_only, set_texts
from desktop_app.ui.host import WindowHost
from desktop_app.ui.importing.task import ImportTask
from desktop_app.ui.pack_text import pack_text
from desktop_app.ui.theme import content_css, resolve_dark


class ImportFeature(QObject):
    """Signals: imported(): a pack the user brought, or a newer one that came with the
    program, is in, and the content reloaded."""

    imported = Signal()

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.act_import = make_action(host.window(), self.choose_pack_to_import,
                                      QKeySequence.StandardKey.Open)
        host.menu("file").add("import", self.act_import)
        host.retranslated.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        set_texts({self.act_import: (
            self.tr("&Import content pack…"),
            self.tr("Replace the content with a pack from a folder or .zip"))})
        if self.host.user.read_only:
            refuse_in_read_only([self.act_import])

    def show_preparing(self, source: PackSource, rebuilding: bool = False) -> None:
        """Say in the detail pane why there is no entry yet: the first import, or a rebuild
        from ``source``, is running."""
        if rebuilding and source.bundled:
            text = self.tr("The content database could not be read, so it is being rebuilt "
                           "from the content that came with Field Reference. Your bookmarks "
                           "and notes are kept apart and are not affected.")
        elif rebuilding:
            text = self.tr("The content database could not be read, so it is being rebuilt "
                           "from the pack you imported, version {version}. Your bookmarks "
                           "and notes are kept apart and are not affected.").format(
                               version=source.version)
        else:
            text = self.tr("The content is being imported for the first time; "
                           "this takes a moment.")
        self.host.detail.show_message(self.tr("Preparing the content"), text,
                                      content_css(resolve_dark(self.host.settings.theme)))

    def show_no_content_here(self) -> None:
        """Say in the detail pane why there is no content: none was prepared in this data
        folder, and it cannot be written."""
        self.host.detail.show_message(self.tr("No content in this folder"), self.tr(
            "Field Reference has not prepared its content in this data folder yet, and "
            "cannot do it now, because the folder cannot be written. Start it once where the "
            "folder can be written (or with another data folder), then use it here."),
            content_css(resolve_dark(self.host.settings.theme)))

    def update(self, source: PackSource) -> ImportTask:
        """Bring the content up to ``source``, the newer version that came with the program;
        the place that is open is shown again, and What's new after it."""
        self.host.notify(self.tr("Updating the content to version {version}, which came "
                                 "with the program…").format(version=source.version))
        return self.import_pack(source.path, keep=False, announce=True)

    def import_pack(self, source: Path, then: Callable[[], None] | None = None, *,
                    keep: bool = True, allow_unsigned: bool = False,
                    announce: bool = False) -> ImportTask:
        """Import ``source`` in the background; the old content stays until the new one is in.

        Afterwards the content is reloaded and ``then`` runs; by default the place that was
        open is shown again (or the first entry, where it no longer exists). With ``keep``
        (a pack the user brings), its signature is checked (``allow_unsigned``: the user
        accepted one not signed by a trusted key) and it is kept in the data folder for a
        later rebuild; the bundled pack, or a kept one rebuilt from, is the program's own.
        ``imported`` tells What's new once a pack the user brings is in; ``announce``: also
        once a newer pack of the program's own is.
        """
        host = self.host
        place = host.current_place
        host.library.close()
        host.window().setEnabled(False)
        from desktop_app.content.trust import trust_for  # cryptography: only when importing

        paths = DataPaths(host.library.path.parent)
        trust = trust_for(source, paths.root, allow_unsigned=allow_unsigned) if keep else None
        task = ImportTask(source, host.library.path, host.window(),
                          keep_in=paths.packs_dir if keep else None, trust=trust,
                          cancellable=keep)  # the content must be prepared, not a new pack
        task.finished.connect(lambda info, problems: self._finished(
            info, problems, then or (lambda: host.reopen(place)), keep or announce))
        task.start()
        return task

    def _finished(self, info: PackInfo | None, problems: list[Problem],
                  then: Callable[[], None], announce: bool) -> None:
        self.host.window().setEnabled(True)
        loaded = self.host.load_content()
        if info is None and not problems:
            self.host.notify(self.tr("Import cancelled; the content is unchanged."))
        elif info is None:
            messages.import_problems(self.host.window(), problems)
        else:
            self.host.notify(self.tr("Content version {version} imported.").format(
                version=info.version))
        if loaded:
            then()
        if loaded and info is not None and announce:
            self.imported.emit()

    def choose_pack_to_import(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.host.window(), self.tr("Import content pack"), str(Path.home()),
            self.tr("Content packs (manifest.toml *.zip)"))
        if name:
            path = Path(name)
            self.import_pack_checked(path.parent if path.name == "manifest.toml" else path)

    def import_pack_checked(self, source: Path) -> None:
        """Import ``source``, asking first when it is not signed by a trusted key, then when
        it is older than the content installed."""
        from desktop_app.content.trust import peek_signature, trust_for  # as in import_pack

        trust = trust_for(source, DataPaths(self.host.library.path.parent).root)
        check = peek_signature(source, trust.keys) if trust is not None else None
        if check is not None and check.needs_consent:
            messages.ask_import_unsigned(self.host.window(), check.key_id,
                                         lambda: self._import_if_newer(source, True))
            return
        self._import_if_newer(source, False)

    def _import_if_newer(self, source: Path, allow_unsigned: bool) -> None:
        installed, chosen = self.host.library.pack, peek_manifest(source)
        if installed and chosen and version_key(chosen.version) < version_key(installed.version):
            lang = self.host.lang
            messages.ask_import_older(self.host.window(), pack_text(chosen, lang),
                                      pack_text(installed, lang),
                                      lambda: self.import_pack(source,
                                                               allow_unsigned=allow_unsigned))
            return
        self.import_pack(source, allow_unsigned=allow_unsigned)
