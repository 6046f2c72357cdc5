"""Years used as time: ``seit 2010``, ``im Jahr 2025``, ``1997 wurde``, ``2019-2021``,
``Saison 2019/20`` — and not ``2000 Teilnehmer``, ``Agenda 2030``, ``Nr. 2012``."""
from __future__ import annotations

import re
from typing import Optional

from pipeline.components.dates.parse import MAX_YEAR
from pipeline.components.dates.reader import YEAR, YEAR_FINAL, Candidate, Reader, is_year, year_digits
from pipeline.lang.months import CHANGE_LINKS, CODE_CUES, NOT_YEAR_AFTER, YEAR_CUES, YEAR_PREFIXES, YEAR_WEAK_CUES
from pipeline.text.numbers import gap, next_index, prev_index
from pipeline.text.view import view

_YEAR_RANGE = re.compile(r"^(\d{4})[-–](\d{4})$")
#: A year span (season, fiscal year): ``2019/20``, ``2022/2023``
_YEAR_SPAN_END = re.compile(r"^(\d{2}|\d{4})\.?$")
_SENT_PUNCT = set(".!?:;(\"„“")


class YearDates(Reader):
    """Rules for years."""

    def _year_span_rows(self, doc, i: int, n: int, out: list[Candidate]) -> Optional[int]:
        """``2019/20``, ``Geschäftsjahr 2022/2023``: one year row per end."""
        span = self._year_span(doc, i)
        if span is None:
            return None
        out.extend(span)
        return i + 3

    def _year_span(self, doc, i: int):
        """``Saison 2019/20``, ``Geschäftsjahr 2022/2023``: two consecutive years joined by ``/``."""
        tv = view(doc)
        y = is_year(tv.words[i], self.min_year, self.max_year)
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
        return [Candidate(tv.starts[i], tv.starts[i] + 4, y, None, None, "year"),
                Candidate(t2.idx, t2.idx + len(e), y2, None, None, "year")]

    def _glued_year_range(self, doc, i: int, n: int, out: list[Candidate]) -> Optional[int]:
        """``2019-2021`` as one token: one year row per end."""
        tok = doc[i]
        m = _YEAR_RANGE.match(tok.text)
        if not m:
            return None
        y1, y2 = int(m.group(1)), int(m.group(2))
        if self.min_year <= y1 <= y2 <= self.max_year:
            out.append(Candidate(tok.idx, tok.idx + 4, y1, None, None, "year"))
            out.append(Candidate(tok.idx + 5, tok.idx + 9, y2, None, None, "year"))
        return i + 1

    def _year_to_year(self, doc, i: int, n: int, out: list[Candidate]) -> Optional[int]:
        """``2019 - 2021`` in three glued tokens (not after a code cue: ``DIN 2019-2021``)."""
        tv = view(doc)
        y = is_year(tv.words[i], self.min_year, self.max_year)
        if y is None or not (i + 2 < len(doc) and tv.words[i + 1] in ("-", "–")
                             and not gap(doc, i, i + 1) and not gap(doc, i + 1, i + 2)):
            return None
        y2 = is_year(year_digits(tv.words[i + 2]), self.min_year, self.max_year)
        p = prev_index(doc, i)
        if y2 is None or not y < y2 or (p is not None and tv.words[p].lower() in CODE_CUES):
            return None
        out.append(Candidate(tv.starts[i], tv.starts[i] + 4, y, None, None, "year"))
        out.append(Candidate(tv.starts[i + 2], tv.starts[i + 2] + 4, y2, None, None, "year"))
        return i + 3

    def _sentence_final_year(self, doc, i: int, n: int, out: list[Candidate]) -> Optional[int]:
        """``seit 2012.``: the sentence period glued to the year."""
        tok = doc[i]
        t = tok.text
        if is_year(t, self.min_year, self.max_year) is not None or not YEAR_FINAL.match(t) \
                or not self._sentence_ends_after(doc, i):
            return None
        y = is_year(t[:4], self.min_year, self.max_year)
        if y is not None and self._year_as_time(doc, i, final=True):
            out.append(Candidate(self._prefix_start(doc, i, YEAR_PREFIXES), tok.idx + 4, y, None, None, "year"))
        return i + 1

    def _year_as_time_row(self, doc, i: int, n: int, out: list[Candidate]) -> Optional[int]:
        """``im Jahr 2024``, ``2024 wurde …``: a year used as a time."""
        tok = doc[i]
        y = is_year(tok.text, self.min_year, self.max_year)
        if y is None or not self._year_as_time(doc, i):
            return None
        start = self._prefix_start(doc, i, YEAR_PREFIXES)
        out.append(Candidate(start, tok.idx + len(tok.text), y, None, None, "year"))
        return i + 1

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

    @staticmethod
    def _changed_quantity(doc, i: int, nxt: Optional[int]) -> bool:
        """``von 1900 auf 1750 gesenkt``: a number changed to another, not a year; a move to an
        earlier year, or to a number that is no year, is a quantity (``von 2000 auf 25.000``)."""
        tv = view(doc)
        y = int(year_digits(tv.words[i]))
        p = prev_index(doc, i)
        if p is not None and tv.words[p].lower() in CHANGE_LINKS:        # the second number: ``auf 1900``
            b = prev_index(doc, p)
            if b is not None and tv.words[b][:1].isdigit():
                t = year_digits(tv.words[b])
                return not (YEAR.match(t) and int(t) < y)
        if nxt is None or tv.words[nxt].lower() not in CHANGE_LINKS:
            return False
        k = next_index(doc, nxt)
        if k is None or not tv.words[k][:1].isdigit():
            return False
        t = year_digits(tv.words[k])
        return not (YEAR.match(t) and y < int(t) <= MAX_YEAR and not Reader._count_after(doc, k))


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
    if nt.text in ("%", "€", "$", "/", "+") or nt.lower_ in NOT_YEAR_AFTER:
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

