"""Command line: one argparse parser; ``field-reference [TARGET]`` opens the window.

Each command's modules are imported when it runs (``brief`` and ``self-test`` start Qt
offscreen, the others never load it), so the subcommands work on a machine without a screen
and the window paints before SQLAlchemy and the importer are loaded.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from desktop_app import APP_ID, APP_NAME, LANGUAGES, __version__
from desktop_app.bookmarks import cli as bookmarks_cli
from desktop_app.content import pack_cli
from desktop_app.paths import RENDER_WORKER, DataPaths, NoDataFolder, resolve_data_dir
from desktop_app.problems import PackError
from desktop_app.search import cli as search_cli
from desktop_app.settings import PAPERS

Command = Callable[[DataPaths, argparse.Namespace], int]  # what each command runs
MEETING_LANGUAGES = (*LANGUAGES, "both")  # meeting-pack --lang both: side by side
_OPTIONS = f"[--data-dir DIR] [--lang {{{','.join(LANGUAGES)}}}]"
USAGE = (f"%(prog)s {_OPTIONS} [TARGET]\n"  # argparse would show only the second form
         f"       %(prog)s {_OPTIONS} COMMAND ...\n"
         "       %(prog)s -h | --version")


def _global_options(default: object,
                    languages: Sequence[str] | None = LANGUAGES) -> argparse.ArgumentParser:
    """``--data-dir`` and ``--lang``, accepted before or after the command: the program's
    parser takes them with the default None, each command's with SUPPRESS, so that a value
    given before the command is kept. With ``languages`` None any ``--lang`` is taken: the
    probe that finds where the command is leaves judging the value to the parser that
    reads it (``both`` is right after ``meeting-pack``, wrong before it)."""
    options = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    options.add_argument("--data-dir", metavar="DIR", default=default,
                         help="keep every file the program writes under DIR "
                              "(default: $FIELD_REFERENCE_HOME, portable mode, "
                              "or the user data folder)")
    options.add_argument("--lang", choices=languages, default=default,
                         help="interface and content language for this run"
                         + ("; both: English and Russian side by side"
                            if languages and "both" in languages else ""))
    return options


def build_parser() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser, Collection[str]]:
    """The program's parser, its global options alone (to find where the command is), and
    the names of its commands."""
    options = _global_options(None)
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        usage=USAGE,
        description=f"{APP_NAME}: the offline reference of the IOM mission in Tajikistan.",
        epilog="TARGET is an entry slug or slug#section, e.g. "
        "border-management/bratstvo-checkpoint#objectives.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[options],
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.set_defaults(run=cmd_open, target=None)  # no command: the window
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", prog=APP_ID)
    sub = [_global_options(argparse.SUPPRESS)]

    open_cmd = commands.add_parser("open", parents=sub,
                                   help="open the window (the default), optionally at TARGET")
    open_cmd.add_argument("target", nargs="?", metavar="TARGET")
    import_cmd = commands.add_parser(
        "import", parents=sub, help="import a content pack (folder or .zip) into the data folder")
    import_cmd.add_argument("pack", type=Path, metavar="PACK")
    import_cmd.add_argument("--allow-unsigned", action="store_true",
                            help="import a pack that is not signed by a trusted key")
    import_cmd.set_defaults(run=cmd_import)
    manifest_cmd = commands.add_parser(
        "pack-manifest", parents=sub,
        help="rewrite a pack folder's manifest checksums (for content authors)")
    manifest_cmd.add_argument("folder", type=Path, metavar="FOLDER")
    manifest_cmd.set_defaults(run=cmd_pack_manifest)
    commands.add_parser(
        "check", parents=sub,
        help="verify both databases and the installed content, read-only; exit 1 on a problem",
    ).set_defaults(run=cmd_check)
    _add_brief_parser(commands, sub)
    _add_meeting_pack_parser(commands)
    bookmarks_cli.add_parser(commands, sub)
    commands.add_parser(
        "self-test", parents=sub,
        help="start the window offscreen on a fresh data folder, import the bundled pack, "
             "open an entry and check it is shown; exit 0 when it works",
    ).set_defaults(run=cmd_self_test)
    search_cli.add_parser(commands, sub)
    preview_cmd = commands.add_parser(
        "preview", parents=sub, help="read a pack folder as staff will, refreshed on each save "
        "(for content authors; a data folder of its own, never yours)")
    preview_cmd.add_argument("folder", type=Path, metavar="FOLDER")
    preview_cmd.set_defaults(run=cmd_preview)
    pack_cli.add_parsers(commands, sub)
    links_cmd = commands.add_parser(
        "register-links", parents=sub,
        help="make the system open field-reference:// links with this program",
        description="Register this program as the handler of field-reference:// links, for\n"
        "this user: on Linux a desktop entry and the scheme's default in mimeapps.list, on\n"
        "Windows the URL protocol's keys under HKEY_CURRENT_USER\\Software\\Classes.",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    links_cmd.add_argument("--remove", action="store_true", help="take the registration away")
    links_cmd.set_defaults(run=cmd_register_links)
    return parser, _global_options(None, languages=None), tuple(commands.choices)


def _add_brief_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                      sub: list[argparse.ArgumentParser]) -> None:
    brief_cmd = commands.add_parser(
        "brief", help="write project briefs to a PDF file, without a window", parents=sub,
        description="Write the briefs of the projects named, of a thematic area or of every\n"
        "project to one PDF, each brief starting on a new page, in the language of --lang,\n"
        "on the paper of --paper and --landscape, else the one chosen in the window's\n"
        "File → Page setup (A4 portrait by default).",
        epilog="example:\n  field-reference brief border-management/training-centres "
        "--lang ru -o brief.pdf",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    brief_cmd.add_argument("slugs", nargs="*", metavar="SLUG", help="a project's slug")
    brief_cmd.add_argument("--area", metavar="SLUG", help="every project of a thematic area")
    brief_cmd.add_argument("--all", dest="every", action="store_true", help="every project")
    brief_cmd.add_argument("--bilingual", action="store_true",
                           help="English and Russian side by side")
    _add_paper_options(brief_cmd)
    brief_cmd.set_defaults(run=cmd_brief)


def _add_paper_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--paper", choices=sorted(PAPERS), type=str.lower,
                         help="the paper size (default: the window's page setup)")
    command.add_argument("--landscape", action="store_true",
                         help="landscape pages (default: the window's page setup)")
    command.add_argument("--two-sided", action="store_true",
                         help="for printing on both sides: each brief (or place) starts on a "
                              "right-hand page")
    command.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf",
                         help="the PDF file to write")


def _add_meeting_pack_parser(
        commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pack_cmd = commands.add_parser(
        "meeting-pack", parents=[_global_options(argparse.SUPPRESS, MEETING_LANGUAGES)],
        help="write a meeting's handout to a PDF file: a bookmarks folder, or places, with "
             "your notes",
        description="Write one PDF for a meeting: a cover, a contents page, then each place\n"
        "of a bookmarks folder (give its name), or each place named (slug or slug#section),\n"
        "as it reads in the app, a project as its brief. Your notes on the bookmarks are\n"
        "printed in a box beside the section they mark. A bookmark whose place is no longer\n"
        "in the content is listed on the contents page as missing.",
        epilog="examples:\n  field-reference meeting-pack \"Donor meeting\" -o pack.pdf\n"
        "  field-reference meeting-pack mission border-management/bratstvo-checkpoint"
        "#objectives --lang both --title \"Visit of the delegation\" -o pack.pdf",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    pack_cmd.add_argument("sources", nargs="+", metavar="FOLDER|PLACE",
                          help="a bookmarks folder's name, or places")
    pack_cmd.add_argument("--title", metavar="TEXT",
                          help="the title on the cover (default: the folder's name)")
    pack_cmd.add_argument("--no-notes", dest="notes", action="store_false",
                          help="leave your bookmark notes out")
    _add_paper_options(pack_cmd)
    pack_cmd.set_defaults(run=cmd_meeting_pack)


def _open_for_a_target(parser: argparse.ArgumentParser, options: argparse.ArgumentParser,
                       commands: Collection[str], words: list[str]) -> list[str]:
    """``field-reference [options] TARGET`` is read as ``field-reference open [options]
    TARGET``: argparse has no default command, so ``open`` goes first when the first word
    that is neither a global option nor its value names no command."""
    try:
        _known, rest = options.parse_known_args(words)
    except argparse.ArgumentError as exc:
        parser.error(str(exc))  # exits
    first = next((word for word in rest if not word.startswith("-")), None)
    return words if first is None or first in commands else ["open", *words]


def parse_command_line(words: Sequence[str]) -> argparse.Namespace:
    """The words after the program's name, read: ``run`` is the command, with its arguments
    and ``data_dir`` and ``lang``; wrong words exit with argparse's message (status 2).

    Words that name no command and no target (none at all, or global options alone) open
    the window, and the global options read them without the program's parser: building the
    parsers of every command was 2 % of the window's start. The program's parser would read
    them the same way (``tests/test_cli.py``), and reads all other words.
    """
    try:
        window, rest = _global_options(None).parse_known_args(words)
    except argparse.ArgumentError:  # a wrong --lang, a missing value: as the parser says it
        rest = list(words)
    if not rest:
        return argparse.Namespace(**vars(window), run=cmd_open, target=None, command=None)
    parser, options, commands = build_parser()
    return parser.parse_args(_open_for_a_target(parser, options, commands, list(words)))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the exit status is 0 (done), 1 (not done: the message says why)
    or 2 (wrong words, or no data folder to be had). No input or environment ends in a
    traceback: what goes wrong outside the program is one sentence on stderr."""
    for stream in (sys.stdout, sys.stderr):  # a Windows console or pipe may not be UTF-8
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    words = list(sys.argv[1:] if argv is None else argv)
    if words == [RENDER_WORKER]:  # the importer's worker process (content/render_workers.py)
        from desktop_app.content.render_workers import run_worker

        return run_worker()
    args = parse_command_line(words)
    run: Command = args.run
    try:
        return run(DataPaths(resolve_data_dir(args.data_dir)), args)
    except NoDataFolder as exc:
        print(f"{APP_ID}: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader of the output stopped (``search … | head -1``): it has what it wanted.
        # Later writes, and the interpreter's flush at exit, go nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # a full disk, a folder that may not be written…
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"{APP_ID}: {exc.strerror or exc}{where}; nothing was changed.", file=sys.stderr)
        return 1


