"""The phrase grammar that ``press_persons`` and ``press_roles`` share.

It reads a ``Doc`` as the :class:`~pipeline.text.view.Word` list of its text view
(``pipeline.text.view.words_of``). Small parsers read the phrases press releases use
around names:

- ``parse_np``: a noun phrase (``der Chinesischen Akademie der Wissenschaften``);
- ``parse_role``: a role phrase with its organisation (``Direktor des Instituts für
  Automatisierung``, ``stellv. Direktorin der Beispiel AG``);
- ``affiliation_like``: the content of a parenthesis that can name an organisation
  (``(dena)``, ``(UNITAR)``), not a place, age or sentence;
- word tests: ``is_role_noun``, ``split_compound`` (``Siemens-Chef``), ``is_org_cue``,
  ``is_modifier``, ``honorific_regex``.

The vocabulary is in ``pipeline/lang/role_words.py``, ``pipeline/lang/honorifics.py`` and
``pipeline/lang/inflection.py``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional


from pipeline.text.view import Word
from pipeline.lang.name_parts import first_names
from pipeline.lang.entity_cues import KNOWN_NAMES
from pipeline.lang.honorifics import HONORIFIC_SUFFIXES, HONORIFICS
from pipeline.lang.inflection import ADJECTIVE_ENDINGS, NOUN_ENDINGS
from pipeline.lang.months import MONTHS, WEEKDAYS
from pipeline.lang import role_words as rw
from pipeline.lang.role_words import (ADJECTIVAL_ROLE_STEMS, ENGLISH_ROLE_MODIFIERS, ENGLISH_ROLES,
                                      IRREGULAR_FORMS, ORG_CUES, ROLE_MODIFIERS, ROLE_NOUNS,
                                      ROLE_PREFIXES)

SPACES = " \t\u00a0\u202f\u2009\u2007"

# ---------------------------------------------------------------- word tables

_GENDER_PLURAL = re.compile(rw.GENDER_PLURAL)


@lru_cache(maxsize=1)
def _role_forms() -> tuple[frozenset, frozenset]:
    """(exact forms, lower-cased forms usable as compound tails)."""
    forms = set(IRREGULAR_FORMS)
    for base in ROLE_NOUNS:
        if base.endswith("e"):  # weak nouns: Experte/Experten/Expertin
            forms.update({base, base + "n", base[:-1] + "in", base[:-1] + "innen"})
        else:
            forms.update(base + e for e in NOUN_ENDINGS)
    for stem in ADJECTIVAL_ROLE_STEMS:
        forms.update(stem + e for e in ADJECTIVE_ENDINGS)
    compound_only = {base + e for base in rw.COMPOUND_ONLY_ROLE_NOUNS for e in NOUN_ENDINGS}
    tails = frozenset(f.lower() for f in forms | compound_only if len(f) >= 4)
    return frozenset(forms), tails


@lru_cache(maxsize=65536)
def is_role_noun(text: str) -> bool:
    """A role noun as written: a listed form, or a compound ending in one;
    gender forms count (``Partner:innen``, ``PartnerInnen`` → ``Partnerinnen``)."""
    if not text or not text[0].isupper():
        return text in ENGLISH_ROLES
    g = _GENDER_PLURAL.search(text)
    if g is not None and g.start() > 0:
        text = text[:g.start()] + "innen"
    if text in ENGLISH_ROLES:
        return True
    if text in ORG_CUES:  # ``Partners``, ``Management``: organisation words first
        return False
    forms, tails = _role_forms()
    if text in forms:
        return True
    low = text.lower()
    for i in range(1, len(low) - 3):
        if low[i:] in tails:
            head = low[:i]
            # a compound needs a real first part (``Wirtschafts|minister``), a hyphen or
            # the prefix ``Ex`` (``Expremier``, ``Exkanzler``)
            if head.endswith("-") or len(head) >= 3 or head == "ex":
                return True
    return False


def is_title_form(text: str) -> bool:
    """A listed role form as written, no compound (``Chef``, ``Präsidentin``; not
    ``Bildungsministerin``): the title part of a closed compound (``Bahn|chef``)."""
    return text in _role_forms()[0]


@lru_cache(maxsize=65536)
def split_compound(text: str) -> Optional[tuple[int, int]]:
    """For ``Siemens-Chef`` the (start, end) of the organisation prefix inside
    the word, when the part after the last hyphen is a role noun and the part
    before is a name rather than a role prefix (``Co-``, ``Vize-``)."""
    if "-" not in text.strip("-"):
        return None
    cut = text.rstrip("-").rfind("-")
    prefix, tail = text[:cut], text[cut + 1:]
    if not prefix or not tail or not (is_role_noun(tail) or is_role_noun(text)) or not prefix[0].isupper():
        return None   # (``Red-Bull-Boss``: ``Boss`` is a title only as a compound's end)
    if prefix in ROLE_PREFIXES or prefix.split("-")[-1] in ROLE_PREFIXES:
        return None
    # ``China-Europe``-style double names stay; a role word as prefix is no org
    if is_role_noun(prefix):
        return None
    # ``Ex-ÖVP-Landesrätin``: the leading role prefix is not part of the org
    first = prefix.split("-")[0]
    start = len(first) + 1 if first in ROLE_PREFIXES and "-" in prefix else 0
    return start, cut


@lru_cache(maxsize=1)
def _org_cue_tails() -> frozenset:
    return frozenset(c.lower() for c in ORG_CUES if len(c) >= 4)


@lru_cache(maxsize=65536)
def is_org_cue(text: str) -> bool:
    """An organisation word (``Institut``, ``GmbH``), also inflected or as a compound tail."""
    if text in ORG_CUES:
        return True
    low = text.lower()
    tails = _org_cue_tails()
    for cand in (low, low[:-1] if low.endswith("s") else None, low[:-2] if low.endswith("es") else None):
        if not cand:
            continue
        if cand in tails:
            return True
        for i in range(1, len(cand) - 3):
            if cand[i:] in tails and (cand[i - 1] == "-" or i >= 3):
                return True
    return False


@lru_cache(maxsize=1)
def honorific_regex() -> re.Pattern:
    """Honorific sequence right before a name (``Prof. Dr.``, ``Dr. med.``, ``Frau``)."""
    sp = f"[{SPACES}]"
    parts = sorted(HONORIFICS, key=len, reverse=True)
    sufs = sorted(HONORIFIC_SUFFIXES, key=len, reverse=True)
    one = "(?:" + "|".join(re.escape(p).replace(r"\ ", sp + "*") for p in parts) + ")"
    suf = "(?:" + "|".join(re.escape(p).replace(r"\ ", sp + "*") for p in sufs) + ")"
    unit = f"{one}(?:{sp}+{suf})*"
    return re.compile(rf"(?<![\w.-])({unit}(?:{sp}+{unit})*){sp}+$")


# ---------------------------------------------------------------- word tests

APPOSITION_ARTICLES = rw.APPOSITION_ARTICLES
ARTICLES = rw.ARTICLES
GENITIVE = rw.GENITIVE_ARTICLES
ORG_PREPS = rw.ORG_PREPOSITIONS
ROLE_PREPS = rw.ROLE_PREPOSITIONS
NP_LINKS = rw.NAME_LINKS
FUNCTION_WORDS = rw.FUNCTION_WORDS
_ADJ_END = re.compile(r"[a-zäöüß]{2,}(?:%s)$" % "|".join(ADJECTIVE_ENDINGS))


def is_acronym(text: str, min_len: int = 2) -> bool:
    """``KPMG``, ``EU``: capitals only, letters only, at least ``min_len`` of them
    (a role phrase's organisation asks for three: ``IT``, ``HR`` are departments there)."""
    return len(text) >= min_len and text.isupper() and text.isalpha()


def spells_initials(short: str, words: list[str]) -> bool:
    """``Service Level Agreement (SLA)``: the capitals of ``short`` begin with the
    initials of ``words`` (two letters are enough)."""
    caps = "".join(c for c in short if c.isupper())
    initials = "".join(t[0] for t in words).upper()
    return len(caps) >= 2 and caps.startswith(initials[:2])


def is_cap(w: Word) -> bool:
    return w.text[:1].isupper() or (w.text[:1].isdigit() and any(c.isalpha() for c in w.text))


def is_adj(w: Word) -> bool:
    """Lower-case attributive adjective (tagger's ``ADJA``; shape when untagged)."""
    t = w.text
    if not t[:1].islower() or t in FUNCTION_WORDS:
        return False
    if t in ROLE_MODIFIERS:
        return True
    if w.pos in ("VERB", "AUX") or w.tag.startswith("VV") or w.tag.startswith("VA"):
        return False
    if w.tag or w.pos:
        # UPOS first: the bundled model's fine tags mix STTS and PTB (``ADJA``/``JJ``);
        # an attributive adjective is inflected, which keeps out ``rief`` tagged ADJ
        return (w.pos == "ADJ" or w.tag in ("ADJA", "JJ")) and bool(_ADJ_END.match(t))
    # untagged (blank pipeline): shape only; ``-te`` is mostly a past tense (``betonte``)
    return bool(_ADJ_END.match(t)) and not t.endswith("te")


def is_modifier(w: Word) -> bool:
    return w.text in ROLE_MODIFIERS or is_adj(w)


def is_role_word(w: Word) -> bool:
    return is_role_noun(w.text) and w.label not in ("PER",)


# ---------------------------------------------------------------- phrases

@dataclass
class Phrase:
    role: Optional[tuple[int, int]]   # word range
    org: Optional[tuple[int, int]]    # word range
    end: int          # word index after the phrase
    start: int        # word index of the phrase's first word
    role_c: Optional[tuple[int, int]] = None   # character spans (what rows use)
    org_c: Optional[tuple[int, int]] = None


OPEN_QUOTES = {"„": "“", "»": "«", "\"": "\"", "“": "”", "‚": "‘"}


def quoted_name(ws: list[Word], j: int, limit: int) -> int:
    """End of ``„Ener1“`` (after the closing quote) when word ``j`` opens a
    short quoted name, else ``j``."""
    if j < limit and ws[j].text in OPEN_QUOTES:
        close = OPEN_QUOTES[ws[j].text]
        for k in range(j + 1, min(limit, j + 9)):
            if ws[k].nl:
                break
            if ws[k].text in (close, "“", "”", "\"") and k > j + 1:
                return k + 1
    return j


def parse_np(ws: list[Word], j: int, limit: int) -> int:
    """End (word index) of a name-like noun phrase starting at ``j``:
    capitalised words, adjectives before them, genitive chains (``der X``),
    ``für``/``of`` after organisation words, ``und`` + capitalised non-role word,
    a short quoted name (``„Ener1“``).

    Capitalised words make the phrase; any other word joins it only when one of
    the :data:`NP_STEPS` reads it."""
    q = quoted_name(ws, j, limit)
    if q > j:
        return q
    k = j
    head = False
    while k < limit:
        w = ws[k]
        if k > j and w.nl:
            break
        if is_cap(w):
            if head and _new_phrase_starts(ws, k):
                break
            head = True
            k += 1
            continue
        nxt = ws[k + 1] if k + 1 < limit and not ws[k + 1].nl else None
        step = next((e for rule in NP_STEPS if (e := rule(ws, j, k, limit, head, nxt)) is not None), None)
        if step is None:
            break
        k = step
    while k > j and ws[k - 1].text in _NP_TRAILING:
        k -= 1
    return k if head else j


def _new_phrase_starts(ws: list[Word], k: int) -> bool:
    """The capitalised word ``k`` opens a new phrase: a new person, or a role word after ``und``/``,``."""
    w = ws[k]
    if w.label == "PER" and (k == 0 or ws[k - 1].ent != w.ent):
        return True
    return is_role_word(w) and ws[k - 1].text in rw.PHRASE_SEPARATORS


# Steps of parse_np over a word that is not capitalised: (words, phrase start, this word,
# limit, a capitalised word seen, the next word on the line or None) -> the index to go on from, or None.

def _number_in_name(ws, j, k, limit, head, nxt):
    """``Formel 1``, ``Windows 11``."""
    return k + 1 if head and ws[k].text[:1].isdigit() else None


def _joiner_in_name(ws, j, k, limit, head, nxt):
    """``Procter & Gamble``, ``Baden-Württemberg``, ``Hotel + Spa``."""
    return k + 1 if head and ws[k].text in ("-", "&", "+", "/") and nxt is not None and is_cap(nxt) else None


def _adjective_before_name(ws, j, k, limit, head, nxt):
    """``Deutsche Bahn``, ``neue Mittelschule``: an adjective before a name word or another adjective."""
    return k + 1 if is_adj(ws[k]) and nxt is not None and (is_cap(nxt) or is_adj(nxt)) else None


def _before_name_word(head, nxt) -> bool:
    return head and nxt is not None and (is_cap(nxt) or is_adj(nxt))


def _genitive_article(ws, j, k, limit, head, nxt):
    """``Ministerium der Finanzen``."""
    return k + 1 if _before_name_word(head, nxt) and ws[k].text in GENITIVE else None


def _org_link(ws, j, k, limit, head, nxt):
    """``Institut für Demoskopie``, ``Bank of America``: a link after an organisation word."""
    t = ws[k].text
    if _before_name_word(head, nxt) and t in NP_LINKS and (is_org_cue(ws[k - 1].text) or t in rw.FOREIGN_NAME_LINKS):
        return k + 1
    return None


def _and_name_word(ws, j, k, limit, head, nxt):
    """``Forschung und Entwicklung``: ``und`` before a capitalised word that is no role and no person."""
    if (_before_name_word(head, nxt) and ws[k].text == "und" and not is_role_word(nxt)
            and nxt.label != "PER" and is_cap(nxt)):
        return k + 1
    return None


def _org_name_head(ws, j, k, limit, head, nxt):
    """A lower-case organisation head after the name (``rw.ORG_NAME_HEADS``)."""
    return k + 1 if head and ws[k].text.lower() in rw.ORG_NAME_HEADS else None


def _comma_list_in_name(ws, j, k, limit, head, nxt):
    """``Industriegewerkschaft Bergbau, Chemie, Energie``: a comma list inside an organisation's name."""
    if head and ws[k].text == "," and any(is_org_cue(x.text) for x in ws[j:k]):
        e = _comma_list_end(ws, k, limit)
        if e > k:
            return e
    return None


#: How parse_np reads a word that is not capitalised, in order; the first that reads it wins.
NP_STEPS = (_number_in_name, _joiner_in_name, _adjective_before_name, _genitive_article, _org_link,
            _and_name_word, _org_name_head, _comma_list_in_name)
#: Words a noun phrase does not end with.
_NP_TRAILING = FUNCTION_WORDS | NP_LINKS


def _comma_list_end(ws: list[Word], k: int, limit: int) -> int:
    """End of ``, Chemie, Energie`` at the comma ``k`` when the rest of the clause is a
    list of single capitalised words (part of an organisation's name), else ``k``."""
    e = k
    while e + 1 < limit and ws[e].text == "," and not ws[e + 1].nl:
        w = ws[e + 1]
        if not (is_cap(w) and w.text.isalpha() and not is_role_word(w) and w.label != "PER"):
            return k
        e += 2
    if e == k or e - k < 4:    # at least two more words: ``Bergbau, Chemie, Energie``
        return k
    if e < limit and not ws[e].nl and ws[e].text not in (".", "!", "?", ")", "“", "”", "\"", ";", ":"):
        return k
    return e


def in_acronym_parenthesis(ws: list[Word], h: int) -> bool:
    """Word ``h`` is a bracket of a one-word parenthesis (``(IAEO)``)."""
    if ws[h].text == ")":
        return h >= 2 and ws[h - 2].text == "("
    return ws[h].text == "(" and h + 2 < len(ws) and ws[h + 2].text == ")"


def phrase_tail(ws: list[Word], end: int, stop: int) -> int:
    """Skip what may stand between a role phrase and a following comma/name:
    an acronym in parentheses (``Atomenergie-Organisation (IAEO), …``) and a
    place (``des Bauhauptverbands in Deutschland, …``, ``im Bundestag``)."""
    if end + 2 < stop and ws[end].text == "(" and ws[end + 2].text == ")":
        end += 3
    if end < stop and ws[end].text in rw.PLACE_PREPOSITIONS and parse_np(ws, end + 1, stop) == stop:
        end = stop
    return end


def _namelike_np(ws: list[Word], s: int, e: int) -> bool:
    """A ``von``/``bei`` complement names something: an entity, a proper noun,
    an organisation word or an acronym (untagged: any capitalised word)."""
    for w in ws[s:e]:
        if w.label in ("ORG", "LOC", "MISC", "GPE") or w.tag in ("NE", "FM") or w.pos == "PROPN":
            return True
        if is_org_cue(w.text) or (len(w.text) >= 2 and w.text.isupper()) or any(c.isdigit() for c in w.text):
            return True
        if not w.tag and not w.label and is_cap(w):
            return True
    return False


def abstract_noun(t: str) -> bool:
    """``Spezialisierung``, ``Nachhaltigkeit``: an abstract noun, no name and no
    organisation (``Jung``, ``Hartung`` are names: plain ``-ung`` needs a long word)."""
    low = t.lower()
    return low.endswith(rw.ABSTRACT_NOUN_ENDINGS) or (len(low) >= 10 and low.endswith("ung"))


def starts_person(ws: list[Word], j: int) -> bool:
    """Word ``j`` opens a personal name: a known first name before a capitalised word
    on the same line (``Max Muster``), so a title or department ends before it."""
    if ws[j].text not in first_names():
        return False
    return j + 1 < len(ws) and not ws[j + 1].nl and is_cap(ws[j + 1])


def takes_department(w: Word) -> bool:
    """A title that takes a bare department after it: English titles (``Director
    Circular Economy``) and ``Leiter``/``Geschäftsführer``-like German ones."""
    return w.text in ENGLISH_ROLES or w.text.lower().endswith(rw.DEPARTMENT_HEAD_ENDINGS)


def english_title_end(ws: list[Word], k: int, limit: int) -> int:
    """``Chief Market Officer``, ``Chief Human Resources Officer``: the index of the role
    word that closes an English title opened by the modifier at ``k``, else ``k``."""
    if ws[k].text not in ENGLISH_ROLE_MODIFIERS:
        return k
    for j in range(k + 1, min(k + 5, limit)):
        w = ws[j]
        if w.nl or not is_cap(w) or starts_person(ws, j) or w.label == "PER" and w.text not in rw.DEPARTMENT_WORDS:
            return k
        if w.text in ENGLISH_ROLES:
            return j
    return k


def _org_word(ws: list[Word], n: int) -> bool:
    """Word ``n`` starts an organisation right after a title, without a preposition
    (``Head of Sales ABBYY``): the first word of an ORG entity or an acronym; never a
    region code or department word (``VP Sales DACH``)."""
    w = ws[n]
    if w.text in rw.REGION_CODES or w.text in rw.DEPARTMENT_WORDS or w.text in ENGLISH_ROLES:
        return False
    if w.label == "ORG":
        return n == 0 or ws[n - 1].ent != w.ent
    return is_acronym(w.text, min_len=3)


def department_end(ws: list[Word], k: int, limit: int) -> int:
    """End of the department that follows a title at word ``k``: ``Personal und Recht``,
    ``of Group Treasury``, ``Sales Europe``, ``Mittelstands- und Partnerbereich``; ``k``
    when there is none. Stops before a person, an organisation, a preposition or punctuation."""
    j = k
    if j + 1 < limit and ws[j].text in rw.DEPARTMENT_PREPOSITIONS and not ws[j + 1].nl and is_cap(ws[j + 1]):
        j += 1
    start = j

    def part(n: int) -> bool:
        w = ws[n]
        if not is_cap(w) or starts_person(ws, n) or (n > start and _org_word(ws, n)):
            return False
        return w.label != "PER" or w.text in rw.DEPARTMENT_WORDS or w.text.endswith("-")

    while j < limit and not ws[j].nl:
        if part(j):
            j += 1
            continue
        t = ws[j].text
        if (t in rw.TITLE_LINKS and j > start and j + 1 < limit and not ws[j + 1].nl and part(j + 1)
                and not (t in rw.DEPARTMENT_END_COORDINATORS and is_role_word(ws[j + 1]))):
            j += 1
            continue
        break
    return j if j > start else k


def _coordinated_title_end(ws: list[Word], k: int, limit: int) -> int:
    """``President & General Manager``: the end of an English title joined by ``&``/``and``."""
    if k + 1 < limit and ws[k].text in rw.TITLE_COORDINATORS and not ws[k + 1].nl:
        j = english_title_end(ws, k + 1, limit)
        if ws[j].text in ENGLISH_ROLES:
            return j + 1
    return k


_CLAUSE_END = frozenset({".", "!", "?", ":", ";", "“", "”", "\"", ")", "«", "»"})


def org_after_comma(ws: list[Word], end: int, limit: int) -> Optional[tuple[int, int]]:
    """``Eva Muster, CFO, Beispiel Group.``: the word range of an organisation after a comma
    that closes a role phrase at ``end`` (it must end the clause), else None; one
    department may stand between (``Senior Expert, Corporate Research, Robert Bosch GmbH``)."""
    if end + 1 >= limit or ws[end].text != "," or ws[end + 1].nl:
        return None
    s = end + 1
    later = _org_after_department(ws, s, limit)
    if later is not None:
        return later
    e = parse_np(ws, s, limit)
    return (s, e) if _org_ends_clause(ws, s, e, limit) else None


def _org_after_department(ws: list[Word], s: int, limit: int) -> Optional[tuple[int, int]]:
    """``Senior Expert, Corporate Research, Robert Bosch GmbH``: the organisation after the
    comma that closes a department starting at word ``s``, else None."""
    d = department_end(ws, s, limit)
    if d > s and d + 1 < limit and ws[d].text == "," and not ws[d + 1].nl:
        return org_after_comma(ws, d, limit)
    return None


def _org_ends_clause(ws: list[Word], s: int, e: int, limit: int) -> bool:
    """The noun phrase ``s:e`` after the comma names an organisation (an organisation word or
    entity in it, or capitalised words only; no role word, no person) and ends the clause."""
    if e == s or is_role_word(ws[s]) or any(w.label == "PER" for w in ws[s:e]):
        return False
    if not (e >= limit or ws[e].nl or ws[e].text in _CLAUSE_END):
        return False
    return any(w.label == "ORG" or is_org_cue(w.text) for w in ws[s:e]) or all(is_cap(w) for w in ws[s:e])


def parse_role(ws: list[Word], i: int, limit: int, gen_org: bool = True, comma_org: bool = False) -> Optional[Phrase]:
    """A role phrase starting at word ``i``: modifiers, role noun, complements.

    The org is the genitive/``von``/``bei`` complement; when a ``bei``/``von``
    complement follows an earlier one, the earlier one belongs to the role
    (``Leiterin des Transformationsbüros bei Currenta``). ``für`` right after
    the noun stays in the role (``Sonderbeauftragter für Klimawandelangelegenheiten``).
    English and multi-word titles: ``Chief Market Officer``, ``President & General
    Manager``; a department after the title stays in the role (``Head of Group
    Treasury``, ``Geschäftsführer Privatkunden``); an organisation may follow it
    without a preposition (``Head of Enterprise Sales ABBYY``) or stand before it
    (``SAP Lead Partner``); with ``comma_org`` also after a comma that ends the
    clause (``CFO, Beispiel Group.``).

    The phrase is read in stages, one function each: an organisation before the
    title (``_genitive_org_before``, ``_org_prefix``), the title (``_title_head``),
    a department or an organisation right after it (``_department_after``), the
    complements (``_complements``) and which of them names the organisation
    (``_pick_org``).
    """
    org = _genitive_org_before(ws, i, limit) if gen_org else None
    k = org[1] if org is not None else i
    prefix = _org_prefix(ws, k, limit) if org is None else None
    if prefix is not None:
        k = prefix[1]
    rs = k
    head_end = _title_head(ws, rs, limit)
    if head_end is None:
        return None
    k, dept_end, tail_org = _department_after(ws, head_end, limit)
    comps, k = _complements(ws, k, head_end, limit) if tail_org is None else ([], k)
    end, role_end = k, dept_end
    if tail_org is not None:
        org, end = tail_org, tail_org[1]
    elif org is None:
        org, role_end, end = _pick_org(comps, dept_end, end)
    else:
        role_end = comps[-1][3] if comps else dept_end
    if prefix is not None:
        if org is None:
            org = prefix       # ``SAP Lead Partner``: the organisation before the title
        else:
            rs = prefix[0]     # ``SAP Lead Partner bei KPMG``: the prefix is part of the title
    if org is None and comma_org:
        found = org_after_comma(ws, end, limit)
        if found is not None:
            org, end = found, found[1]
    ph = Phrase((rs, role_end), org, end, i, word_span(ws, rs, role_end), word_span(ws, *org) if org else None)
    head = ws[head_end - 1]
    cut = split_compound(head.text)
    if org is None and cut is not None:
        # ``eine UNHCR-Sprecherin``, ``EU-Kommissar für Energie``: the prefix is
        # the organisation, as before a name
        ph.org_c = (head.start + cut[0], head.start + cut[1])
        ph.role_c = (head.start + cut[1] + 1, ws[role_end - 1].end)
        if rs < head_end - 1:   # ``stellvertretende UNHCR-Sprecherin``: the modifiers stay
            ph.role_c = with_modifiers(ws, rs, head_end - 1, ph.role_c)
    return ph


def _genitive_org_before(ws: list[Word], k: int, limit: int) -> Optional[tuple[int, int]]:
    """``Chinas erster Sonderbeauftragter``: a capitalised genitive before a modifier or
    title (after a comma any capitalised genitive will do: ``Xie Zhenhua, Chinas erster …``)."""
    if (k + 1 < limit and is_cap(ws[k]) and ws[k].text.endswith("s")
            and ws[k].label != "PER" and not is_role_word(ws[k]) and not ws[k + 1].nl
            and (is_modifier(ws[k + 1]) or is_role_word(ws[k + 1]))):
        return k, k + 1
    return None


def _org_prefix(ws: list[Word], k: int, limit: int) -> Optional[tuple[int, int]]:
    """``SAP Lead Partner``: an organisation word (or entity) right before an English
    modifier or a title; its word range."""
    if not (k + 1 < limit and _org_word(ws, k) and not ws[k + 1].nl):
        return None
    e = entity_end(ws, k, limit)
    if e < limit and not ws[e].nl and (ws[e].text in ENGLISH_ROLE_MODIFIERS or is_role_word(ws[e])):
        return k, e
    return None


def entity_end(ws: list[Word], k: int, limit: int) -> int:
    """After word ``k`` and the rest of the entity it lies in (``k + 1`` outside entities)."""
    e = k + 1
    while e < limit and ws[k].ent >= 0 and ws[e].ent == ws[k].ent:
        e += 1
    return e


def _title_head(ws: list[Word], rs: int, limit: int) -> Optional[int]:
    """End of the title from word ``rs``: modifiers (``stellvertretende``), English
    modifiers (``Senior Vice``), the role word or an English title, chained English titles
    (``VP Analyst``) and coordinated titles (``Präsident und CEO``); None when no title."""
    k = rs
    while k < limit and (k == rs or not ws[k].nl) and is_modifier(ws[k]):
        k += 1
    while (k + 1 < limit and ws[k].text in ENGLISH_ROLE_MODIFIERS and not ws[k + 1].nl
           and (ws[k + 1].text in ENGLISH_ROLE_MODIFIERS or ws[k + 1].text in ENGLISH_ROLES)):
        k += 1
    if k < limit and not is_role_word(ws[k]):
        k = english_title_end(ws, k, limit)
    if k >= limit or (k > rs and ws[k].nl) or not is_role_word(ws[k]):
        return None
    k += 1
    while k < limit and not ws[k].nl and ws[k].text in ENGLISH_ROLES and ws[k - 1].text in ENGLISH_ROLES:
        k += 1    # ``VP Analyst``, ``President CEO``
    return _coordinated_title_end(ws, k, limit)


def _department_after(ws: list[Word], head_end: int, limit: int) -> tuple[int, int, Optional[tuple[int, int]]]:
    """(next word, end of the role's department, organisation right after the title):
    ``Geschäftsführer Privatkunden``, ``Head of Group Treasury``; ``Geschäftsführer Beispiel
    GmbH`` and ``Head of Enterprise Sales ABBYY`` end in the organisation."""
    k = dept_end = head_end
    tail_org = None
    if not (k < limit and not ws[k].nl and takes_department(ws[head_end - 1])):
        return k, dept_end, None
    k = dept_end = department_end(ws, k, limit)
    if (dept_end > head_end and ws[dept_end - 1].text in rw.LEGAL_FORMS
            and ws[head_end].text not in rw.DEPARTMENT_PREPOSITIONS):
        # ``Geschäftsführer Beispiel GmbH``: the name the department run ended in
        o = max([head_end] + [n + 1 for n in range(head_end, dept_end) if ws[n].text in rw.TITLE_LINKS])
        tail_org, dept_end = (o, dept_end), o
    elif k < limit and not ws[k].nl and _org_word(ws, k):
        e = entity_end(ws, k, limit)
        if e < limit and ws[e].text in rw.WORKPLACE_PREPOSITIONS and not ws[e].nl:
            k = dept_end = e     # ``Head of IT PLM Systems and Software bei …``: still the department
        else:
            tail_org = (k, e)    # ``Head of Enterprise Sales ABBYY``
            k = e
    return k, dept_end, tail_org


def _complements(ws: list[Word], k: int, head_end: int, limit: int) -> tuple[list[tuple[str, int, int, int]], int]:
    """The complements after the title, as (kind, np start, np end, word after) — kind
    ``gen`` (``des Instituts``, ``Frankreichs``), ``org`` (``bei der Beispiel AG``),
    ``for`` (``für Europa``); a quoted name's np excludes the quotes — and the word after."""
    comps: list[tuple[str, int, int, int]] = []
    while k < limit and not ws[k].nl:
        if k == head_end and _genitive_name(ws[k]):
            comps.append(("gen", k, k + 1, k + 1))  # ``Innenminister Frankreichs``
            k += 1
            continue
        opened = _complement_opening(ws, k, limit)
        if opened is None:
            break
        kind, s = opened
        e = parse_np(ws, s, limit)
        quoted = e > s and quoted_name(ws, s, limit) == e
        if not _complement_fits(ws, kind, s, e, quoted):
            break
        comps.append((kind, s + 1, e - 1, e) if quoted else (kind, s, e, e))
        k = e
    return comps, k


def _genitive_name(w: Word) -> bool:
    """``Frankreichs``, ``Chinas``: the genitive of a place or organisation, no role word."""
    t = w.text
    return (is_cap(w) and t.endswith("s") and not is_role_word(w)
            and (w.label in ("LOC", "ORG", "GPE") or t[:-1] in KNOWN_NAMES))


def _complement_opening(ws: list[Word], k: int, limit: int) -> Optional[tuple[str, int]]:
    """(kind, start of its noun phrase) of the complement that word ``k`` opens: ``gen`` for
    ``des``/``der``, ``org`` for ``bei``/``von``/…, ``for`` for ``für`` (an article after a
    preposition is skipped: ``bei der``); None when word ``k`` opens no complement."""
    t = ws[k].text
    if t in GENITIVE:
        return "gen", k + 1
    kind = "org" if t in ORG_PREPS else "for" if t in ROLE_PREPS else None
    if kind is None:
        return None
    s = k + 1
    if s < limit and ws[s].text in ARTICLES:
        s += 1
    return kind, s


def _complement_fits(ws: list[Word], kind: str, s: int, e: int, quoted: bool) -> bool:
    """The noun phrase ``s:e`` completes a complement of ``kind``: it is not empty, and after
    ``bei``/``von`` it names something (``bei der Vorstellung des Konzepts`` does not) and is
    no date (``Kommandeur des Einsatzes am Montag``)."""
    if e == s:
        return False
    if kind != "org":
        return True
    return (quoted or _namelike_np(ws, s, e)) and ws[s].text.lower() not in _DATE_WORDS


def _pick_org(comps: list[tuple[str, int, int, int]], dept_end: int,
              end: int) -> tuple[Optional[tuple[int, int]], int, int]:
    """(organisation, role end, phrase end) from the complements: the last ``bei``/``von``
    complement, else the first genitive; the complements before it stay in the role
    (``Leiterin des Transformationsbüros bei Currenta``)."""
    pick = None
    for n, c in enumerate(comps):
        if c[0] == "org":
            pick = n
    if pick is None:
        pick = next((n for n, c in enumerate(comps) if c[0] == "gen"), None)
    if pick is None:
        return None, (comps[-1][3] if comps else dept_end), end
    org = (comps[pick][1], comps[pick][2])
    role_end = comps[pick - 1][3] if pick > 0 else dept_end
    end = comps[pick][3]
    # ``für Europa`` after the org is kept in the phrase so that a
    # following ``und <role>`` is still reached
    for c in comps[pick + 1:]:
        if c[0] != "for":
            break
        end = c[3]
    return org, role_end, end


def with_modifiers(ws: list[Word], a: int, b: int, tail: tuple[int, int]) -> tuple[int, int, str]:
    """The role of modifiers ``a:b`` before a split compound at word ``b`` whose title part is
    the character range ``tail``: ``stellvertretende`` + ``[SPD-]Fraktionsvorsitzende`` → (start
    of the modifiers, end of the title, ``stellvertretende Fraktionsvorsitzende``). The contract's
    role keeps modifiers and leaves out the organisation, so here it is no substring of the text."""
    out = ""
    k = a
    while k < len(ws) and ws[k].end <= tail[1]:
        piece = ws[k].text[tail[0] - ws[k].start:] if k == b else ws[k].text
        out += ("" if k == a or ws[k].start == ws[k - 1].end else " ") + piece
        k += 1
    return ws[a].start, tail[1], out


_DATE_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)
_PHRASE_STOPS = frozenset({".", ";", ":", "(", ")", ",", "!", "?"})


