"""The command line, run as a user runs it: a real process, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__, cli
from desktop_app.cli import parse_command_line
from tests.packs import BASIC_ENTRIES, DEVELOPMENT_KEY, write_pack


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, timeout=60)


def test_version_and_help() -> None:
    assert run("--version").stdout.strip() == f"Field Reference {__version__}"
    help_text = run("--help").stdout
    for command in ("open", "import", "pack-manifest", "brief", "--data-dir", "TARGET"):
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
    # The signature was of the manifest before: the author signs the new one.
    assert run("pack", "sign", str(pack_dir), "--key", str(DEVELOPMENT_KEY)).returncode == 0
    assert run("--data-dir", str(tmp_path / "d"), "import", str(pack_dir)).returncode == 0


def test_options_are_accepted_before_or_after_the_command() -> None:
    def read(*words: str) -> dict[str, object]:
        args = vars(parse_command_line(words))
        return {key: args[key] for key in ("run", "data_dir", "lang", "target") if key in args}

    window = cli.cmd_open
    assert read() == {"run": window, "data_dir": None, "lang": None, "target": None}
    assert read("--lang", "ru") == {"run": window, "data_dir": None, "lang": "ru",
                                    "target": None}
    assert read("mission#aims", "--lang", "en")["target"] == "mission#aims"
    assert read("--data-dir", "/d", "borders/training", "--lang", "ru") == {
        "run": window, "data_dir": "/d", "lang": "ru", "target": "borders/training"}
    assert read("open", "mission", "--data-dir", "/d")["target"] == "mission"
    assert read("--data-dir", "open") == {"run": window, "data_dir": "open", "lang": None,
                                          "target": None}  # a folder named open
    imported = read("import", "p", "--data-dir", "/d")
    assert (imported["run"], imported["data_dir"]) == (cli.cmd_import, "/d")
    assert read("--data-dir", "/d", "import", "p")["data_dir"] == "/d"
    assert read("--lang", "ru", "search", "x")["lang"] == "ru"
    assert read("search", "x", "--lang", "ru", "--data-dir", "/d")["data_dir"] == "/d"


@pytest.mark.parametrize("words", [
    [], ["--lang", "ru"], ["--data-dir", "/d"], ["--data-dir=/d", "--lang=en"],
    ["--lang", "en", "--lang", "ru"], ["--data", "/x"], ["--data-dir", "open"],
])
def test_the_window_s_words_read_alone_as_the_program_s_parser_reads_them(
        words: list[str]) -> None:
    parser, options, commands = cli.build_parser()
    whole = parser.parse_args(cli._open_for_a_target(parser, options, commands, words))
    assert vars(parse_command_line(words)) == vars(whole)
    assert whole.run is cli.cmd_open


@pytest.mark.parametrize(("words", "said"), [
    (["--lang", "de"], "argument --lang: invalid choice: 'de' (choose from 'en', 'ru')"),
    (["mission", "--lang", "de"], "argument --lang: invalid choice: 'de'"),
    (["import", "p", "--lang", "de"], "argument --lang: invalid choice: 'de'"),
    (["--data-dir"], "argument --data-dir: expected one argument"),
    (["mission", "borders"], "unrecognized arguments: borders"),
    (["import"], "the following arguments are required: PACK"),
])
def test_wrong_words_are_refused_in_plain_words(words: list[str], said: str) -> None:
    result = run(*words)
    assert result.returncode == 2
    assert said in result.stderr and result.stderr.startswith("usage: field-reference")
    assert "Traceback" not in result.stderr


def test_brief_writes_a_russian_pdf(tmp_path: Path) -> None:
    from tests.briefs import import_brief_pack, page_texts, pdf_title

    data = import_brief_pack(tmp_path).root
    out = tmp_path / "brief.pdf"
    result = run("--data-dir", str(data), "brief", "borders/training", "--lang", "ru",
                 "-o", str(out))
    assert result.returncode == 0, result.stderr
    texts = page_texts(out)
    assert "Период" in texts[0] and "Страница 1 из 2" in texts[0]
    assert pdf_title(out) == "Учебные центры"


def test_brief_of_an_area_and_bilingual(tmp_path: Path) -> None:
    from tests.briefs import (
        brief_starts,
        contents_pages,
        import_brief_pack,
        page_texts,
        pdf_title,
    )

    data = import_brief_pack(tmp_path).root
    out = tmp_path / "area.pdf"
    result = run("brief", "--area", "borders", "--bilingual", "-o", str(out), "--data-dir",
                 str(data), "--lang", "en")
    assert result.returncode == 0, result.stderr
    texts = page_texts(out)
    titles = ["Bratstvo checkpoint", "Training centres"]
    assert brief_starts(texts, titles) == contents_pages(texts, titles) == [2, 3]
    assert "КПП «Братство»" in texts[1]
    assert pdf_title(out) == "Project briefs"


def test_brief_on_letter_paper_and_landscape(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from tests.briefs import import_brief_pack

    data = import_brief_pack(tmp_path).root
    sizes = {}
    for name, words in (("a4", ()), ("letter", ("--paper", "letter")),
                        ("wide", ("--paper", "Letter", "--landscape"))):
        out = tmp_path / f"{name}.pdf"
        result = run("--data-dir", str(data), "brief", "borders/training", *words, "-o", str(out))
        assert result.returncode == 0, result.stderr
        box = PdfReader(out).pages[0].mediabox
        sizes[name] = (round(float(box.width) / 72, 2), round(float(box.height) / 72, 2))
    assert sizes == {"a4": (8.26, 11.69), "letter": (8.5, 11.0), "wide": (11.0, 8.5)}  # inches
    wrong = run("--data-dir", str(data), "brief", "borders/training", "--paper", "a5",
                "-o", str(tmp_path / "x.pdf"))
    assert wrong.returncode == 2 and "invalid choice: 'a5'" in wrong.stderr


def test_brief_unknown_or_non_project_slug_fails_naming_it(tmp_path: Path) -> None:
    from tests.briefs import import_brief_pack

    data = import_brief_pack(tmp_path).root
    out = tmp_path / "none.pdf"
    unknown = run("--data-dir", str(data), "brief", "borders/checkpoint", "borders/nowhere",
                  "-o", str(out))
    assert unknown.returncode == 1
    assert "There is no entry “borders/nowhere”." in unknown.stderr
    article = run("--data-dir", str(data), "brief", "borders/handbook", "-o", str(out))
    assert article.returncode == 1
    assert "“borders/handbook” is not a project (article)" in article.stderr
    nothing = run("--data-dir", str(data), "brief", "-o", str(out))
    assert nothing.returncode == 2 and "--area" in nothing.stderr
    assert not out.exists()


def test_brief_imports_the_bundled_content_on_first_use(tmp_path: Path) -> None:
    from tests.briefs import pdf_title

    out = tmp_path / "all.pdf"
    result = run("--data-dir", str(tmp_path / "fresh"), "brief", "--all", "--lang", "en",
                 "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "fresh" / "content.sqlite").is_file()
    assert pdf_title(out) == "Project briefs"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11's platform plug-in")
def test_without_a_display_the_window_says_so_in_one_sentence(tmp_path: Path) -> None:
    env = {name: value for name, value in os.environ.items()
           if name not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir",
                             str(tmp_path / "d")], capture_output=True, text=True, timeout=60,
                            env=env)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "field-reference: the window cannot open: no usable display was found (Qt platform "
        "xcb); the commands need none (see field-reference --help)."]
