"""``press_roles``: person–role–organisation statements (``roles.csv``).

Works on the PER spans in ``doc.ents`` (after ``press_persons``) and reads the
words around each one. No dependency parse is needed: the patterns are the
contract's (title before the name, apposition, parenthesis, role before the
name with a comma, relative clause ``…, der als X``, contact blocks), built
from the word tables in ``pipeline/lang/role_words.py`` and
``pipeline/lang/honorifics.py``, capitalisation, and the tagger's ``pos_``
(``tag_``/``morph`` where they help) when the model provides them.

Only offsets and strings are set; the assembler fills ``doc_id``, ``sent``
and the entity ids.
"""
from __future__ import annotations

import bisect
import logging
import re
import weakref
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from spacy.attrs import MORPH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc

from . import extensions  # noqa: F401  (registers doc._.roles)
from .document import Role
from .numbers import SKIPPED_ERRORS
from .text import doc_text
from .tokens import token_table
from .lang.entity_cues import KNOWN_NAMES
from .lang.honorifics import COURTESY, HONORIFIC_SUFFIXES, HONORIFICS
from .lang import role_words as rw
from .lang.role_words import (ADJECTIVAL_ROLE_STEMS, ENGLISH_ROLE_MODIFIERS, ENGLISH_ROLES,
                              IRREGULAR_FORMS, ORG_CUES, ROLE_MODIFIERS, ROLE_NOUNS,
                              ROLE_PREFIXES)

log = logging.getLogger("press_extract")
SPACES = " \t\u00a0\u202f\u2009\u2007"
PUNCT_CHARS = set(",;:()[]{}„“”\"'‚‘’»«·•/–—!?…")

# ---------------------------------------------------------------- word tables

_NOUN_ENDINGS = ("", "in", "innen", "s", "es", "e", "en", "n", "ern")
_ADJ_ENDINGS = ("e", "er", "en", "em", "es")


@lru_cache(maxsize=1)
def _role_forms() -> tuple[frozenset, frozenset]:
    """(exact forms, lower-cased forms usable as compound tails)."""
    forms = set(IRREGULAR_FORMS)
    for base in ROLE_NOUNS:
        if base.endswith("e"):  # weak nouns: Experte/Experten/Expertin
            forms.update({base, base + "n", base[:-1] + "in", base[:-1] + "innen"})
        else:
            forms.update(base + e for e in _NOUN_ENDINGS)
    for stem in ADJECTIVAL_ROLE_STEMS:
        forms.update(stem + e for e in _ADJ_ENDINGS)
    tails = frozenset(f.lower() for f in forms if len(f) >= 4)
    return frozenset(forms), tails


@lru_cache(maxsize=65536)
def is_role_noun(text: str) -> bool:
    """A role noun as written: a listed form, or a compound ending in one."""
    if not text or not text[0].isupper():
        return text in ENGLISH_ROLES
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
            # a compound needs a real first part (``Wirtschafts|minister``) or a hyphen
            if head.endswith("-") or len(head) >= 3:
                return True
    return False


@lru_cache(maxsize=65536)
def split_compound(text: str) -> Optional[tuple[int, int]]:
    """For ``Siemens-Chef`` the (start, end) of the organisation prefix inside
    the word, when the part after the last hyphen is a role noun and the part
    before is a name rather than a role prefix (``Co-``, ``Vize-``)."""
    if "-" not in text.strip("-"):
        return None
    cut = text.rstrip("-").rfind("-")
    prefix, tail = text[:cut], text[cut + 1:]
    if not prefix or not tail or not is_role_noun(tail) or not prefix[0].isupper():
        return None
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


# ---------------------------------------------------------------- word view

@dataclass(slots=True)
class Word:
    text: str
    start: int
    end: int
    tag: str = ""
    pos: str = ""
    plural: bool = False
    label: str = ""      # label of the entity the word lies in
    ent: int = -1        # index of that entity in doc.ents
    nl: bool = False     # a line break lies between this word and the previous one


