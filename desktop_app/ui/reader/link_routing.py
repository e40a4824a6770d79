"""What a click on a link in a detail pane does: open the place, ask before a web page, refuse
anything else (and say why).

Attached with the features, after the first paint (``ui/features.py``): a pane follows no link
before that.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWidget

from desktop_app.content.links import Internal, LinkTarget, Refused, Web, classify
from desktop_app.places import Place
from desktop_app.ui import messages
from desktop_app.ui.reader.detail_pane import DetailPane


def route_links(pane: DetailPane, open_place: Callable[[Place], object], parent: QWidget) -> None:
    """``open_place`` for links to entries; message boxes over ``parent`` for the others."""
    def follow(url: QUrl) -> None:
        follow_link(classify(url.toString(), pane.slug), open_place, parent)

    pane.anchorClicked.connect(follow)


def follow_link(target: LinkTarget, open_place: Callable[[Place], object],
                parent: QWidget) -> None:
    if isinstance(target, Internal):
        open_place(target.place)
    elif isinstance(target, Web):
        messages.ask_open_web_link(parent, target.url)
    elif isinstance(target, Refused):
        messages.refuse_link(parent, target.url)
