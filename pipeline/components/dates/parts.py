"""Quarters and half-years (contract v3): ``im dritten Quartal 2024``, ``Q3/2024``, ``3Q24``
→ ``2024-Q3``; ``im ersten Halbjahr 2025``, ``H1 2025``, ``1H25`` → ``2025-H1``.

A candidate of granularity ``quarter`` or ``half`` keeps the number of the part in
``month`` (``3`` for Q3); the component writes ``2024-Q3`` and its first and last day.
Without a year (``im dritten Quartal``) the year is resolved like any date's.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.components.dates.parse import full_year
from pipeline.components.dates.reader import YEAR, Candidate, Reader, claim, date_end, ordinal_day, year_digits
from pipeline.lang.months import PART_LIST_LINKS, YEAR_PART_WORDS
from pipeline.text.numbers import gap, next_index
from pipeline.text.view import view

#: ``Q3``, ``H1`` (the year follows as its own token)
_PART_CODE = re.compile(r"^([QH])([1-4])$")
#: ``3Q24``, ``1H25``, ``Q3/24`` glued in one token; ``3Q`` / ``1H`` before a year
_PART_GLUED = re.compile(r"^([1-4])([QH])(\d{2}|\d{4})?$")
#: ``3.`` or ``4tes`` as the number of the part
_PART_NUMBER = re.compile(r"^([1-4])(?:\.|te|ten|ter|tes|tem)$")
_COUNT = {"Q": ("quarter", 4), "H": ("half", 2)}


class YearPartDates(Reader):
    """Rules for quarters and half-years."""

    def _year_part_date(self, doc, i: int, n: int, out: list[Candidate]) -> Optional[int]:
        """``dritten Quartal 2024``, ``Q3/2024``, ``3Q24``, ``H1 2025``, ``im ersten Halbjahr``."""
        return claim(out, self._part_code(doc, i) or self._part_words(doc, i))

    def _part_code(self, doc, i: int):
        """``Q3/2024``, ``Q3 2024``, ``H1 2025``, ``3Q24``, ``1H 2025``: the year is required."""
        tv = view(doc)
        t = tv.words[i]
        m = _PART_CODE.match(t)
        g = _PART_GLUED.match(t) if m is None else None
        if m is None and g is None:
            return None
        letter, k = (m.group(1), int(m.group(2))) if m else (g.group(2), int(g.group(1)))
        granularity, parts = _COUNT[letter]
        if not 1 <= k <= parts:
            return None
        if g is not None and g.group(3):
            y = full_year(g.group(3), self.pivot)
            return Candidate(tv.starts[i], tv.starts[i] + len(t), y, k, None, granularity), i
        ya = self._code_year_after(doc, i)
        if ya is None:
            return None
        y, last = ya
        return Candidate(tv.starts[i], date_end(doc, last), y, k, None, granularity), last

    def _code_year_after(self, doc, i: int) -> Optional[tuple[int, int]]:
        """The year after ``Q3``: ``/2024``, ``/24``, ``-2024`` glued, or `` 2024`` after a space."""
        tv = view(doc)
        j = next_index(doc, i)
        if j is None or tv.breaks(i, j):
            return None
        if tv.words[j] in ("/", "-") and not gap(doc, i, j):
            k = next_index(doc, j)
            if k is None or gap(doc, j, k):
                return None
            t = year_digits(tv.words[k])
            if re.match(r"^\d{2}$", t):
                return full_year(t, self.pivot), k
            return (int(t), k) if YEAR.match(t) and self.min_year <= int(t) <= self.max_year else None
        t = year_digits(tv.words[j])
        if YEAR.match(t) and self.min_year <= int(t) <= self.max_year and not self._count_after(doc, j):
            return int(t), j
        return None

    def _part_words(self, doc, i: int):
        """``dritten Quartal 2024``, ``3. Quartal``, ``ersten Halbjahr 2025``, ``zweite Jahreshälfte``."""
        tv = view(doc)
        m = _PART_NUMBER.match(tv.words[i])
        k = int(m.group(1)) if m else ordinal_day(tv.words[i])
        j = next_index(doc, i)
        if k is None or j is None or tv.breaks(i, j):
            return None
        granularity = YEAR_PART_WORDS.get(tv.words[j].lower())
        if granularity is None:
            return self._listed_part(doc, i, j, k)
        if not 1 <= k <= (4 if granularity == "quarter" else 2):
            return None
        last, y = j, None
        ya = self._year_after(doc, j)
        if ya is not None:
            y, last = ya
        return Candidate(tv.starts[i], date_end(doc, last), y, k, None, granularity), last

    def _listed_part(self, doc, i: int, link: int, k: int):
        """``zweiten`` of ``im zweiten und dritten Quartal 2024``: the part word (and the year,
        shared afterwards) stand after the next ordinal."""
        tv = view(doc)
        o = next_index(doc, link)
        w = next_index(doc, o) if o is not None else None
        if w is None or tv.words[link].lower() not in PART_LIST_LINKS or tv.breaks(i, w):
            return None
        granularity = YEAR_PART_WORDS.get(tv.words[w].lower())
        m = _PART_NUMBER.match(tv.words[o])
        k2 = int(m.group(1)) if m else ordinal_day(tv.words[o])
        n_parts = 4 if granularity == "quarter" else 2
        if granularity is None or k2 is None or not 1 <= k < k2 <= n_parts:
            return None
        return Candidate(tv.starts[i], tv.starts[i] + len(tv.words[i]), None, k, None, granularity), i
