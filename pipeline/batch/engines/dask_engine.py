"""The extraction on a Dask cluster (``--engine dask [--scheduler ADDRESS]``).

Each task is :func:`pipeline.batch.engines.units.process_batch`; a worker process loads the
model on its first task and keeps it (``units.get_nlp`` caches it by model
name), so the model is loaded once per worker, not once per task. Workers of a
remote cluster need press-extract installed and the model reachable under the
same name or path.
"""
from __future__ import annotations

import logging
from typing import Iterable, Iterator, Optional

from pipeline.batch.engines.units import BatchResult, Task, died, process_batch, warm

log = logging.getLogger("press_extract")


class DaskEngine:
    """Submits batches to a Dask cluster: the one at ``scheduler``, else a new LocalCluster."""

    def __init__(self, model: str, batch_size: int, *, workers: int = 1, scheduler: Optional[str] = None):
        from distributed import Client, LocalCluster

        # Dask logs every connection at INFO; our log is for the data team.
        for name in list(logging.root.manager.loggerDict):
            if name.split(".")[0] in ("distributed", "tornado", "bokeh"):
                logging.getLogger(name).setLevel(logging.ERROR)
        self.model, self.batch_size = model, batch_size
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler, timeout="30s")
        else:
            self.cluster = LocalCluster(n_workers=max(workers, 1), threads_per_worker=1, processes=True,
                                        dashboard_address=None, scheduler_kwargs={"dashboard": False},
                                        silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
        # Load the model on every worker now, once each, rather than inside the first tasks.
        self.n_workers = max(len(self.client.run(warm, model)), 1)
        log.info("dask: %s with %d worker(s)", scheduler or "local cluster", self.n_workers)

    def map(self, batches: Iterable[list[Task]]) -> Iterator[BatchResult]:
        from distributed import KilledWorker, as_completed

        it = iter(batches)
        batch_of = {}
        # Keep a bounded number of batches in flight: inputs are read as the cluster drains them.
        for _, b in zip(range(2 * self.n_workers), it):
            batch_of[self._submit(b)] = b
        if not batch_of:
            return
        queue = as_completed(list(batch_of))
        for fut in queue:
            batch = batch_of.pop(fut)
            nxt = next(it, None)
            if nxt is not None:
                f = self._submit(nxt)
                batch_of[f] = nxt
                queue.add(f)
            try:
                result = fut.result()
            except KilledWorker:   # a document killed its workers: find it, keep the others
                log.warning("dask workers died on a batch; redoing its %d document(s) one at a time", len(batch))
                for key, src in batch:
                    try:
                        yield self._submit([(key, src)]).result()
                    except KilledWorker:
                        yield died(self.model, key, src)
                continue
            fut.release()
            yield result

    def _submit(self, batch: list[Task]):
        return self.client.submit(process_batch, self.model, batch, self.batch_size, pure=False)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
