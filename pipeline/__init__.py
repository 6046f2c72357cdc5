"""press-extract: structured data from German press releases.

    >>> import pipeline
    >>> doc = pipeline.extract("Berlin, 8. November 2011 – Die Beispiel AG …")
    >>> doc.figures, doc.roles, doc.dates
    >>> tables = pipeline.read_dataset("outputs")   # {"documents": DataFrame, …}, typed

The rooms of the package are listed in ``pipeline/README.md``.
"""
from __future__ import annotations

from pipeline.model.document import Document, SourceDoc
from pipeline.version import __version__

__all__ = ["Document", "SourceDoc", "extract", "extract_docs", "load", "read_dataset", "__version__"]

#: The library API, imported on first use: it needs spaCy, and a cron re-run with
#: nothing new to process (``pipeline.cli`` → ``pipeline.batch.runner``) never does.
_API = {"extract": "pipeline.api", "extract_docs": "pipeline.api", "load": "pipeline.api",
        "read_dataset": "pipeline.io.outputs.formats"}


def __getattr__(name: str):
    if name in _API:
        import importlib

        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API))
