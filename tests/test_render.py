"""One file's Markdown never shapes the next one's rendering, though the renderer is reused."""

from __future__ import annotations

import json
import subprocess

from desktop_app.content.render import render_markdown
from desktop_app.paths import RENDER_WORKER, program_command

DEFINES = ("IOM works in Tajikistan.[^1] See the [office][office].\n\n"
           "*[IOM]: International Organization for Migration\n\n"
           "[^1]: Since 1992.\n\n"
           "[office]: https://www.iom.int\n")
USES = "IOM works here.[^1] See the [office][office].\n"


def test_abbreviations_footnotes_and_references_stay_in_their_own_file() -> None:
    first = render_markdown(DEFINES)
    assert "<abbr" in first.html and "footnote" in first.html
    assert first.links == ["#fn:1", "https://www.iom.int", "#fnref:1"]
    second = render_markdown(USES)
    assert "<abbr" not in second.html
    assert "footnote" not in second.html
    assert second.links == []
    assert "[^1]" in second.html and "[office][office]" in second.html


def test_a_worker_whose_importer_is_gone_ends_quietly() -> None:
    worker = subprocess.Popen([*program_command(), RENDER_WORKER], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert worker.stdin is not None and worker.stdout is not None
    assert json.loads(worker.stdout.readline()) == {"ready": True}
    worker.stdout.close()  # as when the importer is killed: its answer has nowhere to go
    worker.stdin.write(json.dumps(["Some *text*."]).encode("ascii") + b"\n")
    worker.stdin.close()
    assert worker.wait(timeout=30) == 0
    assert worker.stderr is not None and worker.stderr.read() == b""  # no traceback


def test_a_marked_section_that_is_not_cdata_renders_and_is_dropped() -> None:
    """Python's HTMLParser fails on "<![x"; Markdown 3.11 passes it through."""
    rendered = render_markdown("Before <![i](http://e.org/i.png) after.")
    assert "<![" not in rendered.html and "Before" in rendered.html
