"""Problems found in user input, each naming the file and line, in plain words.

A problem's ``message`` is an English template with ``{name}`` placeholders and ``params``
fills them, so the window can translate the template and the CLI and logs stay English.
Templates are marked with :func:`QT_TRANSLATE_NOOP` where they are written, which is how
pyside6-lupdate finds them; this module itself never imports Qt.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

CONTEXT = "Problems"  # the translation context of every problem template


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged.

    Call it by this name (never through an alias): lupdate reads the source, not the runtime.
    """
    return text


def placeholders(template: str) -> set[str]:
    """The ``{name}`` fields of a template (an ill-formed template has none usable)."""
    try:
        return {name for _text, name, _spec, _conv in string.Formatter().parse(template)
                if name is not None}
    except ValueError:
        return {"\0ill-formed"}


@dataclass(frozen=True)
class Problem:
    """``message`` is the English template; with ``params`` its literal braces are doubled.

    ``params`` may be given any values: they become text once, in a read-only mapping, so a
    problem is a value that never changes (``dataclasses.replace`` makes a changed copy).
    ``phrases`` names the params whose values are phrases marked in the same context (such as
    those of :mod:`desktop_app.reasons`): they are translated with the message.
    """

    file: str
    line: int | None
    message: str
    params: Mapping[str, object] = field(default_factory=dict)
    phrases: tuple[str, ...] = ()  # params that are phrases of this context, translated too
    detail: str = ""  # a library's own English words: the command line shows them, the window not

    def __post_init__(self) -> None:
        text = MappingProxyType({key: str(value) for key, value in self.params.items()})
        object.__setattr__(self, "params", text)  # frozen: the one way to set it here

    def __hash__(self) -> int:  # a mapping is not hashable: its items are
        return hash((self.file, self.line, self.message, frozenset(self.params.items()),
                     self.phrases, self.detail))

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file

    @property
    def text(self) -> str:
        """The message in English, its placeholders filled, and the detail after it."""
        text = self._filled()
        return f"{text} ({self.detail})" if self.detail else text

    def _filled(self) -> str:
        return self.message.format_map(self.params) if self.params else self.message

    def translated(self, translate: Callable[[str], str]) -> str:
        """The message through ``translate``, without the detail; English when the
        translation does not fit."""
        template = translate(self.message)
        if not self.params:
            return template or self.message
        if template and placeholders(template) == placeholders(self.message):
            params = {key: (translate(str(value)) or value) if key in self.phrases else value
                      for key, value in self.params.items()}
            try:
                return template.format_map(params)
            except (KeyError, IndexError, ValueError):
                pass
        return self._filled()

    def __str__(self) -> str:
        return f"{self.where}: {self.text}"


class ProblemError(Exception):
    """An error that is one :class:`Problem`: ``str()`` is English, ``problem`` translates."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(str(problem))


class PackError(Exception):
    """A content pack was refused; ``problems`` lists everything that is wrong with it."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