@lru_cache(maxsize=1 << 16)
def _pieces(t: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of the words in token text ``t``."""
    if len(t) > 1 and all(c in PUNCT_CHARS or c == "." for c in t):
        return tuple((i, i + 1) for i in range(len(t)))
    if len(t) > 1 and t[0] in "·•":
        return (0, 1), (1, len(t))
    if t.endswith(".") and t[:-1] in ORG_CUES and t not in ORG_CUES:
        return (0, len(t) - 1), (len(t) - 1, len(t))  # ``GmbH.`` at a sentence end
    return ((0, len(t)),)


def words_of(doc: Doc) -> list[Word]:
    """Doc tokens as words: space tokens dropped (recorded as ``nl``), glued
    punctuation (``):``) and leading bullets (``·Bo``) split off.

    Each word carries the label of the entity of ``doc.ents`` it lies in. The
    words are built once per ``Doc`` and relabelled on later calls, so callers
    must not change them.
    """
    cached = _WORDS.get(doc)
    if cached is None or cached[0] != len(doc):
        cached = _WORDS[doc] = (len(doc), _build_words(doc))
    out = cached[1]
    for w in out:
        if w.ent >= 0:
            w.label, w.ent = "", -1
    if out:
        starts = [w.start for w in out]
        for i, ent in enumerate(doc.ents):
            s, e, label = ent.start_char, ent.end_char, ent.label_
            k = bisect.bisect_left(starts, s)
            while k < len(out) and out[k].end <= e:
                out[k].label, out[k].ent = label, i
                k += 1
    return out


def line_ends(ws: list[Word]) -> list[int]:
    """For each word, the index of the first word of the next line: forward scans stop there."""
    out = [0] * len(ws)
    nxt = len(ws)
    for n in range(len(ws) - 1, -1, -1):
        out[n] = nxt
        if ws[n].nl:
            nxt = n
    return out


# Weak keys: the words die with their Doc (see ``pipeline.tokens``).
_WORDS: "weakref.WeakKeyDictionary[Doc, tuple[int, list[Word]]]" = weakref.WeakKeyDictionary()


def _build_words(doc: Doc) -> list[Word]:
    out: list[Word] = []
    if not len(doc):
        return out
    nl = False
    tab = token_table(doc)
    text = tab.text
    # tag, POS and morphology as hashes in one call: reading them per Token is several times slower
    tags, poss, morphs = doc.to_array([TAG, POS, MORPH]).T.tolist()
    strings = doc.vocab.strings
    names: dict[int, str] = {0: ""}
    plural: dict[int, bool] = {}
    # Only a single plain space can lie between two tokens: any other whitespace,
    # newlines included, is a token of its own, so line breaks are seen below.
    for t, start, tag_h, pos_id, morph_h in zip(tab.words, tab.starts, tags, poss, morphs):
        if t.isspace():
            if "\n" in t:
                nl = True
            continue
        tag = names.get(tag_h)
        if tag is None:
            tag = names[tag_h] = strings[tag_h]
        plur = plural.get(morph_h)
        if plur is None:
            plur = plural[morph_h] = bool(morph_h) and "Number=Plur" in strings[morph_h]
        pos = POS_NAMES.get(pos_id, "")
        if len(t) == 1:
            out.append(Word(t, start, start + 1, tag, pos, plur, "", -1, nl))
        else:
            for a, b in _pieces(t):
                out.append(Word(text[start + a:start + b], start + a, start + b, tag, pos, plur, "", -1, nl))
                nl = False
        nl = False
    return out


APPOSITION_ARTICLES = rw.APPOSITION_ARTICLES
ARTICLES = rw.ARTICLES
GENITIVE = rw.GENITIVE_ARTICLES
ORG_PREPS = rw.ORG_PREPOSITIONS
ROLE_PREPS = rw.ROLE_PREPOSITIONS
NP_LINKS = rw.NAME_LINKS
FUNCTION_WORDS = rw.FUNCTION_WORDS
_ADJ_END = re.compile(r"[a-zäöüß]{2,}(?:e|er|en|em|es)$")


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
    a short quoted name (``„Ener1“``)."""
    q = quoted_name(ws, j, limit)
    if q > j:
        return q
    k = j
    head = False
    while k < limit:
        w = ws[k]
        if k > j and w.nl:
            break
        nxt = ws[k + 1] if k + 1 < limit and not ws[k + 1].nl else None
        t = w.text
        if is_cap(w):
            if head and w.label == "PER" and (k == 0 or ws[k - 1].ent != w.ent):
                break  # a new person starts
            if head and is_role_word(w) and ws[k - 1].text in ("und", ","):
                break
            head = True
            k += 1
            continue
        if t[:1].isdigit() and head:
            k += 1
            continue
        if t in ("-", "&", "+", "/") and head and nxt is not None and is_cap(nxt):
            k += 1
            continue
        if is_adj(w) and nxt is not None and (is_cap(nxt) or is_adj(nxt)):
            k += 1
            continue
        if head and nxt is not None and (is_cap(nxt) or is_adj(nxt)):
            prev = ws[k - 1].text
            if t in GENITIVE:
                k += 1
                continue
            if t in NP_LINKS and (is_org_cue(prev) or t in rw.FOREIGN_NAME_LINKS):
                k += 1
                continue
            if t == "und" and not is_role_word(nxt) and nxt.label != "PER" and is_cap(nxt):
                k += 1
                continue
        if head and t.lower() in rw.ORG_NAME_HEADS:
            k += 1
            continue
        break
    while k > j and ws[k - 1].text in FUNCTION_WORDS | NP_LINKS:
        k -= 1
    return k if head else j


