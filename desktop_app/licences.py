"""What the built program ships and under which licences, for the About dialog.

The texts live in ``resources/licenses/`` (``scripts/collect-licenses`` copies them from the
installed packages). Versions are read when asked, from the modules themselves, so nothing
here is imported at start-up.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.paths import resources_dir


def _dist_version(name: str) -> Callable[[], str]:
    def version() -> str:
        from importlib import metadata  # 30 modules: only when the About dialog asks

        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return ""

    return version


def _qt_version() -> str:
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    return f"{qVersion()} / PySide6 {pyside}"


def _sqlalchemy_version() -> str:
    import sqlalchemy

    return str(sqlalchemy.__version__)


def _markdown_version() -> str:
    import markdown

    return str(markdown.__version__)


@dataclass(frozen=True)
class Component:
    name: str
    licence: str
    files: tuple[str, ...]  # in resources/licenses/, the first is the component's own
    version: Callable[[], str]


COMPONENTS = (
    Component("Qt / PySide6", "LGPL-3.0", ("Qt-PySide6-LGPL-3.0.txt", "GPL-3.0.txt"),
              _qt_version),
    Component("Python", "PSF-2.0", ("Python-PSF.txt",), lambda: _python_version()),
    Component("SQLAlchemy", "MIT", ("SQLAlchemy-MIT.txt",), _sqlalchemy_version),
    Component("Python-Markdown", "BSD-3-Clause", ("Python-Markdown-BSD.txt",),
              _markdown_version),
    Component("nh3 / ammonia", "MIT; MIT OR Apache-2.0",
              ("nh3-MIT.txt", "nh3-Rust-components.txt", "Apache-2.0.txt", "MPL-2.0.txt"),
              _dist_version("nh3")),
    Component("typing_extensions", "PSF-2.0", ("typing_extensions-PSF.txt",),
              _dist_version("typing_extensions")),
    Component("SQLite", "Public domain", (), lambda: sqlite3.sqlite_version),
    Component("OpenSSL", "Apache-2.0", ("Apache-2.0.txt",), lambda: _openssl_version()),
)


def _python_version() -> str:
    import platform

    return platform.python_version()


def _openssl_version() -> str:
    try:
        import ssl
    except ImportError:  # the built program may leave ssl out; hashlib still uses libcrypto
        return ""
    return ssl.OPENSSL_VERSION.removeprefix("OpenSSL ").split(" ")[0]


def licences_dir() -> Path:
    return resources_dir() / "licenses"


def licence_text(component: Component) -> str:
    """The component's licence texts, one after another; a note where there is no text."""
    if not component.files:
        return f"{component.name}: {component.licence}.\n"
    parts = []
    for name in component.files:
        path = licences_dir() / name
        try:
            parts.append(f"==== {name} ====\n\n{path.read_text(encoding='utf-8')}")
        except OSError:
            parts.append(f"==== {name} ====\n\n(missing: {path})\n")
    return "\n\n".join(parts)
