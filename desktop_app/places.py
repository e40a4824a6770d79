"""A place in the content (entry slug + section id) and the Back/Forward history of places.

Places are the same in every language, so history and the open place survive a language switch
and a content update.
"""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import quote, unquote

URL_SCHEME = "field-reference"  # field-reference://slug#section, the links people share


class Place(NamedTuple):
    slug: str
    section: str = ""

    @classmethod
    def parse(cls, target: str) -> Place:
        """``slug`` or ``slug#section``, or a shared link ``field-reference://slug#section``;
        surrounding blanks and a leading ``entry:`` are ignored."""
        target = target.strip()
        for prefix in (f"{URL_SCHEME}://", f"{URL_SCHEME}:", "entry:"):
            if target.lower().startswith(prefix):
                target = unquote(target[len(prefix):])
                break
        slug, _, section = target.partition("#")
        return cls(slug.strip("/"), section)

    def url(self) -> str:
        """The link to share: ``field-reference://slug#section``, which ``parse`` reads."""
        link = f"{URL_SCHEME}://{quote(self.slug, safe='/')}"
        return f"{link}#{quote(self.section, safe='')}" if self.section else link

    def __str__(self) -> str:
        return f"{self.slug}#{self.section}" if self.section else self.slug


class History:
    """Browser-style history: visiting a new place drops everything ahead of the current one."""

    def __init__(self, limit: int = 200) -> None:
        self._places: list[Place] = []
        self._index = -1
        self._limit = limit

    @property
    def current(self) -> Place | None:
        return self._places[self._index] if self._index >= 0 else None

    def visit(self, place: Place) -> None:
        if place == self.current:
            return
        del self._places[self._index + 1:]
        self._places.append(place)
        if len(self._places) > self._limit:
            del self._places[0]
        self._index = len(self._places) - 1

    def replace_current(self, place: Place) -> None:
        """Record where the reader scrolled to, without adding a step."""
        if self._index >= 0:
            self._places[self._index] = place

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return self._index < len(self._places) - 1

    def back(self) -> Place | None:
        if not self.can_go_back():
            return None
        self._index -= 1
        return self.current

    def forward(self) -> Place | None:
        if not self.can_go_forward():
            return None
        self._index += 1
        return self.current
