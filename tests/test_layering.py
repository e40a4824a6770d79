"""Below ``ui/`` nothing loads Qt: storage and the commands work without a screen (DESIGN.md)."""

import subprocess
import sys

CODE = """
import importlib, pkgutil, sys
import desktop_app
checked = []
def walk(package):  # not pkgutil.walk_packages: it would import desktop_app.ui to look inside
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        if info.name in ("desktop_app.ui", "desktop_app.__main__"):
            continue
        module = importlib.import_module(info.name)
        checked.append(info.name)
        if info.ispkg:
            walk(module)
walk(desktop_app)
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print(len(checked), ",".join(qt))
"""


def test_no_module_outside_ui_loads_pyside() -> None:
    """Every module of ``db/`` and the top level (content, bookmarks, search, the command
    line): a new one cannot slip past, the count shows that the walk found them."""
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                            check=True)
    count, qt = result.stdout.split(" ")
    assert qt.strip() == ""
    assert int(count) >= 30
