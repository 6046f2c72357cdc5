"""Dates given with an input (the JSON ``date`` field, ``extract(date=…)``, HTML metadata).

They become the document date when the text has no dateline, so they must be
ISO ``YYYY-MM-DD``. People write them in every form; German ones are read,
anything else is dropped with a warning rather than silently:

    >>> parse_input_date("2024-05-06T10:00:00")
    ('2024-05-06', '')
    >>> parse_input_date("06.05.2024")
    ('2024-05-06', '')
    >>> parse_input_date("6. Mai 2024")
    ('2024-05-06', '')
    >>> parse_input_date("Mai 2024")
    ('2024-05-01', "date 'Mai 2024' has no day: 2024-05-01 used")
    >>> parse_input_date("irgendwann")
    (None, "date 'irgendwann' not understood: ignored")
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2}|\d{4})$")
_NAMED = re.compile(r"^(?:(\d{1,2})\.?\s+)?([^\W\d_]+\.?)\s+(\d{4})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_MONTH_FIRST = re.compile(r"^([^\W\d_]+\.?)\s+(\d{1,2}),?\s+(\d{4})$")   # June 5, 2019


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Month names and abbreviations (Babel's: German incl. ``Jänner``, and English) → month number."""
    from babel.dates import get_month_names

    out: dict[str, int] = {}
    for loc in ("de_DE", "de_AT", "de_CH", "en_US"):
        for width in ("wide", "abbreviated"):
            for ctx in ("format", "stand-alone"):
                for n, name in get_month_names(width, ctx, locale=loc).items():
                    out[name.lower()] = n
                    out[name.lower().rstrip(".")] = n
    return out


def _iso(y: int, m: int, d: int) -> Optional[str]:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_input_date(value) -> tuple[Optional[str], str]:
    """``(ISO date or None, warning or "")`` for a date given with an input; None/empty is no date."""
    if value is None:
        return None, ""
    s = " ".join(str(value).split())
    if not s:
        return None, ""
    iso = None
    note = ""
    if m := _ISO.match(s):
        iso = _iso(int(m[1]), int(m[2]), int(m[3]))
    elif m := _NUMERIC.match(s):
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        iso = _iso(year, int(m[2]), int(m[1]))
    elif (m := _NAMED.match(s)) and m[2].lower() in month_numbers():
        month = month_numbers()[m[2].lower()]
        iso = _iso(int(m[3]), month, int(m[1]) if m[1] else 1)
        if iso and not m[1]:
            note = f"date {s!r} has no day: {iso} used"
    elif (m := _MONTH_FIRST.match(s)) and m[1].lower() in month_numbers():
        iso = _iso(int(m[3]), month_numbers()[m[1].lower()], int(m[2]))
    elif m := _ISO_MONTH.match(s):
        iso = _iso(int(m[1]), int(m[2]), 1)
        if iso:
            note = f"date {s!r} has no day: {iso} used"
    if iso is None:
        return None, f"date {s!r} not understood: ignored"
    return iso, note
