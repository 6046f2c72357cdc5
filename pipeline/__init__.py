"""press-extract: structured data from German press releases.

    >>> import pipeline
    >>> doc = pipeline.extract("Berlin, 8. November 2011 – Die Beispiel AG …")
    >>> doc.figures, doc.roles, doc.dates
"""
from __future__ import annotations

from .document import Document
from .extract import extract, extract_docs, load
from .version import __version__

__all__ = ["Document", "extract", "extract_docs", "load", "__version__"]
