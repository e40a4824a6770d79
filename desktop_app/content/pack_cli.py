"""``field-reference pack new|add|check|build|diff|keygen|sign`` and ``field-reference trust
add|list``: writing and building signed packs, and choosing whose packs this data folder
accepts (``trust.py``).

The modules that do the work (the importer, the cryptography package) are imported when a
command runs:
``cli.py`` imports this module to build its parser, also for the window's start.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app import APP_ID
from desktop_app.paths import DataPaths
from desktop_app.problems import Problem


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                parents: list[argparse.ArgumentParser]) -> None:
    pack = commands.add_parser(
        "pack", parents=parents, help="write, check, build and sign content packs",
        description="Writing content packs: docs/authoring.md; signing them: "
        "docs/content-pack.md, “Signing”.")
    actions = pack.add_subparsers(dest="pack_action", metavar="ACTION", required=True)
    new = actions.add_parser("new", parents=parents, help="start a pack in a new folder: "
                             "manifest, README for authors, an overview in each language")
    new.add_argument("folder", type=Path, metavar="FOLDER")
    add = actions.add_parser("add", parents=parents,
                             help="add an entry in every language of a pack folder")
    add.add_argument("folder", type=Path, metavar="FOLDER")
    add.add_argument("slug", metavar="SLUG", help="e.g. border-management/new-project")
    add.add_argument("--kind", required=True, metavar="KIND",
                     help="overview, area, project, news or article")
    add.add_argument("--area", metavar="AREA", help="the thematic area's slug (not for "
                     "overview and area entries)")
    check = actions.add_parser(
        "check", parents=parents, help="check a pack folder as the importer does, plus what "
        "an author should still do; exit 1 on an error",
        description="Each problem is a line FILE:LINE:COLUMN: error|warning: message (LINE\n"
        "and COLUMN where known). Errors would make the importer refuse the pack; warnings\n"
        "are what it accepts but staff should not get. The checksums in the manifest are\n"
        "only checked with --release: in a working folder pack build writes them.",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    check.add_argument("folder", type=Path, metavar="FOLDER")
    check.add_argument("--release", action="store_true",
                       help="also hold the files to the manifest's checksums")
    check.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    check.add_argument("--format", choices=("text", "json"), default="text")
    diff = actions.add_parser("diff", parents=parents, help="the entries and sections that "
                              "changed from one pack (folder or .zip) to another")
    diff.add_argument("old", type=Path, metavar="OLD")
    diff.add_argument("new", type=Path, metavar="NEW")
    keygen = actions.add_parser("keygen", parents=parents,
                                help="write a new key pair: KEYFILE (secret) and KEYFILE.pub")
    keygen.add_argument("key_file", type=Path, metavar="KEYFILE")
    sign = actions.add_parser("sign", parents=parents,
                              help="sign a pack folder's manifest (manifest.toml.minisig)")
    sign.add_argument("folder", type=Path, metavar="FOLDER")
    sign.add_argument("--key", type=Path, required=True, metavar="KEYFILE",
                      help="the secret key (from pack keygen, or minisign -G -W)")
    build = actions.add_parser(
        "build", parents=parents, help="refresh a pack folder's checksums, check it as the "
        "importer does, and write its zip (the same files give the same bytes)")
    build.add_argument("folder", type=Path, metavar="FOLDER")
    build.add_argument("-o", "--output", type=Path, required=True, metavar="PACK.zip")
    build.add_argument("--sign", dest="key", type=Path, metavar="KEYFILE",
                       help="sign the manifest with this secret key first")
    pack.set_defaults(run=run_pack)

    trust = commands.add_parser(
        "trust", parents=parents, help="trust a public key's packs in this data folder, or "
        "list the keys trusted")
    trust_actions = trust.add_subparsers(dest="trust_action", metavar="ACTION", required=True)
    add = trust_actions.add_parser("add", parents=parents, help="trust the packs KEY.pub signs")
    add.add_argument("key_file", type=Path, metavar="KEY.pub")
    trust_actions.add_parser("list", parents=parents, help="the keys trusted, and where from")
    trust.set_defaults(run=run_trust)


def run_pack(_paths: DataPaths, args: argparse.Namespace) -> int:
    from desktop_app.content.signing import KeyFileError

    try:
        if args.pack_action == "keygen":
            return _keygen(args.key_file)
        if args.pack_action == "build":
            return _build(args.folder, args.output, args.key)
        if args.pack_action in ("new", "add"):
            return _scaffold(args)
        if args.pack_action == "check":
            return _check(args.folder, args.release, args.strict, args.format)
        if args.pack_action == "diff":
            return _diff(args.old, args.new)
        return _sign(args.folder, args.key)
    except KeyFileError as exc:
        print(f"{APP_ID} pack {args.pack_action}: {args.key}: {exc}.", file=sys.stderr)
        return 1
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"{APP_ID} pack {args.pack_action}: {exc.strerror or exc}{where}.",
              file=sys.stderr)
        return 1


def _keygen(key_file: Path) -> int:
    from desktop_app.content.signing import new_key, write_private

    public_file = key_file.with_name(key_file.name + ".pub")
    for path in (key_file, public_file):
        if path.exists():
            print(f"{APP_ID} pack keygen: {path} exists; nothing was written.", file=sys.stderr)
            return 1
    key = new_key()
    write_private(key_file, key.file_text())
    public_file.write_text(key.public().file_text(), encoding="utf-8")
    print(f"Key {key.public().id_text}: secret key in {key_file} (keep it safe, never in a "
          f"pack), public key in {public_file}.")
    return 0


def _sign(folder: Path, key_file: Path) -> int:
    from desktop_app.content.pack import (
        MANIFEST,
        SIGNATURE,
        parse_manifest,
        read_pack_files,
        verify_checksums,
    )
    from desktop_app.content.signing import read_secret_key, sign
    from desktop_app.problems import PackError

    key = read_secret_key(key_file.read_text(encoding="utf-8"))
    try:
        files = read_pack_files(folder)
        manifest = parse_manifest(files)
        verify_checksums(manifest, files)
    except PackError as exc:
        print(f"{APP_ID} pack sign: {folder} was not signed: its files do not match its "
              "manifest (run pack-manifest first):", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    comment = f"{manifest.id} {manifest.version} ({manifest.date})"
    (folder / SIGNATURE).write_text(sign(files[MANIFEST], key, comment), encoding="utf-8")
    print(f"{folder / SIGNATURE}: {comment} signed with key {key.public().id_text}.")
    return 0


def _scaffold(args: argparse.Namespace) -> int:
    from desktop_app.content.scaffold import ScaffoldError, add_entry, new_pack

    try:
        if args.pack_action == "new":
            written = new_pack(args.folder)
        else:
            written = add_entry(args.folder, args.slug, args.kind, args.area)
    except ScaffoldError as exc:
        print(f"{APP_ID} pack {args.pack_action}: {exc}.", file=sys.stderr)
        return 1
    for path in written:
        print(f"wrote {path}")
    print(f"Replace each {{{{fill: …}}}} placeholder, then: {APP_ID} pack check {args.folder}")
    return 0


def located(pack: Path, problem: Problem) -> str:
    """``pack/file:line``, the way compilers write it; a problem of the pack itself (no such
    folder, not a zip) names the pack alone."""
    file = str(pack) if problem.file in (str(pack), pack.name) else str(pack / problem.file)
    return f"{file}:{problem.line}" if problem.line else file


def _check(folder: Path, release: bool, strict: bool, output: str) -> int:
    import json

    from desktop_app.content.authoring import ERROR, check_folder

    findings = check_folder(folder, release=release)
    if output == "json":
        print(json.dumps([{"file": str(folder / f.problem.file), "line": f.problem.line,
                           "column": f.column, "severity": f.severity,
                           "message": f.problem.text} for f in findings],
                         ensure_ascii=False, indent=1))
    else:
        for finding in findings:
            where = located(folder, finding.problem)
            if finding.problem.line and finding.column:
                where += f":{finding.column}"
            print(f"{where}: {finding.severity}: {finding.problem.text}")
        errors = sum(f.severity == ERROR for f in findings)
        print(f"{folder}: {errors} error(s), {len(findings) - errors} warning(s).",
              file=sys.stderr)
    errors = any(f.severity == ERROR for f in findings)
    return 1 if errors or (strict and findings) else 0


def _diff(old: Path, new: Path) -> int:
    from desktop_app.content.importer import load_pack
    from desktop_app.content.pack_diff import HEAD, compare
    from desktop_app.problems import PackError

    loaded = []
    for source in (old, new):  # each read and checked as the importer does
        try:
            loaded.append(load_pack(source, checksums=not source.is_dir()))
        except PackError as exc:
            print(f"{APP_ID} pack diff: {source} cannot be read:", file=sys.stderr)
            for problem in exc.problems:
                print(f"  {located(source, problem)}: {problem.text}", file=sys.stderr)
            return 1
    (old_info, old_records, _), (new_info, new_records, _) = loaded
    diff = compare(old_info, old_records, new_info, new_records)
    print(f"{diff.old.version} ({diff.old.date}) → {diff.new.version} ({diff.new.date}): "
          f"{len(diff.added)} added, {len(diff.removed)} removed, "
          f"{len(diff.changed)} changed")
    for slug in diff.added:
        print(f"added    {slug}")
    for slug in diff.removed:
        print(f"removed  {slug}")
    for change in diff.changed:
        parts = [f"{lang}: " + ", ".join("the entry's head" if a == HEAD else f"#{a}"
                                         for a in anchors)
                 for lang, anchors in change.sections.items()]
        print(f"changed  {change.slug}  " + "; ".join(parts))
    return 0


def _build(folder: Path, output: Path, key_file: Path | None) -> int:
    from desktop_app.content.pack import SIGNATURE
    from desktop_app.content.pack_build import build_pack
    from desktop_app.content.signing import read_secret_key
    from desktop_app.problems import PackError

    key = read_secret_key(key_file.read_text(encoding="utf-8")) if key_file else None
    try:
        built = build_pack(folder, output, key)
    except PackError as exc:
        print(f"{APP_ID} pack build: {folder} was not built; fix these first:", file=sys.stderr)
        for problem in exc.problems:  # file:line: what, as compilers write it
            print(f"{located(folder, problem)}: {problem.text}", file=sys.stderr)
        return 1
    if built.dropped_signature:
        print(f"{folder / SIGNATURE} no longer matched the manifest and was removed; "
              "build with --sign KEYFILE to sign the pack again.", file=sys.stderr)
    how = f"signed with key {key.public().id_text}" if key else "not signed"
    print(f"{output}: {built.info.id} {built.info.version} ({built.info.date}), "
          f"{built.files} files, {how}.")
    return 0


def run_trust(paths: DataPaths, args: argparse.Namespace) -> int:
    from desktop_app.content.signing import KeyFileError
    from desktop_app.content.trust import TRUSTED_KEYS, add_key, added_keys, shipped_keys

    if args.trust_action == "list":
        for where, keys in (("shipped with the program", shipped_keys()),
                            (f"added in {paths.root / TRUSTED_KEYS}", added_keys(paths.root))):
            for key in keys:
                print(f"{key.id_text}\t{where}")
        return 0
    try:
        key = add_key(paths.ensure().root, args.key_file)
    except KeyFileError as exc:
        print(f"{APP_ID} trust add: {args.key_file}: {exc}; nothing was changed.",
              file=sys.stderr)
        return 1
    except UnicodeDecodeError:
        print(f"{APP_ID} trust add: {args.key_file}: not a public key (not UTF-8 text); "
              "nothing was changed.", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{APP_ID} trust add: {exc.filename or args.key_file}: {exc.strerror or exc}; "
              "nothing was changed.", file=sys.stderr)
        return 1
    print(f"Packs signed with key {key.id_text} are now trusted in {paths.root}.")
    return 0
