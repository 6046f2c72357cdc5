"""``press_dates``: calendar date expressions → ``doc._.dates``.

Finds day dates (``23. Oktober 2025``, ``7. Juli``, ``31.01.2023``,
``12.5.24``, ``am zweiten Februar``, ``am 19.7``), named days (``Ostern 2025``,
``zu Pfingsten``), month dates (``im März 2012``, ``Anfang Jänner``, ``05/2016``),
quarters and half-years (``im dritten Quartal 2024`` → ``2024-Q3``, ``H1 2025``) and
years used as time (``seit 2010``, ``im Jahr 2025``, ``1997 wurde``), on tokens. Ranges give one row per end (``1. bis 3. März``
→ two rows, the first taking month and year of the second).

Years missing from the text are taken from ``doc._.doc_date`` by the
nearest-date rule; when ``doc._.doc_date`` is empty it is first set from the
first full date in the first body paragraph (headline excluded). Weekdays,
times of day and relative dates are not rows.

Modules: ``parse`` (complete dates from a string, for datelines; the tunable
numbers), ``reader`` (the candidate row and the shared sub-readers), the rule
families ``numeric``, ``month_names``, ``ranges``, ``years``, ``named_days`` (days from the
``holidays`` package), ``parts`` (quarters, half-years), ``finder``
(``DateFinder`` and its ordered ``CONSTRUCTIONS``) and ``component`` (the factory).
"""
from pipeline.components.dates.component import DatesComponent, make_dates
from pipeline.components.dates.parse import DEFAULTS, parse_date_text

__all__ = ["DEFAULTS", "DatesComponent", "make_dates", "parse_date_text"]
