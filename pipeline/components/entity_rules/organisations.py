"""Rules for organisations that news names by a short form or a common word: parties
(``die Grünen``, ``PDS``), parliaments, governments, courts and authorities (``Bundestag``,
``Landtag``, ``des Bundesverfassungsgerichtes``), international bodies (``EU-Kommission``,
``Nato``), and sports clubs written as their city (``gegen Stuttgart``).

Each is a reader ``(doc, tv, mentions) -> mentions`` like those of :mod:`.labels`; the
tables are in :mod:`pipeline.lang.organisations`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.components.entity_rules.mention import Mention, capitalised, replacing
from pipeline.lang.organisations import (AMBIGUOUS_PARTY_WORDS, CLUB_BEFORE, CLUB_WORDS, COMMON_BODY_WORDS,
                                         GENERIC_BODIES, INFLECTED_ENDINGS, SPORTS_CUE_PARTS, SPORTS_CUES,
                                         organisation_names)
from pipeline.lang.name_evidence import countries, german_places
from pipeline.lang.name_parts import first_names
from pipeline.text.view import TextView

_HYPHENS = "-‐‑"


_FIRST_PART = re.compile(r"[\s/.]")


@lru_cache(maxsize=1)
def _forms() -> tuple[frozenset, dict[str, tuple[str, ...]]]:
    """The table's names, their genitives (``Bundesrates``) and the generic bodies (``Landtag``)
    that the common words leave: the one-word forms, and the others by their first part,
    longest first (``Bündnis`` → ``Bündnis 90/Die Grünen``, ``Bündnis 90``)."""
    forms = set(organisation_names()) | (GENERIC_BODIES - COMMON_BODY_WORDS)
    for f in list(forms):
        if " " not in f and len(f) > 5 and f[-1].islower() and f[-1] not in "se" and f not in AMBIGUOUS_PARTY_WORDS:
            forms.update(f + e for e in INFLECTED_ENDINGS if e != "n")
    single = frozenset(f for f in forms if not _FIRST_PART.search(f))
    out: dict[str, list[str]] = {}
    for f in forms - single:
        out.setdefault(_FIRST_PART.split(f)[0], []).append(f)
    return single, {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@lru_cache(maxsize=1)
def _lower_firsts() -> tuple[str, ...]:
    """First parts of the forms written in lower case (``taz``, ``dpa``, ``n-tv``)."""
    single, multi = _forms()
    return tuple(sorted({f for f in single if f[:1].islower()} | {k for k in multi if k[:1].islower()}))


_ENDS: list = [None, None]


def _ends(tv: TextView) -> dict[int, int]:
    """``{character end: word}`` of the text view, once per view."""
    if _ENDS[0] is not tv:
        _ENDS[0], _ENDS[1] = tv, {end: j for j, end in enumerate(tv.ends)}
    return _ENDS[1]


def _match(tv: TextView, i: int) -> int:
    """End (exclusive, in words) of the longest table form that starts at word ``i``, or ``i``."""
    single, multi = _forms()
    w = tv.words[i]
    forms = multi.get(w)
    if forms:
        ends, start = _ends(tv), tv.starts[i]
        for f in forms:
            j = ends.get(start + len(f))
            if j is not None and tv.text.startswith(f, start):
                return j + 1
    return i + 1 if w in single else i


def _stands_alone(doc: Doc, tv: TextView, i: int, e: int) -> bool:
    """A party word that is also an adjective or plural noun names the party only inside a
    sentence and before no noun: ``die Grünen fordern``, not ``Grüne Energie``."""
    if doc[i].is_sent_start or i == 0:
        return False
    return e >= len(doc) or not (doc[e].pos_ in {"NOUN", "PROPN"} and tv.words[e][:1].isupper())


def _name_goes_on(doc: Doc, tv: TextView, e: int) -> bool:
    """A capitalised name word after the form makes it part of a longer name (``UN Global
    Compact``, ``Nato Summit``), a number a case reference (``BVerwG 1 C 19.21``)."""
    if e >= len(doc) or not tv.same_line(e - 1, e):
        return False
    w = tv.words[e]
    return w[:1].isdigit() or (w[:1].isupper() and doc[e].pos_ in {"PROPN", "ADJ", "X"})


def _compound_after(tv: TextView, e: int) -> bool:
    """``SPD-Fraktion``, ``EU-Kommissar``: a hyphen glues the form to the next word."""
    end = tv.ends[e - 1]
    return end + 1 < len(tv.text) and tv.text[end] in _HYPHENS and tv.text[end + 1].isalpha()


def known_organisation(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A party, parliament, government, court or international body of the tables is an
    organisation where the model found nothing, another label, or the name with a common noun
    glued on: ``die [Grünen] fordern``, ``des [Bundesverfassungsgerichtes]``, ``der
    [EU-Kommission]``, ``[Bundesregierung] Mehrkosten`` → ``Bundesregierung``."""
    out = ms
    lower = [k for k, w in enumerate(tv.words) if w in _lower_firsts()] if any(
        f in tv.text for f in _lower_firsts()) else []
    for i in sorted(capitalised(tv) + lower) if lower else capitalised(tv):
        e = _match(tv, i)
        if e == i or _compound_after(tv, e) or _name_goes_on(doc, tv, e):
            continue
        if tv.text[tv.starts[i]:tv.ends[e - 1]] in AMBIGUOUS_PARTY_WORDS and not _stands_alone(doc, tv, i, e):
            continue
        hit = [m for m in out if m.start < e and i < m.end]
        if not hit or (len(hit) == 1 and _takes_over(doc, hit[0], i, e)):
            out = replacing(out, Mention(i, e, "ORG", "rule"))
    return out


