"""Start-up to first paint, and peak memory, against a bare PySide6 window started the same way.

Ours: ``python -m desktop_app --data-dir D`` with ``FIELD_REFERENCE_EXIT_AFTER_FIRST_PAINT=1``
(process start → the main window painted with the tree filled and the last entry rendered),
and with ``=ready`` (also the databases opened through SQLAlchemy and the place reopened
through them: the moment everything works), which is also where its peak RSS is taken.
Baseline: ``python -m benchmarks.bare_window D/bare.json``, a QMainWindow with a QTreeView and a
QTextBrowser showing the same titles and HTML. Both are timed by this harness from spawning the
process to the line it prints after its first paint; runs alternate, and the ratio is the
median of each pair's ratio (the columns show each side's median). Peak RSS is the VmHWM each
child reports. Under Xvfb (``DISPLAY``, default ``:99``) and offscreen.

    python -m benchmarks.startup [--runs 11] [--entries 10000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import (
    Row,
    ensure_bytecode,
    paired_ratio,
    print_table,
    ratio_row,
    start_folders,
)
from desktop_app.ui.first_paint import ENV_EXIT_AFTER_FIRST_PAINT

START_LIMIT = 1.25
RSS_LIMIT_MB = 60


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning to the first-paint line, and the child's peak RSS in MB (as it
    reports it: a parent's ru_maxrss of a child counts this process's memory too)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             env=env, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    seconds = time.perf_counter() - start
    child.stdout.close()
    status = child.wait()
    words = line.split()
    if len(words) != 3 or words[0] != "first-paint" or status != 0:
        raise RuntimeError(f"{command} did not report its first paint (status {status})")
    return seconds, int(words[2]) / 1024


def measure(folder: Path, env: dict[str, str], runs: int) -> dict[str, list[tuple[float, float]]]:
    ours = [sys.executable, "-m", "desktop_app", "--data-dir", str(folder)]
    bare = [sys.executable, "-m", "benchmarks.bare_window", str(folder / "bare.json")]
    ready = {**env, ENV_EXIT_AFTER_FIRST_PAINT: "ready"}
    results: dict[str, list[tuple[float, float]]] = {"ours": [], "ready": [], "bare": []}
    run_once(ours, env), run_once(bare, env)  # warm the file cache; not counted
    for _ in range(runs):  # alternating, so that a slower minute slows both alike
        results["ours"].append(run_once(ours, env))
        results["bare"].append(run_once(bare, env))
    for _ in range(runs):  # apart: a run right after this larger process starts slower
        results["ready"].append(run_once(ours, ready))
    return results


def platforms() -> list[tuple[str, dict[str, str]]]:
    base = {**os.environ, ENV_EXIT_AFTER_FIRST_PAINT: "1"}
    base.pop("QT_QPA_PLATFORM", None)
    found = [("offscreen", {**base, "QT_QPA_PLATFORM": "offscreen"})]
    display = os.environ.get("DISPLAY") or ":99"
    if shutil.which("xdpyinfo") is None or subprocess.run(
            ["xdpyinfo", "-display", display], capture_output=True).returncode == 0:
        found.insert(0, (f"Xvfb {display}", {**base, "DISPLAY": display,
                                             "QT_QPA_PLATFORM": "xcb"}))
    return found


def run(runs: int, entries: int) -> list[Row]:
    rows: list[Row] = []
    ensure_bytecode()
    with tempfile.TemporaryDirectory(prefix="fr-bench-startup-") as tmp:
        folders = start_folders(Path(tmp), entries)
        for name, env in platforms():
            for pack_name, folder in folders.items():
                try:
                    results = measure(folder, env, runs)
                except RuntimeError as exc:
                    print(f"{name}: not measured ({exc})", file=sys.stderr)
                    break
                ours_s = [s for s, _ in results["ours"]]
                bare_s = [s for s, _ in results["bare"]]
                ours, bare = statistics.median(ours_s), statistics.median(bare_s)
                rows.append(ratio_row(f"start-up to first paint, {name}, {pack_name}", ours,
                                      bare, "s", START_LIMIT, paired_ratio(ours_s, bare_s)))
                ready = statistics.median([s for s, _ in results["ready"]])
                rows.append(ratio_row(f"  … and databases open, {name}, {pack_name}", ready,
                                      bare, "s", None))
                ours_mb = statistics.median([m for _, m in results["ready"]])
                bare_mb = statistics.median([m for _, m in results["bare"]])
                rows.append(Row(f"peak RSS, {name}, {pack_name}", ours_mb, bare_mb, "MB",
                                f"≤ +{RSS_LIMIT_MB} MB", ours_mb <= bare_mb + RSS_LIMIT_MB))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.startup")
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--entries", type=int, default=10_000,
                        help="also measure on a synthetic pack this large (0: skip)")
    args = parser.parse_args(argv)
    print_table(f"Start-up and memory (median of {args.runs} runs each)",
                run(args.runs, args.entries))
    return 0


if __name__ == "__main__":
    sys.exit(main())
