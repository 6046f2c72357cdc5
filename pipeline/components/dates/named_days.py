"""Named days and holidays: ``Ostern 2025``, ``Pfingstmontag 2024``, ``Heiligabend 2023``,
``Tag der Deutschen Einheit 2022``; without a year ``zu Ostern``, ``am Tag der Deutschen Einheit``
(resolved against the document date like any day).

The day of a name in a year comes from the ``holidays`` package (its calendar groups:
Easter, the Hebrew, Islamic, Hindu and Chinese calendars), the names from
``lang/named_days.py``.
"""
from __future__ import annotations

from datetime import date, timedelta
from collections.abc import Callable
from functools import lru_cache, partial
from typing import Optional

from holidays import HolidayBase
from holidays.calendars import JULIAN_CALENDAR
from holidays.groups import (ChineseCalendarHolidays, ChristianHolidays, HebrewCalendarHolidays,
                             HinduCalendarHolidays, InternationalHolidays, IslamicHolidays)

from pipeline.components.dates.reader import FIRST_WORD, YEAR, Candidate, Reader, claim, year_digits
from pipeline.lang.named_days import BARE_NAMED_DAYS, FIXED_NAMED_DAYS, NAMED_DAY_CUES, NAMED_DAYS
from pipeline.text.numbers import next_index, prev_index
from pipeline.text.view import view

_JULIAN = "julian:"
#: What a lunar calendar of the package may raise for a year outside its table
_OUT_OF_TABLE = (KeyError, ValueError, OverflowError, IndexError, TypeError, AttributeError)


class _GroupDays(HolidayBase, ChristianHolidays, InternationalHolidays, IslamicHolidays, HebrewCalendarHolidays,
                 HinduCalendarHolidays, ChineseCalendarHolidays):
    """The ``holidays`` calendar groups in one calendar, whose year holds the days of
    ``NAMED_DAYS`` under their group day (``easter_sunday``)."""

    #: the label of a lunar day that the package estimates (the name is not shown anyway)
    estimated_label = "%s"
    #: the Gregorian calendar's years (the package's default starts in 1901)
    start_year, end_year = 1583, 2199

    def __init__(self, year: int, calendar: str = "GREGORIAN_CALENDAR"):
        ChristianHolidays.__init__(self, calendar)
        InternationalHolidays.__init__(self)
        IslamicHolidays.__init__(self)
        HebrewCalendarHolidays.__init__(self)
        HinduCalendarHolidays.__init__(self)
        ChineseCalendarHolidays.__init__(self)
        self.found: dict[str, date] = {}
        self._julian = calendar == JULIAN_CALENDAR
        super().__init__(years=year)

    def _populate_public_holidays(self):
        for group_day in {g for g, _ in NAMED_DAYS.values() if g.startswith(_JULIAN) == self._julian}:
            try:
                getattr(self, f"_add_{group_day.removeprefix(_JULIAN)}")(group_day)
            except _OUT_OF_TABLE:
                continue    # a year outside one lunar calendar's table: that day is unknown, the others not
        # lunar calendars may give a day twice in one Gregorian year: the first counts
        for day in sorted(self.keys(), reverse=True):
            for name in self.get_list(day):
                self.found[name] = day


@lru_cache(maxsize=256)
def _group_days(year: int) -> dict[str, date]:
    return {**_GroupDays(year).found, **_GroupDays(year, JULIAN_CALENDAR).found}


def named_day(name: str, year: int) -> Optional[date]:
    """The day ``name`` (a key of ``NAMED_DAYS``/``FIXED_NAMED_DAYS``) falls on in ``year``.

        >>> named_day("ostern", 2025), named_day("pfingstmontag", 2024)
        (datetime.date(2025, 4, 20), datetime.date(2024, 5, 20))
        >>> named_day("tag der deutschen einheit", 2022)
        datetime.date(2022, 10, 3)
    """
    if name in FIXED_NAMED_DAYS:
        m, d = FIXED_NAMED_DAYS[name]
        return date(year, m, d)
    group_day, delta = NAMED_DAYS[name]
    day = _group_days(year).get(group_day)
    return day + timedelta(days=delta) if day is not None else None


def nearest_day(day_in: Callable[[int], Optional[date]], ref: date) -> Optional[date]:
    """``zu Ostern`` in a release dated ``ref``: the day of that name (``day_in`` a year) nearest to it."""
    days = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := day_in(y)) is not None]
    return min(days, key=lambda d: abs((d - ref).days)) if days else None


def _by_first_word() -> dict[str, tuple[str, ...]]:
    """Names by their first word, longest first (``pfingstmontag`` apart from ``pfingsten``)."""
    out: dict[str, list[str]] = {}
    for name in (*NAMED_DAYS, *FIXED_NAMED_DAYS):
        out.setdefault(FIRST_WORD.match(name).group(0), []).append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


NAMES_BY_FIRST_WORD = _by_first_word()


def first_word(word: str) -> str:
    m = FIRST_WORD.match(word.lower())
    return m.group(0) if m else ""


class NamedDayDates(Reader):
    """Rule for named days."""

    def _named_day_date(self, doc, i: int, n: int, out: list[Candidate]) -> Optional[int]:
        """``Ostern 2025``, ``zu Pfingsten``, ``am Tag der Deutschen Einheit``."""
        names = NAMES_BY_FIRST_WORD.get(first_word(view(doc).words[i]))
        if names is None:
            return None
        return claim(out, self._named_day(doc, i, names))

    def _named_day(self, doc, i: int, names: tuple[str, ...]):
        tv = view(doc)
        start = tv.starts[i]
        text = tv.text[start:start + 40].lower()   # the view's text: doc.text joins every token again
        for name in names:
            last = self._name_end(doc, i, name) if text.startswith(name) else None
            if last is None:
                continue
            j = next_index(doc, last)
            if j is not None and not tv.breaks(last, j) and YEAR.match(year_digits(tv.words[j])):
                y = int(year_digits(tv.words[j]))
                day = named_day(name, y) if self.min_year <= y <= self.max_year else None
                if day is None:
                    return None
                end = tv.starts[j] + 4
                return Candidate(start, end, y, day.month, day.day, "day"), j
            if name in BARE_NAMED_DAYS and self._named_day_cue(doc, i):
                return Candidate(start, start + len(name), None, None, None, "day", partial(named_day, name)), last
            return None
        return None

    @staticmethod
    def _name_end(doc, i: int, name: str) -> Optional[int]:
        """The token the name ends with when it ends at a token end (``Ostern`` not ``Osternest``)."""
        tv = view(doc)
        end = tv.starts[i] + len(name)
        for k in range(i, min(i + 8, len(doc))):
            tok_end = tv.starts[k] + len(tv.words[k])
            if tok_end == end:
                return k
            if tok_end > end:
                return None
        return None

    @staticmethod
    def _named_day_cue(doc, i: int) -> bool:
        tv = view(doc)
        p = prev_index(doc, i)
        return p is not None and not tv.breaks(p, i) and tv.words[p].lower() in NAMED_DAY_CUES