def role_phrase_starts(ws: list[Word], end: int, window: int, is_head, *,
                       break_right_before: bool = True) -> Iterator[int]:
    """First words of the role phrases that may end right before word ``end``,
    nearest first: ``der Direktor der Gesundheitsbehörde, <end>``.

    Goes back over at most ``window`` words to the previous stop (punctuation or
    a line break; with ``break_right_before`` False a line break right before
    ``end`` does not count), skipping acronym parentheses (``Atomenergie-Organisation
    (IAEO), …``). Yields the start (modifiers included) at each word ``is_head``
    accepts; the caller parses the phrase from there."""
    for h in range(end - 1, max(-1, end - window), -1):
        w = ws[h]
        if w.text in ("(", ")") and in_acronym_parenthesis(ws, h):
            continue
        if w.text in _PHRASE_STOPS or (ws[h + 1].nl and (break_right_before or h + 1 <= end - 1)):
            return
        if not is_head(w):
            continue
        st = h
        while st - 1 >= 0 and not ws[st].nl and is_modifier(ws[st - 1]):
            st -= 1
        yield st


def word_span(ws: list[Word], a: int, b: int) -> tuple[int, int]:
    """Character range of words ``a:b``."""
    return ws[a].start, ws[b - 1].end



#: A parenthesis part longer than this is no affiliation (``press_roles`` makes it tunable).
MAX_AFFILIATION_WORDS = 8
_NOT_ORG = rw.NOT_AFFILIATIONS


