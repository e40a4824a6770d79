"""``field-reference bookmarks export FILE`` and ``… import FILE``: bookmarks without a window.

The database modules are imported when the command runs: ``cli.py`` imports this module to
build its parser, also for the window's start, which paints before SQLAlchemy loads.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.paths import DataPaths

if TYPE_CHECKING:
    from desktop_app.library import UserData

HELP = "export or import bookmarks (JSON; XBEL for export)"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser],
               parents: list[argparse.ArgumentParser]) -> None:
    bookmarks = commands.add_parser("bookmarks", help=HELP, parents=parents,
                                    description="Bookmarks file format: docs/bookmarks-format.md.")
    actions = bookmarks.add_subparsers(dest="bookmarks_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", parents=parents,
                                help="write every bookmark, folder and note to FILE")
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("--format", choices=("json", "xbel"), default=None,
                        help="json (default; read back by import) or xbel (for other "
                             "programs); a FILE ending in .xbel means xbel")
    imp = actions.add_parser("import", parents=parents,
                             help="merge the bookmarks of a JSON FILE into yours")
    imp.add_argument("file", type=Path, metavar="FILE")
    bookmarks.set_defaults(run=run)


def open_user_data(paths: DataPaths) -> UserData:
    from desktop_app.library import UserData

    user = UserData(paths.user_db, paths.backups_dir, read_only=not paths.prepare())
    recovery = user.recovery
    if recovery is not None:
        print(recovery.summary(paths.user_db), file=sys.stderr)
    return user


def run(paths: DataPaths, args: argparse.Namespace) -> int:
    from desktop_app.bookmarks.files import BookmarkFileError, read_file, write_file
    from desktop_app.bookmarks.store import BookmarkStore, StoreBusy, StoreNotSaved
    from desktop_app.db.engine import DatabaseDamaged
    from desktop_app.db.errors import UserDataTooNew

    try:
        user = open_user_data(paths)
    except (DatabaseDamaged, UserDataTooNew) as exc:
        print(exc, file=sys.stderr)
        return 1
    store = BookmarkStore(user)
    try:
        if args.bookmarks_action == "export":
            document = store.export_document()
            fmt = write_file(args.file, document, args.format, args.lang or "en")
            marks, folders = document.count()
            print(f"Exported {marks} bookmark{'' if marks == 1 else 's'} in {folders} "
                  f"folder{'' if folders == 1 else 's'} to {args.file} ({fmt}).")
            return 0
        if user.read_only:
            print(f"{paths.root} cannot be written (a write-protected drive?), so the "
                  f"bookmarks of {args.file} were not imported. Nothing was changed.",
                  file=sys.stderr)
            return 1
        document = read_file(args.file)
        report = store.import_in_batches(document)  # the window may wait for a batch
    except BookmarkFileError as exc:
        print(f"{exc}\nNothing was changed.", file=sys.stderr)
        return 1
    except (StoreNotSaved, StoreBusy) as exc:  # the disk filled up, another process held it
        why = exc.reason if isinstance(exc, StoreNotSaved) else "another process held it"
        print(f"The import stopped: {paths.user_db} could not be written ({why}). The "
              "bookmarks saved before that are kept; run the import again once it can be "
              "written: what is already there is skipped.", file=sys.stderr)
        return 1
    finally:
        user.close()
    print(f"Imported {args.file}: {report.added} added, {report.skipped} skipped (already "
          f"there), {report.folders_added} folders added.")
    return 0
