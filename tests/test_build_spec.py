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
