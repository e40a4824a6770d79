"""Room for the text: View → Show contents (the tree), Reading mode (full screen with the text
alone) and Expand all / Collapse all for the tree.

The text pane keeps a minimum readable width of its own (``DetailPane``); these are the
reader's ways to give it more.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QToolBar, QWidget
from shiboken6 import isValid

from desktop_app.ui.actions import make_action, set_texts
from desktop_app.ui.host import WindowHost


class ReadingRoom(QObject):
    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window())
        self.host = host
        window = host.window()
        self.act_contents = make_action(window, self.show_contents, "F9", checkable=True)
        self.act_reading = make_action(window, self.set_reading_mode, "F11", checkable=True)
        self.act_expand = make_action(window, host.tree.expandAll)
        self.act_collapse = make_action(window, host.tree.collapseAll)
        self._hidden_for_reading: list[QWidget] = []
        host.menu("view").add("contents", self.act_contents, self.act_reading)
        host.menu("view").add("tree", self.act_expand, self.act_collapse)
        self.act_contents.setChecked(host.tree.isVisibleTo(window))
        host.tree.shown.connect(self._on_tree_shown)  # by other keys too (Go to the contents)
        host.retranslated.connect(self.retranslate)
        self.retranslate()

    def retranslate(self) -> None:
        set_texts({
            self.act_contents: (self.tr("Show &contents"),
                                self.tr("Show or hide the contents tree beside the text")),
            self.act_reading: (self.tr("&Reading mode"),
                               self.tr("The text alone on the whole screen; F11 or Esc "
                                       "leaves it")),
            self.act_expand: (self.tr("E&xpand all"), self.tr("Open every branch of the tree")),
            self.act_collapse: (self.tr("Co&llapse all"),
                                self.tr("Close every branch of the tree")),
        })

    def show_contents(self, shown: bool) -> None:
        self.host.tree.setVisible(shown)
        if shown:
            self.host.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_tree_shown(self, shown: bool) -> None:
        """Whoever shows or hides the tree, the menu and the settings follow (not in reading
        mode, which gives it back on leaving, nor while the window closes)."""
        if not isValid(self.host) or self._hidden_for_reading \
                or not self.host.window().isVisible():
            return
        self.act_contents.setChecked(shown)
        if shown != self.host.settings.show_contents:
            self.host.settings.show_contents = shown
            self.host.save_settings()

    def set_reading_mode(self, reading: bool) -> None:
        """Full screen with the tree, the docks and the toolbars hidden; leaving shows again
        what was shown."""
        window = self.host.window()
        self.act_reading.setChecked(reading)
        if reading and not self._hidden_for_reading:
            panels: list[QWidget] = [self.host.tree, *window.findChildren(QDockWidget),
                                     *window.findChildren(QToolBar)]
            self._hidden_for_reading = [panel for panel in panels if panel.isVisible()]
            for panel in self._hidden_for_reading:
                panel.hide()
            self.act_reading.setShortcuts([QKeySequence("F11"), QKeySequence("Esc")])
            window.showFullScreen()
            self.host.detail.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif not reading:
            window.showNormal()
            for panel in self._hidden_for_reading:
                panel.show()
            self._hidden_for_reading = []
            self.act_reading.setShortcut(QKeySequence("F11"))
