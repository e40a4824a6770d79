"""``python -m benchmarks``: every benchmark, one table each, figures beside their baselines.

    python -m benchmarks [--quick]     (--quick: fewer runs and a 2,000-entry pack)
"""

from __future__ import annotations

import argparse
import sys

from benchmarks import entry_open, import_speed, instructions, startup
from benchmarks.common import print_table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="fewer runs, a smaller pack")
    args = parser.parse_args(argv)
    entries = 2_000 if args.quick else 10_000
    runs = 3 if args.quick else 7
    start_runs = 3 if args.quick else 11
    print_table(f"Start-up and memory (median of {start_runs} runs each)",
                startup.run(start_runs, entries))
    print_table("Work to the first paint (callgrind, one run each: it does not vary)",
                instructions.run(entries))
    print_table(f"Opening an entry (median of {runs * 2 + 1} runs each, offscreen)",
                entry_open.run(runs * 2 + 1))
    print_table(f"Import (median of {3 if not args.quick else 1} runs each)",
                import_speed.run(entries, 3 if not args.quick else 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
