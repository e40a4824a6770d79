"""``python -m benchmarks``: every benchmark, one table each, figures beside their baselines.

    python -m benchmarks [--quick] [--frozen PATH]
        --quick: fewer runs and a 2,000-entry pack; --frozen: also time the built program as
        the user sees it (benchmarks/visible.py, which needs an X server: $DISPLAY or :99)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from benchmarks import entry_open, import_speed, instructions, startup, visible
from benchmarks.common import print_table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="fewer runs, a smaller pack")
    parser.add_argument("--frozen", type=Path, metavar="PATH",
                        help="the built program, to time it too (dist/field-reference/...)")
    args = parser.parse_args(argv)
    entries = 2_000 if args.quick else 10_000
    runs = 3 if args.quick else 7
    start_runs = 3 if args.quick else 11
    print_table(f"Start-up and memory (median of {start_runs} runs each)",
                startup.run(start_runs, entries))
    pairs = 3 if args.quick else 7
    display = visible.default_display()
    if visible.reachable(display):
        print_table(f"Start-up as seen on the X server {display} (median of {pairs} pairs)",
                    visible.run(pairs, display, args.frozen))
    else:
        print(f"visible start-up: not measured (no X server at {display})", file=sys.stderr)
    print_table("Work to the first paint (callgrind, one run each: it does not vary)",
                instructions.run(entries))
    print_table(f"Opening an entry (median of {runs * 2 + 1} runs each, offscreen)",
                entry_open.run(runs * 2 + 1))
    print_table(f"Import (median of {3 if not args.quick else 1} runs each)",
                import_speed.run(entries, 3 if not args.quick else 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
