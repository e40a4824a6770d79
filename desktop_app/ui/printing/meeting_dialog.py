"""File → Print meeting pack…: a bookmarks folder printed as one handout for a meeting, with
the reader's notes; the dialog says how many pages it will take before anything is printed.
The pages are the ``meeting-pack`` command's (``meeting_jobs.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPageLayout
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop_app import LANGUAGES
from desktop_app.bookmarks.store import BookmarkStore
from desktop_app.content.meeting import find_folder, folder_choices, folder_items
from desktop_app.db.bookmark_records import FolderRecord
from desktop_app.ui.host import WindowHost
from desktop_app.ui.i18n import NATIVE_NAMES
from desktop_app.ui.printing.labels import meeting_labels
from desktop_app.ui.printing.meeting_jobs import MeetingOptions, MeetingPack, meeting_pack_jobs
from desktop_app.ui.printing.output import PrintOutput, output_buttons
from desktop_app.ui.printing.page_setup import PAPER_SIZES, paper_name
from desktop_app.ui.printing.pages import Pagination, document_pages, page_layout, paint_jobs

BOTH = "both"  # the language choice: each place in English and Russian side by side


class MeetingPackDialog(QDialog):
    def __init__(self, host: WindowHost, output: PrintOutput,
                 folder_id: int | None = None) -> None:
        super().__init__(host.window())
        self.host, self.output = host, output
        self.folders, self.bookmarks = BookmarkStore(host.user).contents()
        self.setWindowTitle(self.tr("Print meeting pack"))
        self.title_typed = False  # once the reader types a title, choosing a folder keeps it
        self.page_count = 0  # of the pack as chosen; 0 while there is nothing to print
        self._make_widgets()
        self._lay_out()
        if folder_id is not None:
            self.folder.setCurrentIndex(max(0, self.folder.findData(folder_id)))
        self.recount = QTimer(self, singleShot=True, interval=250)  # while the title is typed
        self.recount.timeout.connect(self.count_pages)
        self.folder.currentIndexChanged.connect(lambda _index: self._folder_chosen())
        self.title.textEdited.connect(lambda _text: setattr(self, "title_typed", True))
        self.title.textChanged.connect(lambda _text: self.recount.start())
        for combo in (self.language, self.paper):
            combo.currentIndexChanged.connect(lambda _index: self.count_pages())
        for box in (self.notes, self.two_sided):
            box.toggled.connect(lambda _on: self.count_pages())
        self.buttons.export.clicked.connect(lambda: self.export())
        self.buttons.print.clicked.connect(self.print_pack)
        self.resize(520, self.sizeHint().height())
        self._folder_chosen()

    def _make_widgets(self) -> None:
        self.intro = QLabel(self.tr(
            "One handout for a meeting: a cover, a contents page, then each place of a "
            "bookmarks folder as it reads here (a project as its brief), with your notes "
            "beside the sections they mark."), self)
        self.intro.setWordWrap(True)
        self.folder = QComboBox(self)
        for folder, name, count in folder_choices(self.folders, self.bookmarks):
            self.folder.addItem(f"{name} ({count})", folder.id)
        self.no_folders = QLabel(self.tr(
            "You have no bookmarks folder yet. In the Bookmarks panel, make a folder (New "
            "folder) and put the places for the meeting in it."), self)
        self.no_folders.setWordWrap(True)
        self.no_folders.setVisible(not self.folders)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("The title on the cover"))
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.addItem(self.tr("Both, side by side"), BOTH)
        self.language.setCurrentIndex(max(0, self.language.findData(self.host.lang)))
        self.notes = QCheckBox(self.tr("Include my &notes"), self)
        self.notes.setChecked(True)
        self.paper = QComboBox(self)
        for name in PAPER_SIZES:
            self.paper.addItem(paper_name(name), name)
        self.paper.setCurrentIndex(max(0, self.paper.findData(self.host.settings.page_size)))
        self.two_sided = QCheckBox(self.tr("&Two-sided: each place starts on a right-hand page"),
                                   self)
        self.pages = QLabel(self)
        self.pages.setAccessibleName(self.tr("Length of the pack"))
        self.buttons = output_buttons(self)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Folder:"), self.folder)
        form.addRow(self.tr("T&itle:"), self.title)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("P&aper:"), self.paper)
        form.addRow("", self.notes)
        form.addRow("", self.two_sided)
        form.addRow(self.pages)
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addWidget(self.no_folders)
        column.addLayout(form)
        column.addStretch(1)
        column.addWidget(self.buttons.box)

    # Choosing

    def chosen_folder(self) -> FolderRecord | None:
        folder_id = self.folder.currentData()
        return next((f for f in self.folders if f.id == folder_id), None)

    def choose_folder(self, name: str) -> None:
        """Choose the folder called ``name``, as the Bookmarks panel shows it."""
        folder = find_folder(self.folders, name)
        if folder is not None:
            self.folder.setCurrentIndex(self.folder.findData(folder.id))

    def _folder_chosen(self) -> None:
        folder = self.chosen_folder()
        if folder is not None and not self.title_typed:
            self.title.setText(folder.name)
        self.count_pages()

    def options(self) -> MeetingOptions:
        code = str(self.language.currentData())
        lang = self.host.lang if code == BOTH else code
        title = self.title.text().strip() or meeting_labels(lang).kind
        return MeetingOptions(title, lang, both=code == BOTH, notes=self.notes.isChecked())

    def pagination(self) -> Pagination:
        return Pagination(two_sided=self.two_sided.isChecked(), through=True)

    def page_layout(self) -> QPageLayout:
        return page_layout(str(self.paper.currentData()), self.host.settings.page_orientation)

    # What it makes

    def pack(self, layout: QPageLayout) -> MeetingPack | None:
        """The pack of the folder chosen; None when there is nothing to print."""
        folder = self.chosen_folder()
        if folder is None or not self.host.library.is_open:
            return None
        options = self.options()
        items = folder_items(self.folders, self.bookmarks, folder, options.lang)
        if not items:
            return None
        return meeting_pack_jobs(self.host.library, items, options, layout, self.pagination())

    def count_pages(self) -> None:
        """Say how many pages the pack takes, and how many of its places are missing."""
        self.recount.stop()
        layout = self.page_layout()
        with _busy():
            pack = self.pack(layout)
            self.page_count = document_pages(pack.jobs, layout, self.pagination()) if pack else 0
        if pack is None:
            text = (self.tr("This folder holds no bookmarks.") if self.chosen_folder()
                    else "—")
        else:
            text = self.tr("Pages: {count}").format(count=self.page_count)
            if pack.missing:
                text += " · " + self.tr("no longer in the content: {count} (named on the "
                                        "contents page)").format(count=len(pack.missing))
        self.pages.setText(text)
        self.buttons.export.setEnabled(pack is not None)
        self.buttons.print.setEnabled(pack is not None)

    # Doing

    def export(self, path: Path | None = None) -> Path | None:
        """Export the pack; ``path`` None asks for one. Returns the file written."""
        options = self.options()
        path = path or self.output.ask_pdf_path(self.output.in_export_folder(
            f"{options.title}.pdf"))
        if path is None:
            return None
        layout = self.page_layout()
        with _busy():
            pack = self.pack(layout)
            written = pack is not None and self.output.write(path, pack.jobs, layout,
                                                             options.title,
                                                             pagination=self.pagination())
        if written:
            self.accept()
        return path if written else None

    def print_pack(self) -> None:
        options = self.options()
        printer = self.output.make_printer(options.title)
        printer.setPageLayout(self.page_layout())
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        with _busy():
            pack = self.pack(printer.pageLayout())
            if pack is not None:
                paint_jobs(printer, pack.jobs, pagination=self.pagination())
        self.accept()


@contextmanager
def _busy() -> Iterator[None]:
    """The wait cursor while the pages are laid out (a second or so for a long pack)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
