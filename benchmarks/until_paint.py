"""Run a module and end its process the moment it prints its ``first-paint`` line.

``python -m benchmarks.until_paint MODULE ARGS…``: for counting the work up to the first paint
(``benchmarks/instructions.py``). Both the app (``FIELD_REFERENCE_EXIT_AFTER_FIRST_PAINT=1``)
and the bare window print that line after their first paint, then still finish what their event
loop has queued; here nothing after the line runs.
"""

from __future__ import annotations

import os
import runpy
import sys

_write = sys.stdout.write


def _write_then_end(text: str) -> int:
    if text.startswith("first-paint"):
        _write(text.rstrip("\n") + "\n")  # print() would write the newline next
        sys.stdout.flush()
        os._exit(0)
    return _write(text)


def main() -> None:
    module, sys.argv = sys.argv[1], sys.argv[1:]
    sys.stdout.write = _write_then_end  # type: ignore[method-assign]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
