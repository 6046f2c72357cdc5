"""The Dask engine writes byte for byte what the single-process run writes."""
from __future__ import annotations

import logging

import pytest

from pipeline.batch import runner

from pipeline.batch.engines import units as workers

from .run_inputs import MODEL, make_corpus, outputs, write_jsonl

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    # Threads in this process: no worker start-up cost; the model cache is shared under a lock.
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None, scheduler_kwargs={"dashboard": False},
                                  silence_logs=logging.ERROR) as c:
        yield c


def test_dask_tables_equal_single_process_tables(tmp_path, cluster):
    src = tmp_path / "in"
    make_corpus(src, 5)
    write_jsonl(src / "feed.jsonl", ["{broken"])
    single, dask_out = tmp_path / "single", tmp_path / "dask"
    runner.run([str(src)], single, runner.RunOptions(model=MODEL, batch_size=1))
    s = runner.run([str(src)], dask_out, runner.RunOptions(model=MODEL, batch_size=1, engine="dask",
                                                          scheduler=cluster.scheduler_address))
    assert (s.processed, s.failed) == (5, 1)
    assert outputs(dask_out) == outputs(single)
    assert s.memory and all(m.rss > 0 for m in s.memory)
    # Incremental on Dask as well: nothing new, nothing submitted.
    s = runner.run([str(src)], dask_out,
                   runner.RunOptions(model=MODEL, engine="dask", scheduler=cluster.scheduler_address))
    assert (s.processed, s.skipped) == (0, 6)


def test_model_is_loaded_once_per_worker_process(monkeypatch):
    calls = []
    monkeypatch.setattr(workers, "_NLP", {})
    monkeypatch.setattr(workers, "load", lambda name: calls.append(name) or object())
    assert workers.get_nlp("x") is workers.get_nlp("x")
    assert calls == ["x"]
