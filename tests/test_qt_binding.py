"""The Qt binding installed keeps Python's reference counts right: PySide6 6.12.0 dropped a
reference to None on every call of a method that returns nothing, and on Python 3.11 (where
None is counted like any object) the program then aborted ("deallocating None") once a few
thousand such calls had been made: while printing a long batch, or at exit."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QSize


def test_calls_that_return_nothing_leave_none_counted() -> None:
    size = QSize()
    gc.collect()
    before = sys.getrefcount(None)
    for width in range(2000):
        size.setWidth(width)
    gc.collect()
    assert abs(sys.getrefcount(None) - before) < 50
