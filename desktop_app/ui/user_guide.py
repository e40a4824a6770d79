"""Help → User guide (F1): the short guide to the program, an entry of the bundled pack
(``resources/content/*/guide.md``), shown in the reader itself like any other entry."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop_app.places import Place
from desktop_app.ui.actions import make_action, set_texts
from desktop_app.ui.host import WindowHost

GUIDE = Place("guide")


class UserGuide(QObject):
    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window())
        self.host = host
        self.act_guide = make_action(host.window(), self.open_guide, "F1")
        host.menu("help").add("guide", self.act_guide)
        host.content_loaded.connect(self._on_content_loaded)
        host.retranslated.connect(self.retranslate)
        self.retranslate()
        self._on_content_loaded()

    def retranslate(self) -> None:
        set_texts({self.act_guide: (self.tr("&User guide"),
                                    self.tr("How to use Field Reference, in the reader"))})

    def _on_content_loaded(self) -> None:
        """Offered when the installed content holds the guide (a pack of other origin may
        not)."""
        library = self.host.library
        if library.is_open:
            with library.read() as repo:
                self.act_guide.setEnabled(bool(repo.sections(GUIDE.slug, self.host.lang)))
        else:
            self.act_guide.setEnabled(False)

    def open_guide(self) -> None:
        self.host.open_place(GUIDE)
