"""Extraction on this machine: in this process (``--workers 1``) or in a pool of worker processes."""
from __future__ import annotations

import concurrent.futures as cf
import logging
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures.process import BrokenProcessPool
from typing import Iterable, Iterator, Optional

from pipeline.batch.engines.units import BatchResult, Task, died, get_nlp, process_batch

log = logging.getLogger("press_extract")


def start(model: str, batch_size: int, *, workers: int = 1, scheduler: Optional[str] = None):
    """The local engine for ``--workers`` (``scheduler`` is Dask's alone)."""
    if workers <= 1:
        return InlineEngine(model, batch_size)
    return PoolEngine(model, batch_size, workers)


class InlineEngine:
    """Everything in this process (``--workers 1``)."""

    def __init__(self, model: str, batch_size: int):
        self.model, self.batch_size = model, batch_size

    def map(self, batches: Iterable[list[Task]]) -> Iterator[BatchResult]:
        for batch in batches:
            yield process_batch(self.model, batch, self.batch_size)

    def close(self) -> None:
        pass


def _die_with_parent(parent: int) -> None:
    # A killed run must not leave workers behind: the kernel signal covers Linux, the
    # watchdog thread every other POSIX system (and a parent that died before prctl).
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass

    def watch():
        while True:
            if os.getppid() != parent:
                os._exit(1)
            time.sleep(1.0)

    threading.Thread(target=watch, daemon=True, name="parent-watchdog").start()


def _init_worker(model: str, parent: int) -> None:
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C goes to the parent, which stops the pool
    get_nlp(model)


class PoolEngine:
    """A pool of worker processes (``--workers N``), each loading the model once.

    A worker that dies (out of memory, a crash in native code) breaks the
    pool. The batches it may have held are then redone one document at a time
    in a fresh pool, and a document that kills a worker on its own becomes an
    error row: one such document must not stop every nightly run.
    """

    def __init__(self, model: str, batch_size: int, workers: int):
        self.model, self.batch_size, self.workers = model, batch_size, workers
        self.pool = self._start()

    def _start(self) -> cf.ProcessPoolExecutor:
        # fork: workers start from the parent's imported modules (the model itself is not loaded here).
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        return cf.ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context(method),
                                      initializer=_init_worker, initargs=(self.model, os.getpid()))

    def _restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._start()

    def map(self, batches: Iterable[list[Task]]) -> Iterator[BatchResult]:
        pending: dict[cf.Future, list[Task]] = {}
        suspects: list[list[Task]] = []
        it = iter(batches)
        limit = 2 * self.workers   # bounded: memory stays flat however many inputs there are
        while True:
            while len(pending) < limit and not suspects:
                batch = next(it, None)
                if batch is None:
                    break
                pending[self.pool.submit(process_batch, self.model, batch, self.batch_size)] = batch
            if not pending and not suspects:
                return
            if pending:
                done, _ = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
                for fut in done:
                    batch = pending.pop(fut)
                    try:
                        yield fut.result()
                    except BrokenProcessPool:
                        suspects.append(batch)
            if suspects and not pending:
                yield from self._isolate([t for b in suspects for t in b])
                suspects = []

    def _isolate(self, tasks: list[Task]) -> Iterator[BatchResult]:
        """Redo ``tasks`` one by one in a fresh pool; a task that kills its worker gets an error row."""
        log.warning("a worker process died; redoing %d document(s) one at a time", len(tasks))
        self._restart()
        for key, src in tasks:
            try:
                yield self.pool.submit(process_batch, self.model, [(key, src)], self.batch_size).result()
            except BrokenProcessPool:
                yield died(self.model, key, src)
                self._restart()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
