"""What the start does before it imports the window's modules: named steps, run by ``ui/app.py``.

``skip_feature_source_scan``: PySide6 replaces ``__import__`` to support ``from __feature__
import snake_case``, and after each new module it calls ``shibokensupport.feature.
feature_imported``, which reads the module's whole source (``inspect.getsource``) to see
whether it mentions PySide6. That is 0.1–0.3 ms a module, some 40–60 ms over the modules the
window imports before its first paint. We use no ``__feature__``, so every module may take the
default ("no feature", 0) without reading its source. Should a PySide6 release rename these
internals, nothing is replaced and only the speed-up is lost.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 (loads shibokensupport.feature)


def skip_feature_source_scan() -> bool:
    """Register each later module as using no ``__feature__``, unread; False when this
    PySide6 has not the internals it replaces."""
    feature = sys.modules.get("shibokensupport.feature")
    selection = getattr(feature, "pyside_feature_dict", None)
    if feature is None or not isinstance(selection, dict) \
            or not callable(getattr(feature, "feature_imported", None)):
        return False

    def feature_imported(module: ModuleType) -> None:
        selection.setdefault(getattr(module, "__name__", ""), 0)

    feature.feature_imported = feature_imported  # type: ignore[attr-defined]
    return True


def run() -> None:
    """Every early step, in order; safe to run more than once."""
    skip_feature_source_scan()
