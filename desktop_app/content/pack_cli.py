"""``field-reference pack keygen|sign|build`` and ``field-reference trust add|list``: making
signed packs, and choosing whose packs this data folder accepts (``trust.py``).

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


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                parents: list[argparse.ArgumentParser]) -> None:
    pack = commands.add_parser(
        "pack", parents=parents, help="make a signing key; sign a pack folder, or build its zip",
        description="Signed packs: docs/content-pack.md, “Signing”.")
    actions = pack.add_subparsers(dest="pack_action", metavar="ACTION", required=True)
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
            line = f":{problem.line}" if problem.line else ""
            print(f"{folder / problem.file}{line}: {problem.text}", file=sys.stderr)
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
    except (OSError, UnicodeDecodeError) as exc:
        print(f"{APP_ID} trust add: {args.key_file}: {exc}; nothing was changed.",
              file=sys.stderr)
        return 1
    print(f"Packs signed with key {key.id_text} are now trusted in {paths.root}.")
    return 0