def _in_acronym_paren(ws: list[Word], h: int) -> bool:
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
    if end < stop and ws[end].text in ("in", "im", "aus") and parse_np(ws, end + 1, stop) == stop:
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


def parse_role(ws: list[Word], i: int, limit: int, gen_org: bool = True) -> Optional[Phrase]:
    """A role phrase starting at word ``i``: modifiers, role noun, complements.

    The org is the genitive/``von``/``bei`` complement; when a ``bei``/``von``
    complement follows an earlier one, the earlier one belongs to the role
    (``Leiterin des Transformationsbüros bei Currenta``). ``für`` right after
    the noun stays in the role (``Sonderbeauftragter für Klimawandelangelegenheiten``).
    """
    k = i
    org = None
    if (gen_org and k + 1 < limit and is_cap(ws[k]) and ws[k].text.endswith("s")
            and ws[k].label != "PER" and not is_role_word(ws[k]) and not ws[k + 1].nl
            and (is_modifier(ws[k + 1]) or is_role_word(ws[k + 1]))):
        # after a comma any capitalised genitive will do (``Xie Zhenhua, Chinas erster …``)
        org = (k, k + 1)  # ``Chinas erster Sonderbeauftragter``
        k += 1
    rs = k
    while k < limit and (k == rs or not ws[k].nl) and is_modifier(ws[k]):
        k += 1
    while (k + 1 < limit and ws[k].text in ENGLISH_ROLE_MODIFIERS and not ws[k + 1].nl
           and (ws[k + 1].text in ENGLISH_ROLE_MODIFIERS or ws[k + 1].text in ENGLISH_ROLES)):
        k += 1
    if k >= limit or (k > rs and ws[k].nl) or not is_role_word(ws[k]):
        return None
    k += 1
    head_end = k
    # (kind, np_start, np_end, word after): a quoted name's np excludes the quotes
    comps: list[tuple[str, int, int, int]] = []
    while k < limit and not ws[k].nl:
        t = ws[k].text
        s = k + 1
        if (k == head_end and is_cap(ws[k]) and t.endswith("s") and not is_role_word(ws[k])
                and (ws[k].label in ("LOC", "ORG", "GPE") or t[:-1] in KNOWN_NAMES)):
            comps.append(("gen", k, k + 1, k + 1))  # ``Innenminister Frankreichs``
            k += 1
            continue
        if t in GENITIVE:
            kind = "gen"
        elif t in ORG_PREPS:
            kind = "org"
            if s < limit and ws[s].text in ARTICLES:
                s += 1
        elif t in ROLE_PREPS:
            kind = "for"
            if s < limit and ws[s].text in ARTICLES:
                s += 1
        else:
            break
        e = parse_np(ws, s, limit)
        quoted = e > s and quoted_name(ws, s, limit) == e
        if e == s or (kind == "org" and not quoted and not _namelike_np(ws, s, e)):
            break  # ``bei der Vorstellung des Konzepts`` is no organisation
        comps.append((kind, s + 1, e - 1, e) if quoted else (kind, s, e, e))
        k = e
    end = k
    role_end = head_end
    if org is None:
        pick = None
        for n, c in enumerate(comps):
            if c[0] == "org":
                pick = n
        if pick is None:
            pick = next((n for n, c in enumerate(comps) if c[0] == "gen"), None)
        if pick is None:
            role_end = comps[-1][3] if comps else head_end
        else:
            org = (comps[pick][1], comps[pick][2])
            role_end = comps[pick - 1][3] if pick > 0 else head_end
            end = comps[pick][3]
            # ``für Europa`` after the org is kept in the phrase so that a
            # following ``und <role>`` is still reached
            for c in comps[pick + 1:]:
                if c[0] != "for":
                    break
                end = c[3]
    else:
        role_end = comps[-1][3] if comps else head_end
    ph = Phrase((rs, role_end), org, end, i, _span(ws, rs, role_end), _span(ws, *org) if org else None)
    head = ws[head_end - 1]
    cut = split_compound(head.text)
    if org is None and cut is not None:
        # ``eine UNHCR-Sprecherin``, ``EU-Kommissar für Energie``: the prefix is
        # the organisation, as before a name
        ph.org_c = (head.start + cut[0], head.start + cut[1])
        ph.role_c = (head.start + cut[1] + 1, ws[role_end - 1].end)
    return ph


