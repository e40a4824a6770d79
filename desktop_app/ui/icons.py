"""Icons read from pre-rendered PNGs in resources/icons (``scripts/render-icons`` writes them).

Files, not drawn or taken from the style: the SVG plug-in is not needed, and the toolbar paints
without Python's wrapper of QStyle, which takes about 10 ms to create.

The toolbar's icons are black line drawings used as masks: they are painted in the palette's
text colour, so that they read on the light and on the dark theme alike. An action given one
by :func:`set_toolbar_icon` keeps its name, and :func:`recolour_toolbar_icons` paints every
such action of a window again after the palette changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from desktop_app.paths import resources_dir

APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
TOOLBAR_ICON_SIZES = (16, 24, 32, 48)
TOOLBAR_ICONS = ("back", "forward", "home", "zoom-in", "zoom-out", "find", "search")
_NAME_PROPERTY = "toolbarIcon"  # the dynamic property that keeps an action's icon name


def _from_files(stem: str, sizes: tuple[int, ...]) -> QIcon:
    icon, folder = QIcon(), resources_dir() / "icons"
    for size in sizes:
        icon.addFile(str(folder / f"{stem}-{size}.png"))
    return icon


def app_icon() -> QIcon:
    return _from_files("field-reference", APP_ICON_SIZES)


def _painted(mask: QPixmap, colour: QColor) -> QPixmap:
    """``mask``'s shape filled with ``colour``."""
    pixmap = QPixmap(mask)
    painter = QPainter(pixmap)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), colour)
    painter.end()
    return pixmap


def toolbar_icon(name: str) -> QIcon:
    """The toolbar icon ``name`` (one of TOOLBAR_ICONS) in the current palette's colours:
    the text colour, and the disabled text colour for a disabled action."""
    palette = QGuiApplication.palette()
    role = QPalette.ColorRole.ButtonText
    normal = palette.color(QPalette.ColorGroup.Active, role)
    disabled = palette.color(QPalette.ColorGroup.Disabled, role)
    icon, folder = QIcon(), resources_dir() / "icons"
    for size in TOOLBAR_ICON_SIZES:
        mask = QPixmap(str(folder / f"toolbar-{name}-{size}.png"))
        icon.addPixmap(_painted(mask, normal), QIcon.Mode.Normal)
        icon.addPixmap(_painted(mask, disabled), QIcon.Mode.Disabled)
    return icon


def set_toolbar_icon(action: QAction, name: str) -> None:
    """Give ``action`` the toolbar icon ``name``, painted again by recolour_toolbar_icons."""
    action.setProperty(_NAME_PROPERTY, name)
    action.setIcon(toolbar_icon(name))


def recolour_toolbar_icons(window: QObject) -> None:
    """Paint the toolbar icons of ``window``'s actions in the palette's colours (after a change
    of theme)."""
    for action in window.findChildren(QAction):
        name = action.property(_NAME_PROPERTY)
        if name:
            action.setIcon(toolbar_icon(str(name)))
