"""A short run of the pack fuzzer (``scripts/fuzz-packs`` runs it long): damaged copies of the
bundled pack each import or are refused in plain words, in time, and a refusal leaves the
content as it was. How many cases the render budget stops depends on the machine's speed, so
it is not counted here: tests/reliability/test_slow_render.py holds each slow text to the budget."""

from __future__ import annotations

from pathlib import Path

from tests.reliability.fuzz_packs import run


def test_a_short_fuzz_run_finds_no_traceback_hang_or_change(tmp_path: Path) -> None:
    report = run(range(60), tmp_path / "fuzz", budget_s=30, render_budget_s=2)
    assert report.cases == 60
    assert report.tracebacks == [] and report.hangs == [] and report.changed_on_refusal == []
    assert report.refused > 20  # the mutations do damage: most cases are refused