# ---------------------------------------------------------------- component

def _span(ws: list[Word], a: int, b: int) -> tuple[int, int]:
    return ws[a].start, ws[b - 1].end


#: Tunable numbers of the role rules (the factory's ``default_config``).
DEFAULTS = {
    # characters looked back from a name for its honorific (a paragraph can be one long line)
    "honorific_window_chars": 80,
    # words looked back from a comma before a name for the role phrase that ends there
    "comma_role_window": 16,
    # words looked back for a sentence-opening ``Für <Organisation>``
    "fuer_org_window": 12,
    # words after ``, der``/``, die`` looked at for ``als <Rolle>``
    "relative_window": 5,
    # a parenthesis part longer than this is no affiliation
    "max_affiliation_words": 8,
}


class RoleExtractor:
    def __init__(self, nlp: Language, name: str, **config: int):
        self.name = name
        self.config = {**DEFAULTS, **config}

    def __call__(self, doc: Doc) -> Doc:
        doc._.roles = extract_roles(doc, **self.config)
        return doc


@Language.factory(
    "press_roles",
    assigns=["doc._.roles", "doc.spans"],
    requires=["doc.ents", "token.tag", "token.pos", "token.is_sent_start"],
    default_config=DEFAULTS,
)
def make_roles(nlp: Language, name: str, honorific_window_chars: int, comma_role_window: int,
               fuer_org_window: int, relative_window: int, max_affiliation_words: int):
    """Person–role–organisation statements into ``doc._.roles``."""
    return RoleExtractor(nlp, name, honorific_window_chars=honorific_window_chars,
                         comma_role_window=comma_role_window, fuer_org_window=fuer_org_window,
                         relative_window=relative_window, max_affiliation_words=max_affiliation_words)


