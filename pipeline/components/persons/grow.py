"""Grow PER spans: split names are merged (``Mu`` + ``Kerui``, ``Ursula`` + ``von der
Leyen``) and a first or last name the model left out is taken in (``Laurence``,
``Berglof``)."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from pipeline.components.persons.names import _HON_TOKENS, _first_name_at, _particles_then_name, name_at, proper_at
from pipeline.text.phrases import is_role_noun
from pipeline.text.view import view


def _merge(doc: Doc, spans):
    """Join adjacent PER pieces; take in a neighbouring proper noun."""
    spans = sorted(spans, key=lambda x: x[0])
    owner = {}
    for n, (s, e, l, c) in enumerate(spans):
        for i in range(s, e):
            owner[i] = n
    out = []
    skip = set()
    for n, (s, e, l, c) in enumerate(spans):
        if n in skip:
            continue
        if l == "PER":
            e, grown = _grow_right(doc, spans, owner, n, s, e, skip)
            s, grown_left = _grow_left(doc, owner, s, e)
            c = c or grown or grown_left
        out.append((s, e, l, c))
    return out


def _grow_right(doc: Doc, spans, owner: dict, n: int, s: int, e: int, skip: set) -> tuple[int, bool]:
    """The end of PER piece ``n`` after taking in, on its line, the next PER piece, one
    proper-noun token (``Berglof``) or particles and a surname (``Ursula`` + ``von der
    Leyen``): the :data:`_RIGHT_STEPS`, in order; pieces taken in go to ``skip``. Also
    whether it grew."""
    tv = view(doc)
    grown = False
    while e < len(tv.words) and e - s < 4 and tv.same_line(e - 1, e):
        k = next((k for step in _RIGHT_STEPS if (k := step(doc, spans, owner, n, s, e, skip)) is not None), None)
        if k is None:
            break
        e, grown = k, True
    return e, grown


# Steps of _grow_right at the end ``e`` of PER piece ``n`` (start ``s``): (doc, spans, owner,
# n, s, e, skip) -> the new end, with the pieces taken in added to ``skip``, or None.

def _next_person_piece(doc: Doc, spans, owner: dict, n: int, s: int, e: int, skip: set) -> Optional[int]:
    """``[Mu] [Kerui]``: another PER piece starts right at ``e``."""
    m = owner.get(e)
    if m is not None and m != n and spans[m][2] == "PER" and spans[m][0] == e:
        skip.add(m)
        return spans[m][1]
    return None


def _proper_noun_after(doc: Doc, spans, owner: dict, n: int, s: int, e: int, skip: set) -> Optional[int]:
    """``Erik Berglof``: a proper-noun name word, free or a one-token non-PER piece; after a
    lone first name also a capitalised surname that is a noun too (``Elke König (…)``)."""
    tv = view(doc)
    m = owner.get(e)
    if m is not None and not (spans[m][1] - spans[m][0] == 1 and spans[m][2] != "PER"):
        return None
    after_first_name = e - s == 1 and _first_name_at(tv, s)
    if not (name_at(tv, e) or (after_first_name and _surname_like(doc, e))):
        return None
    if not (proper_at(tv, e) or (after_first_name and tv.words[e][:1].isupper())):
        return None
    if m is not None:
        skip.add(m)
    return e + 1


def _particles_and_surname(doc: Doc, spans, owner: dict, n: int, s: int, e: int, skip: set) -> Optional[int]:
    """``Ursula`` + ``von der Leyen``: name particles, then a surname."""
    k = _particles_then_name(doc, e)
    if not k:
        return None
    for x in range(e, k):
        if owner.get(x) is not None and owner[x] != n:
            skip.add(owner[x])
    return k


#: How _grow_right takes in what follows a PER piece, in order; the first step that reads it wins.
_RIGHT_STEPS = (_next_person_piece, _proper_noun_after, _particles_and_surname)


def _surname_like(doc: Doc, k: int) -> bool:
    """Token ``k`` after a first name is its surname although it is also a noun
    (``Elke König (…)``, ``Anna Richter,``): capitalised, alphabetic, and the name ends there."""
    tv = view(doc)
    t = tv.words[k]
    nxt = tv.words[k + 1] if k + 1 < len(doc) else ""
    return t[:1].isupper() and t.isalpha() and not t.isupper() and not nxt[:1].isupper()


def _grow_left(doc: Doc, owner: dict, s: int, e: int) -> tuple[int, bool]:
    """The start of a PER span after taking in a first name the model left out
    (``Laurence``): a free name word on the same line that is a proper noun or stands
    right after a role word (``Gesundheitsminister Kamran Bagheri Lankarani``). Also whether it grew."""
    tv = view(doc)
    grown = False
    while s > 0 and e - s < 4 and tv.same_line(s - 1, s):
        after_role = s >= 2 and tv.same_line(s - 2, s - 1) and (
            is_role_noun(tv.words[s - 2]) or tv.words[s - 2] in _HON_TOKENS)
        if name_at(tv, s - 1) and (proper_at(tv, s - 1) or after_role) and owner.get(s - 1) is None:
            s -= 1
            grown = True
        else:
            break
    return s, grown
