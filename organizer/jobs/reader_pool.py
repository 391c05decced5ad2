"""A small pool of reader processes with a hard time limit per job.

Unlike a plain process pool, a worker that hangs past its limit, runs out of memory or
crashes is killed and replaced, and its file gets a state; the other files carry on.
Text jobs always go before OCR jobs, so OCR never delays reading text layers.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from organizer.core import read_words as said
from organizer.jobs.ocr import remove_scratch
from organizer.jobs.reader_worker import worker_main

log = logging.getLogger(__name__)

TEXT_PRIORITY = 0
OCR_PRIORITY = 1


@dataclass(slots=True)
class Job:
    key: Any
    op: str
    args: tuple[Any, ...]
    time_limit: float
    priority: int = TEXT_PRIORITY


@dataclass(slots=True)
class JobOutcome:
    job: Job
    value: Any = None
    failure: str | None = None
    worker_replaced: bool = False


@dataclass(slots=True)
class _Worker:
    process: BaseProcess
    connection: Connection
    jobs_done: int = 0
    pid: int | None = field(default=None)


def start_method() -> str:
    """``forkserver`` where it exists (fast and fork-safe), otherwise ``spawn``."""
    methods = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in methods and os.name == "posix" else "spawn"


# Loaded once by the fork server and copied into every reader it starts.
WARM_MODULES = ["organizer.jobs.reader_warmup"]


def warm_up(method: str | None = None) -> None:
    """Start the fork server now, loading what every reader needs (reader_warmup) while
    this process does other work; readers started later begin warm. Nothing to do with
    ``spawn``, or when the server already runs (it keeps what it loaded)."""
    if (method or start_method()) != "forkserver":
        return
    from multiprocessing import forkserver

    try:
        forkserver.set_forkserver_preload(WARM_MODULES)
        forkserver.ensure_running()
    except (OSError, ValueError, RuntimeError) as exc:  # started with the first reader then
        log.info("could not start the readers' fork server early: %s", exc)


class ReaderPool:
    def __init__(
        self,
        on_outcome: Callable[[JobOutcome], None],
        *,
        workers: int | None = None,
        memory_cap_mb: int | None = 768,
        method: str | None = None,
    ) -> None:
        self.on_outcome = on_outcome
        self.size = workers or max(1, min(2, os.cpu_count() or 1))
        self.memory_cap_mb = memory_cap_mb
        self.context = multiprocessing.get_context(method or start_method())
        if self.context.get_start_method() == "forkserver":
            # Readers forked later (the first ones, and any that replace one) start warm.
            self.context.set_forkserver_preload(WARM_MODULES)
        self._queues: tuple[deque[Job], deque[Job]] = (deque(), deque())
        self._condition = threading.Condition()
        self._closing = False
        self._busy = 0
        self.replaced_workers = 0
        self.worker_pids: set[int] = set()
        # The worker each slot is using right now, so that closing can stop a busy one.
        self._live: dict[int, _Worker] = {}
        remove_scratch()  # page pictures left by readers that were killed earlier
        self._threads = [
            threading.Thread(
                target=self._slot_loop, args=(i,), name=f"reader-slot-{i}", daemon=True
            )
            for i in range(self.size)
        ]
        for thread in self._threads:
            thread.start()

    # --- queueing -------------------------------------------------------------------
    def submit(self, job: Job) -> None:
        with self._condition:
            if self._closing:
                raise RuntimeError("the reader pool is closed")
            self._queues[job.priority].append(job)
            self._condition.notify()

    def idle(self) -> bool:
        with self._condition:
            return self._busy == 0 and not any(self._queues)

    def queued(self) -> int:
        with self._condition:
            return sum(len(q) for q in self._queues) + self._busy

    def _next_job(self) -> Job | None:
        with self._condition:
            while not self._closing and not any(self._queues):
                self._condition.wait()
            if self._closing:
                return None
            queue = self._queues[0] if self._queues[0] else self._queues[1]
            self._busy += 1
            return queue.popleft()

    def close(self, timeout: float = 10.0) -> None:
        """Stop taking jobs, drop queued ones, and end the worker processes.

        Busy workers are stopped at once (Ctrl-C must not wait for a long scan), and the
        page pictures they were working on are removed.
        """
        with self._condition:
            self._closing = True
            for queue in self._queues:
                queue.clear()
            self._condition.notify_all()
            busy = list(self._live.values())
        for worker in busy:  # asked first, so it can stop Tesseract and tidy up
            with contextlib.suppress(OSError, ValueError, AttributeError):
                worker.process.terminate()
        for worker in busy:
            with contextlib.suppress(OSError, ValueError, AttributeError, AssertionError):
                worker.process.join(3)
                if worker.process.is_alive():
                    worker.process.kill()
        for thread in self._threads:
            thread.join(timeout)
        remove_scratch(set(self.worker_pids))

    # --- workers --------------------------------------------------------------------
    def _start_worker(self) -> _Worker:
        parent, child = self.context.Pipe()
        process = self.context.Process(  # type: ignore[attr-defined]
            target=worker_main,
            args=(child, self.memory_cap_mb),
            name="organizer-reader",
            daemon=True,
        )
        process.start()
        child.close()
        if process.pid is not None:
            self.worker_pids.add(process.pid)
        return _Worker(process=process, connection=parent, pid=process.pid)

    @staticmethod
    def _stop_worker(worker: _Worker, *, kill: bool) -> None:
        if kill:
            worker.process.kill()
        else:
            with contextlib.suppress(OSError, BrokenPipeError):
                worker.connection.send(None)
        worker.process.join(5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join(5)
        worker.connection.close()

    def _run_one(self, worker: _Worker, job: Job) -> tuple[JobOutcome, bool]:
        """Run a job on a worker; returns the outcome and whether the worker survived."""
        try:
            worker.connection.send((job.op, job.args))
            if not worker.connection.poll(job.time_limit):
                log.warning("reader job %s passed its %.0f s limit", job.key, job.time_limit)
                return JobOutcome(job, failure=said.TOO_LONG, worker_replaced=True), False
            status, value = worker.connection.recv()
        except (EOFError, OSError, BrokenPipeError):
            log.warning("reader process ended while reading job %s", job.key)
            return (
                JobOutcome(
                    job,
                    failure=said.READER_STOPPED,
                    worker_replaced=True,
                ),
                False,
            )
        if status == "ok":
            return JobOutcome(job, value=value), True
        return JobOutcome(job, failure=str(value)), worker.process.is_alive()

    def _run_on_a_worker(
        self, job: Job, worker: _Worker | None, slot: int = 0
    ) -> tuple[JobOutcome, _Worker | None]:
        """Run ``job``, starting or replacing the worker as needed; never raises for it."""
        if worker is None or not worker.process.is_alive():
            try:
                worker = self._start_worker()
            except OSError as exc:  # e.g. out of processes or memory
                log.error("could not start a reader process: %s", exc)
                failure = said.NO_READER
                return JobOutcome(job, failure=failure), None
        with self._condition:
            self._live[slot] = worker
            if self._closing:
                worker.process.kill()
        outcome, alive = self._run_one(worker, job)
        if not alive:
            self._stop_worker(worker, kill=True)
            remove_scratch({worker.pid} if worker.pid is not None else set())
            self.replaced_workers += 1
            return outcome, None
        return outcome, worker

    def _slot_loop(self, slot: int) -> None:
        worker: _Worker | None = None
        try:
            while True:
                job = self._next_job()
                if job is None:
                    break
                try:
                    outcome = self._run_on_a_worker(job, worker, slot)
                    worker = outcome[1]
                finally:
                    with self._condition:
                        self._busy -= 1
                        self._live.pop(slot, None)
                        if worker is not None:
                            self._live[slot] = worker
                try:
                    self.on_outcome(outcome[0])
                except Exception:
                    log.exception("handling a reader outcome failed")
        finally:
            if worker is not None:
                self._stop_worker(worker, kill=False)
