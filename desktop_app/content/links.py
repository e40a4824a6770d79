"""Where a clicked link may go: internal links navigate, web links ask, the rest is refused."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote

from desktop_app.places import Place


@dataclass(frozen=True)
class Internal:
    place: Place


@dataclass(frozen=True)
class Web:
    url: str


@dataclass(frozen=True)
class Refused:
    url: str


LinkTarget = Internal | Web | Refused


def classify(href: str, current_slug: str) -> LinkTarget:
    """Decide what a link in the entry ``current_slug`` leads to."""
    href = href.strip()
    if href.startswith("#") and len(href) > 1:
        return Internal(Place(current_slug, href[1:]))
    if href.startswith("entry:") and len(href) > len("entry:"):
        return Internal(Place.parse(href))
    lowered = href.lower()
    if lowered.startswith(("http://", "https://")) and len(href.split("//", 1)[1]) > 0:
        return Web(href)
    return Refused(href)


def is_pack_media_path(src: str) -> bool:
    """An image path inside the pack's media/ folder, and nothing outside it, also once its
    percent-escapes are decoded (``media/%2E%2E/…`` is ``media/../…``)."""
    decoded = unquote(src)
    return all(path.startswith("media/") and ".." not in path.split("/") and "\\" not in path
               for path in (src, decoded))
