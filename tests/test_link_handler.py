"""``field-reference register-links``: the desktop entry and the scheme's default that make a
pasted field-reference:// link open this program, and their removal."""

from __future__ import annotations

import configparser
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import parse_command_line
from desktop_app.link_handler import registry_values
from desktop_app.places import Place


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"XDG_DATA_HOME": str(home / "share"), "XDG_CONFIG_HOME": str(home / "config"),
           "PATH": "/usr/bin:/bin", "HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, timeout=60, env=env)


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the Linux desktop entry")
def test_register_links_writes_a_desktop_entry_and_the_default_handler(tmp_path: Path) -> None:
    mimeapps = tmp_path / "config" / "mimeapps.list"
    mimeapps.parent.mkdir(parents=True)
    mimeapps.write_text("[Default Applications]\ntext/html=firefox.desktop\n", encoding="utf-8")
    result = run("register-links", home=tmp_path)
    assert result.returncode == 0, result.stderr
    entry_file = tmp_path / "share" / "applications" / "field-reference.desktop"
    assert str(entry_file) in result.stdout
    entry = desktop_entry(entry_file)
    assert entry["MimeType"] == "x-scheme-handler/field-reference;"
    assert entry["Exec"] == f"{sys.executable} -m desktop_app %u"
    assert Path(entry["Icon"]).is_file()
    assert entry["Name[ru]"] == "Полевой справочник"
    defaults = mimeapps.read_text(encoding="utf-8")
    assert "x-scheme-handler/field-reference=field-reference.desktop" in defaults
    assert "text/html=firefox.desktop" in defaults  # the user's other choices stay

    removed = run("register-links", "--remove", home=tmp_path)
    assert removed.returncode == 0, removed.stderr
    assert not entry_file.exists()
    defaults = mimeapps.read_text(encoding="utf-8")
    assert "field-reference" not in defaults and "text/html=firefox.desktop" in defaults


def test_the_link_the_handler_passes_opens_its_section() -> None:
    """What the system runs for a pasted link (Exec … %u): the link is the window's target."""
    args = parse_command_line(["field-reference://borders/checkpoint#details"])
    assert Place.parse(args.target) == Place("borders/checkpoint", "details")


def test_the_windows_registry_keys_name_the_program_and_the_link() -> None:
    values = registry_values([r"C:\Program Files\Field Reference\field-reference.exe"])
    assert values[r"Software\Classes\field-reference"] == "URL:Field Reference"
    assert values[r"Software\Classes\field-reference\shell\open\command"] == (
        r'"C:\Program Files\Field Reference\field-reference.exe" "%1"')