_ACRONYM_ORG = re.compile(r"^[A-ZÄÖÜ]{3,8}$")


def affiliation_like(ws, a, b, max_words=MAX_AFFILIATION_WORDS) -> bool:
    """Content of a parenthesis that can be an affiliation: short, name-like,
    not a number, place or a whole sentence (``(dena)``, ``(UNITAR)``, ``(Beispiel GmbH)``;
    not ``(56)``, ``(Polen)``, ``(Digitalisierung im Rechnungswesen)``). At most
    ``max_words`` words, then the tests of :data:`_AFFILIATION_TESTS` in order."""
    part = ws[a:b]
    if not part or len(part) > max_words:
        return False
    return next(got for test in _AFFILIATION_TESTS if (got := test(part)) is not None)


# Tests of a parenthesis' words for affiliation_like, in order: (words) -> True or False
# when the test decides, None when it leaves the words to the next one.

def _credit_number_or_handle(part: list[Word]) -> Optional[bool]:
    """``(Foto: …)``, ``(dpa)``, ``(56)``, ``(@muster)``: no affiliation."""
    t = part[0].text
    return False if t in _NOT_ORG or t[:1].isdigit() or t[:1] in "@#" else None


def _has_org_cue(part: list[Word]) -> bool:
    return any(is_org_cue(w.text) for w in part)


