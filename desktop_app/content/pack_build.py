"""``field-reference pack build``: a pack folder made into the zip staff import.

The checksums are refreshed, the whole pack is checked as the importer checks it (nothing is
written when it has a problem), and the zip is reproducible: members in name order, each with
the same fixed time and mode, so the same files always give the same bytes. With a key the
manifest is signed first; without, a signature the new manifest no longer matches is left out.
"""

from __future__ import annotations

import errno
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop_app.content.importer import load_pack
from desktop_app.content.pack import MANIFEST, SIGNATURE, read_pack_files, write_manifest_checksums
from desktop_app.content.signing import SecretKey, sign
from desktop_app.db.records import PackInfo
from desktop_app.side_files import side_file

ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest a zip can hold
ZIP_MODE = 0o644 << 16  # rw-r--r--, in the external attributes' high bytes
INSIDE_THE_PACK = "Is inside the pack folder, where it would become part of the next build"


@dataclass(frozen=True)
class Built:
    info: PackInfo
    files: int
    signed: bool
    dropped_signature: bool  # the folder's signature no longer matched its manifest


def build_pack(folder: Path, output: Path, key: SecretKey | None = None) -> Built:
    """Check ``folder`` and write it to ``output``; raise PackError (nothing written) when the
    pack has a problem."""
    partial = side_file(output)
    if output.resolve().is_relative_to(folder.resolve()):
        raise OSError(errno.EINVAL, INSIDE_THE_PACK, str(output))
    old_manifest = (folder / MANIFEST).read_bytes()
    write_manifest_checksums(folder)
    info = load_pack(folder)[0]
    files = read_pack_files(folder)
    dropped = False
    if key is not None:
        signature = sign(files[MANIFEST], key, f"{info.id} {info.version} ({info.date})")
        (folder / SIGNATURE).write_text(signature, encoding="utf-8")
        files[SIGNATURE] = signature.encode("utf-8")
    elif SIGNATURE in files and files[MANIFEST] != old_manifest:
        del files[SIGNATURE]
        (folder / SIGNATURE).unlink()
        dropped = True
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for name in sorted(files):
                member = zipfile.ZipInfo(name, ZIP_TIME)
                member.external_attr = ZIP_MODE
                member.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(member, files[name])
        os.replace(partial, output)
    except BaseException:  # a full disk, an interrupt: no half zip beside the output
        partial.unlink(missing_ok=True)
        raise
    return Built(info, len(files), key is not None, dropped)
