"""PyInstaller's PySide6 hook, with only the Qt plug-ins and libraries the reader uses."""

from build_hooks.qt_selection import qt_dependencies

hiddenimports, binaries, datas = qt_dependencies(__file__)
