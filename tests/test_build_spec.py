"""The build leaves out Qt modules the reader does not use, and never one it imports."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _excluded() -> set[str]:
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "QT_UNUSED" for t in node.targets):
            return set(ast.literal_eval(node.value))
    raise AssertionError("build.spec has no QT_UNUSED list")


def test_no_qt_module_the_program_imports_is_left_out_of_the_build() -> None:
    used = {match for path in (ROOT / "desktop_app").rglob("*.py")
            for match in re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8"))}
    assert {"QtCore", "QtWidgets", "QtNetwork"} <= used
    assert used & _excluded() == set()
    hooks = {p.name.removeprefix("hook-PySide6.").removesuffix(".py")
             for p in (ROOT / "build_hooks").glob("hook-PySide6.*.py")}
    assert used <= hooks, "each Qt module we import needs its hook in build_hooks/"


def _excluded_modules() -> set[str]:
    """The plain module names in build.spec's EXCLUDES (the Qt ones are checked above)."""
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "EXCLUDES" for t in node.targets):
            assert isinstance(node.value, ast.List)
            return {elt.value for elt in node.value.elts
                    if isinstance(elt, ast.Constant) and isinstance(elt.value, str)}
    raise AssertionError("build.spec has no EXCLUDES list")


def test_no_module_the_program_imports_is_left_out_of_the_build() -> None:
    """The built program would fail where the venv works: e.g. multiprocessing, left out so
    that PyInstaller's hook for it does not run on every start."""
    excluded = _excluded_modules()
    assert {"multiprocessing", "unittest"} <= excluded
    imported = set()
    for path in (ROOT / "desktop_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                imported.add(node.module)
    hits = {name for name in imported
            if any(name == ex or name.startswith(f"{ex}.") for ex in excluded)}
    assert hits == set()
