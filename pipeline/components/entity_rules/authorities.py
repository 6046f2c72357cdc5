"""Readers for the courts and police units of court and police releases: a police unit with
its town, a court or prosecutor with its state or town, a court's numbered panel.

Each is a reader ``(doc, tv, mentions) -> mentions`` named for the construction it reads.
"""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.entity_rules.mention import Mention, capitalised, covers, replacing
from pipeline.lang.authorities import JUSTICE_BODIES, PANEL_ORDINAL_STEMS, PANEL_WORDS, POLICE_UNITS
from pipeline.lang.entity_cues import DETERMINERS
from pipeline.lang.name_evidence import places
from pipeline.text.view import TextView

_ADJ_ENDINGS = ("e", "en", "er", "es")
_ROMAN = frozenset({"I", "II", "III", "IV"})


def _town_after(tv: TextView, i: int, known, out: list[Mention]) -> bool:
    """The word after word ``i`` on its line can be a town's name: a place mention, a word of
    the place tables, or a capitalised word that is no other mention and no word of the lemma
    table (``Anklage``, ``Blut``, ``Geschwindigkeitsmessungen``)."""
    k = i + 1
    if k >= len(tv.words) or not tv.same_line(i, k):
        return False
    w = tv.words[k]
    if not (w[:1].isupper() and w.replace("-", "").isalpha()) or w in DETERMINERS:
        return False
    at = [m.label for m in out if m.start <= k < m.end]
    if at:
        return at == ["LOC"]   # ``Staatsanwaltschaft [Ertel]``: a person is no town
    return w in places() or w not in known


def _place_adjective(w: str) -> bool:
    """``Hessisches``, ``Dortmunder``, ``Thüringer``: a state's or town's adjective; not
    ``Zentraler``."""
    if w.endswith(("isches", "ische", "ischen")):
        return True
    return w.endswith("er") and (w[:-2] in places() or w[:-2] + "en" in places())


def police_unit_and_place(doc: Doc, tv: TextView, ms: list[Mention], known=None) -> list[Mention]:
    """A police unit with its town is one organisation: ``Das [Polizeirevier Esslingen] bittet``,
    ``des [Polizeipräsidiums Reutlingen]``, ``beim [Revier Heilbronn]``; not ``Die
    Verkehrspolizei bittet`` (no town) or ``im Revier Anklage`` (a common noun)."""
    out = ms
    for i in capitalised(tv):
        if tv.words[i] in POLICE_UNITS and _town_after(tv, i, known or (), out) and covers(out, i, i + 2):
            out = replacing(out, Mention(i, i + 2, "ORG", "rule"))
    return out


def justice_body_named(doc: Doc, tv: TextView, ms: list[Mention], known=None) -> list[Mention]:
    """A court or prosecutor named with its state or town is one organisation: ``[Hessisches
    Landesarbeitsgericht]``, ``[Landgericht München I]``, ``der [Staatsanwaltschaft Tübingen]``;
    not ``Das Arbeitsgericht hat`` (no name: a common noun)."""
    out = ms
    n = len(tv.words)
    for i in capitalised(tv):
        if tv.words[i] not in JUSTICE_BODIES:
            continue
        s, e = i, i + 1
        p = i - 1
        if p >= 0 and tv.same_line(p, i) and tv.words[p][:1].isupper() and tv.words[p] not in DETERMINERS \
                and _place_adjective(tv.words[p]) and tv.gap(p, i) == " ":
            s = p   # ``Hessisches Landesarbeitsgericht``, ``Thüringer Oberlandesgericht``
        elif _town_after(tv, i, known or (), out):
            e = i + 2   # ``Landgericht München``
            if e < n and tv.words[e] in _ROMAN and tv.same_line(i, e):
                e += 1
        if (s, e) != (i, i + 1) and covers(out, s, e):
            out = replacing(out, Mention(s, e, "ORG", "rule"))
    return out


def panel_of_a_court(doc: Doc, tv: TextView, ms: list[Mention]) -> list[Mention]:
    """A court's numbered panel is an organisation of its own, the court after it another:
    ``vor dem [Siebten Senat] des [Bundesarbeitsgerichts]`` (one model span split in two),
    ``des [Zehnten Senats]``; not ``der Senat`` (no number)."""
    out = ms
    for i in capitalised(tv):
        if tv.words[i] not in PANEL_WORDS or i == 0 or not _ordinal(tv.words[i - 1]) or not tv.same_line(i - 1, i):
            continue
        p = i - 1
        over = [m for m in out if m.start < i + 1 and p < m.end]
        longer = next((m for m in over if m.start == p and m.end > i + 2 and tv.words[i + 1] in {"des", "der"}), None)
        if longer is not None:   # ``[Siebten Senat des Bundesarbeitsgerichts]``
            out = replacing(out, Mention(i + 2, longer.end, "ORG", "rule"))
            out = replacing(out, Mention(p, i + 1, "ORG", "rule"))
        elif covers(out, p, i + 1):
            out = replacing(out, Mention(p, i + 1, "ORG", "rule"))
    return out


def _ordinal(w: str) -> bool:
    """``Siebten``, ``Ersten``, ``Großen``: an ordinal or ``groß`` with an adjective ending."""
    return any(w.startswith(stem) and w[len(stem):] in _ADJ_ENDINGS for stem in PANEL_ORDINAL_STEMS)
