"""A mutation fuzzer over the bundled pack: each case damages a copy of it and imports it into
a data folder that already holds content. Every case must end in an import or a PackError
(plain words, a file named) within its time budget, and on a refusal content.sqlite must stay
byte for byte. ``scripts/fuzz-packs --cases N`` runs it long; ``test_fuzz_packs.py`` runs a
short, fixed set of cases with the tests.

Mutations, chosen by the case's seed: random byte flips and truncation of the zipped pack;
damage to a zip member's headers (encrypted flag, unknown method, CRC, name length); hostile
lines in the front matter or the body of one to four entries (huge and negative numbers,
wrong types, deep nesting, raw HTML with bad links and images, stray markers, control
characters, Windows line ends, and now and then a text that takes Python-Markdown minutes);
the manifest's checksums are made to match again after a text mutation, so that the checksum
is not what refuses the pack.
"""

from __future__ import annotations

import hashlib
import io
import random
import shutil
import signal
import time
import traceback
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.content.importer import TOO_SLOW, import_pack
from desktop_app.content.pack import write_manifest_checksums
from desktop_app.content.render_workers import RENDER_BUDGET_S
from desktop_app.paths import bundled_pack_dir
from desktop_app.problems import PackError

BUDGET_S = 30.0  # per case: over it is a hang
HOSTILE_LINES = (
    "order = 99999999999999999999999", f"order = {-2**63 - 1}", "order = " + "9" * 5000,
    'title = ""', 'slug = "../escape"', "kind = 5", "sources = [1, 2]", "[brief]\nstatus = []",
    'area = "nowhere"', "deep = " + "[" * 3000 + "]" * 3000, "+++", "\x00", "\ufeff", "\r\n",
    '<img src="media/missing.png">', '<img src="media/%2E%2E/%2E%2E/x.png">',
    '<a href="entry:nowhere">x</a>', "[link](entry:nope#nope)", "## Heading {#Bad Id}",
    "## Again {#history}", "## No id", "<script>alert(1)</script>", "![i](../../etc/passwd)",
    "[^1]", "*[ABC]: expansion", "<!--", "<![CDATA[", "    " * 60 + "- deep",
    "> " * 60 + "quote", "<div>" * 500, "| a |\n|---|\n| b |", "{#x}", 'x = """', "&#0;",
    "\u202e reversed", "[" * 40 + "x" + "]" * 40,
)
# Texts Python-Markdown takes far too long over, the time growing quadratically or worse with
# their size: each must end in "took too long to render", within the render budget.
# Python-Markdown 3.11 renders 10,000 unmatched "[" and 10,000 "[x" in a tenth of a second
# (they took minutes before); each of these still takes 25 s to minutes there.
SLOW_TEXTS = (
    "[a](" * 10_000, "<a " * 20_000, "<http://" * 20_000,
    "\n".join(f"*[A{n}]: abbreviation {n}" for n in range(5_000)) + "\n\n"
    + " ".join(f"A{n}" for n in range(5_000)),
    " ".join(f"[^{n}]" for n in range(50_000)) + "\n\n"
    + "\n".join(f"[^{n}]: note {n}" for n in range(50_000)),
)


@dataclass
class Report:
    cases: int = 0
    imported: int = 0
    refused: int = 0
    tracebacks: list[str] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)
    changed_on_refusal: list[str] = field(default_factory=list)
    too_slow: int = 0  # refusals that name a file over the render budget


class _Hang(Exception):
    pass


@contextmanager
def _budget(seconds: float) -> Iterator[None]:
    """Raise _Hang in the work once ``seconds`` have passed (POSIX interval timer)."""
    def expire(_signum: int, _frame: object) -> None:
        raise _Hang

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _zip(folder: Path) -> bytes:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return data.getvalue()


def _mutate_text(chance: random.Random, folder: Path) -> None:
    entries = sorted(folder.rglob("*.md"))
    for _ in range(chance.choice((1, 2, 4))):
        path = chance.choice(entries)
        lines = path.read_text(encoding="utf-8").split("\n")
        hostile = chance.choice(SLOW_TEXTS if chance.random() < 0.03 else HOSTILE_LINES)
        lines.insert(chance.randrange(len(lines) + 1), hostile)
        path.write_text("\n".join(lines), encoding="utf-8", newline="")
    write_manifest_checksums(folder)  # the checksum must not be what refuses it


def _mutate_zip(chance: random.Random, data: bytes) -> bytes:
    damaged = bytearray(data)
    how = chance.choice(("flip", "truncate", "header"))
    if how == "flip":
        for _ in range(chance.choice((1, 4, 16, 64))):
            damaged[chance.randrange(len(damaged))] = chance.randrange(256)
    elif how == "truncate":
        damaged = damaged[:chance.randrange(len(damaged))]
    else:
        central = [i for i in range(len(damaged) - 4) if damaged[i:i + 4] == b"PK\1\2"]
        at = chance.choice(central)
        offset, value = chance.choice(((8, b"\1\0"), (10, b"\x63\0"), (16, bytes(4)),
                                       (28, b"\xff\xff")))
        damaged[at + offset:at + offset + len(value)] = value
    return bytes(damaged)


def make_case(seed: int, work: Path) -> Path:
    """The damaged pack of case ``seed``, under ``work`` (a folder or a zip)."""
    chance = random.Random(seed)
    folder = work / "pack"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(bundled_pack_dir(), folder)
    if chance.random() < 0.6:
        _mutate_text(chance, folder)
        if chance.random() < 0.5:
            return folder
    archive = work / "pack.zip"
    data = _zip(folder)
    archive.write_bytes(_mutate_zip(chance, data) if chance.random() < 0.8 else data)
    return archive


def run(cases: range, work: Path, budget_s: float = BUDGET_S,
        render_budget_s: float = RENDER_BUDGET_S) -> Report:
    """Run the cases whose seeds are ``cases``, in ``work`` (emptied first), each within
    ``budget_s`` and each file of a case rendered within ``render_budget_s``."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    content = work / "data" / "content.sqlite"
    content.parent.mkdir()
    import_pack(bundled_pack_dir(), content)
    report = Report()
    for seed in cases:
        report.cases += 1
        source = make_case(seed, work)
        before = hashlib.sha256(content.read_bytes()).hexdigest()
        started = time.monotonic()
        refusal: PackError | None = None
        try:
            with _budget(budget_s):
                import_pack(source, content, render_budget_s=render_budget_s)
        except PackError as exc:
            refusal = exc
        except _Hang:
            pass  # counted below, with the time it took
        except Exception:  # what the fuzzer is for: any other exception is a finding
            report.tracebacks.append(f"case {seed}:\n{traceback.format_exc()}")
            continue
        if refusal is not None:
            if not refusal.problems or not all(p.text.strip() and p.file
                                               for p in refusal.problems):
                report.tracebacks.append(f"case {seed}: a refusal without a message")
            if hashlib.sha256(content.read_bytes()).hexdigest() != before:
                report.changed_on_refusal.append(f"case {seed}")
        # The timer cannot interrupt one long call into C (a regular expression, say), so a
        # case can also end past its budget without _Hang: a hang all the same.
        took = time.monotonic() - started
        if took > budget_s:
            report.hangs.append(f"case {seed}: {took:.0f} s")
        elif refusal is None:
            report.imported += 1
        else:
            report.refused += 1
            report.too_slow += any(p.message == TOO_SLOW for p in refusal.problems)
    return report
