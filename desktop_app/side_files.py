"""Files written beside their target and moved over it once complete, so that a failed write
leaves the old file, or none, never half of one."""

from __future__ import annotations

import errno
from pathlib import Path

NOT_A_FILE = "Is a folder or a device, not a file name"


def side_file(target: Path, ending: str = ".partial") -> Path:
    """Where ``target`` is written before it is moved into place. OSError (EISDIR) when
    ``target`` names no file that may be replaced: an empty name, ".", a folder, or a device
    such as /dev/null, which the move would turn into a plain file."""
    if not target.name or (target.exists() and not target.is_file()):
        raise IsADirectoryError(errno.EISDIR, NOT_A_FILE, str(target))
    return target.with_name(target.name + ending)