def extract_roles(doc: Doc, *, honorific_window_chars: int = DEFAULTS["honorific_window_chars"],
                  comma_role_window: int = DEFAULTS["comma_role_window"],
                  fuer_org_window: int = DEFAULTS["fuer_org_window"],
                  relative_window: int = DEFAULTS["relative_window"],
                  max_affiliation_words: int = DEFAULTS["max_affiliation_words"]) -> list[Role]:
    text = doc_text(doc)
    ws = words_of(doc)
    if not ws:
        return []
    line_end = line_ends(ws)
    by_start = {w.start: n for n, w in enumerate(ws)}
    pers: list[tuple[int, int]] = []  # word ranges of PER entities
    for ent in doc.ents:
        if ent.label_ != "PER":
            continue
        a = by_start.get(ent.start_char)
        if a is None:
            continue
        b = a
        while b < len(ws) and ws[b].end <= ent.end_char:
            b += 1
        if b > a:
            pers.append((a, b))
    per_end_at = {b: a for a, b in pers}

    rows: list[Role] = []
    seen: set = set()

    def add(pa: int, pb: int, hon: Optional[tuple[int, int]], role: Optional[tuple[int, int]],
            org: Optional[tuple[int, int]], extra: tuple[int, ...] = ()):
        ps, pe = ws[pa].start, ws[pb - 1].end
        if role is not None and role[0] >= role[1]:
            role = None
        if org is not None and org[0] >= org[1]:
            org = None
        if role is None and org is None:
            return
        pts = [ps, pe] + [x for r in (hon, role, org) if r for x in r] + list(extra)
        s, e = min(pts), max(pts)
        key = (ps, text[role[0]:role[1]] if role else "", text[org[0]:org[1]] if org else "")
        if key in seen:
            return
        seen.add(key)
        rows.append(Role(
            start=s, end=e, text=text[s:e], person=text[ps:pe], person_start=ps, person_end=pe,
            honorific=text[hon[0]:hon[1]] if hon else "",
            role=text[role[0]:role[1]] if role else "",
            organization=text[org[0]:org[1]] if org else "",
            org_start=org[0] if org else None, org_end=org[1] if org else None))

    def chars(r):
        return _span(ws, *r) if r else None

    def statements_of(pa: int, pb: int) -> None:
        lim = line_end[pa]
        # -- honorific right before the name
        hon = None
        # (a bounded window: a paragraph can be one long line)
        ls = max(text.rfind("\n", 0, ws[pa].start) + 1, ws[pa].start - honorific_window_chars)
        m = honorific_regex().search(text, ls, ws[pa].start)
        b = pa  # first word of honorific + name
        if m:
            hs, he = m.span(1)
            word = m.group(1)
            if not (word.split()[0] in COURTESY and not ws[pa].text[:1].isupper()):
                hon = (hs, he)
                while b > 0 and ws[b - 1].start >= hs:
                    b -= 1
        # -- title before the name (``Generalkonsul Huang Yiyang``)
        _before(ws, pa, pb, b, hon, add, chars, fuer_org_window)
        # -- role before the name with a comma (``der Geschäftsführer des AIT, Wolfgang Knoll``)
        # or without (``Der Sprecher des Wissenschaftsministeriums Joachim Laun``)
        if b >= 2 and ws[b - 1].text == "," and not ws[b].nl:
            _comma_before(ws, pa, pb, b, hon, add, chars, per_end_at, b - 1, comma_role_window)
        elif b >= 3 and not ws[b].nl and not is_role_word(ws[b - 1]):
            _comma_before(ws, pa, pb, b, hon, add, chars, per_end_at, b, comma_role_window)
        k = pb
        # -- parenthesis after the name
        if k < lim and ws[k].text == "(":
            close = next((n for n in range(k + 1, lim) if ws[n].text == ")"), None)
            if close is not None:
                _paren(ws, pa, pb, k + 1, close, hon, add, chars, max_affiliation_words)
                k = close + 1
        # -- apposition after the name, possibly coordinated; an article may
        # open it (``Max Lawson, ein Sprecher der Hilfsorganisation``)
        if k < lim and ws[k].text == ",":
            n = k + 1
            if n < lim and ws[n].text in APPOSITION_ARTICLES and parse_role(ws, n + 1, lim) is not None:
                n += 1
            if n < lim and ws[n].text in ("der", "die"):
                _relative(ws, pa, pb, n + 1, lim, hon, add, chars, relative_window)
            else:
                while n < lim:
                    ph = parse_role(ws, n, lim)
                    if ph is None:
                        break
                    add(pa, pb, hon, ph.role_c, ph.org_c)
                    n = ph.end
                    if n + 1 < lim and ws[n].text in ("und", "sowie"):
                        n += 1
                        continue
                    break
        # -- contact block: name alone on its line under an organisation line
        _contact(doc, ws, pa, pb, hon, add)

    for pa, pb in pers:
        try:
            statements_of(pa, pb)
        except SKIPPED_ERRORS:   # a construction no rule was written for: skip this person
            log.debug("roles: skipped the person at word %d", pa)
    rows.sort(key=lambda r: (r.start, r.end))
    return rows


