"""Relabel each model entity: a PER is trimmed (``trim``) and checked, it may be no person
(``Beispiel GmbH`` → ORG, ``des Kreises [Baoting Li] und Miao`` → LOC, ``Restricted Stock
Units (RSUs)`` → MISC: :data:`_NOT_A_PERSON`); an ORG/LOC/MISC in a person's slot becomes
PER (:data:`_OTHER_TO_PERSON`)."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span

from pipeline.components.persons.names import (_ARABIC_PREFIX, _KOREAN_PART, _VERSION, _first_name_at, _proper,
                                               name_at, name_token, proper_at)
from pipeline.components.persons.slots import _Slots
from pipeline.components.persons.trim import _trim
from pipeline.lang.entity_cues import PLACE_TYPE_WORDS
from pipeline.lang.name_parts import NAME_PARTICLES, ORG_NAME_LINKS
from pipeline.text.phrases import is_acronym, is_org_cue, is_role_noun, spells_initials
from pipeline.text.view import view


def _relabel(doc: Doc, ent: Span, slots: _Slots) -> list[tuple[int, int, str, bool]]:
    """The span(s) of one model entity after the name rules: (start, end, label, changed).

    A PER is trimmed and checked (:func:`_person_span`); another label is asked of
    :data:`_OTHER_TO_PERSON` in order, the first rule that reads the span wins."""
    s, e, label = ent.start, ent.end, ent.label_
    if label == "PER":
        got = _person_span(doc, s, e)
        if got is None:
            return []
        spans = [got]
    else:
        spans = next((r for rule in _OTHER_TO_PERSON if (r := rule(doc, s, e, label, slots)) is not None),
                     [(s, e, label)])
    *extra, (s, e, label) = spans
    out = [(a, b, lab, True) for a, b, lab in extra]
    out.append((s, e, label, (s, e, label) != (ent.start, ent.end, ent.label_)))
    return out


def _person_span(doc: Doc, s: int, e: int) -> Optional[tuple[int, int, str]]:
    """A model PER trimmed of titles and punctuation, with a hyphenated given name after it
    (``[Chol] Ri-mun``), relabelled when it is no person (:func:`_not_a_person`); None when
    nothing is left."""
    tv = view(doc)
    s, e = _trim(doc, s, e)
    if s >= e:
        return None
    if e - s == 1 and e < len(doc) and _KOREAN_PART.match(tv.words[e]) and tv.same_line(s, e):
        e += 1
    label = "PER"
    other = _not_a_person(doc, s, e)
    if other is not None:
        label, e = other
    return s, e, label


def _not_a_person(doc: Doc, s: int, e: int) -> Optional[tuple[str, int]]:
    """(label, end) of a model PER span ``s:e`` that is no person, or None when it is one:
    the first of the :data:`_NOT_A_PERSON` rules that reads the span decides."""
    return next((got for rule in _NOT_A_PERSON if (got := rule(doc, s, e)) is not None), None)


# What a PER span can be instead of a person: (doc, s, e) -> (label, end) or None.

def _org_word_inside(doc: Doc, s: int, e: int) -> Optional[tuple[str, int]]:
    """``Beispiel GmbH``, ``[Open Knowledge Foundation]``: an organisation word in the span."""
    if any(is_org_cue(t.text) or is_org_cue(t.text.rstrip(".")) for t in doc[s:e]):
        return "ORG", e
    return None


def _lone_acronym(doc: Doc, s: int, e: int) -> Optional[tuple[str, int]]:
    """``KPMG``, ``ABBYY``: an acronym is an organisation."""
    return ("ORG", e) if e - s == 1 and is_acronym(view(doc).words[s]) else None


def _org_word_after(doc: Doc, s: int, e: int) -> Optional[tuple[str, int]]:
    """``[Robert Bosch] GmbH.``: a capitalised organisation word right after, on the line."""
    tv = view(doc)
    if (e < len(doc) and is_org_cue(tv.words[e].rstrip(".")) and tv.words[e][:1].isupper()
            and tv.same_line(e - 1, e)):
        return "ORG", e + 1
    return None


def _name_after_place_word(doc: Doc, s: int, e: int) -> Optional[tuple[str, int]]:
    """``des autonomen Kreises [Baoting Li] und Miao``: the name after a territorial word,
    with no first name at its start, is a place."""
    tv = view(doc)
    if s > 0 and tv.words[s - 1] in PLACE_TYPE_WORDS and not _first_name_at(tv, s) and tv.same_line(s - 1, s):
        return "LOC", _coordinated_part_end(doc, e)
    return None


def _defined_term(doc: Doc, s: int, e: int) -> Optional[tuple[str, int]]:
    """``Restricted Stock Units (RSUs)``: a term before its own acronym."""
    return ("MISC", e) if _acronym_follows(doc, s, e) else None


def _in_english_org_name(doc: Doc, s: int, e: int) -> Optional[tuple[str, int]]:
    """``Center for [Sustainable Development]``: a part of an English organisation name."""
    return ("MISC", e) if s > 0 and view(doc).words[s - 1] in ORG_NAME_LINKS else None


def _digits_or_lower_case(doc: Doc, s: int, e: int) -> Optional[tuple[str, int]]:
    """``Windows 11``, ``Tag der offenen Tür``: digits, or a lower-case word that is no
    name particle (``von``) or Arabic prefix (``al-Assad``)."""
    if any(any(c.isdigit() for c in t.text) or (t.text[:1].islower() and t.text not in NAME_PARTICLES
                                                 and not _ARABIC_PREFIX.match(t.text))
           for t in doc[s:e]):
        return "MISC", e
    return None


#: What a model PER span can be instead of a person, in order; the first rule that reads it wins.
_NOT_A_PERSON = (_org_word_inside, _lone_acronym, _org_word_after, _name_after_place_word, _defined_term,
                 _in_english_org_name, _digits_or_lower_case)


def _acronym_follows(doc: Doc, s: int, e: int) -> bool:
    """``Name Words (NW)``: the parenthesis spells the span's initials."""
    tv = view(doc)
    if e + 2 >= len(doc) or tv.words[e] != "(" or e - s < 2:
        return False
    return spells_initials(tv.words[e + 1], [t.text for t in doc[s:e]])


