"""The unit of work that every engine runs: a batch of ``(key, SourceDoc)`` tasks.

:func:`process_batch` turns a batch into *records* (a document's rendered rows
plus what the state needs), in task order. Engines (``local``, ``dask_engine``)
yield batches' results as they complete; the runner orders rows itself, so
completion order never reaches the output.
"""
from __future__ import annotations

import gc
import logging
import os
import resource
import socket
import threading
from dataclasses import dataclass
from typing import Iterable, Iterator

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
            "error": info.error, "warnings": info.warnings, "input_id": info.input_id, "fragments": render(doc)}


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


def batches(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    batch: list[Task] = []
    for t in tasks:
        batch.append(t)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
