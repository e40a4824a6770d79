"""File → Page setup…: paper size and orientation for printing and PDF export.

Our own small dialog rather than QPageSetupDialog, which on Linux works only with an
installed (CUPS) printer, and field laptops often have none.
"""

from __future__ import annotations

from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

PAPER_SIZES = ("A4", "Letter", "Legal", "A5", "A3")


def paper_name(size: str) -> str:
    """A paper size as Qt names it to the reader ("A4", "Letter / ANSI A")."""
    return QPageSize(getattr(QPageSize.PageSizeId, size)).name()


class PageSetupDialog(QDialog):
    def __init__(self, size: str, orientation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Page setup"))
        self.paper = QComboBox(self)
        for name in PAPER_SIZES:
            self.paper.addItem(paper_name(name), name)
        self.paper.setCurrentIndex(max(0, self.paper.findData(size)))
        self.orientation = QComboBox(self)
        self.orientation.addItem(self.tr("Portrait"), "portrait")
        self.orientation.addItem(self.tr("Landscape"), "landscape")
        self.orientation.setCurrentIndex(max(0, self.orientation.findData(orientation)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Paper size:"), self.paper)
        form.addRow(self.tr("&Orientation:"), self.orientation)
        form.addRow(buttons)

    def choice(self) -> tuple[str, str]:
        """(paper size, orientation) as Settings stores them."""
        return str(self.paper.currentData()), str(self.orientation.currentData())
