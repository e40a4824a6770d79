"""Printing in the window: File → Print…, Print Preview…, Export PDF…, Page Setup…, Bilingual
briefs, Print briefs… A project prints as its brief; any other entry prints as shown."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QKeySequence, QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop_app import APP_NAME
from desktop_app.content.brief import BriefError
from desktop_app.ui.printing.jobs import brief_job, page_job
from desktop_app.ui.printing.labels import batch_title
from desktop_app.ui.printing.page_setup import PageSetupDialog
from desktop_app.ui.printing.pages import (
    PrintJob,
    Progress,
    layout_names,
    page_layout,
    paint_jobs,
    write_pdf,
)
from desktop_app.ui.reader.window_menus import make_action, set_texts
from desktop_app.ui.theme import content_css

if TYPE_CHECKING:
    from desktop_app.ui.reader.main_window import MainWindow


class PrintFeature(QObject):
    """Adds the print actions to ``window`` (a MainWindow) and does what they ask."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.act_print = make_action(window, self.print_open, QKeySequence.StandardKey.Print)
        self.act_preview = make_action(window, self.preview_open)
        self.act_export = make_action(window, lambda: self.export_open())
        self.act_page_setup = make_action(window, lambda: self.page_setup())
        self.act_bilingual = make_action(window, self.set_bilingual, checkable=True)
        self.act_bilingual.setChecked(window.settings.print_bilingual)
        self.act_batch = make_action(window, self.open_batch)
        menu = window.menus.file_menu
        before = window.menus.act_quit
        menu.insertActions(before, [self.act_print, self.act_preview, self.act_export,
                                    self.act_page_setup, self.act_bilingual])
        menu.insertSeparator(before)
        menu.insertAction(before, self.act_batch)
        menu.insertSeparator(before)
        window.place_opened.connect(lambda _place: self.update_actions())
        window.content_loaded.connect(self.update_actions)
        window.retranslated.connect(self.retranslate)
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
        }
        set_texts(texts)

    def update_actions(self) -> None:
        has_entry = self.window.view is not None and self.window.library.is_open
        for action in (self.act_print, self.act_preview, self.act_export):
            action.setEnabled(has_entry)
        self.act_batch.setEnabled(self.window.library.is_open)

    # Settings

    def page_layout(self) -> QPageLayout:
        settings = self.window.settings
        return page_layout(settings.page_size, settings.page_orientation)

    def remember_layout(self, layout: QPageLayout) -> None:
        settings = self.window.settings
        settings.page_size, settings.page_orientation = layout_names(layout)
        self.window.settings_store.save(settings)

    def set_bilingual(self, checked: bool) -> None:
        self.window.settings.print_bilingual = checked
        self.window.settings_store.save(self.window.settings)

    # What is printed

    def open_jobs(self, layout: QPageLayout) -> tuple[list[PrintJob], str] | None:
        """The open project's brief, or the open entry as shown; with the document's title."""
        window, view = self.window, self.window.view
        if view is None or not window.library.is_open or window.library.pack is None:
            return None
        if view.kind == "project":
            job = brief_job(window.library, view.slug, window.lang, layout,
                            window.settings.print_bilingual)
        else:
            job = page_job(view, window.library.pack, window.lang, content_css(dark=False),
                           self.load_media)
        return [job], job.title

    def load_media(self, path: str) -> bytes | None:
        with self.window.library.read() as repo:
            media = repo.media(path)
        return media.data if media else None

    def default_pdf_name(self, slugs: list[str]) -> str:
        settings = self.window.settings
        stem = slugs[0].rsplit("/", 1)[-1] if len(slugs) == 1 else "briefs"
        suffix = "en-ru" if settings.print_bilingual else self.window.lang
        folder = settings.export_dir or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / f"{stem}-{suffix}.pdf")

    def ask_pdf_path(self, slugs: list[str]) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export PDF"), self.default_pdf_name(slugs),
            self.tr("PDF files (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.window.settings.export_dir = str(path.parent)
        self.window.settings_store.save(self.window.settings)
        return path

    # Actions on the open entry

    def export_open(self, path: Path | None = None) -> Path | None:
        """Export the open entry; ``path`` None asks for one. Returns the file written."""
        view = self.window.view
        if view is None:
            return None
        path = path or self.ask_pdf_path([view.slug])
        if path is None:
            return None
        layout = self.page_layout()
        made = self.open_jobs(layout)
        if made is None:
            return None
        jobs, title = made
        return path if self.write(path, jobs, layout, title) else None

    def write(self, path: Path, jobs: list[PrintJob], layout: QPageLayout, title: str,
              progress: Progress | None = None) -> bool:
        try:
            done = write_pdf(path, jobs, layout, title, progress)
        except (OSError, BriefError) as exc:
            self.window.statusBar().showMessage(
                self.tr("The PDF was not saved: {reason}").format(reason=str(exc)), 10000)
            return False
        if done:
            self.window.statusBar().showMessage(
                self.tr("Saved {file}.").format(file=str(path)), 8000)
        return done

    def make_printer(self, title: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(self.page_layout())
        printer.setDocName(title)
        printer.setCreator(APP_NAME)
        return printer

    def print_open(self) -> None:
        made = self.open_jobs(self.page_layout())
        if made is None:
            return
        printer = self.make_printer(made[1])
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.remember_layout(printer.pageLayout())
        made = self.open_jobs(printer.pageLayout())
        if made is not None:
            paint_jobs(printer, made[0])

    def preview_open(self) -> QPrintPreviewDialog | None:
        made = self.open_jobs(self.page_layout())
        if made is None:
            return None
        printer = self.make_printer(made[1])
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print preview — {title}").format(title=made[1]))

        def paint(device: QPrinter) -> None:
            again = self.open_jobs(device.pageLayout())  # the preview may change the paper
            if again is not None:
                paint_jobs(device, again[0])

        dialog.paintRequested.connect(paint)
        dialog.finished.connect(lambda _result: self.remember_layout(printer.pageLayout()))
        dialog.open()
        return dialog

    def page_setup(self) -> PageSetupDialog:
        settings = self.window.settings
        dialog = PageSetupDialog(settings.page_size, settings.page_orientation, self.window)

        def accepted() -> None:
            settings.page_size, settings.page_orientation = dialog.choice()
            self.window.settings_store.save(settings)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def open_batch(self) -> None:
        from desktop_app.ui.printing.batch_dialog import BatchDialog

        BatchDialog(self, batch_title(self.window.lang)).open()
