"""Organisation finders shared by the role rules: the organisation whose name ends before
a title (``KPMG Partnerin``, ``Muster AG Partner``), named by a sentence-opening ``Für``
(``Für den ÖGB reagierte …``), by a headline label (``Neu bei KPMG: …``), or the one
organisation of a sentence. Each returns a word or character range, or None."""
from __future__ import annotations

from typing import Optional

from pipeline.components.roles.config import DEFAULTS
from pipeline.components.roles.words import SENTENCE_STOPS
from pipeline.lang import role_links as rl
from pipeline.lang import role_words as rw
from pipeline.text.phrases import (ARTICLES, FUNCTION_WORDS, entity_end, is_acronym, is_cap, is_org_cue, is_role_word,
                                   word_span)

#: Parts of speech no word of a company name has (``Laut``, ``Bei``, ``Die`` before it).
NOT_NAME_POS = frozenset({"ADP", "DET", "VERB", "AUX", "ADV", "PRON", "CCONJ", "SCONJ", "PART", "PUNCT", "NUM"})

#: Words at which the look-back for ``Für <Organisation>`` stops.
_FUER_STOPS = frozenset({".", "!", "?", ";", ":", "(", ")"})


def _camel_case(t: str) -> bool:
    """``TimelinePI``: a brand written in camel case."""
    return len(t) > 2 and t[:1].isupper() and any(c.isupper() for c in t[1:]) \
        and any(c.islower() for c in t) and t.isalnum()


def _org_acronym(t: str) -> bool:
    """``KPMG``, not a region code (``DACH``)."""
    return is_acronym(t) and t not in rw.REGION_CODES


def _entity_start(ws, g: int) -> int:
    """The first word of the entity of word ``g`` on ``g``'s line (``g`` when it has none)."""
    w, s = ws[g], g
    while s - 1 >= 0 and w.ent >= 0 and ws[s - 1].ent == w.ent and not ws[s].nl:
        s -= 1
    return s


def _company_name_word(w) -> bool:
    """A word of a company name before its legal form: capitalised, no person, title,
    function word or word of a part of speech no name has (``laut``, ``Bei``)."""
    return (is_cap(w) and w.label != "PER" and not is_role_word(w) and w.pos not in NOT_NAME_POS
            and w.text.lower() not in FUNCTION_WORDS)


def _legal_form_name_start(ws, g: int) -> int:
    """``Muster AG Partner Max Probe`` with no ORG entity: the capitalised words (up to
    three) before the legal form at ``g`` are the company's name; its first word."""
    s = g
    while s - 1 >= 0 and g - s < 3 and not ws[s].nl and _company_name_word(ws[s - 1]):
        s -= 1
    return s


def org_before(ws, g) -> Optional[tuple[int, int]]:
    """The organisation whose name ends at word ``g``, right before a title: an ORG
    entity, an acronym (``KPMG``), a camel-case brand (``TimelinePI``) or a name ending in
    a legal form (``Muster AG``); its word range."""
    w = ws[g]
    acronym = _org_acronym(w.text)
    if not (w.label == "ORG" or _camel_case(w.text) or acronym or w.text in rw.LEGAL_FORMS):
        return None
    s = _entity_start(ws, g)
    if s == g and w.text in rw.LEGAL_FORMS:
        s = _legal_form_name_start(ws, g)
        if s == g and not acronym:
            return None   # ``laut Konzern Sprecher …``: a legal-form word alone names no company
    return s, g + 1


def fuer_org(ws, rs, window=DEFAULTS["fuer_org_window"]):
    """``Für den ÖGB reagierte am Sonntag Vizepräsidentin Renate Anderl``: a
    sentence opened by ``Für`` + organisation names the title's organisation."""
    for k in range(rs - 1, max(-1, rs - window), -1):
        t = ws[k].text
        if t in _FUER_STOPS or ws[k + 1].nl and k + 1 < rs:
            return None
        if t == "Für":  # capitalised: opens a sentence (also after an unpunctuated crosshead)
            j = k + 1
            if j < rs and ws[j].text in ARTICLES:
                j += 1
            if j < rs and ws[j].label == "ORG":
                return word_span(ws, j, entity_end(ws, j, rs))
            return None
    return None


def _label_names_org(part) -> bool:
    """The words of a label after ``bei`` name an organisation (``KPMG``, ``Muster AG``)."""
    return all(is_cap(w) for w in part) and any(
        w.label == "ORG" or is_org_cue(w.text) or (len(w.text) >= 2 and w.text.isupper()) for w in part)


def label_org(ws, rs) -> Optional[tuple[int, int]]:
    """``Neu bei KPMG: Bankenexperte Christian Legény``: a headline label ``… bei <Organisation>:``
    right before the title names its organisation; its character range, or None."""
    if rs < 3 or ws[rs - 1].text != ":" or ws[rs].nl:
        return None
    c = rs - 1
    for k in range(c - 1, max(-1, c - 6), -1):
        if ws[k + 1].nl or ws[k].text in SENTENCE_STOPS:
            return None
        if ws[k].text in rl.LABEL_PREPOSITIONS and k + 1 < c:
            a = k + 2 if ws[k + 1].text in ARTICLES and k + 2 < c else k + 1
            if _label_names_org(ws[a:c]):
                return word_span(ws, a, c)
            return None
    return None


def names_an_org(ws, s, e) -> bool:
    """Words ``s:e`` name an organisation, not a kind of one: an ORG entity, an acronym, or a
    capitalised name with an organisation word (``Muster AG``; not ``Full-Service-Kanzlei``)."""
    part = ws[s:e]
    return any(w.label == "ORG" or (len(w.text) >= 2 and w.text.isupper() and w.text.isalpha()) for w in part) or (
        len(part) >= 2 and any(is_org_cue(w.text) for w in part))


def sentence_bounds(ws, a, b) -> tuple[int, int]:
    """The words of the sentence (within its line) around words ``a:b``."""
    lo = a
    while lo > 0 and ws[lo - 1].text not in SENTENCE_STOPS and not ws[lo].nl:
        lo -= 1
    hi = b
    while hi < len(ws) and ws[hi].text not in SENTENCE_STOPS and not ws[hi].nl:
        hi += 1
    return lo, hi


def sentence_org(ws, a, b) -> Optional[tuple[int, int]]:
    """The character range of the one organisation the sentence around words ``a:b`` names
    (an ORG entity or a name ending in a legal form), else None."""
    found = {}
    for k in range(*sentence_bounds(ws, a, b)):
        if ws[k].label == "ORG":
            found.setdefault(("ent", ws[k].ent), []).append(k)
        elif ws[k].text in rw.LEGAL_FORMS and not ws[k].label:
            o = org_before(ws, k)      # ``Muster AG`` that the model did not tag
            if o is not None and o[1] - o[0] >= 2:
                found.setdefault(("name", o[0]), []).extend(range(*o))
    if len(found) != 1:
        return None
    ks = next(iter(found.values()))
    return word_span(ws, ks[0], ks[-1] + 1)
