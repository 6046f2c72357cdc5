"""Running the extraction: in this process, or in a pool of worker processes.

The unit of work is a batch of ``(key, SourceDoc)`` tasks; :func:`process_batch`
turns it into *records* (a document's rendered rows plus what the state needs),
in task order. Engines yield batches' results as they complete; the runner
orders rows itself, so completion order never reaches the output.
"""
from __future__ import annotations

import concurrent.futures as cf
import gc
import logging
import multiprocessing
import os
import resource
import signal
import socket
import threading
import time
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

from pipeline.api import SourceDoc, error_document, extract_docs, load
from pipeline.io.outputs.writer import guard_values, render

log = logging.getLogger("press_extract")

Task = tuple[str, SourceDoc]

#: Loaded pipelines of this process, by model name: each worker loads its model once.
_NLP: dict = {}
#: Threads of one process (Dask ``processes=False``) share a pipeline; spaCy calls are not thread-safe.
_NLP_LOCK = threading.Lock()


def get_nlp(model: str):
    """The pipeline for ``model``, loaded on first use in this process."""
    with _NLP_LOCK:
        if model not in _NLP:
            _NLP[model] = load(model)
            # The loaded pipeline lives as long as the process: moving its objects out
            # of the collector's reach keeps every later full collection from walking
            # them again (about a tenth of the CPU time of a batch, measured).
            gc.freeze()
        return _NLP[model]


def warm(model: str) -> int:
    """Load ``model`` in this process now (Dask ``client.run``, benchmarks); returns the pid."""
    get_nlp(model)
    return os.getpid()


def set_nlp(model: str, nlp) -> None:
    """Use an already loaded pipeline for ``model`` in this process."""
    _NLP[model] = nlp


def record(key: str, doc) -> dict:
    """What the store keeps of one processed document."""
    info = guard_values(doc).info   # first: it may add a warning
    return {"key": key, "doc_id": info.doc_id, "source": info.source, "status": info.status,
            "error": info.error, "warnings": info.warnings, "fragments": render(doc)}


def error_record(key: str, src: SourceDoc, model_label: str) -> dict:
    """The record of an input that could not be read (no pipeline needed)."""
    return record(key, error_document(src, src.error, model_label))


@dataclass
class Memory:
    """Resident memory of one process that did work."""
    name: str
    rss: int
    peak: int

    @classmethod
    def here(cls, name: str = "") -> "Memory":
        import psutil

        # ru_maxrss is in KiB on Linux.
        return cls(name or f"{socket.gethostname()}:{os.getpid()}", psutil.Process().memory_info().rss,
                   resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)


@dataclass
class BatchResult:
    records: list[dict]
    memory: Memory


def process_batch(model: str, tasks: list[Task], batch_size: int = 16) -> BatchResult:
    """Extract every task's document with the pipeline of ``model`` (loaded once per process)."""
    nlp = get_nlp(model)
    with _NLP_LOCK:
        docs = list(extract_docs([src for _, src in tasks], nlp=nlp, batch_size=batch_size))
    return BatchResult([record(key, doc) for (key, _), doc in zip(tasks, docs)], Memory.here())


def died(model: str, key: str, src: SourceDoc) -> BatchResult:
    """The error row of a document whose worker process died while processing it alone."""
    from pipeline.base_model import resolve

    log.error("%s: the worker process died while processing it", src.source)
    src.error = "processing failed: the worker process died on this document (out of memory?)"
    rec = error_record(key, src, resolve(model).label)
    rec["retry"] = True   # perhaps transient: the next run tries it again
    return BatchResult([rec], Memory.here())


# --- engines ------------------------------------------------------------------------------------

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


def make_engine(engine: str, model: str, batch_size: int, workers: int, scheduler: Optional[str] = None):
    """The engine for ``--engine``/``--workers``/``--scheduler``."""
    if engine == "dask":
        from pipeline.batch.engines.dask_engine import DaskEngine

        return DaskEngine(model, batch_size, workers=workers, scheduler=scheduler)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}")
    if workers <= 1:
        return InlineEngine(model, batch_size)
    return PoolEngine(model, batch_size, workers)


def batches(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    batch: list[Task] = []
    for t in tasks:
        batch.append(t)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
