"""Icons read from pre-rendered PNGs in resources/icons (``scripts/render-icons`` writes them).

Files, not drawn or taken from the style: the SVG plug-in is not needed, and the toolbar paints
without Python's wrapper of QStyle, which takes about 10 ms to create.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from desktop_app.paths import resources_dir

APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
TOOLBAR_ICON_SIZES = (16, 24, 32, 48)


def _from_files(stem: str, sizes: tuple[int, ...]) -> QIcon:
    icon, folder = QIcon(), resources_dir() / "icons"
    for size in sizes:
        icon.addFile(str(folder / f"{stem}-{size}.png"))
    return icon


def app_icon() -> QIcon:
    return _from_files("field-reference", APP_ICON_SIZES)


def toolbar_icon(name: str) -> QIcon:
    """``name``: back, forward, home or find (Qt's standard icons, as Fusion draws them)."""
    return _from_files(f"toolbar-{name}", TOOLBAR_ICON_SIZES)
