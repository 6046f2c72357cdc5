"""What every date reader shares: the candidate row, token shapes and the sub-readers
of a day, a month and the year after them (``23. Oktober``, ``Okt. 2014``, ``5. Mai, 2020``).

:class:`Reader` is the base of the reader families (``numeric``, ``month_names``,
``ranges``, ``years``) that :class:`~pipeline.components.dates.finder.DateFinder` joins.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Optional

from pipeline.components.dates.parse import MAX_YEAR, MIN_YEAR, full_year, valid_date
from pipeline.lang.months import LAST_WORDS, MONTH_NAMES, MONTHS, ORDINAL_DAY_STEMS, YEAR_LINK_WORDS
from pipeline.lang.named_days import FIXED_NAMED_DAYS, NAMED_DAYS
from pipeline.text.numbers import ANY_DIGIT, gap, next_index, prev_index
from pipeline.text.view import view

NUM_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?$")
#: ``am 31.01.2023.``: a numeric date with the sentence period glued to it (the period is not the date's)
NUM_DATE_FINAL = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\.$")
DAY_DOT = re.compile(r"^(\d{1,2})\.$")
_DAY_GLUED = re.compile(r"^(\d{1,2})\.([A-Za-zÄÖÜäöü]+\.?)$")
DAY = re.compile(r"^\d{1,2}$")
YEAR = re.compile(r"^\d{4}$")
#: ``bis zum 30. Juni 2010.``, ``seit 2012.``: the tokenizer keeps a year and the sentence period together
YEAR_FINAL = re.compile(r"^(\d{4})\.$")
#: A two-digit year after a day and an abbreviated month (``12. Feb. 22``)
SHORT_YEAR = re.compile(r"^\d{2}\.?$")
_ORDINAL_END = re.compile(r"(e|en|er|es|em)$")
#: A day written as a digit ordinal: ``15te``, ``14ten``
_DIGIT_ORDINAL = re.compile(r"^(\d{1,2})(?:te|ten|ter|tes|tem)$")
#: The first word of a name (``tag`` of ``Tag der Deutschen Einheit``, ``eid`` of ``Eid al-Fitr``)
FIRST_WORD = re.compile(r"[^\W\d_]+")
#: First words of the named days (``ostern``, ``tag``): a date may start there
_NAMED_DAY_STARTS = frozenset(FIRST_WORD.match(name).group(0) for name in (*NAMED_DAYS, *FIXED_NAMED_DAYS))


@dataclass
class Candidate:
    """A date found in the text, its year not yet resolved from ``doc._.doc_date``."""
    start: int          # char offsets
    end: int
    year: Optional[int]
    month: Optional[int]
    day: Optional[int]
    granularity: str
    #: a day that moves with the year (``Ostern``, ``erster Dienstag im Oktober``): its day in a year
    day_in: Optional[Callable[[int], Optional[date]]] = None


def ordinal_day(word: str) -> Optional[int]:
    w = _ORDINAL_END.sub("", word.lower())
    return ORDINAL_DAY_STEMS.get(w) if w != word.lower() else None


def is_year(tok_text: str, lo: int = MIN_YEAR, hi: int = MAX_YEAR) -> Optional[int]:
    if YEAR.match(tok_text):
        y = int(tok_text)
        if lo <= y <= hi:
            return y
    return None


def year_digits(tok_text: str) -> str:
    """The four digits of a year token, without a glued sentence period (``2010.`` → ``2010``)."""
    m = YEAR_FINAL.match(tok_text)
    return m.group(1) if m else tok_text


def date_end(doc, j: int) -> int:
    """End char of token ``j`` as part of a date: a sentence period glued to a year is left out."""
    tv = view(doc)
    t = tv.words[j]
    return tv.starts[j] + len(t) - (1 if YEAR_FINAL.match(t) or NUM_DATE_FINAL.match(t) or SHORT_YEAR.match(t) and
                                  t.endswith(".") else 0)


@lru_cache(maxsize=1 << 16)
def may_start_date(word: str) -> bool:
    """Cheap necessary condition for a date to start at a token: digits, a month, an ordinal
    day word or the first word of a named day."""
    low = word.lower()
    if ANY_DIGIT.search(word) or low in MONTHS or ordinal_day(word) is not None or low in LAST_WORDS:
        return True
    m = FIRST_WORD.match(low)
    return m is not None and m.group(0) in _NAMED_DAY_STARTS


def claim(out: list, found, many: bool = False) -> Optional[int]:
    """Add what a reader found — (candidate, its last token), or (candidates, last token)
    with ``many`` — to ``out``; the index to go on from, or None when it found nothing."""
    if found is None:
        return None
    if many:
        out.extend(found[0])
    else:
        out.append(found[0])
    return found[1] + 1


class Reader:
    """Sub-readers the construction rules share; the settings are ``DateFinder``'s."""

    min_year_after_day: int
    max_year: int
    pivot: int
    _month_of: dict[str, int]

    def month_at(self, doc, i: Optional[int]) -> Optional[int]:
        tv = view(doc)
        if i is None or i >= len(doc):
            return None
        return self._month_of.get(tv.words[i].lower())

    def _year_after(self, doc, i: int, short: bool = False) -> Optional[tuple[int, int]]:
        """(year, token index) when the token after ``i`` is a four-digit year on the same line,
        also after a comma (``5. Mai, 2020``) or ``des Jahres`` (``3. Mai des Jahres 2015``);
        ``short``: a two-digit year counts too (``24. Jan. 21`` after a day and abbreviated month)."""
        tv = view(doc)
        j = next_index(doc, i)
        if j is None or tv.breaks(i, j):
            return None
        k = self._year_link_end(doc, j)
        if k is not None:
            j = k
        # after a day and month any four-digit year counts (``15. Juni 1215``), also with the
        # sentence period glued to it (``bis zum 30. Juni 2010.``)
        t = year_digits(tv.words[j])
        y = int(t) if YEAR.match(t) and self.min_year_after_day <= int(t) <= self.max_year else None
        if y is None and short and k is None and SHORT_YEAR.match(tv.words[j]) and not self._count_after(doc, j):
            y = full_year(tv.words[j].rstrip("."), self.pivot)
        if y is not None and not self._glued_code(doc, j) and not (k is not None and self._count_after(doc, j)):
            return y, j
        return None

    def _short_year_closing(self, doc, i: int) -> Optional[tuple[int, int]]:
        """``Freitag, der 18. Juli 14``: a two-digit year after a full month name only where it
        closes the line or sentence (``am 3. Mai 21 Teilnehmer`` is a count)."""
        tv = view(doc)
        j = next_index(doc, i)
        if j is None or tv.breaks(i, j) or not SHORT_YEAR.match(tv.words[j]):
            return None
        k = next_index(doc, j)
        if tv.words[j].endswith(".") or k is None or tv.breaks(j, k) or tv.words[k] in (",", ";", ")"):
            return full_year(tv.words[j].rstrip("."), self.pivot), j
        return None

    @staticmethod
    def _year_link_end(doc, j: int) -> Optional[int]:
        """Index of the year after a link at ``j`` (``,`` or ``des Jahres``), or None."""
        tv = view(doc)
        words = (",",) if tv.words[j] == "," else YEAR_LINK_WORDS if tv.words[j].lower() == YEAR_LINK_WORDS[0] else ()
        k = j
        for w in words[1:]:
            k = next_index(doc, k)
            if k is None or tv.words[k].lower() != w:
                return None
        if not words:
            return None
        y = next_index(doc, k)
        if y is None or tv.breaks(j, y) or not YEAR.match(year_digits(tv.words[y])):
            return None
        return y

    @staticmethod
    def _count_after(doc, j: int) -> bool:
        """A noun, number or unit right after token ``j``: ``am 3. Mai 21 Teilnehmer``."""
        tv = view(doc)
        if tv.words[j].endswith("."):
            return False
        k = next_index(doc, j)
        if k is None or tv.breaks(j, k):
            return False
        t = tv.words[k]
        return (t[:1].isupper() and tv.words[k].isalpha()) or t[:1].isdigit() or t in ("%", "€", "$")

    @staticmethod
    def _glued_code(doc, i: int) -> bool:
        """Number glued to ``/`` or ``-`` and digits (``8/2022``, ``0621/71849-0``)."""
        tv = view(doc)
        if i > 0 and tv.words[i - 1] in ("/", "-", "–") and not gap(doc, i - 1, i) \
                and i > 1 and tv.words[i - 2][-1:].isdigit() and not gap(doc, i - 2, i - 1):
            return True
        if i + 2 < len(doc) and tv.words[i + 1] in ("/", "-") and not gap(doc, i, i + 1) \
                and tv.words[i + 2][:1].isdigit() and not gap(doc, i + 1, i + 2):
            return True
        return False

    def _day_at(self, doc, i: int) -> Optional[tuple[int, int, Optional[int]]]:
        """(day, index of last day token, month if glued) for a day expression at ``i``."""
        tv = view(doc)
        t = tv.words[i]
        m = DAY_DOT.match(t)
        if m:
            return int(m.group(1)), i, None
        m = _DAY_GLUED.match(t)
        if m and m.group(2).lower() in MONTHS:
            return int(m.group(1)), i, MONTHS[m.group(2).lower()]
        if DAY.match(t):
            if i + 1 < len(doc) and tv.words[i + 1] == "." and not gap(doc, i, i + 1):
                return int(t), i + 1, None
            return int(t), i, None
        d = ordinal_day(t)
        if d is not None:
            return d, i, None
        m = _DIGIT_ORDINAL.match(t)
        return (int(m.group(1)), i, None) if m else None

    def _day_month(self, doc, i: int):
        """Day + month (+ year) starting at ``i``: (cand, last token index) or None."""
        tv = view(doc)
        dm = self._day_at(doc, i)
        if dm is None:
            return None
        day, last, month = dm
        broken = False
        if month is None:
            j = next_index(doc, last)
            if j is not None and tv.words[j].isspace():       # the line break token
                j = next_index(doc, j)
            if j is None:
                return None
            if tv.breaks(last, j):
                # ``15.`` / ``Juli 2021`` on two lines: one wrapped line break, the day written
                # ``15.``, a year after the month, and the month no sentence start
                if tv.breaks(last, j) > 1 or not tv.words[last].endswith(".") or doc[j].is_sent_start:
                    return None
                broken = True
            month = self.month_at(doc, j)
            if month is None:
                return None
            # a bare number before a month must be a plausible day and the
            # month capitalised or the number written ``7.``: ``3 Monate`` is no date
            last = j
        year = None
        abbreviated = tv.words[last].lower() not in MONTH_NAMES
        ya = self._year_after(doc, last, short=abbreviated and not broken)
        if ya is None and not abbreviated and not broken:
            ya = self._short_year_closing(doc, last)
        if ya is not None:
            year, last = ya
        elif broken:
            return None
        if not valid_date(year, month, day):
            return None
        return Candidate(tv.starts[i], date_end(doc, last), year, month, day, "day"), last

    def _prefix_start(self, doc, i: int, prefixes) -> int:
        """Start char including ``im Jahr``/``Anfang``… right before token ``i``."""
        tv = view(doc)
        start = tv.starts[i]
        p = prev_index(doc, i)
        if p is None:
            return start
        if tv.words[p].lower() in prefixes:
            start = tv.starts[p]
            q = prev_index(doc, p)
            if q is not None and f"{tv.words[q].lower()} {tv.words[p].lower()}" in prefixes:
                start = tv.starts[q]
        return start

    @staticmethod
    def _sentence_ends_after(doc, i: int) -> bool:
        """The period glued to token ``i`` ends the sentence: text, line or a capitalised word follows."""
        tv = view(doc)
        j = next_index(doc, i)
        return j is None or tv.breaks(i, j) or tv.words[j][:1].isupper() or not tv.words[j][:1].isalnum()
