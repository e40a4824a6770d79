"""The benchmarks run end to end on a tiny pack (their figures are not checked here)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from benchmarks import common, import_speed, visible
from benchmarks.search import main
from benchmarks.synthetic import write_synthetic_pack
from desktop_app.content.importer import load_pack
from desktop_app.db.content_store import build_content_db
from desktop_app.paths import DataPaths
from desktop_app.ui.first_paint import ENV_EXIT_AFTER_FIRST_PAINT

ROOT = Path(__file__).resolve().parents[1]


def test_search_benchmark_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert main(["--entries", "40", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "ratio to the faster raw query" in out and "index size" in out
    assert "'uhfybwf'" in out and "→ граница" in out
    assert (tmp_path / "field-reference-bench" / "synthetic-40" / "manifest.toml").is_file()



def test_import_baseline_indexes_the_same_words(tmp_path: Path) -> None:
    """The raw baseline must fill its search index as ours does. Copying the contentless
    table with SELECT * gave NULLs, indexed nothing, and made the baseline look cheap."""
    pack = write_synthetic_pack(tmp_path / "pack", 40)
    ours, raw = tmp_path / "content.sqlite", tmp_path / "raw.sqlite"
    info, records, media = load_pack(pack)
    build_content_db(ours, info, records, media, index_text=str)
    import_speed.raw_inserts(ours, raw)
    query = "SELECT rowid, count(*) OVER () FROM search_fts WHERE search_fts MATCH ? LIMIT 1"
    for word in ("border", "migration", "Управление"):
        hits = []
        for path in (ours, raw):
            with closing(sqlite3.connect(path)) as db:
                hits.append(db.execute(query, (word,)).fetchall())
        assert hits[0], f"the synthetic pack has no {word!r}: pick a word it has"
        assert hits[0] == hits[1], word


def test_import_benchmark_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert import_speed.main(["--entries", "40", "--runs", "1"]) == 0
    assert "inserts + FTS rows" in capsys.readouterr().out


def test_paired_ratio_decides_the_verdict() -> None:
    """Each ours/bare pair is taken at the same moment; the verdict follows their ratios."""
    ours, bare = [1.2, 2.4, 1.3], [1.0, 2.0, 1.0]  # medians 1.3 / 1.0, pairs 1.2 1.2 1.3
    row = common.ratio_row("start", 1.3, 1.0, "s", 1.25, common.paired_ratio(ours, bare))
    assert row.ratio == pytest.approx(1.2) and row.ok
    assert not common.ratio_row("start", 1.3, 1.0, "s", 1.25).ok


def test_until_paint_ends_the_app_at_its_first_paint(imported: DataPaths) -> None:
    """What the instruction count runs: the app, ended at the line it prints after painting
    (without until_paint it would go on to open the databases before quitting)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", ENV_EXIT_AFTER_FIRST_PAINT: "1"}
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.until_paint", "desktop_app", "--data-dir",
         str(imported.root)], capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "first-paint"
    assert not imported.user_db.exists()  # ended before the user database was opened


@pytest.fixture(scope="module")
def xvfb() -> Iterator[str]:
    """A display of its own, without a window manager, as benchmarks/visible.py needs."""
    if shutil.which("Xvfb") is None:
        pytest.skip("needs Xvfb")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as numbers:
        display = f":{numbers.readline().strip()}"
    try:
        yield display
    finally:
        server.terminate()
        server.wait()


def test_visible_sees_the_window_mapped_then_drawn(xvfb: str, imported: DataPaths) -> None:
    watch = visible.ScreenWatch(xvfb)
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": xvfb,
           ENV_EXIT_AFTER_FIRST_PAINT: "1"}
    command = [sys.executable, "-m", "desktop_app", "--data-dir", str(imported.root)]
    seen = watch.launch(command, env)
    assert 0 < seen.mapped <= seen.drawn < 60
    assert seen.cpu_mapped > 0.01 and seen.painted > seen.mapped
    with pytest.raises(RuntimeError, match="quit before its first paint"):
        watch.launch([sys.executable, "-c", "print('no window')"], env)


def test_visible_benchmark_runs(xvfb: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert visible.main(["--pairs", "1", "--display", xvfb]) == 0
    out = capsys.readouterr().out
    for moment in ("mapped", "drawn", "painted", "cpu_mapped"):
        assert f"{moment}: venv / bare window" in out
