"""Icons read from pre-rendered PNGs in resources/icons (``scripts/render-icons`` writes them).

Files, not drawn or taken from the style: the SVG plug-in is not needed, and the toolbar paints
without Python's wrapper of QStyle, which takes about 10 ms to create.

The toolbar's icons are line drawings rendered in each theme's text colour, and in its muted
colour for a disabled action, so that they read on the light and on the dark theme alike; an
icon reads only the images it is shown at. An action given one by :func:`set_toolbar_icon`
keeps its name, and :func:`recolour_toolbar_icons` sets every such action of a window again
after the theme changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QPalette

from desktop_app.paths import resources_dir

APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
TOOLBAR_ICON_SIZES = (16, 24, 32, 48)
TOOLBAR_ICONS = ("back", "forward", "home", "zoom-in", "zoom-out", "find", "search")
_NAME_PROPERTY = "toolbarIcon"  # the dynamic property that keeps an action's icon name
_MODES = {"normal": QIcon.Mode.Normal, "disabled": QIcon.Mode.Disabled}


def _from_files(stem: str, sizes: tuple[int, ...]) -> QIcon:
    icon, folder = QIcon(), resources_dir() / "icons"
    for size in sizes:
        icon.addFile(str(folder / f"{stem}-{size}.png"))
    return icon


def app_icon() -> QIcon:
    return _from_files("field-reference", APP_ICON_SIZES)


def toolbar_icon(name: str) -> QIcon:
    """The toolbar icon ``name`` (one of TOOLBAR_ICONS) drawn for the current palette: in the
    dark theme's colours when its text is light, else in the light theme's."""
    text = QGuiApplication.palette().color(QPalette.ColorRole.ButtonText)
    theme = "dark" if text.lightness() > 127 else "light"
    icon, folder = QIcon(), resources_dir() / "icons" / "toolbar"
    for mode_name, mode in _MODES.items():
        for size in TOOLBAR_ICON_SIZES:  # with its size, a file is read only when shown
            icon.addFile(str(folder / f"{name}-{theme}-{mode_name}-{size}.png"),
                         QSize(size, size), mode)
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
