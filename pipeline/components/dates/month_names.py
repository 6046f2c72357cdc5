"""Dates with a month name: ``3. März 2024``, ``March 3, 2020``, ``im März 2012``, ``Anfang Jänner``."""
from __future__ import annotations

import calendar
import re
from datetime import date
from functools import partial
from typing import Optional

from pipeline.components.dates.parse import valid_date
from pipeline.components.dates.reader import Candidate, Reader, claim, date_end, ordinal_day
from pipeline.lang.months import (DAY_WORDS, FULL_NAME_EXTRAS, IN_MONTH_LINKS, LAST_WORDS, MONTH_CUES, MONTH_LIST_LINKS,
                                  MONTH_NAMES, PERIOD_PREFIXES, WEEKDAY_NUMBERS)
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


def nth_day_in_month(nth: int, weekday: Optional[int], month: int, year: int) -> Optional[date]:
    """The ``nth`` (``-1``: last) day of the month, or its ``nth`` ``weekday`` (0 = Monday).

        >>> nth_day_in_month(1, 1, 10, 2014), nth_day_in_month(-1, 6, 3, 2014), nth_day_in_month(3, None, 10, 2013)
        (datetime.date(2014, 10, 7), datetime.date(2014, 3, 30), datetime.date(2013, 10, 3))
    """
    n_days = calendar.monthrange(year, month)[1]
    days = [d for d in range(1, n_days + 1) if weekday is None or date(year, month, d).weekday() == weekday]
    if not (nth == -1 or 1 <= nth <= len(days)):
        return None
    return date(year, month, days[nth - 1 if nth > 0 else -1])


class WeekdayInMonthDates(Reader):
    """``erster Dienstag im Oktober 2014``, ``letzter Sonntag im März``, ``dritter Tag im Oktober``."""

    def _weekday_in_month_date(self, doc, i: int, n: int, out: list[Candidate]) -> Optional[int]:
        return claim(out, self._weekday_in_month(doc, i))

    def _weekday_in_month(self, doc, i: int):
        tv = view(doc)
        word = tv.words[i].lower()
        nth = -1 if word in LAST_WORDS else ordinal_day(word)
        j = next_index(doc, i)
        k = next_index(doc, j) if j is not None else None
        m_at = next_index(doc, k) if k is not None else None
        if nth is None or m_at is None or tv.breaks(i, m_at) or tv.words[k].lower() not in IN_MONTH_LINKS:
            return None
        day_word = tv.words[j].lower()
        month = self.month_at(doc, m_at)
        if month is None or (day_word not in WEEKDAY_NUMBERS and day_word not in DAY_WORDS):
            return None
        day_in = partial(nth_day_in_month, nth, WEEKDAY_NUMBERS.get(day_word), month)
        last, ya = m_at, self._year_after(doc, m_at)
        if ya is None:
            return Candidate(tv.starts[i], date_end(doc, last), None, None, None, "day", day_in), last
        y, last = ya
        day = day_in(y)
        if day is None:
            return None
        return Candidate(tv.starts[i], date_end(doc, last), y, month, day.day, "day"), last
