"""What the benchmarks share: medians, timing, the result table, data folders to measure on."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.synthetic import write_synthetic_pack
from desktop_app.content.importer import import_pack
from desktop_app.library import ContentLibrary
from desktop_app.paths import DataPaths, bundled_pack_dir


@dataclass
class Row:
    """One measured figure beside its baseline from the same run."""

    what: str
    ours: float
    baseline: float
    unit: str
    target: str  # "≤ 1.25×" or "≤ +60 MB"
    ok: bool | None
    paired: float | None = None  # the median of per-run ratios, where runs come in pairs

    @property
    def ratio(self) -> float:
        if self.paired is not None:
            return self.paired
        return self.ours / self.baseline if self.baseline else float("inf")


def ratio_row(what: str, ours: float, baseline: float, unit: str, limit: float | None,
              paired: float | None = None) -> Row:
    row = Row(what, ours, baseline, unit, f"≤ {limit:g}×" if limit else "—", None, paired)
    row.ok = None if limit is None else row.ratio <= limit
    return row


def paired_ratio(ours: list[float], baseline: list[float]) -> float:
    """The median of ours/baseline over runs taken in alternating pairs: on a shared machine
    a slow moment slows both runs of a pair, so each pair's ratio is steadier than the ratio
    of two medians taken at different moments."""
    return statistics.median(o / b for o, b in zip(ours, baseline, strict=True))


def median_of(runs: int, measure: Callable[[], float]) -> float:
    return statistics.median(measure() for _ in range(runs))


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 10 else f"{value:.1f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "M":  # millions (of instructions)
        return f"{value:,.0f} M"
    return f"{value:.3g} {unit}"


def print_table(title: str, rows: list[Row]) -> None:
    print(f"\n{title}")
    head = f"{'measure':<62} {'ours':>9} {'baseline':>9} {'ratio':>7} {'target':>10}  "
    print(head)
    print("-" * len(head))
    for row in rows:
        verdict = {True: "ok", False: "MISSED", None: ""}[row.ok]
        extra = f"+{row.ours - row.baseline:.0f} MB" if row.unit == "MB" else \
            f"{row.ratio:.2f}×"
        print(f"{row.what:<62} {_fmt(row.ours, row.unit):>9} {_fmt(row.baseline, row.unit):>9}"
              f" {extra:>7} {row.target:>10}  {verdict}")


def ensure_bytecode() -> None:
    """Compile our packages' .pyc files first. An installed or built program has them; with
    PYTHONDONTWRITEBYTECODE set (as on some CI machines) every start would otherwise compile
    our sources again, which is not what users pay."""
    import compileall

    root = Path(__file__).resolve().parent.parent
    for package in ("desktop_app", "benchmarks"):
        compileall.compile_dir(root / package, quiet=1)


def prepare_data(folder: Path, pack: Path | None = None) -> DataPaths:
    """A data folder with ``pack`` (default: the bundled one) imported, and ``bare.json``
    beside it: the tree titles and the first entry's HTML, for the bare-window baseline."""
    paths = DataPaths(folder).ensure()
    import_pack(pack or bundled_pack_dir(), paths.content_db)
    library = ContentLibrary(paths.content_db)
    library.open()
    with library.read() as repo:
        tree = [[area.title, [child.title for child in area.children]]
                for area in repo.tree("en")]
        view = repo.entry(repo.first_slug() or "", "en")
    library.close()
    assert view is not None
    html = f"<h1>{view.title}</h1>\n{view.html}"
    (folder / "bare.json").write_text(json.dumps({"tree": tree, "html": html}),
                                      encoding="utf-8")
    return paths


def start_folders(tmp: Path, entries: int) -> dict[str, Path]:
    """Data folders to start the app on, by name: the bundled pack, and a synthetic pack of
    ``entries`` entries unless that is 0."""
    folders = {"bundled pack": prepare_data(tmp / "bundled").root}
    if entries:
        pack = write_synthetic_pack(tmp / "pack", entries)
        folders[f"{entries:,}-entry pack"] = prepare_data(tmp / "big", pack).root
    return folders
