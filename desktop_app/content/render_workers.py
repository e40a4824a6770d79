"""Rendering in worker processes, each file under a time budget.

Python-Markdown takes quadratic time or worse on some texts (thousands of unmatched brackets,
footnotes or abbreviations, a long run of ``<http://``), and a thread cannot be stopped. So
the importer hands each file to one of a few worker processes, the program itself run as
``field-reference render-worker``, and stops a worker whose file runs past the budget: that
file gets a problem, the others go on, and the work is spread over the processors.

A worker reads one JSON line per file (the Markdown) on its stdin and answers one JSON line
(the rendering, or the error it raised) on its stdout. The workers stay for the next import
in the same process, and end when their stdin closes: at the program's exit, or when it dies.
"""

from __future__ import annotations

import atexit
import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from typing import IO, Any

from desktop_app.content.render import Heading, Rendered, render_markdown
from desktop_app.db.records import SectionRecord
from desktop_app.paths import RENDER_WORKER, program_command

RENDER_BUDGET_S = 10.0  # per file; the bundled pack's largest renders in some milliseconds
MAX_WORKERS = 4
TICK_S = 0.2  # how often a wait looks at the deadlines and lets the caller cancel
START_S = 30.0  # for a worker to start (a loaded machine, a cold disk), before its budget


@dataclass(frozen=True)
class NotRendered:
    """Why a file has no rendering: it ran out of time, or the renderer failed on it."""

    timed_out: bool
    detail: str = ""


def serve(requests: IO[bytes], replies: IO[bytes]) -> int:
    """The worker: say it is ready, then render each request until the requests end."""
    _reply(replies, {"ready": True})
    for line in requests:
        try:
            _reply(replies, {"rendered": _as_json(render_markdown(json.loads(line)))})
        except Exception as exc:  # becomes this file's problem, not a crash
            _reply(replies, {"error": f"{type(exc).__name__}: {exc}"[:300]})
    return 0


def _reply(replies: IO[bytes], reply: dict[str, Any]) -> None:
    replies.write(json.dumps(reply).encode("ascii") + b"\n")
    replies.flush()


def _as_json(rendered: Rendered) -> dict[str, Any]:
    return {**asdict(rendered), "ids": sorted(rendered.ids)}


def _rendered(data: dict[str, Any]) -> Rendered:
    return Rendered(
        html=data["html"], summary=data["summary"],
        sections=[SectionRecord(*section) for section in data["sections"]],
        headings=[Heading(**heading) for heading in data["headings"]],
        links=data["links"], images=data["images"], ids=set(data["ids"]))


class _Worker:
    """One worker process, the file it renders and when its time is up."""

    def __init__(self, replies: queue.Queue[tuple[_Worker, bytes]]) -> None:
        self.process = subprocess.Popen(
            [*program_command(), RENDER_WORKER], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        self.job: str | None = None
        self.ready = False  # it said so: its file's time runs from then
        self.budget_s = 0.0
        self.deadline = 0.0
        threading.Thread(target=self._read, args=(replies,), daemon=True).start()

    def _read(self, replies: queue.Queue[tuple[_Worker, bytes]]) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            replies.put((self, line))
        replies.put((self, b""))  # the process ended

    def give(self, name: str, source: str, budget_s: float) -> None:
        assert self.process.stdin is not None
        self.job, self.budget_s = name, budget_s
        self.deadline = time.monotonic() + budget_s + (0 if self.ready else START_S)
        self.process.stdin.write(json.dumps(source).encode("ascii") + b"\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        self.process.kill()
        self.process.wait()

    def close(self) -> None:
        assert self.process.stdin is not None
        try:
            self.process.stdin.close()  # the worker ends once its file is done
        except OSError:
            pass


class RenderPool:
    """Up to ``size`` workers, started when first needed."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._workers: list[_Worker] = []
        self._replies: queue.Queue[tuple[_Worker, bytes]] = queue.Queue()
        self._lock = threading.Lock()  # one import at a time uses the workers

    def render(self, sources: Mapping[str, str], budget_s: float = RENDER_BUDGET_S,
               tick: Callable[[int], None] | None = None) -> dict[str, Rendered | NotRendered]:
        """Each source rendered, or why not. ``tick(files done)`` is called at least every
        TICK_S; an exception it raises (a cancel) stops the files being rendered."""
        with self._lock:
            try:
                return self._render(sources, budget_s, tick)
            finally:
                for worker in [w for w in self._workers if w.job is not None]:
                    self._replace(worker)

    def _render(self, sources: Mapping[str, str], budget_s: float,
                tick: Callable[[int], None] | None) -> dict[str, Rendered | NotRendered]:
        results: dict[str, Rendered | NotRendered] = {}
        waiting = deque(sources)
        while len(results) < len(sources):
            idle = sum(w.job is None for w in self._workers)
            for _ in range(min(len(waiting) - idle, self.size - len(self._workers))):
                self._workers.append(_Worker(self._replies))
            for worker in self._workers:
                if worker.job is None and waiting:
                    name = waiting.popleft()
                    try:
                        worker.give(name, sources[name], budget_s)
                    except OSError as exc:  # the worker had ended
                        results[name] = NotRendered(False, str(exc))
                        self._replace(worker)
            busy = [w.deadline for w in self._workers if w.job is not None]
            wait = min([TICK_S, *(deadline - time.monotonic() for deadline in busy)])
            try:
                worker, line = self._replies.get(timeout=max(wait, 0.0))
            except queue.Empty:
                pass
            else:
                if worker in self._workers:
                    self._answer(worker, line, results)
            for worker in self._workers:
                if worker.job is not None and time.monotonic() > worker.deadline:
                    results[worker.job] = NotRendered(True)
                    self._replace(worker)
            if tick is not None:
                tick(len(results))
        return results

    def _answer(self, worker: _Worker, line: bytes,
                results: dict[str, Rendered | NotRendered]) -> None:
        job = worker.job
        if not line:  # the process ended
            code = worker.process.wait()
            self._replace(worker)
            if job is not None:
                results[job] = NotRendered(False, f"the renderer stopped with exit status {code}")
            return
        reply = json.loads(line)
        if "ready" in reply:
            worker.ready = True
            worker.deadline = time.monotonic() + worker.budget_s
        elif job is not None:
            worker.job = None
            results[job] = (NotRendered(False, reply["error"]) if "error" in reply
                            else _rendered(reply["rendered"]))

    def _replace(self, worker: _Worker) -> None:
        """Stop ``worker``; a new one starts in its place when there is work for it."""
        worker.stop()
        self._workers.remove(worker)
        worker.job = None

    def close(self) -> None:
        for worker in self._workers:
            worker.close()
        self._workers.clear()


_pool = RenderPool(min(os.cpu_count() or 1, MAX_WORKERS))
atexit.register(_pool.close)


def render_files(sources: Mapping[str, str], budget_s: float = RENDER_BUDGET_S,
                 tick: Callable[[int], None] | None = None) -> dict[str, Rendered | NotRendered]:
    """Render ``sources`` (name → Markdown) in the program's workers; see RenderPool.render."""
    return _pool.render(sources, budget_s, tick)


def run_worker() -> int:
    return serve(sys.stdin.buffer, sys.stdout.buffer)