def _takes_over(doc: Doc, m: Mention, i: int, e: int) -> bool:
    """The model's mention is the form under another label, or the form with common nouns after
    it (``PDS Doppelmitgliedschaft``)."""
    if (m.start, m.end) == (i, e):
        return m.label != "ORG"
    if i <= m.start and m.end <= e:
        return True   # ``[Grüne] Jugend``: the model's part of a longer name
    return m.label != "ORG" and m.start == i and m.end > e and all(t.pos_ == "NOUN" for t in doc[e:m.end])


def organisation_before_noun(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """An organisation of the tables and the common nouns after it are no product: ``der
    [Bundesregierung] Mehrkosten``, ``der [PDS] Doppelmitgliedschaft`` (after
    ``company_then_brand``, which reads a capitalised word after a company as its brand)."""
    out = ms
    for m in ms:
        if m.label == "MISC" and m.end - m.start >= 2:
            e = _match(tv, m.start)
            if m.start < e < m.end and all(t.pos_ == "NOUN" for t in doc[e:m.end]):
                out = replacing([x for x in out if x != m], Mention(m.start, e, "ORG", "rule"))
    return out


#: ``Renate Künast von den Grünen``: the particle phrase after a full name.
_AFFILIATION = frozenset({"von", "vom"})


def person_then_party(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A person's span that ran on into the party or body the person belongs to is the person
    and the organisation: ``[Filiz Polat] von den [Grünen]``, ``[Renate Künast] von der [SPD]``
    (two name words at least before the particle: ``Ursula von der Leyen`` stays)."""
    out = ms
    for m in [m for m in ms if m.label == "PER" and m.end - m.start >= 4]:
        for p in range(m.start + 2, m.end - 1):
            if tv.words[p] not in _AFFILIATION:
                continue
            k = p + 1 + (tv.words[p + 1] in {"der", "den", "dem"})
            if k < m.end and _match(tv, k) == m.end:
                out = replacing([x for x in out if x != m], Mention(m.start, p, "PER", "rule"))
                out = replacing(out, Mention(k, m.end, "ORG", "rule"))
            break
    return out


_SCORE = re.compile(r"^\d{1,2}:\d{1,2}$")


def party_then_person(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A span that runs from a party or body of the tables into a person's full name is the
    two: ``der [Linken] [Gesine Lötzsch]``, ``[SPD] [Olaf Scholz]`` (a first name of the lexicon
    right after the form, a capitalised word after it)."""
    out = ms
    known = first_names()
    for m in ms:
        if m.label in {"ORG", "MISC"} and m.end - m.start >= 3:
            e = _match(tv, m.start)
            if m.start < e <= m.end - 2 and tv.words[e] in known and tv.words[e + 1][:1].isupper():
                out = replacing(replacing([x for x in out if x != m], Mention(m.start, e, "ORG", "rule")),
                                Mention(e, m.end, "PER", "rule"))
    return out


def _match_report(tv: TextView) -> bool:
    """A text with words of a match report (``Spieltag``, ``Fußball-Bundesliga``)."""
    low = tv.text.lower()
    return any(p in low for p in SPORTS_CUE_PARTS) or any(tv.words[i] in SPORTS_CUES for i in capitalised(tv))


def club_as_city(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """In a match report a city stands for its club: a place of the tables before or after a
    score, after ``gegen``, or on one side of a pairing (``Stuttgart – Bremen``):
    ``[Stuttgart] gewann 2:1 gegen [Bayern München]``. The city as a place (``in Stuttgart``)
    stays a place; so does every city outside a match report."""
    if not _match_report(tv):
        return ms
    words, places, nations = tv.words, german_places(), countries()
    out = ms
    for m in ms:
        if m.label == "LOC" and all(w in places and w not in nations for w in words[m.start:m.end]) \
                and _club_context(tv, ms, m):
            out = replacing(out, Mention(m.start, m.end, "ORG", "rule"))
    return out


_SCORE = re.compile(r"^\d{1,2}:\d{1,2}$")
_DASHES = frozenset({"-", "–", "—"})


def _club_context(tv: TextView, ms: list[Mention], m: Mention) -> bool:
    """Before or after a score, after a word like ``gegen``, or a name on the other side of a
    dash (``Bayern München - Werder Bremen``)."""
    words, s, e = tv.words, m.start, m.end
    before = words[s - 1] if s else ""
    after = words[e] if e < len(words) else ""
    named = {x.start for x in ms if x.label in {"ORG", "LOC"}} | {x.end - 1 for x in ms if x.label in {"ORG", "LOC"}}
    return (before in CLUB_BEFORE or after == "gegen" or bool(_SCORE.match(after)) or bool(_SCORE.match(before))
            or (after in _DASHES and e + 1 in named and _pairing_line(tv, ms, e + 1))
            or (before in _DASHES and s - 2 in named and _pairing_line(tv, ms, s)))


def _pairing_line(tv: TextView, ms: list[Mention], i: int) -> bool:
    """The name at word ``i`` ends a pairing: a score or the line's end follows it
    (``Bayern München - Werder Bremen 3:1``), not a dateline's sentence (``Wien – Bayern
    München hat …``)."""
    end = max((x.end for x in ms if x.start == i), default=i + 1)
    return end >= len(tv.words) or not tv.same_line(i, end) or bool(_SCORE.match(tv.words[end]))


def club_name(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """In a match report a club word next to a capitalised name makes a club: ``[Hamburger SV]``,
    ``[Hertha BSC]``, ``[1. FC Nürnberg]``, ``[Hannover 96]`` (a place and a two-digit number),
    where the model found a place or nothing."""
    if not _match_report(tv):
        return ms
    words, places, out = tv.words, german_places(), ms
    for i, w in enumerate(words):
        if w in CLUB_WORDS or (len(w) == 2 and w.isdigit() and i and words[i - 1] in places):
            s, e = _club_span(tv, i)
            if e - s >= 2 and _club_over(words, [x for x in out if x.start < e and s < x.end], s, e):
                out = replacing(out, Mention(s, e, "ORG", "rule"))
    return out


def _club_over(words: list[str], hit: list[Mention], s: int, e: int) -> bool:
    """The club's span may replace what the model found there: places or organisations inside
    it, or a pairing read as one name (``BSC - Energie Cottbus``); not the same ORG again."""
    return all(x.label in {"LOC", "ORG"} and (s <= x.start and x.end <= e or any(
        w in _DASHES for w in words[x.start:x.end])) for x in hit) \
        and not any(x.start == s and x.end == e and x.label == "ORG" for x in hit)


def _club_span(tv: TextView, i: int) -> tuple[int, int]:
    """The words of the club whose club word (or number) is word ``i``: capitalised words on the
    same line around it, ``1.`` before, a two-digit number after."""
    words, n = tv.words, len(tv.words)
    if words[i].isdigit():   # ``Hannover 96``
        return i - 1, i + 1
    s = i
    if s and (words[s - 1] in CLUB_WORDS or words[s - 1].endswith("er") and words[s - 1][:-2] in german_places()) \
            and tv.same_line(s - 1, s):
        s -= 1   # ``Hamburger SV``, ``Hertha BSC``; not ``Verfolger Schalke``
    if s and words[s - 1] in {"1.", "1"}:
        s -= 1
    e = i + 1
    while s == i and e < n and e - i <= 2 and words[e][:1].isupper() and tv.same_line(e - 1, e) \
            and words[e] not in CLUB_WORDS:
        e += 1
    if e < n and len(words[e]) == 2 and words[e].isdigit() and tv.same_line(e - 1, e):
        e += 1   # ``Schalke 04``
    return s, e
