"""Search latency against a raw FTS5 MATCH on the same database, index size, import time.

    python -m benchmarks.search [--entries 10000|100000] [--repeat 15]

Generates (once, cached in the temp folder) a synthetic bilingual pack, imports it, then runs a
fixed mix of queries — English and Russian, inflected forms, prefixes, phrases, one typed on the
wrong keyboard layout — through the app's search (parse, rank, fetch, best sections, snippets,
layout check) and, interleaved, the plainest FTS5 query on the expression that search answered
with: ``SELECT rowid … MATCH ? ORDER BY rank LIMIT 20`` (20: the panel's first page). It prints
p50/p95 of both and their ratio (the target: p95 within 1.5× of the raw query at 10,000
entries), the latency of queries with typos that only the fuzzy fallback answers (the target:
p95 ≤ 50 ms), the keystroke-by-keystroke latency of typing two words, the size of the search
index, the import time, and PyStemmer against pure-Python snowballstemmer on the pack's words.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from benchmarks.synthetic import write_synthetic_pack
from desktop_app.content.importer import import_pack
from desktop_app.db.records import SearchFilters
from desktop_app.db.search_repo import SearchRepository
from desktop_app.library import ContentLibrary
from desktop_app.search.engine import search
from desktop_app.search.query import index_text, normalise, stem, words

QUERIES = [
    "border", "training", "trained officers", "migrants", "health centre", "families",
    '"border guards"', "trai", "manag",
    "пограничники", "пограничных", "обучение", "учёт", "семьям", "здоровья мигрантов",
    '"трудовой миграции"', "погранич", "обуч",
    "uhfybwf",  # граница on the Latin layout
    "ьшпкфтеы",  # migrants on the Russian layout
]
TYPED = ["пограничники в Хороге", "border officers"]  # measured one keystroke at a time
# Typos that the exact query cannot find: the fuzzy fallback answers them.
TYPOS = ["bordre", "mgirants", "tarining", "helath centre", "погарничники", "мгирантов",
         "оубчение", "семяьм", "where do the mgirants work"]
LIMIT = 20  # the search panel's first page (ui/search/panel.py RESULT_PAGE)


def _pack(entries: int) -> Path:
    cache = Path(tempfile.gettempdir()) / "field-reference-bench" / f"synthetic-{entries}"
    done = cache.with_name(cache.name + ".complete")  # beside the pack: not a pack file
    if not done.is_file():
        shutil.rmtree(cache, ignore_errors=True)
        print(f"Writing a synthetic pack of {entries} entries to {cache} …", flush=True)
        write_synthetic_pack(cache, entries)
        done.touch()
    return cache


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def _timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def _stem_all(stem: Callable[[str], object], words: list[str]) -> None:
    for word in words:
        stem(word)


def _stemming_seconds(db: sqlite3.Connection) -> float:
    """How long the importer spends turning the pack's text into stems (measured again)."""
    texts = [row[0] for row in db.execute(
        "SELECT title || ' ' || summary FROM entry_text UNION ALL "
        "SELECT title || ' ' || text FROM section")]
    stem.cache_clear()
    return _timed(partial(_stem_all, index_text, texts))


