"""Where extraction runs: work units, the local pool, Dask."""
