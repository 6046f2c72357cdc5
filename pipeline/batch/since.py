"""``--since DATE``: only documents dated on or after DATE.

A document's date is the one ``documents.csv`` gives it before the model runs: the
dateline's (``Berlin, 3. März 2025 –``), else the input's own (a JSON record's ``date``,
an HTML page's metadata). A document with neither, and an input that could not be read,
is kept: a filter must not lose a release (or its error row) silently.
"""
from __future__ import annotations

from typing import Optional

from pipeline.model.document import SourceDoc


def document_date(src: SourceDoc) -> str:
    """The ISO date of ``src`` as above, ``""`` when it has none.

        >>> document_date(SourceDoc("a.txt", "Titel\\n\\nBerlin, 3. März 2025 – Die Stadt baut.\\n"))
        '2025-03-03'
        >>> document_date(SourceDoc("a.json", "Die Stadt baut.", date="2024-12-01"))
        '2024-12-01'
    """
    from pipeline.components.structure import analyse   # spaCy only when --since is used

    layout = analyse(src.text)
    if layout.dateline and layout.dateline.date:
        return layout.dateline.date
    return src.date or ""


def _last_day(date: str) -> str:
    """A year or month as its last day (``2025`` → ``2025-12-31``): it overlaps DATE when that is in it."""
    return date + "-12-31"[len(date) - 4:] if len(date) in (4, 7) else date


def dated_since(src: SourceDoc, since: Optional[str]) -> bool:
    """Whether ``src`` passes ``--since`` (``since`` an ISO day; None: no filter)."""
    if not since or src.error:
        return True
    date = document_date(src)
    if not date[:4].isdigit():     # no date, or one without a year (``--08-21``)
        return True
    return _last_day(date) >= since
