"""Dates written in digits: ``31.01.2023``, ``12.5.24``, ``am 22.04``, ``2023.01.31``,
``21/04/2016``, ``2018-03-07T09:30``."""
from __future__ import annotations

import re
from typing import Optional

from pipeline.components.dates.parse import full_year, valid_date
from pipeline.components.dates.reader import (DAY, NUM_DATE, NUM_DATE_FINAL, YEAR, Candidate, Reader, claim,
                                              date_end)
from pipeline.lang.months import CODE_CUES, DAY_CUES, DAY_CUES_TWO, MONTHS
from pipeline.lang.units import UNIT_SYMBOLS, UNIT_WORDS
from pipeline.text.numbers import gap, next_index, prev_index
from pipeline.text.view import view

_DAY_MONTH_BARE = re.compile(r"^(\d{1,2})\.(\d{1,2})$")
#: ``12-Mär-2014``, ``3-Okt-21``: day, month abbreviation and year joined by hyphens in one token
_DASHED_MONTH = re.compile(r"^(\d{1,2})-([^\W\d_]+\.?)-(\d{4}|\d{2})$")
#: ``05/2016``: a two-digit month before its year
_MONTH_NUMBER = re.compile(r"^(0[1-9]|1[0-2])$")
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
        q = prev_index(doc, p) if p is not None else None
        two = f"{tv.words[q].lower()} {tv.words[p].lower()}" if q is not None else ""
        if p is None or (tv.words[p].lower() not in DAY_CUES and two not in DAY_CUES_TWO):
            return None
        return claim(out, self._cued_day_month(doc, i))

    def _dashed_month_date(self, doc, i: int, n: int, out: list[Candidate]) -> Optional[int]:
        """``12-Mär-2014``: day, month abbreviation and year in one hyphenated token."""
        tok = doc[i]
        m = _DASHED_MONTH.match(tok.text)
        mo = MONTHS.get(m.group(2).lower()) if m else None
        if mo is None:
            return None
        y, d = full_year(m.group(3), self.pivot), int(m.group(1))
        if valid_date(y, mo, d):
            out.append(Candidate(tok.idx, tok.idx + len(tok.text), y, mo, d, "day"))
        return i + 1

    def _month_slash_year(self, doc, i: int, n: int, out: list[Candidate]) -> Optional[int]:
        """``05/2016``, ``seit 09/2021``: a two-digit month and a four-digit year glued by ``/``
        (not a code: ``Nr. 05/2016``, ``1 BvR 12/2016``, ``05/2016/3``)."""
        tv = view(doc)
        if not _MONTH_NUMBER.match(tv.words[i]) or i + 2 >= len(doc) or tv.words[i + 1] != "/" \
                or gap(doc, i, i + 1) or gap(doc, i + 1, i + 2):
            return None
        y = tv.words[i + 2].removesuffix(".")
        if not YEAR.match(y) or not self.min_year <= int(y) <= self.max_year or _in_code(doc, i):
            return None
        out.append(Candidate(tv.starts[i], tv.starts[i + 2] + 4, int(y), int(tv.words[i]), None, "month"))
        return i + 3

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
            # ``am 19.7``: a one-digit month only where no unit, noun or number follows (``ab 2.5 Mio.``)
            if len(m.group(2)) == 1 and quantity_after(doc, i):
                return None
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


def _in_code(doc, i: int) -> bool:
    """``Nr. 05/2016``, ``1 BvR 12/2016``, ``3/05/2016``, ``05/2016/3``: the ``MM/YYYY`` at ``i`` is
    part of a code (glued to more of it, or after a code cue or a code word)."""
    tv = view(doc)
    if i > 0 and tv.words[i - 1] in ("/", "-", ".") and not gap(doc, i - 1, i):
        return True
    if i + 3 < len(doc) and tv.words[i + 3] in ("/", "-") and not gap(doc, i + 2, i + 3):
        return True
    p = prev_index(doc, i)
    if p is None:
        return False
    w = tv.words[p]
    if w.lower() in CODE_CUES or w.isupper() or any(c.isupper() for c in w[1:]):
        return True
    return not w.isalpha() and w not in (",", "(", ":", "–", "-")


def quantity_after(doc, i: int) -> bool:
    """A unit, scale word, noun or number right after token ``i`` on its line: ``ab 2.5 Mio.``, ``am 3.5 km``."""
    tv = view(doc)
    k = next_index(doc, i)
    if k is None or tv.breaks(i, k):
        return False
    w = tv.words[k]
    return w[:1].isupper() or w[:1].isdigit() or w in UNIT_SYMBOLS or w.lower() in UNIT_WORDS \
        or w.lower().rstrip(".") in ("mio", "mrd", "tsd") or not (w.isalpha() or w in (",", ".", ";", ")", "-", "–"))


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
