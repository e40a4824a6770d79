"""Rendering in worker processes, each file under a time budget.

Python-Markdown takes quadratic time or worse on some texts (thousands of unmatched brackets,
footnotes or abbreviations, a long run of ``<http://``), and a thread cannot be stopped. So
the importer hands the files to a few worker processes, the program itself run as
``field-reference render-worker``, and stops a worker that runs past the budget: the file
that is slow gets a problem, the others go on, and the work is spread over the processors.

A worker is given a batch of files at a time: one JSON line on its stdin (the list of their
Markdown texts), answered by one JSON line on its stdout (the list of their renderings, or the
errors they raised). A batch, a few milliseconds of work, has one file's budget; a batch that
runs past it, or whose worker dies, is given again one file at a time, so that only the file
that is slow on its own is reported. The workers stay for the next import in the same
process, and end when their stdin closes: at the program's exit, or when it dies.
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
BATCH_FILES = 16  # at most, given to a worker at a time: fewer answers for the importer to wait for
TICK_S = 0.2  # how often a wait looks at the deadlines and lets the caller cancel
START_S = 30.0  # for a worker to start (a loaded machine, a cold disk), before its budget


@dataclass(frozen=True)
class NotRendered:
    """Why a file has no rendering: it ran out of time, or the renderer failed on it."""

    timed_out: bool
    detail: str = ""


def serve(requests: IO[bytes], replies: IO[bytes]) -> int:
    """The worker: say it is ready, then render each batch until the requests end."""
    _reply(replies, {"ready": True})
    for line in requests:
        _reply(replies, [_render_one(source) for source in json.loads(line)])
    return 0


def _render_one(source: str) -> dict[str, Any]:
    try:
        return {"rendered": _as_json(render_markdown(source))}
    except Exception as exc:  # becomes this file's problem, not a crash
        return {"error": f"{type(exc).__name__}: {exc}"[:300]}


def _reply(replies: IO[bytes], reply: object) -> None:
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
    """One worker process, the files it renders and when its time is up."""

    def __init__(self, replies: queue.Queue[tuple[_Worker, bytes]]) -> None:
        self.process = subprocess.Popen(
            [*program_command(), RENDER_WORKER], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        self.jobs: list[str] = []
        self.ready = False  # it said so: its file's time runs from then
        self.budget_s = 0.0
        self.deadline = 0.0
        threading.Thread(target=self._read, args=(replies,), daemon=True).start()

    def _read(self, replies: queue.Queue[tuple[_Worker, bytes]]) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            replies.put((self, line))
        replies.put((self, b""))  # the process ended

    def give(self, names: list[str], sources: Mapping[str, str], budget_s: float) -> None:
        assert self.process.stdin is not None
        self.jobs, self.budget_s = names, budget_s
        self.deadline = time.monotonic() + budget_s + (0 if self.ready else START_S)
        batch = [sources[name] for name in names]
        self.process.stdin.write(json.dumps(batch).encode("ascii") + b"\n")
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


class _Run:
    """One call's files: those waiting, in batches of up to ``batch_files``, and the results."""

    def __init__(self, sources: Mapping[str, str], batch_files: int) -> None:
        self.waiting = deque(sources)
        self.batch_files = batch_files
        self.alone: set[str] = set()  # in a batch that was lost: each is given on its own
        self.results: dict[str, Rendered | NotRendered] = {}

    def batches_waiting(self) -> int:
        return -(-len(self.waiting) // self.batch_files)

    def next_batch(self) -> list[str]:
        if self.waiting[0] in self.alone:
            return [self.waiting.popleft()]
        names: list[str] = []
        while (self.waiting and len(names) < self.batch_files
               and self.waiting[0] not in self.alone):
            names.append(self.waiting.popleft())
        return names

    def lost(self, names: list[str], why: NotRendered) -> None:
        if len(names) == 1:
            self.results[names[0]] = why
        else:
            self.waiting.extendleft(reversed(names))
            self.alone.update(names)


class RenderPool:
    """Up to ``size`` workers, started when first needed."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._workers: list[_Worker] = []
        self._replies: queue.Queue[tuple[_Worker, bytes]] = queue.Queue()
        self._lock = threading.Lock()  # one import at a time uses the workers

    def render(self, sources: Mapping[str, str], budget_s: float = RENDER_BUDGET_S,
               tick: Callable[[int], None] | None = None) -> dict[str, Rendered | NotRendered]:
        """Each source rendered, or why not, in the order of ``sources``. ``tick(files done)``
        is called at least every TICK_S; an exception it raises (a cancel) stops the files
        being rendered."""
        with self._lock:
            try:
                return self._render(sources, budget_s, tick)
            finally:
                for worker in [w for w in self._workers if w.jobs]:
                    self._replace(worker)

    def _render(self, sources: Mapping[str, str], budget_s: float,
                tick: Callable[[int], None] | None) -> dict[str, Rendered | NotRendered]:
        run = _Run(sources, max(1, min(BATCH_FILES, len(sources) // self.size)))
        while len(run.results) < len(sources):
            idle = sum(not w.jobs for w in self._workers)
            for _ in range(min(run.batches_waiting() - idle, self.size - len(self._workers))):
                self._workers.append(_Worker(self._replies))
            for worker in list(self._workers):
                if not worker.jobs and run.waiting:
                    try:
                        worker.give(run.next_batch(), sources, budget_s)
                    except OSError as exc:  # the worker had ended
                        self._lose(worker, run, NotRendered(False, str(exc)))
            busy = [w.deadline for w in self._workers if w.jobs]
            wait = min([TICK_S, *(deadline - time.monotonic() for deadline in busy)])
            try:
                worker, line = self._replies.get(timeout=max(wait, 0.0))
            except queue.Empty:
                pass
            else:
                if worker in self._workers:
                    self._answer(worker, line, run)
            for worker in list(self._workers):
                if worker.jobs and time.monotonic() > worker.deadline:
                    self._lose(worker, run, NotRendered(True))
            if tick is not None:
                tick(len(run.results))
        return {name: run.results[name] for name in sources}

    def _answer(self, worker: _Worker, line: bytes, run: _Run) -> None:
        if not line:  # the process ended
            code = worker.process.wait()
            self._lose(worker, run, NotRendered(False, f"the renderer stopped with exit "
                                                       f"status {code}"))
            return
        reply = json.loads(line)
        if isinstance(reply, dict):  # {"ready": true}
            worker.ready = True
            worker.deadline = time.monotonic() + worker.budget_s
        elif worker.jobs:
            for name, answer in zip(worker.jobs, reply, strict=True):
                run.results[name] = (NotRendered(False, answer["error"]) if "error" in answer
                                     else _rendered(answer["rendered"]))
            worker.jobs = []

    def _lose(self, worker: _Worker, run: _Run, why: NotRendered) -> None:
        """``worker`` ran out of time or ended: a file it rendered alone gets ``why``, a
        batch is given again one file at a time."""
        run.lost(worker.jobs, why)
        self._replace(worker)

    def _replace(self, worker: _Worker) -> None:
        """Stop ``worker``; a new one starts in its place when there is work for it."""
        worker.stop()
        self._workers.remove(worker)
        worker.jobs = []

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
    try:
        return serve(sys.stdin.buffer, sys.stdout.buffer)
    except BrokenPipeError:  # the importer is gone (killed): nobody is left to answer
        # Python's documented way to end quietly: its final flush would fail once more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
