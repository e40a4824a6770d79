"""Help → Keyboard shortcuts: every shortcut of the window, read from its actions themselves,
so that the list cannot drift from what the keys do."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.actions import make_action, set_texts, shortcut_text
from desktop_app.ui.host import WindowHost


def _plain(text: str) -> str:
    """A menu text without its mnemonic mark and trailing dots ("&Print…" → "Print")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for each action of ``window`` that has a shortcut: those in the
    menus under their menu's title, a panel's own keys under the panel's title, any other
    under "" (Other)."""
    rows: list[tuple[str, str, str]] = []
    listed: set[QAction] = set()

    def add(menu_title: str, action: QAction) -> None:
        keys = shortcut_text(action)
        if keys and action.text() and action not in listed:
            listed.add(action)
            rows.append((menu_title, _plain(action.text()), keys))

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, title)
            else:
                add(title, action)

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(top.text()))
    for action in window.findChildren(QAction):
        add(_panel_title(action), action)
    return rows


def _panel_title(action: QAction) -> str:
    """The title of the panel (dock) whose widgets the action works in, or ""."""
    owner = action.parent()
    while owner is not None and not isinstance(owner, QDockWidget):
        owner = owner.parent()
    return owner.windowTitle() if isinstance(owner, QDockWidget) else ""


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTreeWidget(self)
        self.table.setColumnCount(2)
        self.table.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setRootIsDecorated(False)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for menu, action, keys in rows:
            title = menu or self.tr("Other")
            if title not in groups:
                groups[title] = QTreeWidgetItem(self.table, [title])
                groups[title].setFirstColumnSpanned(True)
                font = groups[title].font(0)
                font.setBold(True)
                groups[title].setFont(0, font)
            QTreeWidgetItem(groups[title], [action, keys])
        self.table.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        screen = (parent or self).screen().availableGeometry()
        self.resize(min(720, int(screen.width() * 0.9)), min(600, int(screen.height() * 0.9)))


class ShortcutsFeature(QObject):
    """Help → Keyboard shortcuts (Ctrl+/)."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.act_shortcuts = make_action(host.window(), self.show_shortcuts, "Ctrl+/")
        host.menu("help").add("shortcuts", self.act_shortcuts)
        host.retranslated.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        set_texts({self.act_shortcuts: (self.tr("&Keyboard shortcuts"),
                                        self.tr("Every key of the program, on one page"))})

    def show_shortcuts(self) -> ShortcutsDialog:
        window = self.host.window()
        assert isinstance(window, QMainWindow)
        dialog = ShortcutsDialog(shortcut_rows(window), window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
