"""Texts the Markdown renderer takes minutes over: the importer renders in worker processes
and stops one whose file runs past the budget, so the pack is refused in plain words, in time,
and a cancel stops the work at once (content/render_workers.py)."""

from __future__ import annotations

import hashlib
import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.content.importer import import_pack
from desktop_app.content.render import Rendered
from desktop_app.content.render_workers import MAX_WORKERS, NotRendered, render_files
from desktop_app.problems import PackError
from desktop_app.ui.background import Cancelled
from tests.packs import entry, write_pack
from tests.reliability.fuzz_packs import SLOW_TEXTS

SLOW = entry("labour-migration/slow", "news", "Slow", "## Text {#text}\n\n" + SLOW_TEXTS[1],
             area="labour-migration")


def _children() -> set[int]:
    """This process's child processes, from /proc (Linux)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == os.getpid():
            found.add(int(stat.parent.name))
    return found


@pytest.mark.parametrize("text", SLOW_TEXTS, ids=lambda text: repr(text[:12]))
def test_a_file_over_the_budget_is_refused_by_name_and_the_content_stays(
        tmp_path: Path, text: str) -> None:
    slow = entry("labour-migration/slow", "news", "Slow", "## Text {#text}\n\n" + text,
                 area="labour-migration")
    content = tmp_path / "data" / "content.sqlite"
    content.parent.mkdir()
    import_pack(write_pack(tmp_path / "good"), content)
    before = hashlib.sha256(content.read_bytes()).hexdigest()
    started = time.monotonic()
    with pytest.raises(PackError) as caught:
        import_pack(write_pack(tmp_path / "slow", {"en/labour-migration/slow.md": slow}),
                    content, render_budget_s=1)
    assert time.monotonic() - started < 10  # the renderer alone would take over a minute
    assert [str(p) for p in caught.value.problems] == [
        "en/labour-migration/slow.md: took too long to render (over 1 s); simplify this file."]
    assert hashlib.sha256(content.read_bytes()).hexdigest() == before


def test_the_other_files_are_rendered_beside_one_that_is_stopped() -> None:
    sources = {"slow.md": SLOW_TEXTS[2], **{f"{n}.md": f"## Part {n} {{#p{n}}}\n\nText {n}."
                                            for n in range(20)}}
    results = render_files(sources, budget_s=1)
    assert results.pop("slow.md") == NotRendered(timed_out=True)
    texts = [r.sections[0].text if isinstance(r, Rendered) else r for r in results.values()]
    assert texts == [f"Text {n}." for n in range(20)]


def test_the_command_line_names_the_file_and_the_budget(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    pack = write_pack(tmp_path / "slow", {"ru/labour-migration/slow.md": SLOW})
    assert main(["--data-dir", str(tmp_path / "data"), "import", str(pack)]) == 1
    err = capsys.readouterr().err
    assert "ru/labour-migration/slow.md: took too long to render (over 10 s)" in err
    assert "the current content is unchanged" in err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_cancel_stops_the_workers_at_once() -> None:
    asked = threading.Event()
    rendering: set[int] = set()

    def tick(_done: int) -> None:
        if asked.is_set():
            rendering.update(_children())
            raise Cancelled

    threading.Timer(0.5, asked.set).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):  # as many slow files as there can be workers: all busy
        render_files({f"{n}.md": SLOW_TEXTS[n] for n in range(MAX_WORKERS)}, budget_s=60,
                     tick=tick)
    assert time.monotonic() - started < 3
    assert rendering and not rendering & _children()  # each worker was stopped


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_worker_killed_from_outside_is_the_file_s_problem_and_the_rest_go_on() -> None:
    killed: set[int] = set()

    def kill_the_workers(_done: int) -> None:
        if not killed:
            killed.update(_children())
            for pid in killed:
                os.kill(pid, signal.SIGKILL)

    results = render_files({"slow.md": SLOW_TEXTS[3]}, budget_s=60, tick=kill_the_workers)
    assert results["slow.md"] == NotRendered(False, "the renderer stopped with exit status -9")
    assert isinstance(render_files({"next.md": "## Next {#next}"})["next.md"], Rendered)
