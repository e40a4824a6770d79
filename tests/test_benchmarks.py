"""The search benchmark runs end to end on a tiny pack (its figures are not checked here)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from benchmarks.search import main


def test_search_benchmark_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert main(["--entries", "40", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "ratio to the faster raw query" in out and "index size" in out
    assert "'uhfybwf'" in out and "→ граница" in out
    assert (tmp_path / "field-reference-bench" / "synthetic-40" / "manifest.toml").is_file()
