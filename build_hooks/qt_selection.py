"""Which Qt plug-ins and libraries the built program carries, applied inside the Qt hooks.

Filtering in the hooks (not only after Analysis) matters: PyInstaller follows the shared
libraries of every collected plug-in, so a dropped GTK theme plug-in would otherwise still
bring GTK, cairo and friends along. The reader uses QtCore, QtGui, QtWidgets, QtPrintSupport
and QtNetwork (only its local socket, ui/single_instance.py); it shows on xcb, wayland or
offscreen (and Windows/macOS when built there) and shows the images a content pack may hold
(PNG is built in; JPEG, GIF, SVG).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

# Kept Qt plug-ins by type, named without "lib" and the file suffix.
KEEP_PLUGINS = {
    "platforms": {"qxcb", "qoffscreen", "qwayland", "qwindows", "qcocoa", "qminimal"},
    "imageformats": {"qjpeg", "qgif", "qsvg", "qico"},
    "iconengines": {"qsvgicon"},
    "platforminputcontexts": {"composeplatforminputcontextplugin",
                              "ibusplatforminputcontextplugin"},
    "platformthemes": {"qxdgdesktopportal"},
    "printsupport": {"cupsprintersupport", "windowsprintersupport"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle"},
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"bradient"},
}
# Qt libraries kept (Linux file names libQt6<Name>.so.6; on other platforms only the
# plug-ins are chosen here).
KEEP_QT_LIBS = {"Core", "Gui", "Widgets", "PrintSupport", "DBus", "XcbQpa", "WaylandClient",
                "Svg", "Network"}  # Network: the local socket of one window per data folder


def kept(dest: str) -> bool:
    """Whether the file that lands at ``dest`` (a path inside the bundle) is carried."""
    parts = Path(dest.replace("\\", "/")).parts
    name = parts[-1] if parts else ""
    if "translations" in parts or "qml" in parts:  # qtbase_ru.qm travels among ours
        return False
    if name.startswith("libQt6") and name.removeprefix("libQt6").split(".")[0] not in \
            KEEP_QT_LIBS:
        return False
    if "plugins" in parts:
        index = parts.index("plugins")
        if len(parts) >= index + 3:
            kind = parts[index + 1]
            return name.split(".")[0].removeprefix("lib") in KEEP_PLUGINS.get(kind, set())
    return True


def qt_dependencies(hook_file: str) -> tuple[list[str], list[Any], list[Any]]:
    """PyInstaller's own Qt hook body, with the plug-ins and libraries not kept left out."""
    from PyInstaller.utils.hooks.qt import add_qt6_dependencies

    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
    binaries = [(src, dest) for src, dest in binaries if kept(f"{dest}/{Path(src).name}")]
    datas = [(src, dest) for src, dest in datas if kept(f"{dest}/{Path(src).name}")]
    return hiddenimports, binaries, datas
