"""Names as the index compares them: pure functions, no state.

>>> person_name("Prof. Dr. Klaus M. Mühlhahn")
PersonName(first='klaus', last='muehlhahn', initial=False)
>>> person_name("Mühlhahn")
PersonName(first='', last='muehlhahn', initial=False)
>>> org_name("KPMG Austria GmbH")
OrgName(key='kpmg', legal_form='GmbH')
>>> org_name("Bank of China").key
'bank of china'
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple, Optional

from pipeline.lang.honorifics import HONORIFICS, HONORIFIC_SUFFIXES
from pipeline.lang.identity import (COMPOUND_HYPHENS, COUNTRY_EXTRA, NOT_COUNTRIES, GERMAN_TRANSLIT, ORG_COUNTRY_KEEPERS,
                                    ORG_DESCRIPTORS, ORG_GROUP_WORDS, ORG_REGION_WORDS, TRANSLIT_VARIANTS)
from pipeline.lang.name_parts import NAME_PARTICLES

_TRANSLIT = str.maketrans(GERMAN_TRANSLIT)
_SEPARATORS = re.compile(r"[\s\-‐‑–—_.,'’`´/()®™©]+")
_TITLES = frozenset(HONORIFICS) | frozenset(p for s in HONORIFIC_SUFFIXES for p in s.split())
_INITIAL = re.compile(r"^[^\W\d_]\.?$")


class PersonName(NamedTuple):
    first: str     # folded first given name; "" for a surname-only mention
    last: str      # folded family name with its particles (``von der leyen``)
    initial: bool  # the first name is only an initial (``K. Mühlhahn``)


class OrgName(NamedTuple):
    key: str         # folded name without legal form, descriptors, country or region
    legal_form: str  # the legal form as written (``GmbH``), "" when none


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """``"Müller-Lüdenscheidt"`` → ``"mueller luedenscheidt"``: transliterated, ASCII, case-folded."""
    text = name.translate(_TRANSLIT).replace("®", " ").replace("™", " ").replace("©", " ")
    if not text.isascii():   # accents first (fast); rigour transliterates the other scripts (slow)
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        if not text.isascii():
            from rigour.text import ascii_text

            text = ascii_text(text)
    text = text.casefold()
    return _SEPARATORS.sub(" ", text).strip()


_DOUBLED = re.compile(r"([a-z])\1+")


@lru_cache(maxsize=200_000)
def spelling_skeleton(folded: str) -> str:
    """``ahmadinedschad`` and ``ahmadinejad`` → ``ahmadinejad``, ``chomeini``/``khomeini`` →
    ``chomeini``: a folded name with transliteration variants and doubled letters written one way."""
    text = folded.replace(" ", "")
    for a, b in TRANSLIT_VARIANTS:
        text = text.replace(a, b)
    return _DOUBLED.sub(r"\1", text)


@lru_cache(maxsize=200_000)
def person_name(name: str) -> Optional[PersonName]:
    """The parts of a person's name that decide identity; None when nothing name-like is left."""
    tokens = _name_tokens([t for t in name.split() if t not in _TITLES])
    if not tokens:
        return None
    k = len(tokens) - 1
    while k > 0 and tokens[k - 1] in NAME_PARTICLES:   # ``von der Leyen``: particles join the family name
        k -= 1
    last = fold(" ".join(tokens[k:]))
    if not last:
        return None
    if k == 0:
        return PersonName("", last, False)
    first = tokens[0]
    return PersonName(fold(first), last, bool(_INITIAL.match(first)))


def _name_tokens(tokens: list[str]) -> list[str]:
    """Words the entity span took in front of a name: ``Demokratin Kirsten Gillibrand``,
    ``CDU-Kanzlerkandidatin Angela Merkel`` (a non-first-name before a first name), ``Da Mussawi``
    (a function word before a lone surname)."""
    from spacy.lang.de.stop_words import STOP_WORDS

    from pipeline.lang.name_parts import first_names

    known = first_names()
    while len(tokens) >= 3 and tokens[0] not in known and tokens[1] in known:
        tokens = tokens[1:]
    if len(tokens) == 2 and tokens[0].casefold() in STOP_WORDS:
        tokens = tokens[1:]
    return _without_affiliation(tokens, known)


def _without_affiliation(tokens: list[str], known) -> list[str]:
    """A full name the span ran on into an affiliation: ``Renate Künast von den Grünen`` →
    ``Renate Künast`` (a particle after first and family name); ``Johann Wolfgang von Goethe``
    keeps its particle (the word before it is a given name), so does ``Karl-Theodor zu Guttenberg``."""
    p = next((i for i, t in enumerate(tokens) if t in NAME_PARTICLES), 0)
    if 2 <= p < len(tokens) - 1 and tokens[p - 1] not in known:
        return tokens[:p]
    return tokens


