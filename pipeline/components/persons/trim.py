"""Trim a model PER span: titles, honorifics, determiners and punctuation leave its edges
(``Generalkonsul Huang Yiyang`` → ``Huang Yiyang``, ``[KPMG Senior] Partner`` → ``KPMG``);
what is left may be no name at all (the :data:`_NO_NAME` rules: ``Bezirksrat``,
``Vice President [Sales Europe]``)."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.components.persons.names import _ARABIC_PREFIX, _HON_TOKENS, _VERSION, _first_name_at, name_at
from pipeline.lang.entity_cues import DETERMINERS
from pipeline.lang.inflection import ADJECTIVE_ENDINGS, ADJECTIVE_SUFFIXES
from pipeline.lang.name_parts import NAME_PARTICLES
from pipeline.lang.role_words import DEPARTMENT_WORDS, ENGLISH_ROLE_MODIFIERS, ROLE_MODIFIERS
from pipeline.text.phrases import abstract_noun, is_role_noun, split_compound
from pipeline.text.view import view

#: Inflected adjectives (``Gefährlichen``, ``Neuen``, ``Zuständige``), which no first name is.
_ADJECTIVE_FORM = re.compile(r"(?:%s)(?:%s)$" % ("|".join(ADJECTIVE_SUFFIXES), "|".join(ADJECTIVE_ENDINGS)))


def _trim(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """Drop titles, honorifics, determiners and punctuation at the edges; an empty span
    (``s, s``) when what is left is no name."""
    tv = view(doc)
    s = _trim_start(doc, s, e)
    e = _trim_end(doc, s, e)
    if any(rule(doc, s, e) for rule in _NO_NAME):
        return s, s
    if e - s >= 3 and not _first_name_at(tv, s) and _first_name_at(tv, s + 1):
        s += 1       # ``[Focus] John West``: a word before the first name
    if not _first_name_at(tv, s) and _ADJECTIVE_FORM.search(tv.words[s]):
        return s, s  # ``Gefährlichen Eingriff``: an inflected adjective opens no name
    return s, e


def _trim_start(doc: Doc, s: int, e: int) -> int:
    """First token of a PER span after titles, honorifics, determiners and punctuation
    (``Herr``, ``der``, ``Bezirksrat``, ``Boliviens Ministerpräsident``); particles stay (``von Notz``)."""
    while s < e and not _particle_opens_name(doc, s, e):
        drop = _words_before_name(doc, s, e)
        if not drop:
            break
        s += drop
    return s


def _particle_opens_name(doc: Doc, s: int, e: int) -> bool:
    """``von Notz``, ``el-Baradei``: an Arabic prefix, or a name particle that is no determiner
    before a name word."""
    t = doc[s].text
    if t in DETERMINERS:
        return False
    return bool(_ARABIC_PREFIX.match(t)) or (t in NAME_PARTICLES and s + 1 < e and name_at(view(doc), s + 1))


def _words_before_name(doc: Doc, s: int, e: int) -> int:
    """How many tokens from ``s`` are no part of the name: 1 for punctuation, a determiner, an
    honorific, a role modifier or a lower-case word (``Herr``, ``der``, ``stellv.``), 1 for a
    title before more words (``Bezirksrat``), 2 for a place's genitive and a title (``Boliviens
    Ministerpräsident Evo Morales``); 0 when the name starts at ``s``."""
    tv = view(doc)
    t = doc[s]
    if (t.is_punct or t.text in DETERMINERS or t.text in _HON_TOKENS or t.text in ROLE_MODIFIERS
            or t.text[:1].islower() or t.is_space):
        return 1
    if e - s >= 2 and (is_role_noun(t.text) or split_compound(t.text)):
        return 1
    if e - s >= 3 and t.text.endswith("s") and is_role_noun(tv.words[s + 1]) and not _first_name_at(tv, s):
        return 2
    return 0


def _trim_end(doc: Doc, s: int, e: int) -> int:
    """End of a PER span before punctuation, determiners and an English modifier
    that opens the next title (``[KPMG Senior] Partner``)."""
    tv = view(doc)
    while e > s and (doc[e - 1].is_punct or tv.words[e - 1].isspace() or tv.words[e - 1] in DETERMINERS
                     or (e - s >= 2 and tv.words[e - 1] in ENGLISH_ROLE_MODIFIERS)):
        e -= 1
    return e


# What a trimmed PER span can be instead of a name: (doc, s, e) -> True when it is no name.

def _genitive_place_and_title(doc: Doc, s: int, e: int) -> bool:
    """``[Boliviens Ministerpräsident] [Evo Morales]``: no name at all (``Hans Richter`` is one)."""
    tv = view(doc)
    return (e - s == 2 and tv.words[s].endswith("s") and is_role_noun(tv.words[s + 1])
            and not _first_name_at(tv, s))


def _title_alone(doc: Doc, s: int, e: int) -> bool:
    """``Bezirksrat``: a title alone is no name."""
    tv = view(doc)
    return e - s == 1 and (is_role_noun(tv.words[s]) or split_compound(tv.words[s]))


def _department_words(doc: Doc, s: int, e: int) -> bool:
    """``Vice President [Sales Europe]``, ``Leiter [Mittelstands-] und …``: no name."""
    return all(t.text in DEPARTMENT_WORDS or t.text.endswith("-") for t in doc[s:e])


def _abstract_or_product(doc: Doc, s: int, e: int) -> bool:
    """``Spezialisierung Umsatzrealisierung``, ``CDO [Model Repository] 4.0``: no name."""
    tv = view(doc)
    return not any(_first_name_at(tv, k) for k in range(s, e)) and (
        all(abstract_noun(t.text) for t in doc[s:e]) or (e < len(doc) and _VERSION.match(tv.words[e])))


#: What a trimmed PER span can be instead of a name, in the order they are asked.
_NO_NAME = (_genitive_place_and_title, _title_alone, _department_words, _abstract_or_product)
