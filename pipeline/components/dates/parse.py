"""Complete dates as datelines write them, read from a string without a tokenizer.

``parse_date_text("23. Oktober 2025")`` → ``("2025-10-23", "day")``. ``press_structure``
reads dateline dates with it before any other component has run, so this module
imports neither the ``Doc`` extensions nor the dates component. It also holds the
tunable numbers of the date rules (the ``press_dates`` factory's ``default_config``)
and the calendar checks every date reader shares.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from pipeline.lang.months import MONTHS

#: Tunable numbers of the date rules (the factory's ``default_config``).
DEFAULTS = {
    # a bare four-digit year is a date only inside [min_year, max_year]
    "min_year": 1800,
    "max_year": 2100,
    # after a day and month an older year counts too (``15. Juni 1215``)
    "min_year_after_day": 1000,
    # two-digit years: below the pivot 20xx, else 19xx (``12.5.24``, ``3.4.98``)
    "two_digit_pivot": 70,
    # body lines up to this length before the first paragraph (``Ausgabejahr 2023``,
    # ``Nr. 45/2023``) do not end the doc_date search: ``Datum 22.06.2023`` may follow them
    "doc_date_short_line": 60,
}

MIN_YEAR, MAX_YEAR = DEFAULTS["min_year"], DEFAULTS["max_year"]


def full_year(y: str, pivot: int = DEFAULTS["two_digit_pivot"]) -> int:
    """Two-digit years: 00–69 → 20xx, 70–99 → 19xx."""
    v = int(y)
    if len(y) == 4:
        return v
    return 2000 + v if v < pivot else 1900 + v


def valid_date(y: Optional[int], m: int, d: Optional[int]) -> bool:
    if not 1 <= m <= 12:
        return False
    if d is None:
        return True
    try:
        date(y if y is not None else 2000, m, d)  # 2000 is a leap year: 29.2. allowed
    except ValueError:
        return False
    return True


_WORD_DATE = re.compile(r"(\d{1,2})\.\s?([^\W\d_]+\.?)\s(\d{4})")
_DIGIT_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})")


def parse_date_text(s: str) -> tuple[str, str] | None:
    """(ISO date, ``"day"``) of a complete date as datelines write it: ``23. Oktober 2025``,
    ``8. Nov. 2011``, ``31.01.2023``, ``12.5.24``; None when ``s`` is no such date (``7. Juli``).

    A pure function (no tokenizer): ``press_structure`` reads dateline dates with it
    before any other component has run."""
    s = s.strip()
    m = _WORD_DATE.fullmatch(s)
    if m:
        day, month, year = int(m.group(1)), MONTHS.get(m.group(2).lower()), int(m.group(3))
        if month is None or not DEFAULTS["min_year_after_day"] <= year <= MAX_YEAR:
            return None
    else:
        m = _DIGIT_DATE.fullmatch(s)
        if not m:
            return None
        day, month, year = int(m.group(1)), int(m.group(2)), full_year(m.group(3))
    if not valid_date(year, month, day):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}", "day"