def _print_progress(done: int, total: int, what: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total} {what[:60]:<60}", end="", file=sys.stderr, flush=True)
        if done == total:
            print(file=sys.stderr)


def cmd_open(paths: DataPaths, args: argparse.Namespace) -> int:
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


def cmd_import(paths: DataPaths, args: argparse.Namespace) -> int:
    from sqlalchemy.exc import OperationalError

    from desktop_app.content.importer import import_pack
    from desktop_app.content.trust import NEEDS_CONSENT, trust_for

    if paths.root.is_dir() and not paths.writable():
        print(f"{paths.root} cannot be written (a write-protected drive?), so the pack "
              f"{args.pack} was not imported; the current content is unchanged.",
              file=sys.stderr)
        return 1
    trust = trust_for(args.pack, paths.root, allow_unsigned=args.allow_unsigned)
    try:
        info = import_pack(args.pack, paths.ensure().content_db, _print_progress,
                           keep_in=paths.packs_dir, trust=trust)
    except PackError as exc:
        print(f"The pack {args.pack} was not imported; the current content is unchanged.",
              file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        if any(problem.message in NEEDS_CONSENT for problem in exc.problems):
            print(f"To import it anyway: {APP_ID} import --allow-unsigned PACK; to trust its "
                  f"signer: {APP_ID} trust add KEY.pub.", file=sys.stderr)
        return 1
    except OperationalError as exc:  # the disk filled up while the new database was written
        print(f"The pack {args.pack} was not imported: {paths.content_db} could not be "
              f"written ({exc.orig}); the current content is unchanged.", file=sys.stderr)
        return 1
    print(f"Imported {info.title or info.id} {info.version} ({info.date}), "
          f"languages {', '.join(info.languages)}, into {paths.content_db}.")
    return 0


def cmd_pack_manifest(_paths: DataPaths, args: argparse.Namespace) -> int:
    from desktop_app.content.pack import write_manifest_checksums

    folder: Path = args.folder
    try:
        count = write_manifest_checksums(folder)
    except (OSError, PackError) as exc:
        print(f"{folder}: {exc}", file=sys.stderr)
        return 1
    print(f"{folder / 'manifest.toml'}: checksums of {count} files written.")
    return 0


def cmd_check(paths: DataPaths, _args: argparse.Namespace) -> int:
    from desktop_app.check import check_all

    findings = check_all(paths)
    for finding in findings:
        print(f"{'ok     ' if finding.ok else 'PROBLEM'}  {finding.text}")
    problems = sum(not f.ok for f in findings)
    print("Everything is in order." if not problems else f"{problems} problem(s) found.")
    return 1 if problems else 0


def cmd_brief(paths: DataPaths, args: argparse.Namespace) -> int:
    from desktop_app.ui.printing.command import run_brief

    return run_brief(paths, args.slugs, args.area, args.every, args.lang, args.bilingual,
                     args.output, _print_progress, page_size=PAPERS.get(args.paper or ""),
                     orientation="landscape" if args.landscape else None,
                     two_sided=args.two_sided)


def cmd_meeting_pack(paths: DataPaths, args: argparse.Namespace) -> int:
    from desktop_app.ui.printing.command import run_meeting_pack

    return run_meeting_pack(paths, args.sources, args.output, _print_progress,
                            title=args.title, lang=args.lang, notes=args.notes,
                            page_size=PAPERS.get(args.paper or ""),
                            orientation="landscape" if args.landscape else None,
                            two_sided=args.two_sided)


def cmd_preview(_paths: DataPaths, args: argparse.Namespace) -> int:
    from desktop_app.ui.preview import run_preview

    if not (args.folder / "manifest.toml").is_file():
        print(f"{APP_ID} preview: {args.folder} holds no manifest.toml; give a pack folder "
              f"(made with {APP_ID} pack new).", file=sys.stderr)
        return 1
    return run_preview(args.folder, args.lang)


def cmd_self_test(_paths: DataPaths, args: argparse.Namespace) -> int:
    from desktop_app.ui.self_test import run_self_test

    return run_self_test(args.data_dir)  # without --data-dir: a fresh folder, not the user's


def cmd_register_links(_paths: DataPaths, args: argparse.Namespace) -> int:
    from desktop_app.link_handler import register

    try:
        written = register(remove=args.remove)
    except NotImplementedError as exc:
        print(f"{APP_ID}: links are not registered here: {exc}.", file=sys.stderr)
        return 1
    verb = "Removed" if args.remove else "Registered"
    print(f"{verb} the handler of field-reference:// links:")
    for where in written:
        print(f"  {where}")
    return 0
