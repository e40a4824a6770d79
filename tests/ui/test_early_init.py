"""The start's early steps: after them, PySide6 no longer reads each new module's source."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.ui import early_init

# A module that does not mention PySide: PySide6 reads its source only to find that out.
PROBE = """
import sys
sys.path.insert(0, {folder!r})
import PySide6.QtCore
feature = sys.modules["shibokensupport.feature"]
{early}
__import__("plain_probe")
print(feature.pyside_feature_dict.get("plain_probe", "unread"))
"""


def _probe(tmp_path: Path, early: str) -> str:
    (tmp_path / "plain_probe.py").write_text("VALUE = 1\n")
    code = PROBE.format(folder=str(tmp_path), early=early)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return result.stdout.strip()


def test_after_the_early_steps_new_modules_take_no_feature_unread(tmp_path: Path) -> None:
    before = _probe(tmp_path, "")
    after = _probe(tmp_path, "from desktop_app.ui import early_init; early_init.run()")
    assert before == "-1"  # PySide6 read the source, found no PySide: "ignore this module"
    # Registered as using no __feature__ (0): decided without reading the source, which
    # says the module does not use PySide at all.
    assert after == "0"


def test_without_the_pyside_internals_nothing_is_replaced(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "shibokensupport.feature", raising=False)
    assert early_init.skip_feature_source_scan() is False
    early_init.run()  # and the start goes on
