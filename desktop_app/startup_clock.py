"""Seconds since this process started and its peak memory, for the start-up benchmark.

No Qt, no third party.

On Linux the kernel's record of the process start is used, so the interpreter's own start-up
counts (10 ms resolution); elsewhere the clock starts when this module is first imported.
"""

from __future__ import annotations

import os
import time

_IMPORTED_AT = time.monotonic()


def _linux_elapsed() -> float | None:
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        # Field 22, starttime: clock ticks after boot (counted after the comm field's ")").
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def elapsed() -> float:
    """Seconds since the process started."""
    linux = _linux_elapsed()
    return linux if linux is not None else time.monotonic() - _IMPORTED_AT


def peak_rss_kb() -> int:
    """The process's peak resident set size (VmHWM) in KiB, 0 where /proc is missing.

    Read by the process itself: a parent's ``ru_maxrss`` of a child also counts the memory
    the child inherited at fork, before exec.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0
