"""One real drag and drop in the bookmarks panel, when an X display is there (e.g. Xvfb)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="needs an X display (Xvfb)")
def test_dragging_a_bookmark_onto_a_folder_with_the_mouse(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "tests.ui.real_drag", str(tmp_path)],
                            capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    if result.returncode not in (0, 1):  # Qt aborts when it cannot use the display
        pytest.skip(f"no usable X display: {result.stderr[-300:]}")
    assert result.stdout.strip() == "moved", result.stderr
