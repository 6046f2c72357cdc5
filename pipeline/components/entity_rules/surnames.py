"""Rules for a person named by the family name alone, which news does after the first full
mention (``Barack Obama`` … ``Obamas Kampagne`` … ``Obama``) and which the model often misses,
or reads as a place (``Verteidigungsminister Guttenberg``).

Each is a reader ``(doc, tv, mentions) -> mentions`` like those of :mod:`.labels`.
"""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.entity_rules.mention import Mention, free, replacing
from pipeline.lang.name_evidence import places
from pipeline.lang.name_parts import first_names
from pipeline.lang.speech import SPEECH_VERBS
from pipeline.text.phrases import is_role_noun
from pipeline.text.view import TextView


def surname_repeat(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """The family name of a person of the document (the last word of a full name; a one-word
    person is no evidence: the model calls companies so), alone or in the genitive, is that
    person where the model found nothing: ``Barack Obama`` … ``[Obamas] Kampagne``, ``[Demjanjuk]``.
    Only a word the tagger reads as a proper noun (``Koch`` the cook is a common noun), not
    glued to a compound (``Obama-Regierung``), four letters at least."""
    known = first_names()
    family = {}
    for m in ms:
        if m.label == "PER" and m.end - m.start >= 2 and (tv.words[m.start] in known or doc[m.start].pos_ == "PROPN"):
            last = tv.words[m.end - 1]
            if len(last) >= 4 and last[:1].isupper() and last.isalpha():
                family[last] = family[last + "s"] = True
    if not family:
        return ms
    out = ms
    for i, w in enumerate(tv.words):
        if w in family and doc[i].pos_ == "PROPN" and free(out, i, i + 1) and not _glued(tv, i):
            out = replacing(out, Mention(i, i + 1, "PER", "rule"))
    return out


def _glued(tv: TextView, i: int) -> bool:
    """The word is part of a hyphenated compound (``Obama-Regierung``, ``Pro-Obama``)."""
    text, s, e = tv.text, tv.starts[i], tv.ends[i]
    return (e < len(text) and text[e] in "-‐‑") or (s > 0 and text[s - 1] in "-‐‑")


def title_then_surname(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A one-word model LOC right after a title is a person's family name: ``Verteidigungsminister
    [Guttenberg]`` (not after ``von``: ``Datenschutzbeauftragte von Hessen``), or after a ``zu``
    that is no preposition (``gegen zu [Guttenberg]``, ``sagte zu [Guttenberg]``); so are the
    name's other one-word mentions as a place (``[Guttenberg] besucht …``), also when the persons
    component read the title already. Not a place of the tables (``Stadtrat Dresden``,
    ``Exportkaiser Vorarlberg``) nor a genitive (``Bürgermeister Wiens``)."""
    known_places = places()   # ``Stadtrat Dresden``, ``Exportkaiser Vorarlberg``: the tables' places stay
    found = set()
    for m in ms:
        if m.label not in {"LOC", "PER"} or m.end - m.start != 1 or m.start == 0:
            continue
        w, before = tv.words[m.start], tv.words[m.start - 1]
        if w in known_places or w.endswith("s") or not tv.same_line(m.start - 1, m.start):
            continue
        if is_role_noun(before) or (before in {"zu", "Zu"} and _noble_zu(doc, m)):
            found.add(w)
    if not found:
        return ms
    # the name's other mentions in the document are the person too (``Guttenberg besucht …``)
    genitives = {w + "s" for w in found}
    return [m.moved(m.start, m.end, "PER") if m.label == "LOC" and m.end - m.start == 1
            and (tv.words[m.start] in found or tv.words[m.start] in genitives) else m for m in ms]


def _noble_zu(doc: Doc, m: Mention) -> bool:
    """``zu`` that cannot be the preposition: after a preposition or a subordinating conjunction
    (``gegen zu Guttenberg``, ``weil zu Guttenberg``), or beside a speech verb (``sagte zu
    Guttenberg``, ``Zu Guttenberg erklärte``)."""
    before = doc[m.start - 2] if m.start >= 2 else None
    after = doc[m.end] if m.end < len(doc) else None
    return (before is not None and (before.pos_ in {"ADP", "SCONJ"} or before.lemma_ in SPEECH_VERBS)) \
        or (after is not None and after.lemma_ in SPEECH_VERBS)
