"""The work to the first paint, counted: CPU instructions under callgrind, ours against the
bare window.

Wall-clock start-up on this shared machine moves by ±10 % between runs; the instructions a
process executes up to its first paint hardly move at all, so this figure shows what a change
to the start did. Each process runs once under ``valgrind --tool=callgrind`` (about 15 s each)
through ``benchmarks/until_paint.py``, which ends it at its ``first-paint`` line; offscreen. It
stands beside ``benchmarks/startup.py``'s wall-clock target, for information: time spent
waiting (disk, scheduling) is not counted here.

    python -m benchmarks.instructions [--entries 10000]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import Row, ensure_bytecode, print_table, ratio_row, start_folders
from desktop_app.ui.first_paint import ENV_EXIT_AFTER_FIRST_PAINT

COLLECTED = re.compile(r"Collected : (\d+)")


def count(command: list[str]) -> int:
    """Instructions ``command`` executes until it prints its first paint."""
    env = {**os.environ, ENV_EXIT_AFTER_FIRST_PAINT: "1", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
         "-m", "benchmarks.until_paint", *command], capture_output=True, text=True, env=env,
        timeout=600)
    found = COLLECTED.search(result.stderr)
    if result.returncode != 0 or not result.stdout.startswith("first-paint") or not found:
        raise RuntimeError(f"{command[0]} did not reach its first paint under callgrind")
    return int(found.group(1))


def run(entries: int) -> list[Row]:
    if shutil.which("valgrind") is None:
        print("instructions: not measured (valgrind is not installed)", file=sys.stderr)
        return []
    ensure_bytecode()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="fr-bench-instructions-") as tmp:
        folders = start_folders(Path(tmp), entries)
        for name, folder in folders.items():
            ours = count(["desktop_app", "--data-dir", str(folder)])
            bare = count(["benchmarks.bare_window", str(folder / "bare.json")])
            rows.append(ratio_row(f"instructions to first paint, offscreen, {name}",
                                  ours / 1e6, bare / 1e6, "M", None))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.instructions")
    parser.add_argument("--entries", type=int, default=10_000,
                        help="also count on a synthetic pack this large (0: skip)")
    args = parser.parse_args(argv)
    print_table("Work to the first paint (callgrind, one run each: it does not vary)",
                run(args.entries))
    return 0


if __name__ == "__main__":
    sys.exit(main())
