"""The storage layer never loads Qt: it must work without a screen (DESIGN.md, Layers)."""

import os
import subprocess
import sys

import pytest

CODE = """
import pkgutil, importlib, sys
import desktop_app.db as db
for info in pkgutil.iter_modules(db.__path__):
    importlib.import_module(f"desktop_app.db.{info.name}")
import desktop_app.content.importer, desktop_app.cli, desktop_app.library, desktop_app.content.brief
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print(",".join(qt))
"""


def test_db_and_importer_load_no_pyside() -> None:
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == ""


def test_every_db_module_was_checked() -> None:
    """The check above imports the whole package, so a new module cannot slip past it."""
    result = subprocess.run([sys.executable, "-c", CODE.replace("print(\",\".join(qt))",
                                                                "print(len(list(pkgutil.iter_modules(db.__path__))))")],
                            capture_output=True, text=True, check=True)
    assert int(result.stdout) >= 7


def test_the_window_paints_before_sqlalchemy_markdown_and_nh3_load() -> None:
    """Start-up (docs/performance.md): these load after the first paint, or when importing."""
    code = ("import sys, desktop_app.ui.app, desktop_app.ui.reader.main_window; "
            "print(','.join(sorted(m for m in sys.modules "
            "if m.split('.')[0] in ('sqlalchemy', 'markdown', 'nh3'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == ""


def test_the_window_paints_without_the_costly_standard_modules() -> None:
    """Each of these took 1% of the instructions before the first paint (docs/performance.md):
    records are tuples, the title is escaped without ``html``, the window's own command line
    is read without building argparse's parser (which imports ``locale``)."""
    code = ("import sys; import desktop_app.cli as cli\n"
            "cli.open_window = lambda paths, target, lang: print(paths.root.name, target, lang)\n"
            "cli.main(['--data-dir', '/d/here', '--lang', 'ru', 'mission'])\n"
            "import desktop_app.ui.app, desktop_app.ui.reader.main_window\n"
            "print(','.join(sorted(m for m in sys.modules "
            "if m in ('dataclasses', 'html', 'locale'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.splitlines() == ["here mission ru", ""]


def test_the_window_modules_leave_costly_qt_classes_to_first_use() -> None:
    """Importing a PySide6 class creates its type and enums (``QFont`` alone 8 M instructions);
    the window's modules import these where they are used, after the first paint. PySide6
    creates a class when it is first imported: a class nothing uses shows that it still does."""
    code = ("import PySide6.QtCore as core, PySide6.QtGui as gui; "
            "import desktop_app.ui.app, desktop_app.ui.reader.main_window; "
            "print(','.join(n for n in ('QFont', 'QTextCursor', 'QUrl', 'QTextTable') "
            "if n in vars(gui) or n in vars(core)))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    created = result.stdout.strip().split(",")
    if "QTextTable" in created:
        pytest.skip("this PySide6 creates every class when its module loads")
    assert created == [""]


def test_the_window_paints_before_bookmarks_search_and_printing_load() -> None:
    """Their modules are imported by ``MainWindow.attach_features``, after the first paint."""
    code = ("import sys, desktop_app.ui.app, desktop_app.ui.reader.main_window; "
            "print(','.join(sorted(m for m in sys.modules if m.startswith('desktop_app.ui.') "
            "and m.rsplit('.', 1)[1] in ('bookmark_actions', 'bookmarks_panel', 'search_panel', "
            "'print_feature', 'printing', 'side_by_side'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == ""

