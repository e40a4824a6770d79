"""How well search answers what staff type: the relevance set against the bundled content.

    python -m benchmarks.relevance [--misses]

``benchmarks/relevance.toml`` holds queries in both languages, each with the entry that answers
it best, judged by reading the content and written before search was tuned. Each query runs
through the app's search, as the search panel runs it (both languages, no filter), on the
bundled pack imported into a temporary folder. Printed, per kind of query and in all:

- P@1: the share of queries whose first result is the best entry;
- MRR@10: the mean of 1/rank of the best entry within the first ten entries (0 if absent);
- best@10: the share with the best entry among the first ten entries;
- zero: the share that find nothing at all.

``--misses`` also lists each query whose first result is not its best entry.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from desktop_app.content.importer import import_pack
from desktop_app.db.records import SearchFilters
from desktop_app.db.search_repo import SearchRepository
from desktop_app.library import ContentLibrary
from desktop_app.paths import bundled_pack_dir
from desktop_app.search.engine import search

RELEVANCE_SET = Path(__file__).with_name("relevance.toml")
TOP = 10


@dataclass(frozen=True)
class Judged:
    text: str
    lang: str
    kind: str
    best: str
    found: tuple[str, ...]  # the entries found, best first, each once

    @property
    def rank(self) -> int | None:
        """Where the best entry is among the first ``TOP``, from 1; None if not there."""
        top = self.found[:TOP]
        return top.index(self.best) + 1 if self.best in top else None


@dataclass(frozen=True)
class Scores:
    queries: int
    p_at_1: float
    mrr: float
    best_at_10: float
    zero: float


def score(judged: list[Judged]) -> Scores:
    count = len(judged) or 1
    ranks = [j.rank for j in judged]
    return Scores(len(judged), sum(r == 1 for r in ranks) / count,
                  sum(1 / r for r in ranks if r) / count,
                  sum(r is not None for r in ranks) / count,
                  sum(not j.found for j in judged) / count)


def load_set(path: Path = RELEVANCE_SET) -> list[dict[str, str]]:
    with path.open("rb") as file:
        queries: list[dict[str, str]] = tomllib.load(file)["query"]
    return queries


def judge(queries: list[dict[str, str]], repo: SearchRepository) -> list[Judged]:
    filters = SearchFilters(limit=50)
    judged = []
    for query in queries:
        outcome = search(repo, query["text"], filters)
        found = tuple(dict.fromkeys(result.slug for result in outcome.results))
        judged.append(Judged(query["text"], query["lang"], query["kind"], query["best"], found))
    return judged


def run_on_bundled(queries: list[dict[str, str]]) -> list[Judged]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "content.sqlite"
        import_pack(bundled_pack_dir(), db)
        library = ContentLibrary(db)
        library.open()
        try:
            with library.read() as content:
                return judge(queries, SearchRepository(content.db))
        finally:
            library.close()


def _line(label: str, scores: Scores) -> str:
    return (f"  {label:18} {scores.queries:4}   {scores.p_at_1:6.0%}  {scores.mrr:6.2f}  "
            f"{scores.best_at_10:7.0%}  {scores.zero:5.0%}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.relevance", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true",
                        help="list the queries whose first result is not the best entry")
    args = parser.parse_args(argv)
    judged = run_on_bundled(load_set())
    groups: dict[str, list[Judged]] = defaultdict(list)
    for item in judged:
        groups[f"{item.lang} {item.kind}"].append(item)
        groups[f"{item.lang} (all)"].append(item)
    print(f"  {'':18} {'n':>4}   {'P@1':>6}  {'MRR@10':>6}  {'best@10':>7}  {'zero':>5}")
    for label in sorted(groups):
        print(_line(label, score(groups[label])))
    print(_line("all", score(judged)))
    if args.misses:
        print("\nMisses (rank of the best entry; first found):")
        for item in judged:
            if item.rank != 1:
                first = item.found[0] if item.found else "nothing"
                print(f"  [{item.lang} {item.kind}] {item.text!r}: want {item.best}, "
                      f"rank {item.rank or '-'}; first {first}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