def _topic(part: list[Word]) -> Optional[bool]:
    """``(Digitalisierung im Rechnungswesen)``: an abstract noun without an organisation word
    opens a topic."""
    return False if abstract_noun(part[0].text) and not _has_org_cue(part) else None


def _author_initials(part: list[Word]) -> Optional[bool]:
    """``(ms)``, ``(jh)``: an author's initials."""
    return False if len(part) == 1 and part[0].text.islower() and len(part[0].text) <= 3 else None


def _org_word_inside(part: list[Word]) -> Optional[bool]:
    """``(Beispiel GmbH)``, ``(Universität Wien)``: an organisation word."""
    return True if _has_org_cue(part) else None


def _clause(part: list[Word]) -> Optional[bool]:
    """``(sagte er)``: a lower-case verb makes the parenthesis a sentence."""
    return False if any(w.pos in ("VERB", "AUX") and w.text[:1].islower() for w in part) else None


def _acronym_alone(part: list[Word]) -> Optional[bool]:
    """``(UNITAR)``: an acronym after a name is an affiliation, whatever the NER says."""
    t = part[0].text
    return True if len(part) == 1 and _ACRONYM_ORG.match(t) and t not in KNOWN_NAMES else None


def _place(part: list[Word]) -> Optional[bool]:
    """``Pawel Fajdek (Polen)``: a place or country is no affiliation."""
    return False if all(w.label == "LOC" for w in part) or (len(part) == 1 and part[0].text in KNOWN_NAMES) else None


def _no_prose(part: list[Word]) -> bool:
    """``(dena)``: a lower-case acronym alone is fine; lower-case prose is not."""
    return len(part) == 1 or not any(w.text[:1].islower() and w.text not in _NP_TRAILING for w in part)


#: How affiliation_like reads a parenthesis, in order; the first test that decides wins
#: (the last always does).
_AFFILIATION_TESTS = (_credit_number_or_handle, _topic, _author_initials, _org_word_inside, _clause,
                      _acronym_alone, _place, _no_prose)
