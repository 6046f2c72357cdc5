"""The number of a figure: where it starts — an age word (``81-Jährige``), a count compound
(``5000-Einwohner-Stadt``), a unit adjective (``50-prozentige``), a number glued to a unit
(``siebenhundert-Euro``, ``€15``) or a plain number — and a range after it (``10 bis 15``)."""
from __future__ import annotations

import re
from typing import Optional

from pipeline.components.figures.draft import Draft, overlaps
from pipeline.components.figures.units import glued_unit
from pipeline.lang.currencies import CURRENCY_SYMBOLS, CURRENCY_WORDS
from pipeline.lang.qualifiers import RANGE_CONNECTORS, RANGE_OPENERS
from pipeline.lang.units import ADJECTIVE_UNIT_SUFFIXES, AGE_SUFFIXES, COMPOUND_COUNTED_NOUNS
from pipeline.text.numbers import (NumberSpan, next_index, number_at, parse_age, parse_digits, parse_head,
                                   parse_word, prev_index)
from pipeline.text.view import view

_COUNT_COMPOUND = re.compile(r"^(\d{1,3}(?:\.\d{3})+|\d+)-([^\W\d_]+)(-[^\W\d_][\w-]*)$")
_UNIT_ADJECTIVE = re.compile(r"^(\d+(?:,\d+)?|[^\W\d_]+?)-?(%s)(e|en|er|es|em)?$" % "|".join(ADJECTIVE_UNIT_SUFFIXES), re.I)


def number_start(doc, i) -> Optional[tuple[NumberSpan, Optional[str]]]:
    """An age word (``81-Jährige``), a number, or a number glued to a unit (``siebenhundert-Euro``)."""
    tv = view(doc)
    age = parse_age(tv.words[i])
    if age is not None:
        return NumberSpan(i, i + 1, age[0]), AGE_SUFFIXES[age[1]]
    n = _unit_adjective(doc, i) or _count_compound(doc, i)
    if n is None:
        n = number_at(doc, i)
    if n is None:
        n = _hyphen_or_prefix(doc, i)
    return (n, None) if n is not None else None


def _count_compound(doc, i: int) -> Optional[NumberSpan]:
    """``5000-Einwohner-Stadt``, ``12.000-Mann-Armee``: a count whose noun is inside a compound."""
    tv = view(doc)
    m = _COUNT_COMPOUND.match(tv.words[i])
    if not m or m.group(2).lower() not in COMPOUND_COUNTED_NOUNS:
        return None
    v = parse_digits(m.group(1))
    if v is None:
        return None
    return NumberSpan(i, i + 1, v, glued_noun=m.group(2), tail=len(m.group(3)))


def _unit_adjective(doc, i: int) -> Optional[NumberSpan]:
    """``0,8-prozentigen``, ``50-prozentige``, ``fünfprozentige``: a number with a unit adjective."""
    tv = view(doc)
    m = _UNIT_ADJECTIVE.match(tv.words[i])
    if not m:
        return None
    head = m.group(1)
    v = parse_head(head)
    if v is None:
        return None
    return NumberSpan(i, i + 1, v, words=not head[:1].isdigit(),
                      glued_unit=ADJECTIVE_UNIT_SUFFIXES[m.group(2).lower()])


def _hyphen_or_prefix(doc, i: int) -> Optional[NumberSpan]:
    """``siebenhundert-Euro`` (two parts, the second a unit) and ``nzd$15``/``€15``."""
    tv = view(doc)
    t = tv.words[i]
    m = re.match(r"^([^\W\d_]+|\d+(?:[.,]\d+)*)-([^\W\d_]+)$", t)
    if m and glued_unit(m.group(2)) is not None:
        v = parse_word(m.group(1)) if m.group(1).isalpha() else parse_digits(m.group(1))
        if v is not None:
            return NumberSpan(i, i + 1, v, words=m.group(1).isalpha(), glued_unit=m.group(2))
    m = re.match(r"^([A-Za-z]{0,3}[$€£¥])(\d+(?:[.,]\d+)*)$", t)
    if m:
        v = parse_digits(m.group(2))
        sym = m.group(1)
        if v is not None and (sym in CURRENCY_SYMBOLS or sym.lower() in CURRENCY_WORDS):
            return NumberSpan(i, i + 1, v, glued_unit=sym)
    return None


def range_after(doc, d: Draft, blocked) -> None:
    """``10 bis 15``, ``zwischen 3 und 5``, ``12 bis 18-Jährigen``: one figure, value and value_max."""
    tv = view(doc)
    n = d.n
    p = prev_index(doc, n.start)
    opener = tv.words[p].lower() if p is not None and tv.words[p].lower() in RANGE_OPENERS else None
    j = next_index(doc, n.end - 1)
    if d.age_unit is not None or j is None or not (
            tv.words[j].lower() in RANGE_CONNECTORS or (opener == "zwischen" and tv.words[j].lower() == "und")):
        return
    k = next_index(doc, j)
    n2, age2 = None, None
    if k is not None:
        age2 = parse_age(tv.words[k])
        n2 = NumberSpan(k, k + 1, age2[0]) if age2 else number_at(doc, k)
    if n2 is None or n2.one_form or not tv.same_line(n.start, n2.end - 1):
        return
    if n2.scaled and not n.scaled:
        d.value *= n2.scale   # ``100 bis 300 Milliarden``: one figure, both scaled
    if n2.value >= d.value and not overlaps(tv.starts[n2.start], tv.starts[n2.end - 1] + 1, blocked):
        d.value_max = n2.value
        d.qualifier = "range"
        d.last = n2.end - 1
        if age2:
            d.age_unit = AGE_SUFFIXES[age2[1]]
        if opener:
            d.first = p
        d.n = NumberSpan(n.start, n2.end, d.value, words=n2.words, scaled=n2.scaled, glued_unit=n2.glued_unit)

