"""The command line, run as a user runs it: a real process, real files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop_app import __version__
from tests.packs import BASIC_ENTRIES, write_pack


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, timeout=60)


def test_version_and_help() -> None:
    assert run("--version").stdout.strip() == f"Field Reference {__version__}"
    help_text = run("--help").stdout
    for command in ("open", "import", "pack-manifest", "--data-dir", "TARGET"):
        assert command in help_text


def test_import_good_pack(pack_dir: Path, tmp_path: Path) -> None:
    result = run("--data-dir", str(tmp_path / "d"), "import", str(pack_dir))
    assert result.returncode == 0, result.stderr
    assert "Imported Test pack 1.0.0" in result.stdout
    assert (tmp_path / "d" / "content.sqlite").is_file()


def test_import_bad_pack_names_file_and_line_and_keeps_content(pack_dir: Path,
                                                               tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run("--data-dir", str(data), "import", str(pack_dir)).returncode == 0
    before = (data / "content.sqlite").read_bytes()
    broken = write_pack(tmp_path / "broken", {"en/mission.md": BASIC_ENTRIES["en/mission.md"]
                                              .replace('order = 1', 'order = "one"')})
    result = run("--data-dir", str(data), "import", str(broken))
    assert result.returncode == 1
    assert "en/mission.md:5: order must be a whole number." in result.stderr
    assert "the current content is unchanged" in result.stderr
    assert (data / "content.sqlite").read_bytes() == before


def test_environment_variable_sets_the_data_folder(pack_dir: Path, tmp_path: Path) -> None:
    env_home = tmp_path / "home"
    result = subprocess.run([sys.executable, "-m", "desktop_app", "import", str(pack_dir)],
                            capture_output=True, text=True, timeout=60,
                            env={"FIELD_REFERENCE_HOME": str(env_home), "PATH": ""})
    assert result.returncode == 0, result.stderr
    assert (env_home / "content.sqlite").is_file()


def test_pack_manifest_rewrites_checksums(pack_dir: Path, tmp_path: Path) -> None:
    with open(pack_dir / "en" / "mission.md", "a", encoding="utf-8") as handle:
        handle.write("\nEdited.\n")
    assert run("--data-dir", str(tmp_path / "d"), "import", str(pack_dir)).returncode == 1
    assert run("pack-manifest", str(pack_dir)).returncode == 0
    assert run("--data-dir", str(tmp_path / "d"), "import", str(pack_dir)).returncode == 0


def test_options_are_accepted_before_or_after_the_command() -> None:
    from desktop_app.cli import _parser, _with_default_command

    def parse(*argv: str) -> dict[str, object]:
        return vars(_parser().parse_args(_with_default_command(list(argv))))

    assert parse("--lang", "ru") == {"data_dir": None, "lang": "ru", "command": "open",
                                     "target": None}
    assert parse("mission#aims", "--lang", "en")["target"] == "mission#aims"
    assert parse("import", "p", "--data-dir", "/d")["data_dir"] == "/d"
    assert parse("--data-dir", "/d", "import", "p")["data_dir"] == "/d"