def _before(ws, pa, pb, b, hon, add, chars, fuer_org_window=DEFAULTS["fuer_org_window"]):
    """Title (and coordinated titles) right before the name."""
    r = b - 1
    if r < 0 or ws[b].nl:
        return
    if ws[r].text == ":" and r >= 1 and (r - 1 == 0 or ws[r - 1].nl) and is_role_word(ws[r - 1]):
        add(pa, pb, hon, chars((r - 1, r)), None)  # ``Sprecher: Max Muster``
        return
    first = True
    while r >= 0 and is_role_word(ws[r]) and ws[r].label != "PER":
        w = ws[r]
        cut = split_compound(w.text)
        if cut is not None:
            role = (w.start + cut[1] + 1, w.end)
            org = (w.start + cut[0], w.start + cut[1])
            rs = r
        else:
            rs = r
            while rs - 1 >= 0 and not ws[rs].nl and is_modifier(ws[rs - 1]):
                rs -= 1
            role, org = _span(ws, rs, r + 1), None
            g = rs - 1
            if g >= 0 and not ws[rs].nl and _genitive_name(ws[g]):
                org = (ws[g].start, ws[g].end)  # ``Boliviens Ministerpräsident Evo Morales``
                rs = g
        if first and org is None:
            org = _fuer_org(ws, rs, fuer_org_window)
        add(pa, pb, hon, role, org, (ws[rs].start,))
        if first:
            _shared_title(ws, pa, pb, rs, role, org, add)
            first = False
        # ``ÖVP-Chef und Wirtschaftsminister Reinhold Mitterlehner``; modifiers of
        # a split compound (``designierten SPÖ-Chefs``) are skipped, not kept
        q = rs
        while cut is not None and q - 1 >= 0 and not ws[q].nl and is_modifier(ws[q - 1]):
            q -= 1
        if q >= 2 and ws[q - 1].text in ("und", "sowie") and not ws[q].nl and not ws[q - 1].nl:
            r = q - 2
            continue
        break


def _genitive_name(w: Word) -> bool:
    """``Chinas``, ``Boliviens``: a place or organisation in the genitive."""
    return (is_cap(w) and w.text.endswith("s") and len(w.text) > 3 and w.label != "PER"
            and not is_role_word(w)
            and (w.label in ("LOC", "ORG", "GPE") or w.tag == "NE" or w.pos == "PROPN"
                 or w.text[:-1] in KNOWN_NAMES or w.text[:-1].rstrip("'’") in KNOWN_NAMES))


def _fuer_org(ws, rs, window=DEFAULTS["fuer_org_window"]):
    """``Für den ÖGB reagierte am Sonntag Vizepräsidentin Renate Anderl``: a
    sentence opened by ``Für`` + organisation names the title's organisation."""
    for k in range(rs - 1, max(-1, rs - window), -1):
        t = ws[k].text
        if t in {".", "!", "?", ";", ":", "(", ")"} or ws[k + 1].nl and k + 1 < rs:
            return None
        if t == "Für":  # capitalised: opens a sentence (also after an unpunctuated crosshead)
            j = k + 1
            if j < rs and ws[j].text in ARTICLES:
                j += 1
            if j < rs and ws[j].label == "ORG":
                e = j
                while e < rs and ws[e].ent == ws[j].ent:
                    e += 1
                return _span(ws, j, e)
            return None
    return None


def _shared_title(ws, pa, pb, rs, role, org, add):
    """A plural title before coordinated names: ``Ärzte An (56) und Chol``."""
    w = ws[rs if org is None else rs]
    if not (w.plural or w.text in IRREGULAR_FORMS or w.text.endswith("innen")):
        return
    k = pb
    if k + 2 < len(ws) and ws[k].text == "(" and ws[k + 2].text == ")":
        k += 3
    if k < len(ws) and ws[k].text in ("und", ","):
        k += 1
        for qa, qb in _per_at(ws, k):
            add(qa, qb, None, role, org, (ws[rs].start,))


