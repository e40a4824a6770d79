"""Start-up as a user sees it: from launching a program until its window is on the X screen.

Timed from outside, by the X server's account: this harness listens on the root window
(``SubstructureNotifyMask``) and tracks, with the DAMAGE extension, each top-level window the
launched program creates. Taken, in seconds from spawning the process:

- **mapped**: the MapNotify of the program's top-level window (its ``_NET_WM_PID`` is the
  process): the window is viewable (no window manager, so a child of the root);
- **drawn**: the first DamageNotify on that window after it was mapped: its first frame is
  in the X server's framebuffer, which is what a person sees;
- **painted**: the program's own ``first-paint`` line arrived (what benchmarks/startup.py
  times); it comes with the first frame;
- **cpu_mapped**: the CPU time the program had used when its window was mapped (schedstat):
  on a shared machine it moves far less than wall time, so its ratio shows a change sooner.

Ours is the venv's ``field-reference --data-dir D`` (on a data folder with the bundled pack
imported, so it opens at the last place, as it does every day), or the built program
(``--frozen dist/field-reference/field-reference``). The baseline is the bare PySide6 window
(``benchmarks/bare_window.py``, the same tree and entry) run by the venv's Python, measured
the same way, for the built program too: it is the least a PySide6 window costs here, and
what the freezer adds (its bootloader, archive and run-time hooks) is ours to keep small, as
users run only the built program. Runs alternate in pairs (ours, then the baseline) after one
pair to warm the file cache; each pair's ratio is taken and the median of those is reported,
with their spread. Both programs quit by themselves after their first paint
(``FIELD_REFERENCE_EXIT_AFTER_FIRST_PAINT=1``), so no run is killed.

Start a server without a window manager first, e.g. ``Xvfb :99 -screen 0 1366x768x24 &``:

    python -m benchmarks.visible [--pairs 7] [--display :99] [--frozen PATH]
"""

from __future__ import annotations

import argparse
import os
import select
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from Xlib import X
from Xlib.display import Display
from Xlib.error import DisplayError, XError
from Xlib.ext import damage
from Xlib.xobject.drawable import Window

from benchmarks.common import (
    Row,
    ensure_bytecode,
    paired_ratio,
    prepare_data,
    print_table,
    ratio_row,
)
from desktop_app.ui.first_paint import ENV_EXIT_AFTER_FIRST_PAINT

ROOT = Path(__file__).resolve().parent.parent
VISIBLE_LIMIT = 1.25
TIMEOUT_S = 60.0


@dataclass(frozen=True)
class Seen:
    """When a launched program's window appeared, in seconds from spawning it."""

    mapped: float
    drawn: float
    painted: float  # its own ``first-paint`` line arrived (what benchmarks/startup.py times)
    cpu_mapped: float  # CPU seconds it had used when its window was mapped


@dataclass(frozen=True)
class Program:
    """A command to launch, by the name it has in the table."""

    name: str
    command: list[str]


def cpu_seconds(pid: int) -> float:
    """CPU time the live threads of ``pid`` and of its children have run (schedstat, in ns):
    unlike wall time, it hardly grows when other work shares the cores."""
    total = 0
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            total += int((task / "schedstat").read_text(encoding="ascii").split()[0])
            children = (task / "children").read_text(encoding="ascii").split()
        except (OSError, ValueError, IndexError):
            continue
        total += sum(round(cpu_seconds(int(child)) * 1e9) for child in children)
    return total / 1e9


