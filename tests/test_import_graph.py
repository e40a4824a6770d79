"""The import graph of ``desktop_app`` has no circle, and only the start imports the window.

Every module is parsed with ``ast``, so an import counts wherever it is written: at the top, inside
a function, or under ``TYPE_CHECKING``. Features type against the narrow host (``ui/host.py``);
only the start (``ui/app.py`` before the first paint, ``ui/start.py`` after it) knows the
concrete ``MainWindow`` (DESIGN.md, Features and the window).
"""

from __future__ import annotations

import ast
from pathlib import Path

import desktop_app

WINDOW = "desktop_app.ui.reader.main_window"
MAY_IMPORT_WINDOW = {"desktop_app.ui.app", "desktop_app.ui.start"}
Graph = dict[str, set[str]]


def module_names(root: Path, package: str) -> dict[str, Path]:
    """Every module of ``package`` (whose folder is ``root``) by dotted name."""
    names = {}
    for path in sorted(root.rglob("*.py")):
        parts = [package, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _imported(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    """The dotted names an import statement asks for: modules, or names inside modules."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:  # relative: from the module's package, one level up per extra dot
        package = module.split(".") if is_package else module.split(".")[:-1]
        package = package[:len(package) - node.level + 1]
        base = ".".join([*package, base] if base else package)
    return [f"{base}.{alias.name}" for alias in node.names]


def import_graph(root: Path, package: str) -> Graph:
    """Module → the modules of the same package it imports."""
    modules = module_names(root, package)
    graph: Graph = {name: set() for name in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            for wanted in _imported(node, name, path.name == "__init__.py"):
                # ``from pkg import name``: the module pkg.name if there is one, else pkg
                while wanted and wanted not in modules:
                    wanted = wanted.rpartition(".")[0]
                if wanted and wanted != name:
                    graph[name].add(wanted)
    return graph


def circles(graph: Graph) -> list[list[str]]:
    """The groups of modules that import each other, directly or not (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in sorted(graph[module]):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


def _our_graph() -> Graph:
    return import_graph(Path(desktop_app.__file__).parent, "desktop_app")


def test_the_import_graph_has_no_circle() -> None:
    assert circles(_our_graph()) == []


def test_only_the_start_imports_the_main_window() -> None:
    importers = {module for module, targets in _our_graph().items() if WINDOW in targets}
    assert importers == MAY_IMPORT_WINDOW


def test_every_feature_types_against_the_host() -> None:
    graph = _our_graph()
    for feature in ("desktop_app.ui.bookmarks.feature", "desktop_app.ui.search.panel",
                    "desktop_app.ui.printing.feature", "desktop_app.ui.printing.batch_dialog",
                    "desktop_app.ui.reader.side_by_side", "desktop_app.ui.importing.feature",
                    "desktop_app.ui.reader.find_bar"):
        assert "desktop_app.ui.host" in graph[feature], feature


def test_the_walk_sees_imports_in_functions_and_under_type_checking(tmp_path: Path) -> None:
    """The checks above can fail: a circle made only of imports that run late is found."""
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "a.py").write_text("def later():\n    from pkg.sub import b\n")
    (package / "sub" / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..c import C\n")
    (package / "c.py").write_text("import pkg.a\nC = 1\n")
    (package / "d.py").write_text("from pkg import c\n")
    graph = import_graph(package, "pkg")
    assert graph["pkg.d"] == {"pkg.c"}
    assert circles(graph) == [["pkg.a", "pkg.c", "pkg.sub.b"]]