def _index_bytes(db: Path) -> tuple[int, int]:
    """(database size, the part that is search index): the size again without the index."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.sqlite"
        shutil.copyfile(db, copy)
        conn = sqlite3.connect(copy)
        for table in ("search_vocab", "search_fts", "search_doc"):
            conn.execute(f"DROP TABLE {table}")
        conn.commit()
        conn.execute("VACUUM")
        conn.close()
        without = copy.stat().st_size
    total = db.stat().st_size
    return total, total - without


def _stemmer_rates(pack: Path) -> list[tuple[str, float]]:
    """Words per second through each stemmer, on the words of up to 2,000 entry files."""
    import Stemmer

    sample: dict[str, list[str]] = {"en": [], "ru": []}
    for lang in sample:
        for path in sorted((pack / lang).rglob("*.md"))[:1000]:
            sample[lang] += [normalise(m.group())
                             for m in words(path.read_text(encoding="utf-8"))]
    stemmers: list[tuple[str, Callable[[str], object], Callable[[str], object]]] = []
    fast = {"en": Stemmer.Stemmer("english", 0), "ru": Stemmer.Stemmer("russian", 0)}
    stemmers.append(("PyStemmer (C), no cache", fast["en"].stemWord, fast["ru"].stemWord))
    cached = {"en": Stemmer.Stemmer("english"), "ru": Stemmer.Stemmer("russian")}
    stemmers.append(("PyStemmer (C), its word cache", cached["en"].stemWord,
                     cached["ru"].stemWord))
    try:
        from snowballstemmer.english_stemmer import EnglishStemmer
        from snowballstemmer.russian_stemmer import RussianStemmer
    except ImportError:
        print("(snowballstemmer is not installed: pip install snowballstemmer to compare)")
    else:
        slow_en, slow_ru = EnglishStemmer(), RussianStemmer()
        for lang, stem_fast, stem_slow in (("en", fast["en"].stemWord, slow_en.stemWord),
                                           ("ru", fast["ru"].stemWord, slow_ru.stemWord)):
            differ = sum(1 for w in sample[lang] if stem_fast(w) != stem_slow(w))
            print(f"  stems that differ between the two ({lang}): {differ}")
        stemmers.append(("snowballstemmer (pure Python)", slow_en.stemWord, slow_ru.stemWord))
    rates = []
    total = len(sample["en"]) + len(sample["ru"])
    for name, en, ru in stemmers:
        elapsed = sum(_timed(partial(_stem_all, s, w))
                      for s, w in ((en, sample["en"]), (ru, sample["ru"])))
        rates.append((name, total / elapsed))
    return rates


def run(entries: int, repeat: int) -> None:
    pack = _pack(entries)
    if entries > 50_000:
        # 100,000 entries pass the importer's limits: 512 MB in all (the pack is ~580 MB)
        # and 20 MB a file (the manifest is ~22 MB)
        import desktop_app.content.pack

        desktop_app.content.pack.MAX_TOTAL_BYTES = 2 * 1024 ** 3
        desktop_app.content.pack.MAX_FILE_BYTES = 64 * 1024 ** 2
        print("(pack size limits raised to 2 GB and 64 MB a file for this benchmark run)")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "content.sqlite"
        print(f"Importing {entries} entries (EN + RU) …", flush=True)
        import_seconds = _timed(lambda: import_pack(pack, db))
        total, index = _index_bytes(db)
        library = ContentLibrary(db)
        library.open()
        ours: list[float] = []
        raw: dict[str, list[float]] = {"rank": [], "bm25": []}
        typing: list[float] = []
        fuzzy: list[float] = []
        with library.read() as content:
            repo = SearchRepository(content.db)
            filters = SearchFilters(limit=LIMIT)
            answered = {q: search(repo, q, filters) for q in QUERIES}  # warm the caches
            for _ in range(repeat):
                for query in QUERIES:
                    fts = answered[query].query.fts()
                    ours.append(_timed(partial(search, repo, query, filters)))
                    for order, samples in raw.items():
                        samples.append(_timed(partial(repo.raw_match, fts, LIMIT, order)))
            corrected = {q: search(repo, q, filters) for q in TYPOS}  # and read the vocabulary
            for _ in range(repeat):
                for query in TYPOS:
                    fuzzy.append(_timed(partial(search, repo, query, filters)))
            vocabulary = len(repo.vocabulary())
            for _ in range(max(1, repeat // 3)):
                for phrase in TYPED:
                    for end in range(1, len(phrase) + 1):
                        typing.append(_timed(partial(search, repo, phrase[:end], filters)))
            stem_seconds = _stemming_seconds(content.db)
        library.close()
    o50, o95 = _percentiles(ours)
    by_order = {order: _percentiles(samples) for order, samples in raw.items()}
    r50, r95 = min(p[0] for p in by_order.values()), min(p[1] for p in by_order.values())
    t50, t95 = _percentiles(typing)
    f50, f95 = _percentiles(fuzzy)
    print(f"\nSearch over {entries} entries, {len(QUERIES)} queries × {repeat} "
          f"(Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version})")
    print(f"  app search          p50 {o50 * 1000:7.2f} ms   p95 {o95 * 1000:7.2f} ms")
    for order, (p50, p95) in by_order.items():
        label = f"raw ORDER BY {order}"
        print(f"  {label:20}p50 {p50 * 1000:7.2f} ms   p95 {p95 * 1000:7.2f} ms")
    print(f"  ratio to the faster raw query  p50 {o50 / r50:5.2f} ×   p95 {o95 / r95:5.2f} ×   "
          "(target p95 ≤ 1.5×)")
    print(f"  as you type         p50 {t50 * 1000:7.2f} ms   p95 {t95 * 1000:7.2f} ms "
          f"({len(typing)} keystrokes)")
    for query in QUERIES:
        outcome = answered[query]
        note = f" → {outcome.text}" if outcome.corrected_from else ""
        print(f"    {query!r:26}{note:12} {len(outcome.results):3} of {outcome.total} entries")
    print(f"  typos (fuzzy)       p50 {f50 * 1000:7.2f} ms   p95 {f95 * 1000:7.2f} ms "
          f"(target p95 ≤ 50 ms; a vocabulary of {vocabulary:,} stems)")
    for query in TYPOS:
        outcome = corrected[query]
        print(f"    {query!r:30} → {outcome.text!r:30} {len(outcome.results):3} of "
              f"{outcome.total} entries")
    print(f"  index size      {index / 1e6:.1f} MB of {total / 1e6:.1f} MB content.sqlite")
    print(f"  import time     {import_seconds:.1f} s (parse, render, index, swap); of which "
          f"stemming the indexed text ≈ {stem_seconds:.1f} s")
    print("Stemmers (words per second on the pack's text):")
    for name, rate in _stemmer_rates(pack):
        print(f"  {name:34} {rate:12,.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.search", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=10_000, metavar="N")
    parser.add_argument("--repeat", type=int, default=15, metavar="R")
    args = parser.parse_args(argv)
    run(args.entries, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