def _is_of(pid: int, ancestor: int) -> bool:
    """``pid`` is ``ancestor`` or a descendant of it (a bootloader may start a child)."""
    while pid > 1:
        if pid == ancestor:
            return True
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
                pid = int(stat.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            return False
    return False


class ScreenWatch:
    """One connection to the X server that sees every top-level window come and draw."""

    def __init__(self, display_name: str) -> None:
        self.display = Display(display_name)
        # A window may be gone before its DamageCreate arrives (BadDrawable): not ours to mind.
        self.display.set_error_handler(lambda *_: None)
        if not self.display.has_extension(damage.extname):
            raise RuntimeError(f"the X server {display_name} has no DAMAGE extension")
        self.display.damage_query_version()
        self.root = self.display.screen().root
        self.root.change_attributes(event_mask=X.SubstructureNotifyMask)
        self.pid_atom = self.display.intern_atom("_NET_WM_PID")
        self.display.sync()

    def _pid_of(self, window: Window) -> int | None:
        try:
            prop = window.get_full_property(self.pid_atom, X.AnyPropertyType)
        except XError:  # gone already
            return None
        return int(prop.value[0]) if prop is not None and len(prop.value) else None

    def _drain(self) -> None:
        self.display.sync()
        while self.display.pending_events():
            self.display.next_event()

    def launch(self, command: Sequence[str], env: dict[str, str]) -> Seen:
        """Spawn ``command``; wait until its window is mapped and drawn and it has printed
        its ``first-paint`` line; then let it quit."""
        self._drain()
        damages: dict[int, int] = {}  # window id → damage id, for each new top-level window
        mine: int | None = None  # the program's window, once it is mapped
        mapped = drawn = painted = cpu_mapped = None
        start = time.perf_counter()
        child = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, text=True)
        assert child.stdout is not None
        try:
            while drawn is None or painted is None:
                left = start + TIMEOUT_S - time.perf_counter()
                if left <= 0:
                    raise RuntimeError(f"{command[0]}: no window drawn in {TIMEOUT_S:.0f} s")
                if not self.display.pending_events():
                    out = child.stdout.fileno()
                    ready, _, _ = select.select([self.display.fileno(), out], [], [], left)
                    if out in ready:
                        line = child.stdout.readline()
                        if not line.startswith("first-paint"):
                            raise RuntimeError(f"{command[0]}: quit before its first paint "
                                               f"(status {child.wait()})")
                        painted = time.perf_counter() - start
                while self.display.pending_events():
                    event = self.display.next_event()
                    now = time.perf_counter() - start
                    if event.type == X.CreateNotify and not event.override:
                        # Track its drawing from the start; it cannot draw before it is mapped.
                        damages[event.window.id] = event.window.damage_create(
                            damage.DamageReportNonEmpty)
                    elif (event.type == X.MapNotify and mine is None
                          and event.window.id in damages):
                        pid = self._pid_of(event.window)
                        if pid is not None and _is_of(pid, child.pid):
                            mine, mapped = event.window.id, now
                            cpu_mapped = cpu_seconds(child.pid)
                    elif (event.type == self.display.extension_event.DamageNotify
                          and event.drawable.id == mine and drawn is None):
                        drawn = now
            child.stdout.read()
            child.wait(timeout=TIMEOUT_S)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
            child.stdout.close()
        assert mapped is not None and cpu_mapped is not None
        return Seen(mapped, drawn, painted, cpu_mapped)


def measure(watch: ScreenWatch, ours: Program, bare: Program, pairs: int,
            env: dict[str, str]) -> tuple[list[Seen], list[Seen]]:
    watch.launch(ours.command, env), watch.launch(bare.command, env)  # warm the file cache
    seen: tuple[list[Seen], list[Seen]] = ([], [])
    for _ in range(pairs):  # alternating, so that a slower moment slows both of a pair
        seen[0].append(watch.launch(ours.command, env))
        seen[1].append(watch.launch(bare.command, env))
    return seen


def rows_for(name: str, seen: tuple[list[Seen], list[Seen]], baseline: str) -> list[Row]:
    """One row per moment: the medians, the median of the pair ratios, and their range."""
    rows = []
    for moment in ("mapped", "drawn", "painted", "cpu_mapped"):
        ours = [getattr(s, moment) for s in seen[0]]
        bare = [getattr(s, moment) for s in seen[1]]
        ratios = sorted(o / b for o, b in zip(ours, bare, strict=True))
        rows.append(ratio_row(f"{moment}: {name} / {baseline} [{ratios[0]:.2f}–{ratios[-1]:.2f}×]",
                              statistics.median(ours), statistics.median(bare), "s",
                              VISIBLE_LIMIT, paired_ratio(ours, bare)))
    return rows


def default_display() -> str:
    return os.environ.get("DISPLAY") or ":99"


def reachable(display: str) -> bool:
    try:
        Display(display).close()
    except (DisplayError, ConnectionError):
        return False
    return True


def run(pairs: int, display: str, frozen: Path | None = None) -> list[Row]:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           ENV_EXIT_AFTER_FIRST_PAINT: "1"}
    ensure_bytecode()
    watch = ScreenWatch(display)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="fr-bench-visible-") as tmp:
        folder = prepare_data(Path(tmp) / "bundled").root
        data = ["--data-dir", str(folder)]
        bare = Program("bare window",
                       [sys.executable, "-m", "benchmarks.bare_window", str(folder / "bare.json")])
        ours = [Program("venv", [str(Path(sys.executable).parent / "field-reference"), *data])]
        if frozen is not None:
            ours.append(Program("built", [str(frozen.resolve()), *data]))
        for program in ours:
            rows += rows_for(program.name, measure(watch, program, bare, pairs, env), bare.name)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.visible")
    parser.add_argument("--pairs", type=int, default=7)
    parser.add_argument("--display", default=default_display(),
                        help="the X server to use, with no window manager (default $DISPLAY "
                             "or :99)")
    parser.add_argument("--frozen", type=Path, metavar="PATH",
                        help="also the built program (dist/field-reference/field-reference)")
    args = parser.parse_args(argv)
    print_table(f"Start-up as seen on the X server (median of {args.pairs} pair ratios)",
                run(args.pairs, args.display, args.frozen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
