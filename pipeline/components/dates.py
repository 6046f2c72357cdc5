"""``press_dates``: calendar date expressions → ``doc._.dates``.

Finds day dates (``23. Oktober 2025``, ``7. Juli``, ``31.01.2023``,
``12.5.24``, ``am zweiten Februar``), month dates (``im März 2012``,
``Anfang Jänner``) and years used as time (``seit 2010``, ``im Jahr 2025``,
``1997 wurde``), on tokens. Ranges give one row per end (``1. bis 3. März``
→ two rows, the first taking month and year of the second).

Years missing from the text are taken from ``doc._.doc_date`` by the
nearest-date rule; when ``doc._.doc_date`` is empty it is first set from the
first full date in the first body paragraph (headline excluded). Weekdays,
times of day and relative dates are not rows.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from typing import Optional

from spacy.language import Language

import pipeline.model.extensions  # noqa: F401  (registers doc._ attributes)
from pipeline.model.document import DateMention
from pipeline.text.normalise import doc_text
from pipeline.lang.months import (CHANGE_LINKS, CODE_CUES, DATE_RANGE_CONNECTORS, DAY_CUES, MONTH_CUES, MONTH_LIST_LINKS, MONTH_NAMES, MONTHS, ORDINAL_DAY_STEMS, PERIOD_PREFIXES,
                                  SHARED_YEAR_GAP, YEAR_CUES, YEAR_PREFIXES, YEAR_WEAK_CUES)
from pipeline.text.numbers import ANY_DIGIT, SKIPPED_ERRORS, gap, next_index, prev_index
from pipeline.text.view import view

_NUM_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?$")
#: ``am 31.01.2023.``: a numeric date with the sentence period glued to it (the period is not the date's)
_NUM_DATE_FINAL = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\.$")
_DAY_MONTH_BARE = re.compile(r"^(\d{1,2})\.(\d{2})$")
_ISO_DOT = re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$")
_DAY_DOT = re.compile(r"^(\d{1,2})\.$")
_DAY_GLUED = re.compile(r"^(\d{1,2})\.([A-Za-zÄÖÜäöü]+\.?)$")
_DAY = re.compile(r"^\d{1,2}$")
_YEAR = re.compile(r"^\d{4}$")
#: ``bis zum 30. Juni 2010.``, ``seit 2012.``: the tokenizer keeps a year and the sentence period together
_YEAR_FINAL = re.compile(r"^(\d{4})\.$")
_YEAR_RANGE = re.compile(r"^(\d{4})[-–](\d{4})$")
#: Compact day ranges in one token: ``4.-9.`` (month after it), ``21.-23.03.2018``, ``13./14.11.2019``
_DAY_PAIR = re.compile(r"^(\d{1,2})\.[-–/](\d{1,2})\.$")
_DAY_PAIR_NUM = re.compile(r"^(\d{1,2})\.[-–/](\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?\.?$")
#: A year span (season, fiscal year): ``2019/20``, ``2022/2023``
#: A two-digit year after a day and an abbreviated month (``12. Feb. 22``)
#: The day of an English date (``March 3, 2020``, ``June 5th``)
_EN_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")
#: The day of an ISO timestamp glued to its time (``2018-03-07T09:30``)
_ISO_TIME = re.compile(r"^(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")
_SHORT_YEAR = re.compile(r"^\d{2}\.?$")
_YEAR_SPAN_END = re.compile(r"^(\d{2}|\d{4})\.?$")
_ORDINAL_END = re.compile(r"(e|en|er|es|em)$")
#: One-token range connectors (the multi-word ones are read token by token).
_RANGE_WORDS = frozenset(w for w in DATE_RANGE_CONNECTORS if " " not in w)
_SENT_PUNCT = set(".!?:;(\"„“")
#: Tunable numbers of the date rules (the factory's ``default_config``).
DEFAULTS = {
    # a bare four-digit year is a date only inside [min_year, max_year]
    "min_year": 1800,
    "max_year": 2100,
    # after a day and month an older year counts too (``15. Juni 1215``)
    "min_year_after_day": 1000,
    # two-digit years: below the pivot 20xx, else 19xx (``12.5.24``, ``3.4.98``)
    "two_digit_pivot": 70,
    # body lines up to this length before the first paragraph (``Ausgabejahr 2023``,
    # ``Nr. 45/2023``) do not end the doc_date search: ``Datum 22.06.2023`` may follow them
    "doc_date_short_line": 60,
}
log = logging.getLogger("press_extract")
_MIN_YEAR, _MAX_YEAR = DEFAULTS["min_year"], DEFAULTS["max_year"]


@dataclass
class _Cand:
    start: int          # char offsets
    end: int
    year: Optional[int]
    month: Optional[int]
    day: Optional[int]
    granularity: str


def _year2(y: str, pivot: int = DEFAULTS["two_digit_pivot"]) -> int:
    """Two-digit years: 00–69 → 20xx, 70–99 → 19xx."""
    v = int(y)
    if len(y) == 4:
        return v
    return 2000 + v if v < pivot else 1900 + v


def _valid(y: Optional[int], m: int, d: Optional[int]) -> bool:
    if not 1 <= m <= 12:
        return False
    if d is None:
        return True
    try:
        date(y if y is not None else 2000, m, d)  # 2000 is a leap year: 29.2. allowed
    except ValueError:
        return False
    return True


def _ordinal_day(word: str) -> Optional[int]:
    w = _ORDINAL_END.sub("", word.lower())
    return ORDINAL_DAY_STEMS.get(w) if w != word.lower() else None


def _is_year(tok_text: str, lo: int = _MIN_YEAR, hi: int = _MAX_YEAR) -> Optional[int]:
    if _YEAR.match(tok_text):
        y = int(tok_text)
        if lo <= y <= hi:
            return y
    return None


def _year_digits(tok_text: str) -> str:
    """The four digits of a year token, without a glued sentence period (``2010.`` → ``2010``)."""
    m = _YEAR_FINAL.match(tok_text)
    return m.group(1) if m else tok_text


def _end(doc, j: int) -> int:
    """End char of token ``j`` as part of a date: a sentence period glued to a year is left out."""
    tv = view(doc)
    t = tv.words[j]
    return tv.starts[j] + len(t) - (1 if _YEAR_FINAL.match(t) or _NUM_DATE_FINAL.match(t) or _SHORT_YEAR.match(t) and
                                  t.endswith(".") else 0)


@lru_cache(maxsize=1 << 16)
def _may_start_date(word: str) -> bool:
    """Cheap necessary condition for a date to start at a token: digits, a month or an ordinal day word."""
    return bool(ANY_DIGIT.search(word)) or word.lower() in MONTHS or _ordinal_day(word) is not None


def _claim(out: list, found, many: bool = False) -> Optional[int]:
    """Add what a reader found — (candidate, its last token), or (candidates, last token)
    with ``many`` — to ``out``; the index to go on from, or None when it found nothing."""
    if found is None:
        return None
    if many:
        out.extend(found[0])
    else:
        out.append(found[0])
    return found[1] + 1


class DateFinder:
    """Token rules for date expressions; ``find(doc)`` returns unresolved candidates."""

    def __init__(self, vocab=None, *, min_year: int = DEFAULTS["min_year"], max_year: int = DEFAULTS["max_year"],
                 min_year_after_day: int = DEFAULTS["min_year_after_day"],
                 two_digit_pivot: int = DEFAULTS["two_digit_pivot"]):
        # month names and abbreviations (``Okt.``) are single tokens
        self._month_of = dict(MONTHS)
        self.min_year, self.max_year = min_year, max_year
        self.min_year_after_day, self.pivot = min_year_after_day, two_digit_pivot

    # -- helpers -------------------------------------------------------------
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
        t = _year_digits(tv.words[j])
        y = int(t) if _YEAR.match(t) and self.min_year_after_day <= int(t) <= self.max_year else None
        if y is None and short and k is None and _SHORT_YEAR.match(tv.words[j]) and not self._count_after(doc, j):
            y = _year2(tv.words[j].rstrip("."), self.pivot)
        if y is not None and not self._glued_code(doc, j) and not (k is not None and self._count_after(doc, j)):
            return y, j
        return None

    @staticmethod
    def _year_link_end(doc, j: int) -> Optional[int]:
        """Index of the year after a link at ``j`` (``,`` or ``des Jahres``), or None."""
        tv = view(doc)
        words = (",",) if tv.words[j] == "," else ("des", "jahres") if tv.words[j].lower() == "des" else ()
        k = j
        for w in words[1:]:
            k = next_index(doc, k)
            if k is None or tv.words[k].lower() != w:
                return None
        if not words:
            return None
        y = next_index(doc, k)
        if y is None or tv.breaks(j, y) or not _YEAR.match(_year_digits(tv.words[y])):
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
        m = _DAY_DOT.match(t)
        if m:
            return int(m.group(1)), i, None
        m = _DAY_GLUED.match(t)
        if m and m.group(2).lower() in MONTHS:
            return int(m.group(1)), i, MONTHS[m.group(2).lower()]
        if _DAY.match(t):
            if i + 1 < len(doc) and tv.words[i + 1] == "." and not gap(doc, i, i + 1):
                return int(t), i + 1, None
            return int(t), i, None
        d = _ordinal_day(t)
        if d is not None:
            return d, i, None
        return None

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
        if ya is not None:
            year, last = ya
        elif broken:
            return None
        if not _valid(year, month, day):
            return None
        return _Cand(tv.starts[i], _end(doc, last), year, month, day, "day"), last

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
        if not _valid(y, month, int(m.group(1))):
            return None
        return _Cand(tv.starts[i], _end(doc, last), y, month, int(m.group(1)), "day"), last

    # -- main ----------------------------------------------------------------
    def find(self, doc) -> list[_Cand]:
        """Date candidates in token order; a piece of text a rule cannot read is skipped, never the document."""
        out: list[_Cand] = []
        i = 0
        n = len(doc)
        words = view(doc).words
        while i < n:
            if not _may_start_date(words[i]):
                i += 1
                continue
            mark = len(out)
            try:
                i = self._candidates_at(doc, i, n, out)
            except SKIPPED_ERRORS:
                del out[mark:]
                log.debug("dates: skipped unreadable text at token %d", i)
                i += 1
        _share_year(doc_text(doc), out)
        return out

    def _candidates_at(self, doc, i: int, n: int, out: list[_Cand]) -> int:
        """Append the candidates that start at token ``i``; the index to go on from.

        The constructions are tried in the order of ``CONSTRUCTIONS``; the first that
        claims the token (returns the index to go on from) wins, even when it adds
        no candidate (an invalid ``31.02.``)."""
        for rule in self.CONSTRUCTIONS:
            nxt = rule(self, doc, i, n, out)
            if nxt is not None:
                return nxt
        return i + 1

    # -- constructions, in the order _candidates_at tries them ------------------
    def _compact_range_rows(self, doc, i: int, n: int, out: list[_Cand]) -> Optional[int]:
        """``4.-9. Februar``, ``21.-23.03.2018``, ``13./14.11.2019``: one row per end."""
        return _claim(out, self._compact_day_range(doc, i), many=True)

    def _year_span_rows(self, doc, i: int, n: int, out: list[_Cand]) -> Optional[int]:
        """``2019/20``, ``Geschäftsjahr 2022/2023``: one year row per end."""
        span = self._year_span(doc, i)
        if span is None:
            return None
        out.extend(span)
        return i + 3

    def _numeric_date(self, doc, i: int, n: int, out: list[_Cand]) -> Optional[int]:
        """``31.01.2023``, ``12.5.24``, ``15.1.`` (a year may follow: ``11.7. 2015``)."""
        tv = view(doc)
        tok = doc[i]
        m = _NUM_DATE.match(tok.text) or _NUM_DATE_FINAL.match(tok.text)
        if not m or (i + 1 < n and next_index(doc, i) is not None
                     and tv.words[next_index(doc, i)].lower() == "uhr"):
            return None
        d, mo = int(m.group(1)), int(m.group(2))
        y = _year2(m.group(3), self.pivot) if m.group(3) else None
        end_tok = i
        p = prev_index(doc, i)
        if y is None and p is not None and (tv.words[p] == ")" or (tv.words[p].isupper() and tv.words[p].isalpha())) \
                and self._year_after(doc, i) is None:
            return i + 1      # ``Visual Editor (VE) 1.2.``, ``WTP 1.5.``: a version, not a day
        if y is None:
            ya = self._year_after(doc, i)      # ``11.7. 2015``
            if ya is not None:
                y, end_tok = ya
        if _valid(y, mo, d):
            out.append(_Cand(tok.idx, _end(doc, end_tok), y, mo, d, "day"))
        return end_tok + 1

    def _cued_numeric_day(self, doc, i: int, n: int, out: list[_Cand]) -> Optional[int]:
        """``am 22.04``, ``am 22/04``: only after a day cue and not before ``Uhr``."""
        tv = view(doc)
        p = prev_index(doc, i)
        if p is None or tv.words[p].lower() not in DAY_CUES:
            return None
        return _claim(out, self._cued_day_month(doc, i))

    def _iso_dotted(self, doc, i: int, n: int, out: list[_Cand]) -> Optional[int]:
        """``2023.01.31``."""
        tok = doc[i]
        m = _ISO_DOT.match(tok.text)
        if not m:
            return None
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(y, mo, d):
            out.append(_Cand(tok.idx, tok.idx + len(tok.text), y, mo, d, "day"))
        return i + 1

    def _slashed_date(self, doc, i: int, n: int, out: list[_Cand]) -> Optional[int]:
        """``21/04/2016``, ``2015/08/12``, ``3-7-2017``: five glued tokens."""
        tv = view(doc)
        t = tv.words[i]
        if not (_DAY.match(t) or _YEAR.match(t)):
            return None
        return _claim(out, self._slashed(doc, i))

    def _day_month_date(self, doc, i: int, n: int, out: list[_Cand]) -> Optional[int]:
        """``3. März (2024)``, possibly the first end of a range."""
        return _claim(out, self._day_month(doc, i))

    def _day_range_rows(self, doc, i: int, n: int, out: list[_Cand]) -> Optional[int]:
        """``vom 3. bis 5. März``: one row per end."""
        return _claim(out, self._day_range(doc, i), many=True)

    def _month_day_year_date(self, doc, i: int, n: int, out: list[_Cand]) -> Optional[int]:
        """``März 3, 2024`` (English order)."""
        tv = view(doc)
        month = self.month_at(doc, i)
        if month is None or not tv.words[i][:1].isupper():
            return None
        return _claim(out, self._month_day_year(doc, i, month))

    def _month_date(self, doc, i: int, n: int, out: list[_Cand]) -> Optional[int]:
        """``im März 2024``, ``Anfang Mai``."""
        tv = view(doc)
        month = self.month_at(doc, i)
        if month is None or not (tv.words[i][:1].isupper() or doc[i].is_sent_start):
            return None
        return _claim(out, self._month(doc, i, month))

    def _glued_year_range(self, doc, i: int, n: int, out: list[_Cand]) -> Optional[int]:
        """``2019-2021`` as one token: one year row per end."""
        tok = doc[i]
        m = _YEAR_RANGE.match(tok.text)
        if not m:
            return None
        y1, y2 = int(m.group(1)), int(m.group(2))
        if self.min_year <= y1 <= y2 <= self.max_year:
            out.append(_Cand(tok.idx, tok.idx + 4, y1, None, None, "year"))
            out.append(_Cand(tok.idx + 5, tok.idx + 9, y2, None, None, "year"))
        return i + 1

    def _year_to_year(self, doc, i: int, n: int, out: list[_Cand]) -> Optional[int]:
        """``2019 - 2021`` in three glued tokens (not after a code cue: ``DIN 2019-2021``)."""
        tv = view(doc)
        y = _is_year(tv.words[i], self.min_year, self.max_year)
        if y is None or not (i + 2 < len(doc) and tv.words[i + 1] in ("-", "–")
                             and not gap(doc, i, i + 1) and not gap(doc, i + 1, i + 2)):
            return None
        y2 = _is_year(_year_digits(tv.words[i + 2]), self.min_year, self.max_year)
        p = prev_index(doc, i)
        if y2 is None or not y < y2 or (p is not None and tv.words[p].lower() in CODE_CUES):
            return None
        out.append(_Cand(tv.starts[i], tv.starts[i] + 4, y, None, None, "year"))
        out.append(_Cand(tv.starts[i + 2], tv.starts[i + 2] + 4, y2, None, None, "year"))
        return i + 3

    def _sentence_final_year(self, doc, i: int, n: int, out: list[_Cand]) -> Optional[int]:
        """``seit 2012.``: the sentence period glued to the year."""
        tok = doc[i]
        t = tok.text
        if _is_year(t, self.min_year, self.max_year) is not None or not _YEAR_FINAL.match(t) \
                or not self._sentence_ends_after(doc, i):
            return None
        y = _is_year(t[:4], self.min_year, self.max_year)
        if y is not None and self._year_as_time(doc, i, final=True):
            out.append(_Cand(self._prefix_start(doc, i, YEAR_PREFIXES), tok.idx + 4, y, None, None, "year"))
        return i + 1

    def _year_as_time_row(self, doc, i: int, n: int, out: list[_Cand]) -> Optional[int]:
        """``im Jahr 2024``, ``2024 wurde …``: a year used as a time."""
        tok = doc[i]
        y = _is_year(tok.text, self.min_year, self.max_year)
        if y is None or not self._year_as_time(doc, i):
            return None
        start = self._prefix_start(doc, i, YEAR_PREFIXES)
        out.append(_Cand(start, tok.idx + len(tok.text), y, None, None, "year"))
        return i + 1

    CONSTRUCTIONS = (_compact_range_rows, _year_span_rows, _numeric_date, _cued_numeric_day, _iso_dotted,
                     _slashed_date, _day_month_date, _day_range_rows, _month_day_year_date, _month_date,
                     _glued_year_range, _year_to_year, _sentence_final_year, _year_as_time_row)

    @staticmethod
    def _changed_quantity(doc, i: int, nxt: Optional[int]) -> bool:
        """``von 1900 auf 1750 gesenkt``: a number changed to another, not a year; a move to an
        earlier year, or to a number that is no year, is a quantity (``von 2000 auf 25.000``)."""
        tv = view(doc)
        y = int(_year_digits(tv.words[i]))
        p = prev_index(doc, i)
        if p is not None and tv.words[p].lower() in CHANGE_LINKS:        # the second number: ``auf 1900``
            b = prev_index(doc, p)
            if b is not None and tv.words[b][:1].isdigit():
                t = _year_digits(tv.words[b])
                return not (_YEAR.match(t) and int(t) < y)
        if nxt is None or tv.words[nxt].lower() not in CHANGE_LINKS:
            return False
        k = next_index(doc, nxt)
        if k is None or not tv.words[k][:1].isdigit():
            return False
        t = _year_digits(tv.words[k])
        return not (_YEAR.match(t) and y < int(t) <= _MAX_YEAR and not DateFinder._count_after(doc, k))

    @staticmethod
    def _sentence_ends_after(doc, i: int) -> bool:
        """The period glued to token ``i`` ends the sentence: text, line or a capitalised word follows."""
        tv = view(doc)
        j = next_index(doc, i)
        return j is None or tv.breaks(i, j) or tv.words[j][:1].isupper() or not tv.words[j][:1].isalnum()

    def _compact_day_range(self, doc, i: int):
        """``4.-9. Februar``, ``21.-23.03.2018``, ``13./14.11.2019`` (one token): the first day
        takes month and year of the second; ([first, second], last token) or None."""
        tok = doc[i]
        m = _DAY_PAIR_NUM.match(tok.text)
        if m:
            d1, d2, mo = int(m.group(1)), int(m.group(2)), int(m.group(3))
            y, last = (_year2(m.group(4), self.pivot) if m.group(4) else None), i
            if y is None:
                ya = self._year_after(doc, i)
                if ya is not None:
                    y, last = ya
            end = _end(doc, last) if last != i else tok.idx + len(tok.text) - (
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
            end = _end(doc, last)
        if not (d1 < d2 and _valid(y, mo, d1) and _valid(y, mo, d2)):
            return None
        c1 = _Cand(tok.idx, tok.idx + m.end(1) + 1, y, mo, d1, "day")
        c2 = _Cand(tok.idx + m.start(2), end, y, mo, d2, "day")
        return [c1, c2], last

    def _year_span(self, doc, i: int):
        """``Saison 2019/20``, ``Geschäftsjahr 2022/2023``: two consecutive years joined by ``/``."""
        tv = view(doc)
        y = _is_year(tv.words[i], self.min_year, self.max_year)
        if y is None or i + 2 >= len(doc) or tv.words[i + 1] != "/" or gap(doc, i, i + 1) or gap(doc, i + 1, i + 2):
            return None
        m = _YEAR_SPAN_END.match(tv.words[i + 2])
        if not m or (tv.words[i + 2].endswith(".") and not self._sentence_ends_after(doc, i + 2)):
            return None
        e = m.group(1)
        y2 = int(e) if len(e) == 4 else y - y % 100 + int(e) + (100 if int(e) < y % 100 else 0)
        if y2 != y + 1:
            return None
        p = prev_index(doc, i)
        if p is not None and (tv.words[p].lower() in CODE_CUES or tv.words[p] in ("/", "-") and not gap(doc, p, i)):
            return None     # ``Nr. 2019/2020``
        if i + 3 < len(doc) and tv.words[i + 3] in ("/", "-") and not gap(doc, i + 2, i + 3):
            return None     # a longer code (``2019/2020/17``)
        t2 = doc[i + 2]
        return [_Cand(tv.starts[i], tv.starts[i] + 4, y, None, None, "year"),
                _Cand(t2.idx, t2.idx + len(e), y2, None, None, "year")]

    def _slashed(self, doc, i: int):
        tv = view(doc)
        if i + 4 >= len(doc):
            return None
        toks = [doc[i + k] for k in range(5)]
        if any(gap(doc, i + k, i + k + 1) for k in range(4)):
            return None
        sep = toks[1].text
        if sep not in ("/", "-") or toks[3].text != sep:
            return None
        a, b, c = toks[0].text, toks[2].text, toks[4].text
        iso_time = _ISO_TIME.match(c) if sep == "-" and _YEAR.match(a) else None
        if iso_time:
            c = iso_time.group(1)       # ``2018-03-07T09:30``: the date part; times of day are no rows
        if not (b.isdigit() and c.isdigit()):
            return None
        if _YEAR.match(a) and len(b) <= 2 and len(c) <= 2:
            y, mo, d = int(a), int(b), int(c)
        elif _DAY.match(a) and len(b) <= 2 and len(c) in (2, 4):
            d, mo, y = int(a), int(b), _year2(c, self.pivot)
        else:
            return None
        # not inside a longer code (``1/2/2020/3``)
        if i + 5 < len(doc) and not gap(doc, i + 4, i + 5) and tv.words[i + 5] in ("/", "-"):
            return None
        if not _valid(y, mo, d):
            return None
        return _Cand(toks[0].idx, toks[4].idx + len(c), y, mo, d, "day"), i + 4

    def _cued_day_month(self, doc, i: int):
        tv = view(doc)
        nxt = next_index(doc, i)
        if nxt is not None and tv.words[nxt].lower() == "uhr":
            return None
        m = _DAY_MONTH_BARE.match(tv.words[i])
        if m:
            d, mo = int(m.group(1)), int(m.group(2))
            if _valid(None, mo, d):
                return _Cand(tv.starts[i], tv.starts[i] + len(tv.words[i]), None, mo, d, "day"), i
            return None
        if i + 2 < len(doc) and _DAY.match(tv.words[i]) and tv.words[i + 1] == "/" \
                and re.match(r"^\d{2}$", tv.words[i + 2]) and not gap(doc, i, i + 1) and not gap(doc, i + 1, i + 2) \
                and not (i + 3 < len(doc) and tv.words[i + 3] == "/" and not gap(doc, i + 2, i + 3)):
            d, mo = int(tv.words[i]), int(tv.words[i + 2])
            if _valid(None, mo, d):
                return _Cand(tv.starts[i], tv.starts[i + 2] + 2, None, mo, d, "day"), i + 2
        return None

    def _day_range(self, doc, i: int):
        """``1. bis 3. März 2020`` / ``1.-3. März``: the first end takes month and year of the second."""
        tv = view(doc)
        dm = self._day_at(doc, i)
        if dm is None or dm[2] is not None:
            return None
        day, last, _ = dm
        if not (_DAY_DOT.match(tv.words[i]) or tv.words[last] == "." or _ordinal_day(tv.words[i])):
            return None
        j = next_index(doc, last)
        if j is None or tv.words[j].lower() not in _RANGE_WORDS:
            return None
        k = next_index(doc, j)
        if k is not None and tv.words[k].lower() in ("zum", "den"):
            k = next_index(doc, k)
        if k is None:
            return None
        second = self._day_month(doc, k)
        if second is None:
            return None
        c2, end = second
        if not _valid(c2.year, c2.month, day):
            return None
        c1 = _Cand(tv.starts[i], tv.starts[last] + len(tv.words[last]), c2.year, c2.month, day, "day")
        return [c1, c2], end

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

    def _month(self, doc, i: int, month: int):
        """``März 2012`` (explicit) or a bare month after a cue (``im März``, ``Anfang Jänner``)."""
        tv = view(doc)
        tok = doc[i]
        ya = self._year_after(doc, i)
        if ya is None and tok.lower_ not in MONTH_NAMES and tok.lower_ not in ("feber", "maerz"):
            return None  # abbreviations only with a day or a year (``Okt. 2014``; ``im Mai`` is a name)
        start = self._prefix_start(doc, i, PERIOD_PREFIXES)
        if ya is not None:
            y, j = ya
            return _Cand(start, _end(doc, j), y, month, None, "month"), j
        p = prev_index(doc, i)
        if p is None:
            return None
        cue = tv.words[p].lower()
        q = prev_index(doc, p)
        two = f"{tv.words[q].lower()} {cue}" if q is not None else ""
        if cue in MONTH_CUES or two in MONTH_CUES or (cue in MONTH_LIST_LINKS and self.month_at(doc, q) is not None):
            return _Cand(start, tok.idx + len(tok.text), None, month, None, "month"), i
        return None

    def _year_as_time(self, doc, i: int, final: bool = False) -> bool:
        """A four-digit year used as time, not inside a name, code or count; ``final``: the
        year ends its sentence (``seit 2012.``), so no following word can make it a count."""
        if self._glued_code(doc, i):
            return False
        p = prev_index(doc, i)
        nxt = None if final else next_index(doc, i)
        ptxt, two = _words_before(doc, p)
        if _code_before(doc, p, ptxt, two):
            return False
        if p is not None and view(doc).breaks(p, i):
            p = None  # line start
        strong = ptxt in YEAR_CUES or two in YEAR_CUES or (p is not None and ptxt.endswith("jahr"))
        if self._changed_quantity(doc, i, nxt):
            return False
        if strong:
            return True
        if _count_or_name_after(doc, i, nxt):
            return False
        return _time_by_word_before(doc, i, p, ptxt, nxt)


def _words_before(doc, p: Optional[int]) -> tuple[str, str]:
    """The lower-cased word at ``p`` and the two words ending there (``"" ""`` at the start)."""
    tv = view(doc)
    ptxt = tv.words[p].lower() if p is not None else ""
    pp = prev_index(doc, p) if p is not None else None
    return ptxt, (f"{tv.words[pp].lower()} {ptxt}" if pp is not None else "")


def _code_before(doc, p: Optional[int], ptxt: str, two: str) -> bool:
    """``Nr. 2012``, ``ISO 9001``, ``3 + 2020``, ``§ 1990``: the year is part of a code or a sum."""
    tv = view(doc)
    if ptxt in CODE_CUES or two in CODE_CUES:
        return True
    return p is not None and (doc[p].like_num or tv.words[p] in ("+", "/", "#", "§"))


def _count_or_name_after(doc, i: int, nxt: Optional[int]) -> bool:
    """``2000 Teilnehmer``, ``2030 Agenda``, ``2000 Euro``, ``2020 / 21``: the word after
    the number on its line makes it a count, an amount or a name."""
    if nxt is None or view(doc).breaks(i, nxt):
        return False
    nt = doc[nxt]
    if nt.text[:1].isupper() and nt.is_alpha:
        return True
    if nt.text in ("%", "€", "$", "/", "+") or nt.lower_ in ("uhr", "euro", "prozent"):
        return True
    return nt.text[:1].isdigit()


def _time_by_word_before(doc, i: int, p: Optional[int], ptxt: str, nxt: Optional[int]) -> bool:
    """Without a year cue, the word before decides: none (line start), a weak cue, a
    punctuation mark or a lower-case word (``das 2011 gegründet wurde``) make a time;
    a capitalised word does when it opens the sentence (``Schon 2013 …``) or a lower-case
    word follows (``in Belgien 2015 zu zwölf Jahren``), otherwise it is a name
    (``Agenda 2030``, ``Survey 2016:``)."""
    tv = view(doc)
    if p is None or ptxt in YEAR_WEAK_CUES or tv.words[p] in _SENT_PUNCT or tv.words[p] in (",", "–", "-"):
        return True
    if not tv.words[p].isalpha():
        return False
    if tv.words[p][:1].islower():
        return True
    pp = prev_index(doc, p)
    if pp is None or tv.words[pp] in _SENT_PUNCT or tv.breaks(pp, p):
        return True
    return (nxt is not None and tv.words[nxt].isalpha() and tv.words[nxt][:1].islower()
            and not tv.breaks(i, nxt))


def _share_year(text: str, cands: list[_Cand]) -> None:
    """``5. Mai - 20. Juli 2016``, ``im April und erneut im November 2020``: a year written once
    after several dates applies to each before it (right to left, so chains get it too), when
    only link words stand between them and the dates are in calendar order."""
    for a, b in zip(reversed(cands[:-1]), reversed(cands[1:])):
        if a.year is not None or b.year is None or a.granularity == "year" or b.granularity == "year":
            continue
        words = text[a.end:b.start].lower().replace(",", " , ").split()
        if len(words) > 4 or "\n" in text[a.end:b.start] or any(w not in SHARED_YEAR_GAP for w in words):
            continue
        if (a.month, a.day or 0) <= (b.month, b.day or 0):
            a.year = b.year


def _nearest_year(m: int, d: Optional[int], ref: date) -> int:
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
            rows.append(_row(doc, c, ref))
        doc._.dates = rows
        return doc


def _row(doc, c: _Cand, ref: Optional[date]) -> DateMention:
    text = doc_text(doc)[c.start:c.end]
    if c.year is not None:
        resolved = "explicit"
        y = c.year
    elif ref is not None:
        resolved = "doc_date"
        y = _nearest_year(c.month, c.day, ref)
    else:
        resolved, y = "unresolved", None
    if c.granularity == "year":
        iso = f"{y:04d}"
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


_WORD_DATE = re.compile(r"(\d{1,2})\.\s?([^\W\d_]+\.?)\s(\d{4})")
_DIGIT_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})")


def parse_date_text(s: str) -> tuple[str, str] | None:
    """(ISO date, ``"day"``) of a complete date as datelines write it: ``23. Oktober 2025``,
    ``8. Nov. 2011``, ``31.01.2023``, ``12.5.24``; None when ``s`` is no such date (``7. Juli``).

    A pure function (no tokenizer): ``press_structure`` reads dateline dates with it
    before any other component has run."""
    s = s.strip()
    m = _WORD_DATE.fullmatch(s)
    if m:
        day, month, year = int(m.group(1)), MONTHS.get(m.group(2).lower()), int(m.group(3))
        if month is None or not DEFAULTS["min_year_after_day"] <= year <= _MAX_YEAR:
            return None
    else:
        m = _DIGIT_DATE.fullmatch(s)
        if not m:
            return None
        day, month, year = int(m.group(1)), int(m.group(2)), _year2(m.group(3))
    if not _valid(year, month, day):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}", "day"
