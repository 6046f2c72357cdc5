"""What stands around a figure once it is read: a qualifier (``rund``, ``mehr als``) or a
change (``um``) before it, a rate (``pro Jahr``, ``jährlich``), a sign (``minus 25 Grad``)
and ``alt`` after a duration (``20 Jahre alt``)."""
from __future__ import annotations

from typing import Optional

from pipeline.components.figures.draft import Draft
from pipeline.lang.qualifiers import CHANGE_WORDS, PREPOSITION_QUALIFIERS, PREPOSITION_VERBS, QUALIFIER_GAP
from pipeline.lang.units import (AGE_AFTER, AGE_BEFORE, NEGATIVE_TEMPERATURE_SIGNS, RATE_ADVERBS, RATE_PERIOD_BLOCKERS,
                                 RATE_PERIOD_LINKS, RATE_PERIOD_NOUNS, RATE_PREPOSITIONS, RATE_TRAILERS)
from pipeline.text.cues import Cues
from pipeline.text.numbers import next_index, prev_index
from pipeline.text.view import view


def age_of_person(doc, d: Draft) -> None:
    """``ein 20 Jahre alter Fahrer``, ``10 Monate alt``: a duration followed by ``alt`` is an age;
    the text stays ``20 Jahre``. *v3*: so is one after ``im Alter von`` (``im Alter von 79 Jahren``)."""
    tv = view(doc)
    if d.kind != "duration":
        return
    a = next_index(doc, d.last)
    if d.value_max is None and a is not None and tv.words[a].lower() in AGE_AFTER and not tv.breaks(d.last, a):
        d.kind = "age"
        return
    p = prev_index(doc, d.first)
    pp = prev_index(doc, p) if p is not None else None
    if pp is not None and f"{tv.words[pp].lower()} {tv.words[p].lower()}" in AGE_BEFORE \
            and not tv.breaks(pp, d.first):
        d.kind = "age"


def negative_temperature(doc, d: Draft) -> None:
    """``minus 25 Grad``; ``minus 5 bis 10 Grad``: only the first bound."""
    tv = view(doc)
    if d.kind == "temperature":
        b = prev_index(doc, d.first)
        if b is not None and tv.words[b].lower() in NEGATIVE_TEMPERATURE_SIGNS and d.value > 0:
            d.value, d.first = -d.value, b


def qualifier_or_change(doc, d: Draft, cues: Cues) -> None:
    """A qualifier before (``rund``, ``mehr als``, ``bis zu``), else ``um`` for a change."""
    tv = view(doc)
    q_first, q = _qualifier(doc, d.first, cues)
    if q is not None:
        if d.qualifier is None:
            d.qualifier = q
        d.first = q_first
    elif d.kind not in ("count", "duration", "age") and d.qualifier is None:
        b = prev_index(doc, d.first)
        if b is not None and tv.words[b].lower() in CHANGE_WORDS:
            d.first = b


def _qualifier(doc, first: int, cues: Cues) -> tuple[int, Optional[str]]:
    """(new first token, qualifier) for a qualifier phrase ending right before ``first``."""
    tv = view(doc)
    p = prev_index(doc, first)
    if p is None:
        return first, None
    cands = [p]
    if tv.words[p].lower() in QUALIFIER_GAP:
        pp = prev_index(doc, p)
        if pp is not None:
            cands.append(pp)
    for end in cands:
        # the index never matches across a line break or blank token
        found = cues.qualifier_ending_at(end)
        if found is not None:
            s, (phrase, qualifier) = found
            b = prev_index(doc, s)
            if phrase in PREPOSITION_QUALIFIERS and b is not None and tv.words[b].lower() in PREPOSITION_VERBS:
                return first, None   # ``verfügt über 304 Stimmen``: a preposition
            return s, qualifier
    return first, None


def rate_around(doc, d: Draft) -> None:
    """``pro Nacht``, ``je Liter``, ``die Woche`` after; ``jährlich`` before: kind ``rate``."""
    r = _rate_after(doc, d.last, d.kind)
    if r is not None:
        d.kind, d.last = "rate", r
    else:
        r0 = _rate_before(doc, d.first)
        if r0 is not None:
            d.kind, d.first = "rate", r0
    if d.kind == "rate":
        d.quantity_of = ""


def _rate_after(doc, last: int, kind: str) -> Optional[int]:
    """Last token of a rate tail (``pro Nacht``, ``je Liter``, ``die Woche``), or None."""
    tv = view(doc)
    a = next_index(doc, last)
    if a is None or tv.breaks(last, a):
        return None
    b = next_index(doc, a)
    if tv.words[a].lower() in RATE_PREPOSITIONS and b is not None and tv.words[b][:1].isupper() \
            and tv.words[b].isalpha():
        return b
    if kind == "duration" and b is not None and f"{tv.words[a].lower()} {tv.words[b].lower()}" in RATE_TRAILERS:
        return b
    return per_period(doc, a)


def per_period(doc, a: int) -> Optional[int]:
    """``im Monat``, ``am Tag``, ``in der Woche`` starting at token ``a``: the last token, or None
    when the period is a time point (``am Tag der Eröffnung``, ``im Jahr 2020``)."""
    tv = view(doc)
    b = next_index(doc, a)
    if b is None:
        return None
    link = tv.words[a].lower()
    if f"{link} {tv.words[b].lower()}" in RATE_PERIOD_LINKS:
        b = next_index(doc, b)
    elif link not in RATE_PERIOD_LINKS:
        return None
    if b is None or tv.words[b].lower() not in RATE_PERIOD_NOUNS or tv.breaks(a, b):
        return None
    c = next_index(doc, b)
    if c is not None and not tv.breaks(b, c) and (tv.words[c].lower() in RATE_PERIOD_BLOCKERS
                                                          or tv.words[c][:1].isdigit()):
        return None
    return b


def _rate_before(doc, first: int) -> Optional[int]:
    tv = view(doc)
    p = prev_index(doc, first)
    if p is None:
        return None
    if tv.words[p].lower() in RATE_ADVERBS:
        return p
    pp = prev_index(doc, p)
    if pp is not None and f"{tv.words[pp].lower()} {tv.words[p].lower()}" in RATE_ADVERBS:
        return pp
    return None

