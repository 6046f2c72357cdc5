"""Could a word be part of a personal name? The word tests every persons stage asks.

``name_at`` reads the text first (``_name_word``: capitalised, no function, role,
organisation or honorific word) and the tags only when the text leaves it open; the
model's tagger often calls Chinese and Korean name parts ADP/ADJ/NOUN (``Xu``, ``An``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc

from pipeline.lang.abbreviations import SENTENCE_STARTERS
from pipeline.lang.entity_cues import DETERMINERS, KNOWN_NAMES
from pipeline.lang.honorifics import HONORIFIC_SUFFIXES, HONORIFICS, SPLIT_HONORIFICS
from pipeline.lang.name_parts import ARABIC_NAME_PREFIXES, ARTICLE_PARTICLES, NAME_PARTICLES, first_names
from pipeline.lang.role_words import DEPARTMENT_WORDS
from pipeline.text.phrases import FUNCTION_WORDS, abstract_noun, is_org_cue, is_role_noun
from pipeline.text.view import TextView, view

#: Only these parts of speech rule a capitalised word out of a name: the model's
#: tagger often calls Chinese and Korean name parts ADP/ADJ/NOUN (``Xu``, ``An``).
_BAD_POS = {"VERB", "AUX", "NUM", "PUNCT", "SYM", "SPACE"}
_ARABIC_PREFIX = re.compile(r"^(?:%s)-[A-ZÄÖÜ]\w+$" % "|".join(ARABIC_NAME_PREFIXES))
_PROPER = {"NE", "NNP", "PROPN", "FM"}
#: Hyphenated Korean given names (``Hyong-chan``, ``Ri-mun``), often tagged as nouns.
_KOREAN_PART = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
_HON_TOKENS = frozenset(HONORIFICS) | frozenset(HONORIFIC_SUFFIXES) | frozenset(SPLIT_HONORIFICS) | {"."}
#: A version number after capitalised words makes them a product (``CDO Model Repository 4.0``).
_VERSION = re.compile(r"^\d+(?:\.\d+)+$")


def _proper(tok) -> bool:
    return proper_at(view(tok.doc), tok.i)


def name_token(tok) -> bool:
    """``name_at`` for a spaCy token."""
    return name_at(view(tok.doc), tok.i)


def name_at(v: TextView, i: int) -> bool:
    """Token ``i`` could be part of a personal name: capitalised, not a function,
    role, organisation or honorific word, not tagged as a verb or article."""
    by_text = _name_word(v.words[i])
    if by_text is None:
        return not (v.poss[i] in _BAD_POS and not proper_at(v, i))
    return by_text


def proper_at(v: TextView, i: int) -> bool:
    return v.tags[i] in _PROPER or v.poss[i] in _PROPER


@lru_cache(maxsize=1 << 16)
def _name_word(t: str) -> Optional[bool]:
    """``name_token`` from the text alone: True or False, or None when the tags decide."""
    if _ARABIC_PREFIX.match(t):
        return True  # ``el-Baradei``, ``al-Faki``
    if not t[:1].isupper() or not any(c.islower() for c in t):
        return False  # ``UNITAR``, ``ZTE``: acronyms are organisations
    if t in FUNCTION_WORDS or t in SENTENCE_STARTERS or t in DETERMINERS or t in _HON_TOKENS:
        return False
    if (is_role_noun(t) or is_org_cue(t) or is_org_cue(t.rstrip(".")) or t in KNOWN_NAMES
            or t in DEPARTMENT_WORDS or t.endswith("-")):
        return False   # ``GmbH.`` at a sentence end is still no name part
    if abstract_noun(t):
        return False   # ``Spezialisierung``, ``Digitalisierung``
    if t.lower() in FUNCTION_WORDS or any(c.isdigit() for c in t):
        return False
    return None


def _first_name_at(v: TextView, i: int) -> bool:
    """Token ``i`` is a known first name (``Anna``)."""
    return v.words[i] in first_names()


def _particles_then_name(doc: Doc, k: int) -> int:
    """End of ``von der Leyen`` / ``de Maizière`` starting at ``k`` (particles,
    then one capitalised name word on the same line), else 0."""
    v = view(doc)
    w, n = v.words, len(v.words)
    if k >= n or w[k] in ARTICLE_PARTICLES:
        return 0  # ``Jürgen Trittin den Umstieg``: an article opens no surname
    j = k
    while j < n and j - k < 2 and w[j] in NAME_PARTICLES and v.same_line(k, j):
        j += 1
    if j > k and j < n and v.same_line(k, j) and name_at(v, j):
        # ``von der Chulalongkorn-Universität`` is a place of work, not a surname
        if j + 1 < n and v.same_line(j, j + 1) and (
                w[j + 1][:1].isupper() or w[j + 1].startswith("-")
                or w[j].endswith("-") or w[j + 1] == "-"):
            return 0
        return j + 1
    return 0