@lru_cache(maxsize=1)
def _country_names() -> frozenset:
    """Country names in German and English (CLDR, through Babel): ``Österreich``, ``Austria`` …
    (rigour's territory lookup knows them too, but loads for seconds: this runs in every run)."""
    from babel import Locale

    names = set(COUNTRY_EXTRA)
    for lang in ("de", "en"):
        names |= {v.casefold() for k, v in Locale.parse(lang).territories.items()
                  if len(k) == 2 and k.isalpha() and k not in NOT_COUNTRIES}
    return frozenset(names)


def _country(word: str) -> bool:
    if len(word) <= 3 and word.isupper() and word not in ("USA", "UK"):
        return False   # ``KPMG IT``, ``Siemens AG`` (AG is also Antigua's code)
    return word.casefold() in _country_names()


def _strip_tail(words: list[str]) -> list[str]:
    """Drop trailing group, region and country words while a name is left (``KPMG Österreich``)."""
    while len(words) > 1:
        tail = words[-1]
        folded = tail.casefold()
        if words[-2].casefold() in ORG_COUNTRY_KEEPERS:
            break
        if folded in ORG_GROUP_WORDS or folded in ORG_REGION_WORDS or _country(tail):
            words = words[:-1]
        elif len(words) > 2 and f"{words[-2]} {tail}".casefold() in ORG_REGION_WORDS:
            words = words[:-2]
        else:
            break
    return words


def _without_person_tail(name: str) -> str:
    """An organisation span that ran on into a person's name: ``ZDF Gero von Boehm``,
    ``KPMG Law Karin Bruchbacher`` → ``ZDF``, ``KPMG Law`` (a first name after the first word,
    followed by a capitalised word)."""
    from pipeline.lang.name_parts import first_names

    words = name.split()
    known = first_names()
    for i in range(1, len(words) - 1):
        if words[i] in known and (words[i + 1][:1].isupper() or words[i + 1] in ("von", "van", "de")):
            return " ".join(words[:i])
    return name


@lru_cache(maxsize=200_000)
def org_name(name: str) -> OrgName:
    """The identity key of an organisation's name and its legal form."""
    from rigour.names import extract_org_types, remove_org_types

    name = _without_person_tail(name)

    forms = extract_org_types(name)
    legal = forms[0][0] if forms else ""
    words = [w for w in remove_org_types(name, replacement="").split() if w.casefold() not in ORG_DESCRIPTORS]
    words = [w for w in words if not (w[:1] in COMPOUND_HYPHENS)]
    if words and "-" in words[-1]:   # ``Bosch-Gruppe``: a group word glued by a hyphen
        head, _, tail = words[-1].rpartition("-")
        if tail.casefold() in ORG_GROUP_WORDS and head:
            words[-1] = head
    key = fold(" ".join(_strip_tail(words))) if words else ""
    return OrgName(key or fold(name), legal)


#: ``CDU/FDP-Landesregierung``, ``CDU- und FDP-Politiker``: a mention that is the first part of
#: a coordinated compound (after it: a slash and a hyphenated word, or a hyphen and a coordinator).
_COORDINATED_COMPOUND = re.compile(r"/[^\W\d_][\w.&]*[-‐‑][^\W\d_]|[-‐‑] (?:und|oder|sowie|bzw\.) ")

#: How many characters after a mention :func:`is_compound_use` reads.
COMPOUND_LOOKAHEAD = 24


def is_compound_use(text: str, end: int) -> bool:
    """A mention ending at ``end`` glued to a following word: ``KPMG-Studie``, ``Merkel-Regierung``,
    or the first part of a coordinated compound: ``CDU/FDP-Landesregierung``, ``CDU- und FDP-Politiker``
    (``CDU/CSU`` alone is a name)."""
    if end + 1 < len(text) and text[end] in COMPOUND_HYPHENS and text[end + 1].isalpha():
        return True
    return bool(_COORDINATED_COMPOUND.match(text, end, end + COMPOUND_LOOKAHEAD))


def is_acronym(name: str) -> bool:
    """``UNDP``, ``dena``-like short upper-case names that a document may introduce for a long one."""
    letters = name.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 8 and letters.isalnum() and sum(c.isupper() for c in letters) >= 2 \
        and " " not in name


__all__ = ["PersonName", "OrgName", "fold", "spelling_skeleton", "person_name", "org_name", "is_compound_use", "is_acronym", "COMPOUND_LOOKAHEAD"]
