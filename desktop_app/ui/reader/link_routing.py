"""What a click on a link in a detail pane does: open the place, ask before a web page, refuse
anything else (and say why)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop_app.places import Place
from desktop_app.ui import messages
from desktop_app.ui.reader.detail_pane import DetailPane


def route_links(pane: DetailPane, open_place: Callable[[Place], object], parent: QWidget) -> None:
    """``open_place`` for links to entries; message boxes over ``parent`` for the others."""
    pane.internal_link.connect(open_place)
    pane.web_link.connect(lambda url: messages.ask_open_web_link(parent, url))
    pane.refused_link.connect(lambda url: messages.refuse_link(parent, url))
