"""Where printing goes: the page layout kept in the settings, the PDF file the reader picks,
the printer; shared by the print actions and the Print briefs… dialog."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPushButton

from desktop_app import APP_NAME, LANGUAGES
from desktop_app.content.brief import BriefError
from desktop_app.ui.host import WindowHost
from desktop_app.ui.messages import warn, why_not_written
from desktop_app.ui.printing.pages import (
    Pagination,
    PrintJob,
    Progress,
    layout_names,
    page_layout,
    write_pdf,
)

_UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')  # not allowed in Windows file names


@dataclass(frozen=True)
class OutputButtons:
    """A printing dialog's row: Export PDF…, Print… and Close (which rejects the dialog)."""

    box: QDialogButtonBox
    export: QPushButton
    print: QPushButton


def output_buttons(dialog: QDialog) -> OutputButtons:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    role = QDialogButtonBox.ButtonRole.ActionRole
    export = box.addButton(QCoreApplication.translate("PrintOutput", "&Export PDF…"), role)
    printing = box.addButton(QCoreApplication.translate("PrintOutput", "&Print…"), role)
    box.rejected.connect(dialog.reject)
    return OutputButtons(box, export, printing)


class PrintOutput(QObject):
    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window())
        self.host = host

    # Settings

    def page_layout(self) -> QPageLayout:
        settings = self.host.settings
        return page_layout(settings.page_size, settings.page_orientation)

    def remember_layout(self, layout: QPageLayout) -> None:
        settings = self.host.settings
        settings.page_size, settings.page_orientation = layout_names(layout)
        self.host.save_settings()

    def set_bilingual(self, checked: bool) -> None:
        self.host.settings.print_bilingual = checked
        self.host.save_settings()

    # Files and printers

    def default_pdf_name(self, slugs: list[str]) -> str:
        """Where the briefs of ``slugs`` are offered to be saved."""
        stem = slugs[0].rsplit("/", 1)[-1] if len(slugs) == 1 else "briefs"
        suffix = "-".join(LANGUAGES) if self.host.settings.print_bilingual else self.host.lang
        return self.in_export_folder(f"{stem}-{suffix}.pdf")

    def in_export_folder(self, name: str) -> str:
        """``name`` in the folder last exported to (at first, the user's documents)."""
        name = _UNSAFE_IN_NAMES.sub("-", name).strip(" .") or "document.pdf"
        folder = self.host.settings.export_dir or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return str(Path(folder) / name)

    def ask_pdf_path(self, suggested: str) -> Path | None:
        """The PDF file the reader picks, starting from ``suggested``; None if cancelled."""
        name, _filter = QFileDialog.getSaveFileName(
            self.host.window(), self.tr("Export PDF"), suggested,
            self.tr("PDF files (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.host.settings.export_dir = str(path.parent)
        self.host.save_settings()
        return path

    def write(self, path: Path, jobs: list[PrintJob], layout: QPageLayout, title: str,
              progress: Progress | None = None, pagination: Pagination = Pagination()) -> bool:
        try:
            done = write_pdf(path, jobs, layout, title, progress, pagination) is not None
        except OSError as exc:
            warn(self.host.window(), self.tr("The PDF was not saved"), self.tr(
                "{file} was not saved: {reason}.").format(file=path.name,
                                                          reason=why_not_written(exc)))
            return False
        except BriefError:  # the content changed under the dialog: an entry went, or its kind
            warn(self.host.window(), self.tr("The PDF was not saved"), self.tr(
                "{file} was not saved: what it prints is no longer in the content as it was. "
                "Choose again what to print.").format(file=path.name))
            return False
        if done:
            self.host.notify(self.tr("Saved {file}.").format(file=str(path)))
        return done

    def make_printer(self, title: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(self.page_layout())
        printer.setDocName(title)
        printer.setCreator(APP_NAME)
        return printer
