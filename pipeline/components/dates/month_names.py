"""Dates with a month name: ``3. März 2024``, ``March 3, 2020``, ``im März 2012``, ``Anfang Jänner``."""
from __future__ import annotations

import re
from typing import Optional

from pipeline.components.dates.parse import valid_date
from pipeline.components.dates.reader import Candidate, Reader, claim, date_end
from pipeline.lang.months import FULL_NAME_EXTRAS, MONTH_CUES, MONTH_LIST_LINKS, MONTH_NAMES, PERIOD_PREFIXES
from pipeline.text.numbers import next_index, prev_index
from pipeline.text.view import view

#: The day of an English date (``March 3, 2020``, ``June 5th``)
_EN_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")


class MonthNameDates(Reader):
    """Rules for dates with a month name."""

    def _day_month_date(self, doc, i: int, n: int, out: list[Candidate]) -> Optional[int]:
        """``3. März (2024)``, possibly the first end of a range."""
        return claim(out, self._day_month(doc, i))

    def _month_day_year_date(self, doc, i: int, n: int, out: list[Candidate]) -> Optional[int]:
        """``März 3, 2024`` (English order)."""
        tv = view(doc)
        month = self.month_at(doc, i)
        if month is None or not tv.words[i][:1].isupper():
            return None
        return claim(out, self._month_day_year(doc, i, month))

    def _month_day_year(self, doc, i: int, month: int):
        """English order: ``March 3, 2020``, ``June 5th 2019`` (the year is required)."""
        tv = view(doc)
        j = next_index(doc, i)
        if j is None or tv.breaks(i, j):
            return None
        m = _EN_DAY.match(tv.words[j])
        if not m:
            return None
        ya = self._year_after(doc, j)
        if ya is None:
            return None
        y, last = ya
        if not valid_date(y, month, int(m.group(1))):
            return None
        return Candidate(tv.starts[i], date_end(doc, last), y, month, int(m.group(1)), "day"), last

    def _month_date(self, doc, i: int, n: int, out: list[Candidate]) -> Optional[int]:
        """``im März 2024``, ``Anfang Mai``."""
        tv = view(doc)
        month = self.month_at(doc, i)
        if month is None or not (tv.words[i][:1].isupper() or doc[i].is_sent_start):
            return None
        return claim(out, self._month(doc, i, month))

    def _month(self, doc, i: int, month: int):
        """``März 2012`` (explicit) or a bare month after a cue (``im März``, ``Anfang Jänner``)."""
        tv = view(doc)
        tok = doc[i]
        ya = self._year_after(doc, i)
        if ya is None and tok.lower_ not in MONTH_NAMES and tok.lower_ not in FULL_NAME_EXTRAS:
            return None  # abbreviations only with a day or a year (``Okt. 2014``; ``im Mai`` is a name)
        start = self._prefix_start(doc, i, PERIOD_PREFIXES)
        if ya is not None:
            y, j = ya
            return Candidate(start, date_end(doc, j), y, month, None, "month"), j
        p = prev_index(doc, i)
        if p is None:
            return None
        cue = tv.words[p].lower()
        q = prev_index(doc, p)
        two = f"{tv.words[q].lower()} {cue}" if q is not None else ""
        if cue in MONTH_CUES or two in MONTH_CUES or (cue in MONTH_LIST_LINKS and self.month_at(doc, q) is not None):
            return Candidate(start, tok.idx + len(tok.text), None, month, None, "month"), i
        return None
