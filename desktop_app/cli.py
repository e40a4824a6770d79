"""Command line: ``field-reference [TARGET]`` opens the window; subcommands work without one.

The window's modules (PySide6) are imported only when the window is asked for, so the
subcommands stay fast and run on machines without a screen.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app import APP_ID, APP_NAME, __version__
from desktop_app.bookmarks import cli as bookmarks_cli
from desktop_app.paths import DataPaths, resolve_data_dir
from desktop_app.problems import PackError

SUBCOMMANDS = {
    "open": "open the window (the default), optionally at TARGET",
    "import": "import a content pack (folder or .zip) into the data folder",
    "pack-manifest": "rewrite a pack folder's manifest checksums (for content authors)",
    "check": "verify both databases and the installed content, read-only; exit 1 on a problem",
    "brief": "write project briefs to a PDF file, without a window",
    "bookmarks": bookmarks_cli.HELP,
    "self-test": "start the window offscreen on a fresh data folder, import the bundled pack, "
                 "open an entry and check it is shown; exit 0 when it works",
    "search": "search the content in English and Russian; one result per line",
}
OPTIONS_WITH_VALUE = {"--data-dir", "--lang"}
LANGS = ("en", "ru")  # --lang's choices


def _global_options(suppress: bool) -> argparse.ArgumentParser:
    """Options accepted before or after the command (defaults set once, on the main parser)."""
    default = argparse.SUPPRESS if suppress else None
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--data-dir", metavar="DIR", default=default,
                         help="keep every file the program writes under DIR "
                              "(default: $FIELD_REFERENCE_HOME, portable mode, "
                              "or the user data folder)")
    options.add_argument("--lang", choices=LANGS, default=default,
                         help="interface and content language for this run")
    return options


def _parser(command: str | None = None) -> argparse.ArgumentParser:
    """All subcommands for help; only ``command``'s when it is known (the window starts
    sooner: each subparser costs about half a millisecond)."""
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description=f"{APP_NAME}: the offline reference of the IOM mission in Tajikistan.",
        epilog="TARGET is an entry slug or slug#section, e.g. "
        "border-management/bratstvo-checkpoint#objectives.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_global_options(suppress=False)],
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub = [_global_options(suppress=True)]

    def wanted(name: str) -> bool:
        return command is None or command == name

    if wanted("open"):
        open_cmd = commands.add_parser("open", help=SUBCOMMANDS["open"], parents=sub)
        open_cmd.add_argument("target", nargs="?", metavar="TARGET")
    if wanted("import"):
        import_cmd = commands.add_parser("import", help=SUBCOMMANDS["import"], parents=sub)
        import_cmd.add_argument("pack", type=Path, metavar="PACK")
    if wanted("pack-manifest"):
        manifest_cmd = commands.add_parser("pack-manifest", help=SUBCOMMANDS["pack-manifest"],
                                           parents=sub)
        manifest_cmd.add_argument("folder", type=Path, metavar="FOLDER")
    if wanted("check"):
        commands.add_parser("check", help=SUBCOMMANDS["check"], parents=sub)
    if wanted("brief"):
        _add_brief_parser(commands, sub)
    if wanted("bookmarks"):
        bookmarks_cli.add_parser(commands, sub)
    if wanted("self-test"):
        commands.add_parser("self-test", help=SUBCOMMANDS["self-test"], parents=sub)
    if wanted("search"):
        search_cmd = commands.add_parser(
            "search", help=SUBCOMMANDS["search"], parents=sub,
            description="Print slug#section<TAB>title<TAB>snippet per result, matched words "
                        "in [brackets]. --lang searches one language only (default: both).")
        search_cmd.add_argument("query", nargs="+", metavar="QUERY")
        search_cmd.add_argument("--area", metavar="SLUG", help="only this thematic area")
        search_cmd.add_argument("--limit", type=int, default=20, metavar="N",
                                help="at most N results (default 20)")
    return parser


def _add_brief_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                      sub: list[argparse.ArgumentParser]) -> None:
    brief_cmd = commands.add_parser(
        "brief", help=SUBCOMMANDS["brief"], parents=sub,
        description="Write the briefs of the projects named, of a thematic area or of every\n"
        "project to one PDF, each brief starting on a new page, in the language of --lang,\n"
        "on the paper chosen in the window's File → Page setup (A4 portrait by default).",
        epilog="example:\n  field-reference brief border-management/training-centres "
        "--lang ru -o brief.pdf",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    brief_cmd.add_argument("slugs", nargs="*", metavar="SLUG", help="a project's slug")
    brief_cmd.add_argument("--area", metavar="SLUG", help="every project of a thematic area")
    brief_cmd.add_argument("--all", dest="every", action="store_true", help="every project")
    brief_cmd.add_argument("--bilingual", action="store_true",
                           help="English and Russian side by side")
    brief_cmd.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf",
                           help="the PDF file to write")


def _with_default_command(argv: list[str]) -> tuple[list[str], str | None]:
    """Insert ``open`` unless the first positional word names a command; and that command
    (None for the program's own help or version: every command is described then)."""
    index = 0
    while index < len(argv):
        word = argv[index]
        if word in ("-h", "--help", "--version"):
            return argv, None
        if word in OPTIONS_WITH_VALUE:
            index += 2
            continue
        if word.startswith("-"):
            index += 1
            continue
        if word in SUBCOMMANDS:
            return argv, word
        break
    return [*argv[:index], "open", *argv[index:]], "open"


def _print_progress(done: int, total: int, what: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total} {what[:60]:<60}", end="", file=sys.stderr, flush=True)
        if done == total:
            print(file=sys.stderr)


def cmd_import(paths: DataPaths, pack: Path) -> int:
    from desktop_app.content.importer import import_pack

    try:
        info = import_pack(pack, paths.ensure().content_db, _print_progress)
    except PackError as exc:
        print(f"The pack {pack} was not imported; the current content is unchanged.",
              file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(f"Imported {info.title or info.id} {info.version} ({info.date}), "
          f"languages {', '.join(info.languages)}, into {paths.content_db}.")
    return 0


def cmd_pack_manifest(folder: Path) -> int:
    from desktop_app.content.pack import write_manifest_checksums

    try:
        count = write_manifest_checksums(folder)
    except (OSError, PackError) as exc:
        print(f"{folder}: {exc}", file=sys.stderr)
        return 1
    print(f"{folder / 'manifest.toml'}: checksums of {count} files written.")
    return 0


def cmd_check(paths: DataPaths) -> int:
    from desktop_app.check import check_all

    findings = check_all(paths)
    for finding in findings:
        print(f"{'ok     ' if finding.ok else 'PROBLEM'}  {finding.text}")
    problems = sum(not f.ok for f in findings)
    print("Everything is in order." if not problems else f"{problems} problem(s) found.")
    return 1 if problems else 0


def _plain_window_start(words: list[str]) -> tuple[str | None, str | None, str | None] | None:
    """``[--data-dir DIR] [--lang en|ru] [TARGET]``, in any order, as (DIR, language,
    TARGET); None for anything else, which argparse reads and answers.

    How the window is started from its shortcut or a script: building argparse's parser
    looks up the translation of each of its messages, 1% of the instructions before the
    first paint.
    """
    values: dict[str, str] = {}
    target = None
    index = 0
    while index < len(words):
        word = words[index]
        if word in ("--data-dir", "--lang") and word not in values and index + 1 < len(words) \
                and not words[index + 1].startswith("-"):
            values[word] = words[index + 1]
            index += 2
        elif word.startswith("-") or word in SUBCOMMANDS or target is not None:
            return None
        else:
            target = word
            index += 1
    if values.get("--lang", LANGS[0]) not in LANGS:
        return None
    return values.get("--data-dir"), values.get("--lang"), target


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    plain = _plain_window_start(words)
    if plain is not None:
        data_dir, lang, target = plain
        return open_window(DataPaths(resolve_data_dir(data_dir)), target, lang)
    words, command = _with_default_command(words)
    args = _parser(command).parse_args(words)
    if args.command == "self-test":
        from desktop_app.ui.self_test import run_self_test

        return run_self_test(args.data_dir)
    paths = DataPaths(resolve_data_dir(args.data_dir))
    if args.command == "import":
        return cmd_import(paths, args.pack)
    if args.command == "pack-manifest":
        return cmd_pack_manifest(args.folder)
    if args.command == "check":
        return cmd_check(paths)
    if args.command == "brief":
        from desktop_app.ui.printing.command import run_brief

        return run_brief(paths, args.slugs, args.area, args.every, args.lang, args.bilingual,
                         args.output, _print_progress)
    if args.command == "bookmarks":
        return bookmarks_cli.run(paths, args)
    if args.command == "search":
        from desktop_app.search.cli import cmd_search

        return cmd_search(paths, " ".join(args.query), args.lang, args.area, args.limit)
    return open_window(paths, args.target, args.lang)


def open_window(paths: DataPaths, target: str | None, lang: str | None) -> int:
    # Loading the window's modules makes some 36,000 objects that stay, and little garbage:
    # the cyclic collector, which would walk them again and again, waits until the window
    # has painted (run_app turns it on again: at once on a first start or with a TARGET);
    # 2% of the instructions before the first paint.
    gc.disable()
    try:
        from desktop_app.ui.app import run_app

        return run_app(paths, target=target, lang=lang)
    finally:
        gc.enable()