def _coordinated_part_end(doc: Doc, e: int) -> int:
    """End of ``[Baoting Li] und Miao``: one more capitalised word joined by ``und`` to a
    name that ends at ``e`` and closes the name there; else ``e``."""
    tv = view(doc)
    if (e + 1 < len(doc) and tv.words[e] == "und" and tv.words[e + 1][:1].isupper() and tv.words[e + 1].isalpha()
            and tv.same_line(e - 1, e + 1) and name_at(tv, e + 1)
            and not (e + 2 < len(doc) and tv.words[e + 2][:1].isupper() and tv.same_line(e + 1, e + 2))):
        return e + 2
    return e


def _name_after_org_word(doc: Doc, s: int, e: int) -> Optional[int]:
    """Start of a full name that follows an organisation word inside one ORG/MISC span."""
    tv = view(doc)
    for k in range(s + 1, e - 1):
        if (is_org_cue(tv.words[k - 1]) and 2 <= e - k <= 3
                and all(name_token(t) and (_proper(t) or _first_name_at(tv, k)) for t in doc[k:e])):
            return k
    return None


def _grow(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """Widen a one- or two-word span over name words beside it on the same line (at most three)."""
    v = view(doc)
    if not all(name_at(v, k) for k in range(s, e)):
        return s, e
    while e - s < 3 and s > 0 and name_at(v, s - 1) and v.same_line(s - 1, s):
        s -= 1
    while e - s < 3 and e < len(v.words) and name_at(v, e) and v.same_line(e - 1, e):
        e += 1
    return s, e


# Rules that make a model ORG/LOC/MISC span (s, e) a person: (doc, s, e, label, slots) ->
# the spans it becomes, the relabelled one last, or None when the rule does not read it.

def _grown_into_person_slot(doc: Doc, s: int, e: int, label: str, slots: _Slots):
    """``[Mihoko] [Kumamoto]LOC (UNITAR)``, ``[Cong]LOC [Ronggang]LOC,``: widened over the name
    words beside it, the span fills a person's slot."""
    grown = _grow(doc, s, e)
    return [(*grown, "PER")] if grown != (s, e) and slots.person_slot(*grown) else None


def _title_then_name(doc: Doc, s: int, e: int, label: str, slots: _Slots):
    """``Generalkonsul Huang Yiyang`` tagged ORG/MISC: a role noun, then name words."""
    tv = view(doc)
    if (e - s >= 2 and is_role_noun(tv.words[s]) and all(name_at(tv, k) for k in range(s + 1, e))
            and not (e < len(doc) and _VERSION.match(tv.words[e]))):
        return [(s + 1, e, "PER")]
    return None


def _name_in_person_slot(doc: Doc, s: int, e: int, label: str, slots: _Slots):
    """Up to three name words in a person's slot (after a title, before ``, <Rolle>`` at a
    clause start) that the model called ORG/LOC/MISC."""
    tv = view(doc)
    if e - s > 3 or not all(name_at(tv, k) for k in range(s, e)):
        return None
    if e - s >= 2 and (slots.role_before(s) or slots.role_before_comma(s)
                       or (slots.role_after(s, e) == "role" and slots.list_or_clause_start(s))):
        return [(s, e, "PER")]
    if e - s == 1 and slots.role_before(s) and proper_at(tv, s):
        return [(s, e, "PER")]
    return None


def _person_after_org_word(doc: Doc, s: int, e: int, label: str, slots: _Slots):
    """``[des Wissenschaftsministeriums Joachim Laun]``: an ORG/MISC that ends in a name."""
    if label not in ("ORG", "MISC") or e - s < 3:
        return None
    k = _name_after_org_word(doc, s, e)
    return [(s, k, label), (k, e, "PER")] if k is not None else None


#: How a model ORG/LOC/MISC becomes (part) PER, in order; the first rule that reads the span wins.
_OTHER_TO_PERSON = (_grown_into_person_slot, _title_then_name, _name_in_person_slot, _person_after_org_word)
