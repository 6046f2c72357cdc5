"""Readers for the local places of public-body and police releases: streets without a house
number, road numbers, districts and the place that opens a report line.

Each is a reader ``(doc, tv, mentions) -> mentions`` named for the construction it reads.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.components.entity_rules.mention import NO_NAME, Mention, capitalised, covers, free, replacing, tokens_at
from pipeline.components.entity_rules.labels import _ends_in_noun
from pipeline.lang.entity_cues import DETERMINERS
from pipeline.lang.local_places import (DISTRICT_WORDS, HEADING_NOUN_ENDINGS, NOT_REPORT_PLACES, NOT_STREETS,
                                        ROAD_CUES, ROAD_LETTERS, STREET_HEADS, STREET_NAME_ENDINGS,
                                        STREET_ONLY_ENDINGS, TOWN_ENDINGS)
from pipeline.lang.name_evidence import places
from pipeline.text.view import TextView

_ROAD_NUMBER = re.compile(r"^\d{1,4}[a-z]?$")
_GLUED_ROAD = re.compile(r"^(?:A|B|L|K|St)\d{1,4}$")    # ``A8``, ``B27``
_DISTRICT_CODE = re.compile(r"^[A-ZÄÖÜ]{1,3}$")          # ``(ES)``, ``(TÜ)``: a licence-plate district

#: The last three letters of a street's name or head: a cheap first test per word.
_STREET_TAILS = frozenset({e[-3:] for e in STREET_NAME_ENDINGS} | {e[-3:].upper() for e in STREET_NAME_ENDINGS}
                          | {h[-3:] for h in STREET_HEADS})
# Rare constructions are found by a regular expression over the text (``mention.tokens_at``),
# faster than a loop over every capitalised word; each reader checks its words itself.
_ROAD_CANDIDATE = re.compile(r"[" + "".join(sorted({w[0] for w in ROAD_LETTERS})) + r"]t? ?\d")   # the word is checked
_LINE_CANDIDATE = re.compile(r"^[ \t]*([A-ZÄÖÜ][\w-]*)(?: \([A-ZÄÖÜ]{1,3}\))?\)?:", re.M)


def _prev(tv: TextView, i: int) -> int:
    """The word before ``i`` that is not whitespace, or -1."""
    k = i - 1
    while k >= 0 and tv.words[k].isspace():
        k -= 1
    return k


def _next(tv: TextView, i: int) -> int:
    """The word after ``i`` that is not whitespace, or ``len(tv.words)``."""
    k = i + 1
    while k < len(tv.words) and tv.words[k].isspace():
        k += 1
    return k


def _is_street(w: str, nouns: frozenset) -> bool:
    low = w.lower()
    return len(w) > 5 and low.endswith(STREET_NAME_ENDINGS) and w not in NOT_STREETS and w[-6:] != "-straße" \
        and (w not in nouns or low.endswith(STREET_ONLY_ENDINGS))


def street_name(doc: Doc, tv: TextView, ms: list[Mention], nouns: frozenset = frozenset()) -> list[Mention]:
    """A street's name is a place, with or without a house number: ``in der [Volmarstraße]``,
    ``die [Bötzinger Straße]``, ``bis zum [Amselweg]``; a kind of road (``Bundesstraße``,
    ``Radweg``) or way (``Vertriebsweg``) is none, nor a noun the lemmatizer knows (``nouns``:
    ``Marktplatz``) unless only streets end so (``Hauptstraße``)."""
    out = ms
    for i in capitalised(tv):
        w = tv.words[i]
        if w[-3:] not in _STREET_TAILS:
            continue
        s = i
        if w in STREET_HEADS:
            p = _prev(tv, i)
            if p < 0 or not (tv.words[p].endswith("er") and tv.words[p][:1].isupper() and tv.same_line(p, i)):
                continue
            s = p   # ``Bötzinger Straße``
        elif not _is_street(w, nouns):
            continue
        hit = [m for m in out if m.start < i + 1 and s < m.end]
        if all(m.label in {"ORG", "PER", "LOC", "MISC"} and s <= m.start and m.end <= i + 1 for m in hit):
            out = replacing(out, Mention(s, i + 1, "LOC", "rule"))
        elif (len(hit) == 1 and hit[0].label != NO_NAME and hit[0].end == i + 1
              and tv.words[hit[0].start].endswith("er")):
            # ``Schwaigerner Ostendstraße``: the town's adjective is no part of the street's name
            out = replacing(out, Mention(i, i + 1, "LOC", "rule"))
    return out


def road_number(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A road's number is a place: ``auf der [B 27]``, ``die [L 1210]``, ``Richtung [A8]``;
    not ``Teil A 3`` or ``Halle B`` (no road cue before, no number after)."""
    out = ms
    n = len(tv.words)
    for i in tokens_at(tv, _ROAD_CANDIDATE):
        w = tv.words[i]
        if w in ROAD_LETTERS:
            k = _next(tv, i)
            if k >= n or k != i + 1 or tv.gap(i, k) != " " or not _ROAD_NUMBER.match(tv.words[k]):
                continue
            e = k + 1
        elif _GLUED_ROAD.match(w):
            e = i + 1
        else:
            continue
        p = _prev(tv, i)
        if p < 0 or tv.words[p] not in ROAD_CUES or (e < n and tv.words[e][:1].isdigit()):
            continue
        if covers(out, i, e):
            out = replacing(out, Mention(i, e, "LOC", "rule"))
    return out


