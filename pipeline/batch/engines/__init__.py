"""Where extraction runs: the work unit (``units``), this machine (``local``), a Dask cluster (``dask_engine``).

Engines are imported when a run needs one: neither the CLI nor a run with
nothing to do imports spaCy or Dask.
"""
from __future__ import annotations

from importlib import import_module
from typing import Optional

#: ``--engine`` name -> ``module:factory`` of its engine; a factory takes
#: ``(model, batch_size, *, workers, scheduler)`` and returns an object with ``map`` and ``close``.
ENGINES = {
    "local": "pipeline.batch.engines.local:start",
    "dask": "pipeline.batch.engines.dask_engine:DaskEngine",
}


def make_engine(engine: str, model: str, batch_size: int, workers: int, scheduler: Optional[str] = None):
    """The engine for ``--engine``/``--workers``/``--scheduler``."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}")
    module, factory = ENGINES[engine].split(":")
    return getattr(import_module(module), factory)(model, batch_size, workers=workers, scheduler=scheduler)
