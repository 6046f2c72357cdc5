"""The ``press_dates`` component: resolves the finder's candidates into ``doc._.dates`` rows."""
from __future__ import annotations

from datetime import date
from typing import Optional

from spacy.language import Language

import pipeline.model.extensions  # noqa: F401  (registers doc._ attributes)
from pipeline.components.dates.finder import DateFinder
from pipeline.components.dates.named_days import nearest_day
from pipeline.components.dates.parse import DEFAULTS
from pipeline.components.dates.reader import Candidate
from pipeline.model.document import DateMention
from pipeline.text.normalise import doc_text


#: ``2024-Q3``, ``2025-H1``: the letter of a part of a year, and the middle of the part
#: (month, day) that the nearest-year rule measures from.
_PART_LETTER = {"quarter": "Q", "half": "H"}
_PART_MIDDLE = {"quarter": lambda q: (3 * q - 1, 15), "half": lambda h: (6 * h - 2, 1)}


def _nearest_year(m: int, d: Optional[int], ref: date) -> int:
    """The year that puts month ``m`` and day ``d`` nearest to ``ref`` (the document date)."""
    best, best_dist = ref.year, None
    # ±4 years so that ``29. Februar`` always finds a leap year
    for y in range(ref.year - 4, ref.year + 5):
        try:
            dist = abs((date(y, m, d or 15) - ref).days)
        except ValueError:
            continue
        if best_dist is None or dist < best_dist:
            best, best_dist = y, dist
    return best


def _parse_iso(s) -> Optional[date]:
    try:
        return date.fromisoformat(str(s)[:10])
    except (TypeError, ValueError):
        return None


def _first_body_region(doc, short_line: int = DEFAULTS["doc_date_short_line"]) -> tuple[int, int]:
    """Char range searched for the fallback document date: after the headline up to
    the end of the first body paragraph (lines before it, like ``Datum 23.06.2023``, count).
    Short one-line body blocks (``Ausgabejahr 2023``, ``Nr. 45/2023``) are lines of a
    header, not the first paragraph: the search goes on past them."""
    blocks = doc._.blocks
    if not blocks:
        return 0, len(doc_text(doc))
    text = doc_text(doc)
    start, in_body = 0, False
    for b in sorted(blocks, key=lambda b: b.start):
        if b.section == "headline":
            if not in_body:          # a headline after a short date line (``27.07.2015 – 15:57``) keeps it
                start = max(start, b.end)
            continue
        if b.section == "body":
            in_body = True
            line = text[b.start:b.end].strip()
            if len(line) <= short_line and "\n" not in line and not line.endswith((".", "!", "?")):
                continue
            return start, b.end
    return start, len(text)


class DatesComponent:
    """spaCy component: fills ``doc._.dates`` (and ``doc._.doc_date`` when empty)."""

    def __init__(self, nlp, name: str = "press_dates", **config: int):
        self.name = name
        config = {**DEFAULTS, **config}
        self.short_line = config.pop("doc_date_short_line")
        self.finder = DateFinder(nlp.vocab, **config)

    def __call__(self, doc):
        cands = self.finder.find(doc)
        if not doc._.doc_date:
            lo, hi = _first_body_region(doc, self.short_line)
            for c in cands:
                if c.granularity == "day" and c.year is not None and lo <= c.start and c.end <= hi:
                    doc._.doc_date = f"{c.year:04d}-{c.month:02d}-{c.day:02d}"
                    break
        ref = _parse_iso(doc._.doc_date)
        rows = []
        for c in cands:
            row = _row(doc, c, ref)
            if row is not None:
                rows.append(row)
        doc._.dates = rows
        return doc


def _moving_day_row(doc, c: Candidate, ref: Optional[date]) -> Optional[DateMention]:
    """``zu Ostern`` without a year: the day of that name nearest to the document date; without
    one only a day on a fixed date (``Heiligabend``) gives an unresolved ``--12-24``."""
    text = doc_text(doc)[c.start:c.end]
    if ref is not None:
        day = nearest_day(c.day_in, ref)
        return None if day is None else DateMention(start=c.start, end=c.end, text=text, date=day.isoformat(),
                                                    granularity="day", resolved="doc_date")
    a, b = c.day_in(2001), c.day_in(2002)     # Easter on 15 April and 31 March, other weekdays
    if a is None or b is None or (a.month, a.day) != (b.month, b.day):
        return None
    return DateMention(start=c.start, end=c.end, text=text, date=f"--{a.month:02d}-{a.day:02d}", granularity="day",
                       resolved="unresolved")


def _row(doc, c: Candidate, ref: Optional[date]) -> Optional[DateMention]:
    if c.day_in is not None and c.year is None:
        return _moving_day_row(doc, c, ref)
    text = doc_text(doc)[c.start:c.end]
    if c.year is not None:
        resolved = "explicit"
        y = c.year
    elif ref is not None:
        resolved = "doc_date"
        m, d = _PART_MIDDLE[c.granularity](c.month) if c.granularity in _PART_MIDDLE else (c.month, c.day)
        y = _nearest_year(m, d, ref)
    else:
        resolved, y = "unresolved", None
    if c.granularity == "year":
        iso = f"{y:04d}"
    elif c.granularity in _PART_LETTER:
        part = f"{_PART_LETTER[c.granularity]}{c.month}"
        iso = f"{y:04d}-{part}" if y is not None else f"--{part}"
    elif c.granularity == "month":
        iso = f"{y:04d}-{c.month:02d}" if y is not None else f"--{c.month:02d}"
    else:
        iso = f"{y:04d}-{c.month:02d}-{c.day:02d}" if y is not None else f"--{c.month:02d}-{c.day:02d}"
    return DateMention(start=c.start, end=c.end, text=text, date=iso, granularity=c.granularity,
                       resolved=resolved)


@Language.factory(
    "press_dates",
    assigns=["doc._.dates", "doc._.doc_date", "doc.spans"],
    requires=["token.is_sent_start", "doc._.blocks"],
    default_config=DEFAULTS,
)
def make_dates(nlp, name, min_year: int, max_year: int, min_year_after_day: int, two_digit_pivot: int,
               doc_date_short_line: int):
    """Factory of the ``press_dates`` component."""
    return DatesComponent(nlp, name, min_year=min_year, max_year=max_year,
                          min_year_after_day=min_year_after_day, two_digit_pivot=two_digit_pivot,
                          doc_date_short_line=doc_date_short_line)

