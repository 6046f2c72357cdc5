"""``DateFinder``: the token rules of ``press_dates``, tried in the order of ``CONSTRUCTIONS``.

The rules live with their family — :mod:`.numeric` (``31.01.2023``), :mod:`.month_names`
(``3. März 2024``), :mod:`.ranges` (``1. bis 3. März``), :mod:`.years` (``seit 2010``);
``DateFinder`` joins them and reads a document token by token.
"""
from __future__ import annotations

import logging

from pipeline.components.dates.month_names import MonthNameDates, WeekdayInMonthDates
from pipeline.components.dates.named_days import NamedDayDates
from pipeline.components.dates.numeric import NumericDates
from pipeline.components.dates.parse import DEFAULTS
from pipeline.components.dates.parts import YearPartDates
from pipeline.components.dates.ranges import RangeDates, share_year
from pipeline.components.dates.reader import Candidate, may_start_date
from pipeline.components.dates.years import YearDates
from pipeline.lang.months import MONTHS
from pipeline.text.normalise import doc_text
from pipeline.text.numbers import SKIPPED_ERRORS
from pipeline.text.view import view

log = logging.getLogger("press_extract")


class DateFinder(NumericDates, MonthNameDates, RangeDates, YearDates, NamedDayDates,
                 YearPartDates, WeekdayInMonthDates):
    """Token rules for date expressions; ``find(doc)`` returns unresolved candidates."""

    def __init__(self, vocab=None, *, min_year: int = DEFAULTS["min_year"], max_year: int = DEFAULTS["max_year"],
                 min_year_after_day: int = DEFAULTS["min_year_after_day"],
                 two_digit_pivot: int = DEFAULTS["two_digit_pivot"]):
        # month names and abbreviations (``Okt.``) are single tokens
        self._month_of = dict(MONTHS)
        self.min_year, self.max_year = min_year, max_year
        self.min_year_after_day, self.pivot = min_year_after_day, two_digit_pivot

    def find(self, doc) -> list[Candidate]:
        """Date candidates in token order; a piece of text a rule cannot read is skipped, never the document."""
        out: list[Candidate] = []
        i = 0
        n = len(doc)
        words = view(doc).words
        while i < n:
            if not may_start_date(words[i]):
                i += 1
                continue
            mark = len(out)
            try:
                i = self._candidates_at(doc, i, n, out)
            except SKIPPED_ERRORS:
                del out[mark:]
                log.debug("dates: skipped unreadable text at token %d", i)
                i += 1
        share_year(doc_text(doc), out)
        return out

    def _candidates_at(self, doc, i: int, n: int, out: list[Candidate]) -> int:
        """Append the candidates that start at token ``i``; the index to go on from.

        The constructions are tried in the order of ``CONSTRUCTIONS``; the first that
        claims the token (returns the index to go on from) wins, even when it adds
        no candidate (an invalid ``31.02.``)."""
        for rule in self.CONSTRUCTIONS:
            nxt = rule(self, doc, i, n, out)
            if nxt is not None:
                return nxt
        return i + 1

    #: The constructions in the order ``_candidates_at`` tries them.
    CONSTRUCTIONS = (NamedDayDates._named_day_date, YearPartDates._year_part_date,
                     WeekdayInMonthDates._weekday_in_month_date, RangeDates._compact_range_rows,
                     RangeDates._glued_day_range_rows,
                     YearDates._year_span_rows, NumericDates._numeric_date,
                     NumericDates._cued_numeric_day, NumericDates._iso_dotted, NumericDates._dashed_month_date,
                     NumericDates._slashed_date, NumericDates._month_slash_year,
                     MonthNameDates._day_month_date, RangeDates._day_range_rows, MonthNameDates._month_day_year_date,
                     MonthNameDates._month_date, YearDates._glued_year_range, YearDates._year_to_year,
                     YearDates._sentence_final_year, YearDates._year_as_time_row)
