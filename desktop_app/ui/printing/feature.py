"""Printing in the window: File → Print…, Print Preview…, Export PDF…, Page Setup…, Bilingual
briefs, Print briefs…, Print meeting pack… A project prints as its brief; any other entry
prints as shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMenu, QToolBar

from desktop_app.places import Place
from desktop_app.ui.actions import make_action, set_texts
from desktop_app.ui.host import WindowHost
from desktop_app.ui.printing.batch_dialog import BatchDialog
from desktop_app.ui.printing.jobs import brief_job, page_job
from desktop_app.ui.printing.labels import batch_title
from desktop_app.ui.printing.meeting_dialog import MeetingPackDialog
from desktop_app.ui.printing.output import PrintOutput
from desktop_app.ui.printing.page_setup import PageSetupDialog
from desktop_app.ui.printing.pages import PrintJob, paint_jobs
from desktop_app.ui.theme import content_css


class PrintFeature(QObject):
    """Adds the print actions to the host's File menu and does what they ask."""

    def __init__(self, host: WindowHost) -> None:
        window = host.window()
        super().__init__(window)
        self.host = host
        self.output = PrintOutput(host)
        self.act_print = make_action(window, self.print_open, QKeySequence.StandardKey.Print)
        self.act_preview = make_action(window, self.preview_open)
        self.act_export = make_action(window, lambda: self.export_open())
        self.act_page_setup = make_action(window, lambda: self.page_setup())
        self.act_bilingual = make_action(window, self.output.set_bilingual, checkable=True)
        self.act_bilingual.setChecked(host.settings.print_bilingual)
        self.act_batch = make_action(window, self.open_batch)
        self.act_meeting_pack = make_action(window, lambda: self.meeting_pack_dialog().open())
        host.menu("file").add("print", self.act_print, self.act_preview, self.act_export,
                              self.act_page_setup, self.act_bilingual)
        host.menu("file").add("batch", self.act_batch, self.act_meeting_pack)
        host.place_menus.add("print", self._print_offer)
        host.place_opened.connect(lambda _place: self.update_actions())
        host.content_loaded.connect(self.update_actions)
        host.retranslated.connect(self.retranslate)
        self.retranslate()
        self.update_actions()

    def retranslate(self) -> None:
        texts = {
            self.act_print: (self.tr("&Print…"),
                             self.tr("Print the open project's brief, or the open entry")),
            self.act_preview: (self.tr("Print pre&view…"),
                               self.tr("See the pages before printing them")),
            self.act_export: (self.tr("&Export PDF…"),
                              self.tr("Save the open project's brief, or the open entry, "
                                      "as a PDF file")),
            self.act_page_setup: (self.tr("Page set&up…"),
                                  self.tr("Choose the paper size and orientation")),
            self.act_bilingual: (self.tr("&Bilingual briefs"),
                                 self.tr("Print briefs in English and Russian side by side")),
            self.act_batch: (self.tr("Print b&riefs…"),
                             self.tr("Print or export the briefs of several projects or of a "
                                     "thematic area in one document")),
            self.act_meeting_pack: (self.tr("Print &meeting pack…"),
                                    self.tr("Print or export a bookmarks folder as one handout "
                                            "for a meeting, with your notes")),
        }
        set_texts(texts)

    def _print_offer(self, menu: QMenu, place: Place, _title: str, in_tree: bool
                     ) -> list[QAction]:
        """The tree's context menu: print that entry (it opens first, as it will print)."""
        if not in_tree or not self.host.library.is_open:
            return []
        action = QAction(self.tr("&Print…"), menu)

        def print_it() -> None:
            if self.host.open_place(Place(place.slug)):
                self.print_open()

        action.triggered.connect(print_it)
        return [action]

    def update_actions(self) -> None:
        has_entry = self.host.view is not None and self.host.library.is_open
        for action in (self.act_print, self.act_preview, self.act_export):
            action.setEnabled(has_entry)
        self.act_batch.setEnabled(self.host.library.is_open)
        self.act_meeting_pack.setEnabled(self.host.library.is_open)

    # What is printed

    def open_jobs(self, layout: QPageLayout) -> tuple[list[PrintJob], str] | None:
        """The open project's brief, or the open entry as shown; with the document's title."""
        host, view = self.host, self.host.view
        if view is None or not host.library.is_open or host.library.pack is None:
            return None
        if view.kind == "project":
            job = brief_job(host.library, view.slug, host.lang, layout,
                            host.settings.print_bilingual)
        else:
            job = page_job(view, host.library.pack, host.lang, content_css(dark=False),
                           host.load_media)
        return [job], job.title

    # Actions on the open entry

    def export_open(self, path: Path | None = None) -> Path | None:
        """Export the open entry; ``path`` None asks for one. Returns the file written."""
        view = self.host.view
        if view is None:
            return None
        path = path or self.output.ask_pdf_path(self.output.default_pdf_name([view.slug]))
        if path is None:
            return None
        layout = self.output.page_layout()
        made = self.open_jobs(layout)
        if made is None:
            return None
        jobs, title = made
        return path if self.output.write(path, jobs, layout, title) else None

    def print_open(self) -> None:
        made = self.open_jobs(self.output.page_layout())
        if made is None:
            return
        printer = self.output.make_printer(made[1])
        dialog = QPrintDialog(printer, self.host.window())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.output.remember_layout(printer.pageLayout())
        made = self.open_jobs(printer.pageLayout())
        if made is not None:
            paint_jobs(printer, made[0])

    def preview_open(self) -> QPrintPreviewDialog | None:
        made = self.open_jobs(self.output.page_layout())
        if made is None:
            return None
        printer = self.output.make_printer(made[1])
        dialog = QPrintPreviewDialog(printer, self.host.window())
        dialog.setWindowTitle(self.tr("Print preview — {title}").format(title=made[1]))

        def paint(device: QPrinter) -> None:
            again = self.open_jobs(device.pageLayout())  # the preview may change the paper
            if again is not None:
                paint_jobs(device, again[0])

        dialog.paintRequested.connect(paint)
        dialog.finished.connect(lambda _result: self.output.remember_layout(printer.pageLayout()))
        self._finish_preview_toolbar(dialog)
        dialog.open()
        return dialog

    def _finish_preview_toolbar(self, dialog: QPrintPreviewDialog) -> None:
        """Qt's preview opens on the whole page, small on a laptop screen, and has no way out
        but the window's own close button: it opens at the width of the page here, with
        Export PDF… and Close beside Qt's own Print."""
        toolbar = dialog.findChild(QToolBar)
        fit_width = dialog.findChild(QAction, "fitWidthAction")
        if fit_width is not None:
            fit_width.trigger()
        if toolbar is None:
            return
        export = QAction(self.tr("Export PDF…"), dialog)
        export.setToolTip(self.tr("Save these pages as a PDF file"))
        export.triggered.connect(lambda: self.export_open())
        close = QAction(self.tr("Close"), dialog)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(dialog.close)
        toolbar.addSeparator()
        toolbar.addAction(export)
        toolbar.addAction(close)

    def page_setup(self) -> PageSetupDialog:
        settings = self.host.settings
        dialog = PageSetupDialog(settings.page_size, settings.page_orientation,
                                 self.host.window())

        def accepted() -> None:
            settings.page_size, settings.page_orientation = dialog.choice()
            self.host.save_settings()

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def batch_dialog(self) -> BatchDialog:
        return BatchDialog(self.host, self.output, self.act_bilingual,
                           batch_title(self.host.lang))

    def open_batch(self) -> None:
        self.batch_dialog().open()

    def meeting_pack_dialog(self, folder_id: int | None = None) -> MeetingPackDialog:
        """The dialog, on the bookmarks folder ``folder_id`` (None: the first)."""
        return MeetingPackDialog(self.host, self.output, folder_id)

    def meeting_pack_offer(self, folder_id: int) -> tuple[str, Callable[[], None]]:
        """For a bookmarks folder's context menu: its meeting pack."""
        return (self.tr("Print &meeting pack…"),
                lambda: self.meeting_pack_dialog(folder_id).open())
