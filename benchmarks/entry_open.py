"""Opening a 200 KB entry in the window against ``QTextBrowser.setHtml`` of the same HTML.

Ours: ``window.open_place`` (read from content.sqlite, render, index the headings, select
it in the tree, remember the place) and a synchronous repaint of the pane. Baseline: a shown
QTextBrowser of the same size and style sheet, ``setHtml`` of the same HTML and a repaint.
Between timed opens both show a small entry, so each open is a real change; runs alternate
and the median counts.

    python -m benchmarks.entry_open [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks.common import Row, print_table, ratio_row, timed
from benchmarks.synthetic import write_synthetic_pack
from desktop_app.content.importer import import_pack
from desktop_app.content.pack import write_manifest_checksums
from desktop_app.paths import DataPaths

TARGET_KB = 200
LIMIT = 1.2


def _big_body(kilobytes: int) -> str:
    """Markdown of sections, paragraphs, lists and tables, some ``kilobytes`` of HTML."""
    parts: list[str] = []
    number = 0
    while sum(len(part) for part in parts) < kilobytes * 1024 * 0.8:
        number += 1
        parts += [f"\n## Part {number} {{#part-{number}}}\n",
                  ("Border guards at the checkpoint trained with the mission's staff on "
                   "document checks, referral of vulnerable migrants and *gender-sensitive* "
                   "interviewing; the **training centre** in Dushanbe hosted the course. ") * 4,
                  "", *[f"- item {number}.{i}: equipment, manuals and follow-up visits"
                        for i in range(6)],
                  "", "| year | trainees | centres |", "|---|---|---|",
                  *[f"| {2000 + i} | {number * 10 + i} | {i % 4 + 1} |" for i in range(6)], ""]
    return "\n".join(parts)


def make_big_pack(root: Path) -> tuple[Path, str, str]:
    """A small synthetic pack with one entry replaced by a ~200 KB one; (pack, big, small)."""
    pack = write_synthetic_pack(root, 20)
    files = sorted((pack / "en").rglob("*/project-*.md"))
    big, small = files[0], files[1]
    body = _big_body(TARGET_KB)
    for lang in ("en", "ru"):
        path = pack / lang / big.relative_to(pack / "en")
        text = path.read_text(encoding="utf-8")
        front = text[: text.index("+++", 3) + 3]
        path.write_text(front + "\n\nAn entry of some 200 KB.\n" + body, encoding="utf-8")
    write_manifest_checksums(pack)

    def slug(path: Path) -> str:
        return path.relative_to(pack / "en").with_suffix("").as_posix()

    return pack, slug(big), slug(small)


def run(runs: int) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTextBrowser

    from desktop_app.places import Place
    from desktop_app.ui.app import build_window
    from desktop_app.ui.start import start
    from desktop_app.ui.theme import content_css, resolve_dark

    with tempfile.TemporaryDirectory(prefix="fr-bench-entry-") as tmp:
        pack, big, small = make_big_pack(Path(tmp) / "pack")
        paths = DataPaths(Path(tmp) / "data").ensure()
        import_pack(pack, paths.content_db)
        window = build_window(paths, "en")
        window.show()
        start(window, None)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.processEvents()

        def open_ours(slug: str) -> None:
            window.open_place(Place(slug))
            window.detail.viewport().repaint()

        open_ours(big)
        assert window.view is not None
        html = f"<h1>{window.view.title}</h1>\n{window.view.html}"
        small_html = "<h1>Small</h1><p>A small entry.</p>"
        size_kb = len(html.encode("utf-8")) / 1024
        browser = QTextBrowser()
        browser.resize(window.detail.size())
        browser.document().setDefaultStyleSheet(content_css(resolve_dark(window.settings.theme)))
        browser.show()

        def open_bare(text: str) -> None:
            browser.setHtml(text)
            browser.viewport().repaint()

        def ours() -> float:
            open_ours(small)
            app.processEvents()
            return timed(lambda: open_ours(big))

        def bare() -> float:
            open_bare(small_html)
            app.processEvents()
            return timed(lambda: open_bare(html))

        ours(), bare()  # warm-up
        times_ours: list[float] = []
        times_bare: list[float] = []
        for _ in range(runs):
            times_ours.append(ours())
            times_bare.append(bare())
        window.close()
        browser.close()
    return [ratio_row(f"open a {size_kb:.0f} KB entry (vs QTextBrowser.setHtml)",
                      statistics.median(times_ours), statistics.median(times_bare), "s", LIMIT)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.entry_open")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    print_table(f"Opening an entry (median of {args.runs} runs each, "
                f"{os.environ.get('QT_QPA_PLATFORM', 'offscreen')})", run(args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
