"""Date ranges, one row per end: ``4.-9. Februar``, ``21.-23.03.2018``, ``1. bis 3. März 2020``;
and the year written once after several dates (``5. Mai - 20. Juli 2016``)."""
from __future__ import annotations

import re
from typing import Optional

from pipeline.components.dates.parse import full_year, valid_date
from pipeline.components.dates.reader import (DAY, DAY_DOT, NUM_DATE, NUM_DATE_FINAL, Candidate, Reader, claim,
                                              date_end, ordinal_day)
from pipeline.components.dates.numeric import quantity_after
from pipeline.lang.months import DATE_RANGE_CONNECTORS, RANGE_END_ARTICLES, SHARED_YEAR_GAP
from pipeline.text.numbers import gap, next_index
from pipeline.text.view import view

#: Compact day ranges in one token: ``4.-9.`` (month after it), ``21.-23.03.2018``, ``13./14.11.2019``
_DAY_PAIR = re.compile(r"^(\d{1,2})\.[-–/](\d{1,2})\.$")
_DAY_PAIR_NUM = re.compile(r"^(\d{1,2})\.[-–/](\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?\.?$")
#: One-token range connectors (the multi-word ones are read token by token).
_RANGE_WORDS = frozenset(w for w in DATE_RANGE_CONNECTORS if " " not in w)
#: The second end of ``28-29.06``: day and two-digit month, a year may follow
_DAY_MONTH_END = re.compile(r"^(\d{1,2})\.(\d{2})(?:\.(\d{4}|\d{2})?)?$")


class RangeDates(Reader):
    """Rules for day ranges."""

    def _compact_range_rows(self, doc, i: int, n: int, out: list[Candidate]) -> Optional[int]:
        """``4.-9. Februar``, ``21.-23.03.2018``, ``13./14.11.2019``: one row per end."""
        return claim(out, self._compact_day_range(doc, i), many=True)

    def _compact_day_range(self, doc, i: int):
        """``4.-9. Februar``, ``21.-23.03.2018``, ``13./14.11.2019`` (one token): the first day
        takes month and year of the second; ([first, second], last token) or None."""
        tok = doc[i]
        m = _DAY_PAIR_NUM.match(tok.text)
        if m:
            d1, d2, mo = int(m.group(1)), int(m.group(2)), int(m.group(3))
            y, last = (full_year(m.group(4), self.pivot) if m.group(4) else None), i
            if y is None:
                ya = self._year_after(doc, i)
                if ya is not None:
                    y, last = ya
            end = date_end(doc, last) if last != i else tok.idx + len(tok.text) - (
                1 if m.group(4) and tok.text.endswith(".") else 0)
        else:
            m = _DAY_PAIR.match(tok.text)
            j = next_index(doc, i) if m else None
            mo = self.month_at(doc, j) if j is not None and not view(doc).breaks(i, j) else None
            if mo is None:
                return None
            d1, d2, y, last = int(m.group(1)), int(m.group(2)), None, j
            ya = self._year_after(doc, j)
            if ya is not None:
                y, last = ya
            end = date_end(doc, last)
        if not (d1 < d2 and valid_date(y, mo, d1) and valid_date(y, mo, d2)):
            return None
        c1 = Candidate(tok.idx, tok.idx + m.end(1) + 1, y, mo, d1, "day")
        c2 = Candidate(tok.idx + m.start(2), end, y, mo, d2, "day")
        return [c1, c2], last

    def _day_range_rows(self, doc, i: int, n: int, out: list[Candidate]) -> Optional[int]:
        """``vom 3. bis 5. März``: one row per end."""
        return claim(out, self._day_range(doc, i), many=True)

    def _day_range(self, doc, i: int):
        """``1. bis 3. März 2020`` / ``1.-3. März``: the first end takes month and year of the second."""
        tv = view(doc)
        dm = self._day_at(doc, i)
        if dm is None or dm[2] is not None:
            return None
        day, last, _ = dm
        if not (DAY_DOT.match(tv.words[i]) or tv.words[last] == "." or ordinal_day(tv.words[i])):
            return None
        j = next_index(doc, last)
        if j is None or tv.words[j].lower() not in _RANGE_WORDS:
            return None
        k = next_index(doc, j)
        if k is not None and tv.words[k].lower() in RANGE_END_ARTICLES:
            k = next_index(doc, k)
        if k is None:
            return None
        second = self._day_month(doc, k) or self._numeric_end(doc, k)
        if second is None:
            return None
        c2, end = second
        if not valid_date(c2.year, c2.month, day):
            return None
        c1 = Candidate(tv.starts[i], tv.starts[last] + len(tv.words[last]), c2.year, c2.month, day, "day")
        return [c1, c2], end


    def _numeric_end(self, doc, k: int):
        """``26.09.``, ``26.09.2020`` as the second end of ``vom 24. - 26.09.``: (candidate, last token)."""
        tv = view(doc)
        m = NUM_DATE.match(tv.words[k]) or NUM_DATE_FINAL.match(tv.words[k])
        if m is None:
            return None
        y = full_year(m.group(3), self.pivot) if m.group(3) else None
        d, mo, last = int(m.group(1)), int(m.group(2)), k
        if y is None:
            ya = self._year_after(doc, k)
            if ya is not None:
                y, last = ya
        if not valid_date(y, mo, d):
            return None
        return Candidate(tv.starts[k], date_end(doc, last), y, mo, d, "day"), last

    def _glued_day_range_rows(self, doc, i: int, n: int, out: list[Candidate]) -> Optional[int]:
        """``28-29.06``, ``28-29.06.2021``: a bare day, a hyphen and a day with its month, glued."""
        tv = view(doc)
        if not DAY.match(tv.words[i]) or i + 2 >= len(doc) or tv.words[i + 1] not in ("-", "–") \
                or gap(doc, i, i + 1) or gap(doc, i + 1, i + 2):
            return None
        m = _DAY_MONTH_END.match(tv.words[i + 2])
        if m is None or (m.group(3) is None and quantity_after(doc, i + 2)):
            return None     # ``3-4.05 Euro``: a range of amounts
        d1, d2, mo = int(tv.words[i]), int(m.group(1)), int(m.group(2))
        y = full_year(m.group(3), self.pivot) if m.group(3) else None
        if not (d1 < d2 and valid_date(y, mo, d1) and valid_date(y, mo, d2)):
            return None
        c2 = Candidate(tv.starts[i + 2], date_end(doc, i + 2), y, mo, d2, "day")
        out.extend([Candidate(tv.starts[i], tv.starts[i] + len(tv.words[i]), y, mo, d1, "day"), c2])
        return i + 3


def share_year(text: str, cands: list[Candidate]) -> None:
    """``5. Mai - 20. Juli 2016``, ``im April und erneut im November 2020``: a year written once
    after several dates applies to each before it (right to left, so chains get it too), when
    only link words stand between them and the dates are in calendar order."""
    for a, b in zip(reversed(cands[:-1]), reversed(cands[1:])):
        if a.year is not None or b.year is None or a.month is None or b.month is None \
                or a.granularity != b.granularity and "day" not in (a.granularity, b.granularity) \
                or "year" in (a.granularity, b.granularity):
            continue
        words = text[a.end:b.start].lower().replace(",", " , ").split()
        if len(words) > 4 or "\n" in text[a.end:b.start] or any(w not in SHARED_YEAR_GAP for w in words):
            continue
        if (a.month, a.day or 0) <= (b.month, b.day or 0):
            a.year = b.year

