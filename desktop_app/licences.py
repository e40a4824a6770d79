"""What the built program ships and under which licences, for the About dialog: each
component once, with its version and the licence texts it comes under.

The texts live in ``resources/licenses/`` (``scripts/collect-licenses`` copies them from the
installed packages) and, for the fonts, beside them in ``resources/fonts/``. Versions are read
when asked, from the modules themselves, so nothing here is imported at start-up.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

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
    from PySide6.QtCore import qVersion

    return qVersion()


def _pyside_version() -> str:
    from PySide6 import __version__

    return __version__


def _sqlalchemy_version() -> str:
    import sqlalchemy

    return str(sqlalchemy.__version__)


def _markdown_version() -> str:
    import markdown

    return str(markdown.__version__)


@dataclass(frozen=True)
class LicenceText:
    licence: str  # its identifier, "LGPL-3.0"
    file: str  # under resources/


@dataclass(frozen=True)
class Component:
    name: str
    licence: str
    texts: tuple[LicenceText, ...]  # the first is the component's own
    version: Callable[[], str]


PUBLIC_DOMAIN = "Public domain"  # the About dialog says it in the interface language
_LGPL = (LicenceText("LGPL-3.0", "licenses/Qt-PySide6-LGPL-3.0.txt"),
         LicenceText("GPL-3.0", "licenses/GPL-3.0.txt"))  # the LGPL is the GPL's additions
COMPONENTS = (
    Component("Qt", "LGPL-3.0", _LGPL, _qt_version),
    Component("PySide6", "LGPL-3.0", _LGPL, _pyside_version),
    Component("Python", "PSF-2.0", (LicenceText("PSF-2.0", "licenses/Python-PSF.txt"),),
              lambda: _python_version()),
    Component("SQLAlchemy", "MIT", (LicenceText("MIT", "licenses/SQLAlchemy-MIT.txt"),),
              _sqlalchemy_version),
    Component("Python-Markdown", "BSD-3-Clause",
              (LicenceText("BSD-3-Clause", "licenses/Python-Markdown-BSD.txt"),),
              _markdown_version),
    Component("nh3 / ammonia", "MIT; MIT OR Apache-2.0",
              (LicenceText("MIT", "licenses/nh3-MIT.txt"),
               LicenceText("MIT OR Apache-2.0, MPL-2.0", "licenses/nh3-Rust-components.txt"),
               LicenceText("Apache-2.0", "licenses/Apache-2.0.txt"),
               LicenceText("MPL-2.0", "licenses/MPL-2.0.txt")),
              _dist_version("nh3")),
    Component("PyStemmer / Snowball", "MIT; BSD-3-Clause",
              (LicenceText("MIT; BSD-3-Clause", "licenses/PyStemmer-MIT-BSD.txt"),),
              _dist_version("PyStemmer")),
    Component("cryptography", "Apache-2.0 OR BSD-3-Clause",
              (LicenceText("BSD-3-Clause", "licenses/cryptography-BSD.txt"),
               LicenceText("Apache-2.0", "licenses/Apache-2.0.txt")),
              _dist_version("cryptography")),
    Component("cffi", "MIT-0", (LicenceText("MIT-0", "licenses/cffi-MIT-0.txt"),),
              _dist_version("cffi")),
    Component("typing_extensions", "PSF-2.0",
              (LicenceText("PSF-2.0", "licenses/typing_extensions-PSF.txt"),),
              _dist_version("typing_extensions")),
    Component("RapidFuzz", "MIT", (LicenceText("MIT", "licenses/RapidFuzz-MIT.txt"),),
              _dist_version("rapidfuzz")),
    Component("cyrtranslit", "MIT", (LicenceText("MIT", "licenses/cyrtranslit-MIT.txt"),),
              _dist_version("cyrtranslit")),
    Component("stop-words", "BSD-3-Clause",
              (LicenceText("BSD-3-Clause", "licenses/stop-words-BSD.txt"),),
              _dist_version("stop-words")),
    Component("breame", "Apache-2.0", (LicenceText("Apache-2.0", "licenses/Apache-2.0.txt"),),
              _dist_version("breame")),
    Component("SQLite", PUBLIC_DOMAIN, (), lambda: sqlite3.sqlite_version),
    Component("OpenSSL", "Apache-2.0", (LicenceText("Apache-2.0", "licenses/Apache-2.0.txt"),),
              lambda: _openssl_version()),
    Component("DejaVu Sans", "Bitstream Vera",
              (LicenceText("Bitstream Vera", "fonts/LICENSE-DejaVu.txt"),),
              lambda: _fonts_version()),
)


def _fonts_version() -> str:
    """From the first line of the fonts' notice: "DejaVu Sans 2.37 (…)"."""
    try:
        with (resources_dir() / "fonts" / "LICENSE-DejaVu.txt").open(encoding="utf-8") as notice:
            words = notice.readline().split()
    except OSError:
        return ""
    return words[2] if len(words) > 2 else ""


def _python_version() -> str:
    import platform

    return platform.python_version()


def _openssl_version() -> str:
    try:
        import ssl
    except ImportError:  # the built program may leave ssl out; hashlib still uses libcrypto
        return ""
    return ssl.OPENSSL_VERSION.removeprefix("OpenSSL ").split(" ")[0]


def licence_text(component: Component) -> str:
    """The component's licence texts one after another, each under the component's name and
    the licence's; a line naming the licence where there is no text."""
    if not component.texts:
        return f"{component.name}: {component.licence}\n"
    parts = []
    for text in component.texts:
        heading = f"{component.name}: {text.licence}"
        path = resources_dir() / text.file
        try:
            body = path.read_text(encoding="utf-8")
        except OSError:
            body = f"(missing: {path})\n"
        parts.append(f"{heading}\n{'=' * len(heading)}\n\n{body}")
    return "\n\n".join(parts)
