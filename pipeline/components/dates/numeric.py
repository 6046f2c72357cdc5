"""Dates written in digits: ``31.01.2023``, ``12.5.24``, ``am 22.04``, ``2023.01.31``,
``21/04/2016``, ``2018-03-07T09:30``."""
from __future__ import annotations

import re
from typing import Optional

from pipeline.components.dates.parse import full_year, valid_date
from pipeline.components.dates.reader import (DAY, NUM_DATE, NUM_DATE_FINAL, YEAR, Candidate, Reader, claim,
                                              date_end)
from pipeline.lang.months import DAY_CUES
from pipeline.text.numbers import gap, next_index, prev_index
from pipeline.text.view import view

_DAY_MONTH_BARE = re.compile(r"^(\d{1,2})\.(\d{2})$")
_ISO_DOT = re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$")
#: The day of an ISO timestamp glued to its time (``2018-03-07T09:30``)
_ISO_TIME = re.compile(r"^(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")


class NumericDates(Reader):
    """Rules for dates in digits."""

    def _numeric_date(self, doc, i: int, n: int, out: list[Candidate]) -> Optional[int]:
        """``31.01.2023``, ``12.5.24``, ``15.1.`` (a year may follow: ``11.7. 2015``)."""
        tv = view(doc)
        tok = doc[i]
        m = NUM_DATE.match(tok.text) or NUM_DATE_FINAL.match(tok.text)
        if not m or (i + 1 < n and next_index(doc, i) is not None
                     and tv.words[next_index(doc, i)].lower() == "uhr"):
            return None
        d, mo = int(m.group(1)), int(m.group(2))
        y = full_year(m.group(3), self.pivot) if m.group(3) else None
        end_tok = i
        p = prev_index(doc, i)
        if y is None and p is not None and (tv.words[p] == ")" or (tv.words[p].isupper() and tv.words[p].isalpha())) \
                and self._year_after(doc, i) is None:
            return i + 1      # ``Visual Editor (VE) 1.2.``, ``WTP 1.5.``: a version, not a day
        if y is None:
            ya = self._year_after(doc, i)      # ``11.7. 2015``
            if ya is not None:
                y, end_tok = ya
        if valid_date(y, mo, d):
            out.append(Candidate(tok.idx, date_end(doc, end_tok), y, mo, d, "day"))
        return end_tok + 1

    def _cued_numeric_day(self, doc, i: int, n: int, out: list[Candidate]) -> Optional[int]:
        """``am 22.04``, ``am 22/04``: only after a day cue and not before ``Uhr``."""
        tv = view(doc)
        p = prev_index(doc, i)
        if p is None or tv.words[p].lower() not in DAY_CUES:
            return None
        return claim(out, self._cued_day_month(doc, i))

    def _iso_dotted(self, doc, i: int, n: int, out: list[Candidate]) -> Optional[int]:
        """``2023.01.31``."""
        tok = doc[i]
        m = _ISO_DOT.match(tok.text)
        if not m:
            return None
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if valid_date(y, mo, d):
            out.append(Candidate(tok.idx, tok.idx + len(tok.text), y, mo, d, "day"))
        return i + 1

    def _slashed_date(self, doc, i: int, n: int, out: list[Candidate]) -> Optional[int]:
        """``21/04/2016``, ``2015/08/12``, ``3-7-2017``: five glued tokens."""
        tv = view(doc)
        t = tv.words[i]
        if not (DAY.match(t) or YEAR.match(t)):
            return None
        return claim(out, self._slashed(doc, i))

    def _slashed(self, doc, i: int):
        """``21/04/2016``, ``2015/08/12``, ``3-7-2017`` at ``i``: (candidate, last token) or None."""
        parts = _slashed_parts(doc, i)
        ymd = self._slashed_order(*parts) if parts is not None else None
        # not inside a longer code (``1/2/2020/3``)
        if ymd is None or (i + 5 < len(doc) and not gap(doc, i + 4, i + 5) and view(doc).words[i + 5] in ("/", "-")):
            return None
        y, mo, d = ymd
        if not valid_date(y, mo, d):
            return None
        return Candidate(doc[i].idx, doc[i + 4].idx + len(parts[2]), y, mo, d, "day"), i + 4

    def _slashed_order(self, a: str, b: str, c: str) -> Optional[tuple[int, int, int]]:
        """(year, month, day) of ``2015/08/12`` (year first) or ``21/04/2016``, ``3-7-17`` (day first)."""
        if YEAR.match(a) and len(b) <= 2 and len(c) <= 2:
            return int(a), int(b), int(c)
        if DAY.match(a) and len(b) <= 2 and len(c) in (2, 4):
            return full_year(c, self.pivot), int(b), int(a)
        return None

    def _cued_day_month(self, doc, i: int):
        tv = view(doc)
        nxt = next_index(doc, i)
        if nxt is not None and tv.words[nxt].lower() == "uhr":
            return None
        m = _DAY_MONTH_BARE.match(tv.words[i])
        if m:
            d, mo = int(m.group(1)), int(m.group(2))
            if valid_date(None, mo, d):
                return Candidate(tv.starts[i], tv.starts[i] + len(tv.words[i]), None, mo, d, "day"), i
            return None
        if i + 2 < len(doc) and DAY.match(tv.words[i]) and tv.words[i + 1] == "/" \
                and re.match(r"^\d{2}$", tv.words[i + 2]) and not gap(doc, i, i + 1) and not gap(doc, i + 1, i + 2) \
                and not (i + 3 < len(doc) and tv.words[i + 3] == "/" and not gap(doc, i + 2, i + 3)):
            d, mo = int(tv.words[i]), int(tv.words[i + 2])
            if valid_date(None, mo, d):
                return Candidate(tv.starts[i], tv.starts[i + 2] + 2, None, mo, d, "day"), i + 2
        return None


def _slashed_parts(doc, i: int) -> Optional[tuple[str, str, str]]:
    """The three numbers of five glued tokens ``a/b/c`` or ``a-b-c`` at ``i`` (of
    ``2018-03-07T09:30`` the date part: times of day are no rows), or None."""
    if i + 4 >= len(doc) or any(gap(doc, i + k, i + k + 1) for k in range(4)):
        return None
    words = view(doc).words
    sep = words[i + 1]
    if sep not in ("/", "-") or words[i + 3] != sep:
        return None
    a, b, c = words[i], words[i + 2], words[i + 4]
    iso_time = _ISO_TIME.match(c) if sep == "-" and YEAR.match(a) else None
    if iso_time:
        c = iso_time.group(1)
    if not (b.isdigit() and c.isdigit()):
        return None
    return a, b, c
