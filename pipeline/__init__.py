"""press-extract: structured data from German press releases.

    >>> import pipeline
    >>> doc = pipeline.extract("Berlin, 8. November 2011 – Die Beispiel AG …")
    >>> doc.figures, doc.roles, doc.dates
    >>> tables = pipeline.read_dataset("outputs")   # {"documents": DataFrame, …}, typed
"""
from __future__ import annotations

import sys
import types

from .document import Document, SourceDoc
from .version import __version__

__all__ = ["Document", "SourceDoc", "extract", "extract_docs", "load", "read_dataset", "__version__"]

#: The library API, imported on first use: it needs spaCy, and a cron re-run with
#: nothing new to process (``pipeline.cli`` → ``pipeline.runner``) never does.
_API = ("extract", "extract_docs", "load", "read_dataset")
#: Module of each API name not in ``pipeline.extract``.
_API_MODULE = {"read_dataset": "formats"}


def _api(name: str):
    import importlib

    return getattr(importlib.import_module(f"{__name__}.{_API_MODULE.get(name, 'extract')}"), name)


class _Package(types.ModuleType):
    """The package module: ``pipeline.extract`` stays the function after ``import pipeline.extract``."""

    def __getattribute__(self, name: str):
        if name in _API:
            return _api(name)
        return super().__getattribute__(name)

    def __setattr__(self, name: str, value) -> None:
        # the import system names a submodule on its package: ``pipeline.extract`` is the function
        if name in _API and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
