"""Help → About: the program's and the content pack's versions, and what it ships under which
licence, with the licence texts one button away."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.licences import COMPONENTS, PUBLIC_DOMAIN, licence_text
from desktop_app.ui.actions import make_action, set_texts
from desktop_app.ui.host import WindowHost
from desktop_app.ui.pack_text import pack_text


class LicencesDialog(QDialog):
    """The shipped components on the left, the chosen one's licence texts on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Licences"))
        self.list = QListWidget(self)
        self.list.addItems([component.name for component in COMPONENTS])
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.list.setAccessibleName(self.tr("Components"))
        self.text.setAccessibleName(self.tr("Licence text"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setSizes([200, 600])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.list.setCurrentRow(0)
        self.resize(860, 560)

    def _show(self, row: int) -> None:
        if 0 <= row < len(COMPONENTS):
            self.text.setPlainText(licence_text(COMPONENTS[row]))


class AboutDialog(QDialog):
    def __init__(self, pack_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Field Reference"))
        icon = QLabel(self)
        icon.setPixmap(self.windowIcon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setText(
            "<h2>{name}</h2><p>{version}</p><p>{purpose}</p><p>{pack}</p>".format(
                name=html.escape(self.tr("Field Reference")),
                version=html.escape(self.tr("Version {version}").format(version=__version__)),
                purpose=html.escape(self.tr("The offline reference of the IOM mission in "
                                            "Tajikistan.")),
                pack=html.escape(pack_text)))
        self.heading.setWordWrap(True)
        self.components = QLabel(self)
        self.components.setTextFormat(Qt.TextFormat.RichText)
        self.components.setText(self._components_html())
        self.components.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.licences_button = QPushButton(self.tr("&Licences…"), self)
        self.licences_button.setToolTip(self.tr("Show the licence texts of these components"))
        self.licences_button.clicked.connect(self.show_licences)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.licences_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.components)
        layout.addWidget(buttons)
        self.licences: LicencesDialog | None = None

    def _components_html(self) -> str:
        public_domain = self.tr("Public domain")
        cells = ((c.name, c.version(), public_domain if c.licence == PUBLIC_DOMAIN else c.licence)
                 for c in COMPONENTS)
        rows = "".join("<tr>" + "".join(f"<td>{html.escape(text)}&nbsp;</td>" for text in row)
                       + "</tr>" for row in cells)
        intro = self.tr("Field Reference is built with these components, each under its own "
                        "licence:")
        heads = [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        head = "".join(f"<th align='left'>{html.escape(text)}&nbsp;</th>" for text in heads)
        return f"<p>{html.escape(intro)}</p><table><tr>{head}</tr>{rows}</table>"

    def show_licences(self) -> LicencesDialog:
        if self.licences is None:
            self.licences = LicencesDialog(self)
        self.licences.show()
        return self.licences


class AboutFeature(QObject):
    """Help → About Field Reference, on the window's host."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.act_about = make_action(host.window(), self.show_about)
        host.menu("help").add("about", self.act_about)
        host.retranslated.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        set_texts({self.act_about: (self.tr("&About Field Reference"),
                                    self.tr("Version, content pack and licences"))})

    def show_about(self) -> AboutDialog:
        """Window-modal but non-blocking, deleted once closed (like the message boxes)."""
        pack = self.host.library.pack
        shown = pack_text(pack, self.host.lang) if pack else self.tr("No content")
        dialog = AboutDialog(shown, self.host.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
