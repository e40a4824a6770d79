"""Where Field Reference reads its resources and writes its files: the one place that decides.

Order for the data folder: ``--data-dir``, then ``FIELD_REFERENCE_HOME``, then a file named
``portable`` beside the executable (keep data next to it, for USB sticks), then the
platform's user data folder.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

ENV_HOME = "FIELD_REFERENCE_HOME"
PORTABLE_MARKER = "portable"
RESOURCES_PACKAGE = "desktop_app.resources"


def resources_dir() -> Path:
    """The bundled resources (content pack, translations, fonts, icons, licences).

    In a built program: PyInstaller's bundle folder (``sys._MEIPASS``, ``_internal/``), or else
    beside the executable (other freezers). Installed, from a wheel or editable: the package
    ``desktop_app.resources`` (setup.py maps the top-level ``resources/`` to it). Run from a
    checkout that was never installed: the ``resources/`` folder beside the package.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and (Path(bundle) / "resources").is_dir():
        return Path(bundle) / "resources"
    if getattr(sys, "frozen", False):
        return executable_dir() / "resources"
    # The package's folder from its import spec, without running the package. It is what
    # importlib.resources.files() would give (Qt and the importer take file names, and pip
    # always unpacks a wheel onto disk), but importing importlib.resources costs about 12 ms
    # of every start (tempfile, inspect and more), 3 % of the first paint.
    spec = find_spec(RESOURCES_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return Path(__file__).resolve().parent.parent / "resources"
    return Path(next(iter(spec.submodule_search_locations)))


def bundled_pack_dir() -> Path:
    return resources_dir() / "content"


def executable_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent


RENDER_WORKER = "render-worker"  # the command word that makes the program a render worker


def program_command() -> list[str]:
    """The words that start this program: the built program, or this Python with
    ``-m desktop_app``."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "desktop_app"]


class NoDataFolder(Exception):
    """No folder to keep the data in can be found: the message says what to do instead."""


def _home() -> Path:
    try:
        return Path.home()
    except (RuntimeError, KeyError) as exc:  # no HOME, and no entry in the password file
        raise NoDataFolder("your home folder cannot be found (HOME is not set); give "
                           f"--data-dir DIR or set {ENV_HOME}.") from exc


def platform_data_dir() -> Path:
    """The user data folder of the platform; a relative ``XDG_DATA_HOME`` is ignored, as the
    XDG base directory specification says, so data never lands under the current folder."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(_home() / "AppData" / "Local")
        return Path(base) / "FieldReference"
    if sys.platform == "darwin":
        return _home() / "Library" / "Application Support" / "Field Reference"
    xdg = os.environ.get("XDG_DATA_HOME", "")
    base = Path(xdg) if Path(xdg).is_absolute() else _home() / ".local" / "share"
    return base / "field-reference"


def resolve_data_dir(cli_value: str | None = None) -> Path:
    """The data folder (see the module's docstring); raises :class:`NoDataFolder` when there
    is none to be had, or when the one named is a file."""
    if cli_value:
        chosen = Path(cli_value).expanduser().resolve()
    elif os.environ.get(ENV_HOME):
        chosen = Path(os.environ[ENV_HOME]).expanduser().resolve()
    elif (executable_dir() / PORTABLE_MARKER).is_file():
        chosen = executable_dir() / "data"
    else:
        chosen = platform_data_dir()
    if chosen.exists() and not chosen.is_dir():
        raise NoDataFolder(f"{chosen} is a file, not a folder; give --data-dir a folder.")
    return chosen


@dataclass(frozen=True)
class DataPaths:
    """Every file the program writes, under one folder."""

    root: Path

    @property
    def content_db(self) -> Path:
        return self.root / "content.sqlite"

    @property
    def user_db(self) -> Path:
        return self.root / "user.sqlite"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    @property
    def packs_dir(self) -> Path:
        """The packs the user imported, kept for a rebuild (``content/kept_packs.py``)."""
        return self.root / "packs"

    def writable(self) -> bool:
        """Files can be made in the folder (not a write-protected stick, nor a folder of
        another owner): tried by making one and removing it, which every system answers
        alike, unlike its permission bits. True for a folder not made yet."""
        if not self.root.is_dir():
            return True
        probe = self.root / f".write-test-{os.getpid()}"
        try:
            probe.touch(exist_ok=False)
        except FileExistsError:
            pass
        except OSError:
            return False
        probe.unlink(missing_ok=True)
        return True

    def prepare(self) -> bool:
        """:meth:`ensure` the folder where it can be written; False, and the folder left as
        it is, where it cannot (the program then opens it read-only)."""
        if not self.writable():
            return False
        self.ensure()
        return True

    def ensure(self) -> DataPaths:
        """Create the folder; on POSIX make it and our files in it the user's alone (0700 and
        0600), also when an older version or a looser umask made them readable by others.

        Only our own files are tightened (``--data-dir`` may name a folder that holds others);
        a folder we may not change (a read-only stick, another owner's) is used as it is.
        """
        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name != "posix":
            return self
        try:
            os.chmod(self.root, 0o700)
            ours = [p for p in self.root.iterdir() if p.name.startswith(
                ("content.sqlite", "user.sqlite", "settings.json"))]
            for folder in (self.backups_dir, self.packs_dir):
                if folder.is_dir() and not folder.is_symlink():
                    os.chmod(folder, 0o700)
                    ours += folder.iterdir()
            for path in ours:
                if path.is_file() and not path.is_symlink() and path.stat().st_mode & 0o077:
                    os.chmod(path, 0o600)
        except OSError:
            pass
        return self