def district_and_place(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """An administrative area with its place's name is one place: ``im [Landkreis Tübingen]``,
    ``[Kreis Esslingen]``; not ``Kreis der Teilnehmer`` or ``des autonomen Kreises [Baoting]``."""
    out = ms
    for i in capitalised(tv):
        if tv.words[i] not in DISTRICT_WORDS:
            continue
        k = _next(tv, i)
        if k >= len(tv.words) or k != i + 1 or not tv.words[k][:1].isupper():
            continue
        p = _prev(tv, i)
        if (p >= 0 and tv.words[p].islower() and tv.words[p] not in DETERMINERS
                and tv.words[p].endswith(("e", "en", "es", "em", "er"))):
            continue   # ``des autonomen Kreises Baoting``: an adjective makes ``Kreis`` a kind of area
        place = [m for m in out if m.start == k and m.label == "LOC"]   # ``Gemeinde [Anna Test]``: a person stays
        if place and free([m for m in out if m is not place[0]], i, place[0].end):
            out = replacing(out, Mention(i, place[0].end, "LOC", "rule"))
    return out


def report_place_line(doc: Doc, tv: TextView, ms: list[Mention], nouns: frozenset = frozenset()) -> list[Mention]:
    """A line that opens with a place and a colon names the report's place (police and
    authority releases list many reports): ``[Güglingen]: Auto nach Unfall in Flammen``,
    ``[Neckartailfingen] (ES): Betrunken …`` (the district code is no name). Without a
    district code the line must be one of several such in the document, or its word a known
    place; never ``Hinweis: …`` or a common noun (``Ansprechpartnerin: …``, ``Aktionsfahrplan:
    …``, told by ``nouns``, the lemmatizer's capitalised lemmas)."""
    lines = [c for c in (_report_line(tv, i) for i in tokens_at(tv, _LINE_CANDIDATE)) if c is not None
             and (c[1] is not None or not _compound_noun(tv.words[c[0]], nouns))]
    listed = sum(1 for _, code in lines if code is None) >= 2
    out = ms
    for i, code in lines:
        if code is None and not (listed or tv.words[i] in places()):
            continue
        hit = [m for m in out if m.start < i + 1 and i < m.end]
        if all(m.start == i and m.end == i + 1 for m in hit):
            out = replacing(out, Mention(i, i + 1, "LOC", "rule"))
        if code is not None:
            out = replacing(out, Mention(code, code + 1, NO_NAME, "rule"))
    return out


def _compound_noun(w: str, nouns: frozenset) -> bool:
    """``Aktionsfahrplan`` ends in the noun ``Plan``; ``Friedrichshafen`` ends in ``Hafen`` but
    in a place name's ending too."""
    return _ends_in_noun(w, nouns) and not w.lower().endswith(TOWN_ENDINGS)


def _report_line(tv: TextView, i: int):
    """``(i, code)`` when word ``i`` opens a line ``Place (XX): headline`` (``code``: the index
    of ``XX`` or None), else None."""
    p = _prev(tv, i)
    if p >= 0 and tv.same_line(p, i):
        return None
    w, n, e = tv.words[i], len(tv.words), i + 1
    if (w in NOT_REPORT_PLACES or not w.replace("-", "").isalpha() or w.isupper()
            or w.lower().endswith(HEADING_NOUN_ENDINGS)):
        return None
    code = None
    if e + 2 < n and tv.words[e] == "(" and _DISTRICT_CODE.match(tv.words[e + 1]) and tv.words[e + 2][:1] == ")":
        code, e = e + 1, e + 2   # ``(ES):`` is read ``(`` ``ES`` ``):``
        if tv.words[e] == ")":
            e += 1
    colon = tv.words[e] if e < n else ""
    if not (colon.startswith(":") or colon == "):") or not tv.same_line(i, e) or not _headline_after(tv, e):
        return None
    return i, code


def _headline_after(tv: TextView, colon: int) -> bool:
    """Words follow the colon on its line and the line ends without a full stop (a report's
    headline, not a sentence: ``Güglingen: Auto nach Unfall in Flammen``)."""
    k = _next(tv, colon)
    if k >= len(tv.words) or not tv.same_line(colon, k):
        return False
    last = k
    while last + 1 < len(tv.words) and not tv.words[last + 1].isspace() and tv.same_line(k, last + 1):
        last += 1
    return last - k >= 1 and tv.words[last] not in {".", ","}
