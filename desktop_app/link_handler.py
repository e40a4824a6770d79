"""``field-reference register-links``: make the system open ``field-reference://`` links (a
link copied with Edit → Copy link, pasted in an email) with this program.

On Linux, a desktop entry (``field-reference.desktop``, with
``MimeType=x-scheme-handler/field-reference``) in ``$XDG_DATA_HOME/applications``, made the
default handler of the scheme in ``$XDG_CONFIG_HOME/mimeapps.list``; on Windows, the URL
protocol's keys under ``HKEY_CURRENT_USER\\Software\\Classes\\field-reference`` (the user's
own, so no administrator is needed). Both name the program that runs the command: the built
program, or this Python with ``-m desktop_app``. ``--remove`` takes them away again.
"""

from __future__ import annotations

import configparser
import os
import sys
from pathlib import Path

from desktop_app import APP_ID, APP_NAME
from desktop_app.paths import program_command, resources_dir
from desktop_app.places import URL_SCHEME

DESKTOP_FILE = f"{APP_ID}.desktop"
SCHEME_TYPE = f"x-scheme-handler/{URL_SCHEME}"
DEFAULTS = "Default Applications"


def _xdg(variable: str, fallback: str) -> Path:
    return Path(os.environ.get(variable) or Path.home() / fallback)


def _exec_word(word: str) -> str:
    """A word of a desktop entry's Exec line, quoted as the Desktop Entry spec asks."""
    if not any(c in word for c in ' \t"\'\\><~|&;$*?#()`'):
        return word
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in word)
    return f'"{escaped}"'


def desktop_entry(command: list[str]) -> str:
    icon = resources_dir() / "icons" / "field-reference-256.png"
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        "Name[ru]=Полевой справочник",
        "Comment=Offline reference of the IOM mission in Tajikistan",
        "Comment[ru]=Автономный справочник миссии МОМ в Таджикистане",
        f"Exec={' '.join(_exec_word(word) for word in command)} %u",
        f"Icon={icon}",
        "Terminal=false",
        "Categories=Office;Viewer;",
        f"MimeType={SCHEME_TYPE};",
        "",
    ])


def _mimeapps() -> tuple[Path, configparser.ConfigParser]:
    path = _xdg("XDG_CONFIG_HOME", ".config") / "mimeapps.list"
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    if path.is_file():
        parser.read(path, encoding="utf-8")
    return path, parser


def register_linux(remove: bool = False) -> list[Path]:
    """Write (or remove) the desktop entry and the scheme's default; the files changed."""
    entry = _xdg("XDG_DATA_HOME", ".local/share") / "applications" / DESKTOP_FILE
    mimeapps, parser = _mimeapps()
    if remove:
        entry.unlink(missing_ok=True)
        if parser.has_option(DEFAULTS, SCHEME_TYPE):
            parser.remove_option(DEFAULTS, SCHEME_TYPE)
    else:
        entry.parent.mkdir(parents=True, exist_ok=True)
        entry.write_text(desktop_entry(program_command()), encoding="utf-8")
        if not parser.has_section(DEFAULTS):
            parser.add_section(DEFAULTS)
        parser.set(DEFAULTS, SCHEME_TYPE, DESKTOP_FILE)
    mimeapps.parent.mkdir(parents=True, exist_ok=True)
    with mimeapps.open("w", encoding="utf-8") as out:
        parser.write(out, space_around_delimiters=False)
    return [entry, mimeapps]


def registry_values(command: list[str]) -> dict[str, str]:
    """Key (under HKEY_CURRENT_USER) → default value; the scheme's key also holds an empty
    ``URL Protocol`` value, which marks it as a URL protocol."""
    quoted = " ".join(f'"{word}"' for word in command)
    base = rf"Software\Classes\{URL_SCHEME}"
    return {base: f"URL:{APP_NAME}",
            rf"{base}\DefaultIcon": f'"{command[0]}",0',
            rf"{base}\shell\open\command": f'{quoted} "%1"'}


if sys.platform == "win32":  # the registry exists there only
    def register_windows(remove: bool = False) -> list[str]:
        import winreg

        values = registry_values(program_command())
        base = rf"Software\Classes\{URL_SCHEME}"
        if remove:  # a key is deleted only once it has no subkeys: the deepest first
            for key in (rf"{base}\shell\open\command", rf"{base}\shell\open", rf"{base}\shell",
                        rf"{base}\DefaultIcon", base):
                try:
                    winreg.DeleteKey(winreg.HKEY_CURRENT_USER, key)
                except FileNotFoundError:
                    pass
        else:
            for key, value in values.items():
                with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as handle:
                    winreg.SetValueEx(handle, "", 0, winreg.REG_SZ, value)
                    if key == base:
                        winreg.SetValueEx(handle, "URL Protocol", 0, winreg.REG_SZ, "")
        return [rf"HKEY_CURRENT_USER\{key}" for key in values]


def register(remove: bool = False) -> list[str]:
    """Register (or remove) the handler for this platform; what was written, for the user.
    Raises OSError when it cannot be written, and NotImplementedError on macOS, where an
    application bundle declares its schemes itself."""
    if sys.platform == "win32":
        return register_windows(remove)
    if sys.platform == "darwin":
        raise NotImplementedError("on macOS the application bundle declares its URL schemes")
    return [str(path) for path in register_linux(remove)]
