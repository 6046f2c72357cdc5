"""Readers for named things cited by a code or known by their maker: standards (``DIN EN
81-70``), EU acts by number (``Richtlinie 2003/88/EG``), licences (``CC-BY 4.0``) and
vehicles by make (``mit seinem [Mercedes]``). All are MISC.

Each is a reader ``(doc, tv, mentions) -> mentions`` named for the construction it reads.
"""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from pipeline.components.entity_rules.mention import Mention, capitalised, covers, replacing, tokens_at
from pipeline.lang.references import (CAR_MAKES, COMPANY_AFTER_MAKE, EU_ACT_HEADS, EU_ACT_MARKERS, NORM_BODIES,
                                      VEHICLE_DETERMINERS)
from pipeline.lang.role_words import LEGAL_FORMS
from pipeline.text.view import TextView

#: The number of a standard: ``18040``, ``81-70``, ``9001:2015``, ``27001``.
_NORM_NUMBER = re.compile(r"\d{1,5}(?:[-.]\d{1,4})*(?::\d{4})?")
#: The number of an EU act: ``2016/679``, ``95/46/EG``, ``2003/88/EG``, ``Nr. 1907/2006``.
_ACT_NUMBER = re.compile(r"\d{2,4}/\d{1,4}(?:/(?:EU|EG|EWG|EGKS))?")
#: A Creative Commons licence as one word: ``CC0``, ``CC-0``, ``CC-BY``, ``CC-BY-SA``.
_LICENCE = re.compile(r"^CC(?:0|-0|-BY(?:-(?:SA|ND|NC))*|-Zero)$")
_LICENCE_VERSION = re.compile(r"^\d\.\d$")

# Licences are rare: found by a regular expression over the text (``mention.tokens_at``).
_LICENCE_CANDIDATE = re.compile(r"CC[-0]")   # the word is checked by _LICENCE


def _ends_match(tv: TextView, k: int, pattern: re.Pattern):
    """The end (a token index) of ``pattern`` matched in the text from word ``k`` on, when the
    match ends where a word ends (``2016/679`` is read as three words), else None."""
    m = pattern.match(tv.text, tv.starts[k])
    if m is None or m.end() == tv.starts[k]:
        return None
    end = bisect.bisect_left(tv.ends, m.end(), k)
    if end < len(tv.ends) and tv.ends[end] == m.end() and not tv.text[m.end():m.end() + 1].isalnum():
        return end + 1
    return None


def norm_number(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A standard by body and number: ``[DIN 18040]``, ``[DIN EN 81-70]``, ``[ISO 27001]``,
    ``[ISO 9001:2015]``; not ``ISO`` alone or ``EN`` before a word."""
    out = ms
    n = len(tv.words)
    for i in capitalised(tv):
        if tv.words[i] not in NORM_BODIES or (i and tv.words[i - 1] in NORM_BODIES and tv.same_line(i - 1, i)):
            continue
        e = i + 1
        while e < n and tv.words[e] in NORM_BODIES and tv.gap(e - 1, e) == " ":
            e += 1
        if e < n and tv.words[e] == "/" and e + 1 < n and tv.words[e + 1] in NORM_BODIES:
            e += 2   # ``ISO / IEC``
        end = _ends_match(tv, e, _NORM_NUMBER) if e < n and tv.gap(e - 1, e) == " " else None
        if end is None:
            continue
        e = end
        if covers(out, i, e):
            out = replacing(out, Mention(i, e, "MISC", "rule"))
    return out


def eu_act_number(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """An EU act cited by its number: ``[Richtlinie 2003/88/EG]``, ``[Verordnung (EU)
    2016/679]``, ``[Richtlinie (RL) 95/46/EG]`` (its ``EU`` is no organisation); not
    ``Verordnung über …``."""
    out = ms
    n = len(tv.words)
    for i in capitalised(tv):
        if tv.words[i] not in EU_ACT_HEADS:
            continue
        e = i + 1
        if e + 2 < n and tv.words[e] == "(" and tv.words[e + 1] in EU_ACT_MARKERS and tv.words[e + 2] == ")":
            e += 3
        if e < n and tv.words[e] == "Nr.":
            e += 1
        end = _ends_match(tv, e, _ACT_NUMBER) if e < n and tv.same_line(i, e) else None
        if end is not None and covers(out, i, end):
            out = replacing(out, Mention(i, end, "MISC", "rule"))
    return out


def licence_name(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A Creative Commons licence is a named work: ``[CC-BY 4.0]``, ``[CC0]``, ``[CC-BY-SA]``."""
    out = ms
    n = len(tv.words)
    for i in tokens_at(tv, _LICENCE_CANDIDATE):
        if not _LICENCE.match(tv.words[i]):
            continue
        e = i + 2 if i + 1 < n and tv.gap(i, i + 1) == " " and _LICENCE_VERSION.match(tv.words[i + 1]) else i + 1
        if covers(out, i, e):
            out = replacing(out, Mention(i, e, "MISC", "rule"))
    return out


def vehicle_by_make(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A car named by its make after a masculine or neuter determiner is a product, with its
    model: ``mit seinem [Mercedes]``, ``der [Lexus] touchierte``, ``ihren [Opel Astra]``;
    the company stays: ``bei BMW``, ``die BMW AG``, ``der BMW Group``."""
    out = ms
    for i in capitalised(tv):
        if tv.words[i] in CAR_MAKES and i and tv.words[i - 1] in VEHICLE_DETERMINERS:
            e = _vehicle_end(tv, i)
            if e is not None and covers(out, i, e):
                out = replacing(out, Mention(i, e, "MISC", "rule"))
    return out


def _vehicle_end(tv: TextView, i: int):
    """The end of the vehicle whose make is word ``i`` (its model words after it), or None
    where the make is a compound (``BMW-Fahrer``) or the company (``der BMW Group``)."""
    n = len(tv.words)
    if i + 1 < n and tv.gap(i, i + 1) == "" and tv.words[i + 1][:1] in "-‐":
        return None
    e = i + 1
    while e < n and tv.gap(e - 1, e) == " " and tv.same_line(i, e) and e - i < 4 and _model_word(tv.words[e]):
        e += 1
    after = tv.words[e] if e < n and tv.gap(e - 1, e) == " " else ""
    if after in COMPANY_AFTER_MAKE or after in LEGAL_FORMS:
        return None   # ``der BMW Group``, ``dem Audi Vorstand``
    if tv.words[i - 1] == "der" and after[:1].isupper():
        return None   # ``der Opel Werke``: a genitive or dative of the company, not the car
    return e


def _model_word(w: str) -> bool:
    """A model's name after the make: ``Astra``, ``Street Ka``, ``A4``, ``Golf``; not a
    common noun in lower case or a company word."""
    return (w[:1].isupper() or w[:1].isdigit()) and w not in COMPANY_AFTER_MAKE and w not in LEGAL_FORMS \
        and w.replace("-", "").isalnum() and len(w) <= 12