def _per_at(ws, k):
    if k < len(ws) and ws[k].label == "PER" and (k == 0 or ws[k - 1].ent != ws[k].ent):
        e = k
        while e < len(ws) and ws[e].ent == ws[k].ent:
            e += 1
        yield k, e


def _comma_before(ws, pa, pb, b, hon, add, chars, per_end_at, comma, window=DEFAULTS["comma_role_window"]):
    """A role phrase that ends right before the name, at ``comma`` (a comma
    word, or the name itself when there is none); without a comma the phrase
    needs a complement (``Sprecher des Ministeriums Joachim Laun``), since a
    bare title is ``_before``'s."""
    if pb < len(ws) and ws[pb].text in ("und", "sowie", "oder") and not ws[pb].nl:
        return  # ``Vertreter von Wikimedia, Creative Commons und der …``: a list of names
    for h in range(comma - 1, max(-1, comma - window), -1):
        w = ws[h]
        if w.text in {"(", ")"} and _in_acronym_paren(ws, h):
            continue
        if w.text in {".", ";", ":", "(", ")", ",", "!", "?"} or ws[h + 1].nl and h + 1 <= comma - 1:
            break
        if not is_role_word(w):
            continue
        s = h
        while s - 1 >= 0 and not ws[s].nl and is_modifier(ws[s - 1]):
            s -= 1
        # the phrase belongs to an earlier person (``A, Chef von X, B``)
        if s >= 2 and ws[s - 1].text == "," and (s - 1) in per_end_at:
            return
        ph = parse_role(ws, s, comma, gen_org=False)
        if ph is None:
            continue
        end = phrase_tail(ws, ph.end, comma)
        if end == comma and (comma != b or ph.org_c is not None):
            add(pa, pb, hon, ph.role_c, ph.org_c, (ws[s].start,))
            return


def _paren(ws, pa, pb, a, close, hon, add, chars, max_words=DEFAULTS["max_affiliation_words"]):
    """``Thilo Cunz (dena)``, ``Wang Xuan (Generalsekretär des ESG-Komitees, Lenovo China)``."""
    if a >= close:
        return
    parts, s = [], a
    for n in range(a, close + 1):
        if n == close or ws[n].text in (",", ";"):
            while s < n - 1 and ws[s].text in FUNCTION_WORDS:
                s += 1  # ``(alle ÖVP)``
            if n > s:
                parts.append((s, n))
            s = n + 1
    if not parts:
        return
    content = [w.text for w in ws[a:close]]
    if any(c[:1].isdigit() for c in content[:1]) and len(parts) == 1:
        return  # age, year
    if all(w.label == "PER" for w in ws[a:close]):
        return
    extra = (ws[close].end,)
    first = parts[0]
    ph = parse_role(ws, first[0], first[1], gen_org=False)
    if ph is not None and ph.end == first[1]:
        # ``(Generalsekretär des ESG-Komitees, Lenovo China)``: after a role the
        # last part is the affiliation, also when it is a place-like name
        last = ws[parts[-1][0]:parts[-1][1]]
        if len(parts) > 1 and len(last) <= max_words and last[0].text not in _NOT_ORG and not last[0].text[:1].isdigit():
            add(pa, pb, hon, _span(ws, *first), _span(ws, *parts[-1]), extra)
        else:
            add(pa, pb, hon, ph.role_c, ph.org_c, extra)
        return
    if len(parts) == 1 and _orgish(ws, *first, max_words):
        add(pa, pb, hon, None, _span(ws, *first), extra)
    elif len(parts) > 1 and _orgish(ws, *first, max_words):
        add(pa, pb, hon, None, _span(ws, *first), extra)


_NOT_ORG = rw.NOT_AFFILIATIONS


_ACRONYM_ORG = re.compile(r"^[A-ZÄÖÜ]{3,8}$")


