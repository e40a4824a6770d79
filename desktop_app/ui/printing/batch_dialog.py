"""Print briefs…: choose projects (or whole thematic areas) and print or export their briefs
as one document, each brief on new pages, with a progress dialog that can be cancelled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPageLayout
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop_app.content.brief import project_slugs
from desktop_app.ui.host import WindowHost
from desktop_app.ui.plain_text import plain_tip
from desktop_app.ui.printing.jobs import brief_jobs
from desktop_app.ui.printing.output import PrintOutput, output_buttons
from desktop_app.ui.printing.pages import Pagination, PrintJob, paint_jobs

SLUG_ROLE = Qt.ItemDataRole.UserRole


class BatchDialog(QDialog):
    """``bilingual``: the File menu's Bilingual briefs, which the dialog's box follows."""

    def __init__(self, host: WindowHost, output: PrintOutput, bilingual: QAction,
                 title: str) -> None:
        super().__init__(host.window())
        self.host, self.output = host, output
        self.document_title = title
        self.setWindowTitle(self.tr("Print briefs"))
        self.resize(560, 520)
        self.intro = QLabel(self.tr("Choose the projects, or a whole thematic area. Each brief "
                                    "starts on a new page."), self)
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Projects by thematic area"))
        self.items: dict[str, QTreeWidgetItem] = {}  # slug → area or project item
        self.area_items: list[QTreeWidgetItem] = []
        self.project_items: list[QTreeWidgetItem] = []  # in the tree's order
        with host.library.read() as repo:
            groups = project_slugs(repo.tree(host.lang))
        open_slug = host.view.slug if host.view else ""
        for area, projects in groups:
            area_item = QTreeWidgetItem(self.tree, [area.title])
            area_item.setData(0, SLUG_ROLE, area.slug)
            area_item.setFlags(area_item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                               | Qt.ItemFlag.ItemIsAutoTristate)
            for project in projects:
                item = QTreeWidgetItem(area_item, [project.title])
                item.setData(0, SLUG_ROLE, project.slug)
                item.setToolTip(0, plain_tip(project.title))  # long titles are elided
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked if project.slug == open_slug
                                   else Qt.CheckState.Unchecked)
                self.items[project.slug] = item
                self.project_items.append(item)
            self.items[area.slug] = area_item
            self.area_items.append(area_item)
        self.tree.expandAll()
        self.select_all = QPushButton(self.tr("Select &all"), self)
        self.select_none = QPushButton(self.tr("&Clear"), self)
        self.select_all.clicked.connect(lambda: self._check_every(Qt.CheckState.Checked))
        self.select_none.clicked.connect(lambda: self._check_every(Qt.CheckState.Unchecked))
        self.bilingual = QCheckBox(self.tr("&Bilingual: English and Russian side by side"), self)
        self.bilingual.setChecked(host.settings.print_bilingual)
        self.bilingual.toggled.connect(bilingual.setChecked)
        self.bilingual.toggled.connect(output.set_bilingual)
        self.two_sided = QCheckBox(self.tr("&Two-sided: each brief starts on a right-hand page"),
                                   self)
        self.buttons = output_buttons(self)
        self.buttons.export.clicked.connect(lambda: self.export())
        self.buttons.print.clicked.connect(self.print_chosen)
        self.tree.itemChanged.connect(lambda _item, _column: self._update_buttons())
        row = QHBoxLayout()
        row.addWidget(self.select_all)
        row.addWidget(self.select_none)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addWidget(self.tree, 1)
        column.addLayout(row)
        column.addWidget(self.bilingual)
        column.addWidget(self.two_sided)
        column.addWidget(self.buttons.box)
        self._update_buttons()

    # Choosing

    def _check_every(self, state: Qt.CheckState) -> None:
        for item in self.area_items:
            item.setCheckState(0, state)

    def check(self, *slugs: str) -> None:
        """Tick projects, or whole areas, by slug."""
        for slug in slugs:
            self.items[slug].setCheckState(0, Qt.CheckState.Checked)

    def chosen(self) -> list[str]:
        """The ticked projects, in the tree's order."""
        return [str(item.data(0, SLUG_ROLE)) for item in self.project_items
                if item.checkState(0) == Qt.CheckState.Checked]

    def _update_buttons(self) -> None:
        some = bool(self.chosen())
        self.buttons.export.setEnabled(some)
        self.buttons.print.setEnabled(some)

    # Doing

    def pagination(self) -> Pagination:
        return Pagination(two_sided=self.two_sided.isChecked())

    def _jobs(self, layout: QPageLayout) -> list[PrintJob]:
        return brief_jobs(self.host.library, self.chosen(), self.host.lang, layout,
                          self.host.settings.print_bilingual, self.pagination())

    def _progress(self, total: int) -> QProgressDialog:
        progress = QProgressDialog(self.tr("Preparing the briefs…"), self.tr("Cancel"), 0, total,
                                   self)
        progress.setWindowTitle(self.tr("Print briefs"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        return progress

    def export(self, path: Path | None = None) -> Path | None:
        """Export the chosen briefs; ``path`` None asks for one. Returns the file written."""
        slugs = self.chosen()
        if not slugs:
            return None
        path = path or self.output.ask_pdf_path(self.output.default_pdf_name(slugs))
        if path is None:
            return None
        layout = self.output.page_layout()
        jobs = self._jobs(layout)
        progress = self._progress(len(jobs))

        def step(done: int, total: int) -> bool:
            progress.setValue(done)
            return not progress.wasCanceled()

        title = jobs[0].title if len(jobs) == 1 else self.document_title
        written = self.output.write(path, jobs, layout, title, step, self.pagination())
        progress.reset()
        if written:
            self.accept()
        return path if written else None

    def print_chosen(self) -> None:
        slugs = self.chosen()
        if not slugs:
            return
        printer = self.output.make_printer(self.document_title)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        self.output.remember_layout(printer.pageLayout())
        jobs = self._jobs(printer.pageLayout())
        progress = self._progress(len(jobs))

        def step(done: int, total: int) -> bool:
            progress.setValue(done)
            return not progress.wasCanceled()

        paint_jobs(printer, jobs, step, printer.abort, self.pagination())
        progress.reset()
        self.accept()