def _orgish(ws, a, b, max_words=DEFAULTS["max_affiliation_words"]) -> bool:
    """Content of a parenthesis that can be an affiliation: short, name-like,
    not a number, place or a whole sentence."""
    part = ws[a:b]
    if not part or len(part) > max_words:
        return False
    if part[0].text in _NOT_ORG or part[0].text[:1].isdigit() or part[0].text[:1] in "@#":
        return False
    if len(part) == 1 and part[0].text.islower() and len(part[0].text) <= 3:
        return False  # author initials (``ms``, ``jh``)
    if any(is_org_cue(w.text) for w in part):
        return True
    if any(w.pos in ("VERB", "AUX") and w.text[:1].islower() for w in part):
        return False
    if len(part) == 1 and _ACRONYM_ORG.match(part[0].text) and part[0].text not in KNOWN_NAMES:
        return True  # ``(UNITAR)``: an acronym after a name is an affiliation, whatever the NER says
    if all(w.label == "LOC" for w in part) or (len(part) == 1 and part[0].text in KNOWN_NAMES):
        return False  # a place or country (``Pawel Fajdek (Polen)``) is no affiliation
    low = [w for w in part if w.text[:1].islower() and w.text not in FUNCTION_WORDS | NP_LINKS]
    # ``dena``: a lower-case acronym alone is fine; lower-case prose is not
    return len(part) == 1 or not low


def _relative(ws, pa, pb, n, lim, hon, add, chars, window=DEFAULTS["relative_window"]):
    """``Kern, der auch als ÖBB-Chef …``."""
    for k in range(n, min(n + window, lim)):
        if ws[k].text == "als" and k + 1 < lim:
            w = ws[k + 1]
            cut = split_compound(w.text) if is_role_word(w) else None
            if cut is not None:
                add(pa, pb, hon, (w.start + cut[1] + 1, w.end), (w.start, w.start + cut[1]))
                return
            ph = parse_role(ws, k + 1, lim)
            if ph is not None:
                add(pa, pb, hon, ph.role_c, ph.org_c)
            return
        if ws[k].text in (",", ".", ";") or ws[k].pos in ("VERB", "AUX"):
            return


_CONTACT_SKIP = re.compile(r"^(?:" + "|".join(re.escape(w) for w in rw.CONTACT_LINE_STARTS) + r")", re.I)


def _contact(doc, ws, pa, pb, hon, add):
    """A name alone on its line in a contact block takes the organisation line
    above it (``Polizeipräsidium Mannheim / Stabsstelle Öffentlichkeitsarbeit /
    Nadine Maier``) or, failing that, right below it (``Laura Riske /
    Polizeipräsidium Freiburg``)."""
    text = doc_text(doc)
    ps, pe = ws[pa].start, ws[pb - 1].end
    ls = text.rfind("\n", 0, ps) + 1
    le = text.find("\n", pe)
    le = len(text) if le < 0 else le
    first = hon[0] if hon else ps
    if text[ls:first].strip() or text[pe:le].strip(" ,\t"):
        return  # not alone on its line

    def org_line(s: int, e: int):
        line = text[s:e]
        stripped = line.strip()
        words = stripped.split()
        if 1 <= len(words) <= 6 and any(is_org_cue(x.strip(",.")) for x in words[:2]):
            off = s + line.index(stripped)
            return off, off + len(stripped)
        return None

    line_end = ls - 1
    for _ in range(3):  # upwards, over department lines
        if line_end <= 0:
            break
        s = text.rfind("\n", 0, line_end) + 1
        stripped = text[s:line_end].strip()
        if not stripped:
            break
        if not _CONTACT_SKIP.match(stripped):
            org = org_line(s, line_end)
            if org:
                add(pa, pb, hon, None, org)
                return
            break
        line_end = s - 1
    if le < len(text):  # the line below
        e = text.find("\n", le + 1)
        e = len(text) if e < 0 else e
        nxt = text[le + 1:e].strip()
        if nxt and not _CONTACT_SKIP.match(nxt):
            org = org_line(le + 1, e)
            if org:
                add(pa, pb, hon, None, org)
