"""``press_persons``: fixes the model's PER spans before ``press_entities``.

* titles, role words, honorifics and determiners leave PER spans
  (``Generalkonsul Huang Yiyang`` → ``Huang Yiyang``);
* split names are merged (``Mu`` + ``Kerui``, ``Ursula`` + ``von der Leyen``),
  a missed first or last name is taken in when the tagger calls it a proper
  noun or it follows a role word;
* a non-PER span in a person's slot of a role pattern becomes PER, and a
  capitalised name the model missed there is added: after a role word or an
  honorific, after ``<role phrase>,``, before ``, <role>``, before
  ``(<role/org>)`` in list items, alone on a contact-block line; a later bare
  surname of a full name found elsewhere (``Kern``) is PER too;
* a PER span holding or followed by an organisation word (``ARQUM GmbH``,
  ``Open Knowledge Foundation``) becomes ORG; one with digits or lower-case
  words, inside an English organisation name or before its own acronym
  (``Restricted Stock Units (RSUs)``) becomes MISC.

Every span added or changed is recorded as source ``rule`` in
``doc._.entity_sources``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.model import extensions  # noqa: F401
from pipeline.text.view import TextView, view
from pipeline.lang.name_parts import ARABIC_NAME_PREFIXES, ARTICLE_PARTICLES, NAME_PARTICLES, ORG_NAME_LINKS, first_names
from pipeline.lang.abbreviations import SENTENCE_STARTERS
from pipeline.lang.entity_cues import DETERMINERS, KNOWN_NAMES, PLACE_TYPE_WORDS
from pipeline.lang.honorifics import HONORIFIC_SUFFIXES, HONORIFICS
from pipeline.lang.role_words import (ADDRESS_WORDS, APPOINTING_VERBS, CONTACT_LINE_STARTS, DEPARTMENT_WORDS,
                              ENGLISH_ROLE_MODIFIERS, ROLE_MODIFIERS)
from pipeline.text.phrases import (APPOSITION_ARTICLES, FUNCTION_WORDS, abstract_noun, affiliation_like, is_acronym, is_org_cue, is_role_noun,
                      parse_role, phrase_tail, role_phrase_starts, spells_initials, split_compound)
from pipeline.text.view import line_ends, words_of


#: Only these parts of speech rule a capitalised word out of a name: the model's
#: tagger often calls Chinese and Korean name parts ADP/ADJ/NOUN (``Xu``, ``An``).
_BAD_POS = {"VERB", "AUX", "NUM", "PUNCT", "SYM", "SPACE"}
_ARABIC_PREFIX = re.compile(r"^(?:%s)-[A-ZÄÖÜ]\w+$" % "|".join(ARABIC_NAME_PREFIXES))
#: Contact-block lines next to a name alone on its line.
_CONTACT_LINE = re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in CONTACT_LINE_STARTS) + r")(?![\w])")
_PROPER = {"NE", "NNP", "PROPN", "FM"}
#: Hyphenated Korean given names (``Hyong-chan``, ``Ri-mun``), often tagged as nouns.
_KOREAN_PART = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
_HON_TOKENS = frozenset(HONORIFICS) | frozenset(HONORIFIC_SUFFIXES) | {"Dr.-Ing", "Dipl.-Ing", "."}


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


def _acronym_follows(doc: Doc, s: int, e: int) -> bool:
    """``Name Words (NW)``: the parenthesis spells the span's initials."""
    tv = view(doc)
    if e + 2 >= len(doc) or tv.words[e] != "(" or e - s < 2:
        return False
    return spells_initials(tv.words[e + 1], [t.text for t in doc[s:e]])


_VERSION = re.compile(r"^\d+(?:\.\d+)+$")
#: Inflected adjectives (``Gefährlichen``, ``Neuen``, ``Zuständige``), which no first name is.
_ADJECTIVE_FORM = re.compile(r"(?:lich|ig|isch|bar|sam|haft|los|end|ert)(?:e|en|er|es|em)$")


def _surname_like(doc: Doc, k: int) -> bool:
    """Token ``k`` after a first name is its surname although it is also a noun
    (``Elke König (…)``, ``Anna Richter,``): capitalised, alphabetic, and the name ends there."""
    tv = view(doc)
    t = tv.words[k]
    nxt = tv.words[k + 1] if k + 1 < len(doc) else ""
    return t[:1].isupper() and t.isalpha() and not t.isupper() and not nxt[:1].isupper()


def _first_name_at(v: TextView, i: int) -> bool:
    """Token ``i`` is a known first name (``Anna``)."""
    return v.words[i] in first_names()


def _role_noun_word(w) -> bool:
    return is_role_noun(w.text)


def _lines_around(doc: Doc, a: int, b: int) -> Optional[tuple[str, str]]:
    """(line above, line below) when tokens ``a:b`` fill their line, else None."""
    v = view(doc)
    text, s, e = v.text, v.starts[a], v.ends[b - 1]
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    le = len(text) if le < 0 else le
    if text[ls:s].strip() or text[e:le].strip():
        return None
    prev = text[text.rfind("\n", 0, ls - 1) + 1:ls - 1] if ls > 0 else ""
    nxt_end = text.find("\n", le + 1)
    nxt = text[le + 1:len(text) if nxt_end < 0 else nxt_end] if le < len(text) else ""
    return prev, nxt


def _org_line(line: str) -> bool:
    """A short organisation line: ``Polizeipräsidium Mannheim``, ``KPMG Austria GmbH``."""
    words = line.split()
    return 1 <= len(words) <= 6 and any(is_org_cue(w.strip(",.")) for w in words)


def _alone_on_line(doc: Doc, a: int, b: int) -> bool:
    """Tokens ``a:b`` fill their line, and a neighbouring line is a contact line
    (``Telefon: …``, ``Stabsstelle Öffentlichkeitsarbeit``), or they stand between an
    organisation line and an address line."""
    around = _lines_around(doc, a, b)
    if around is None:
        return False
    prev, nxt = around
    if _CONTACT_LINE.match(prev) or _CONTACT_LINE.match(nxt):
        return True
    # ``KPMG Austria GmbH`` / name / ``Porzellangasse 51``: between an organisation and an address
    return _org_line(prev) and any(c.isdigit() for c in nxt) and any(w in nxt.lower() for w in ADDRESS_WORDS)


def _under_org_line(doc: Doc, a: int, b: int) -> bool:
    """Tokens ``a:b`` fill their line and the line above is a short organisation line:
    a contact block's name line."""
    around = _lines_around(doc, a, b)
    return around is not None and _org_line(around[0])


#: Function words after which capitalised words are a noun phrase, not a name (``die``, ``seine``).
_CLAUSE_FUNCTION_WORDS = FUNCTION_WORDS - {"und", "sowie", "mit", "von"}


class _Slots:
    """Positions where press text names a person, around tokens of one ``Doc``:
    after a title or honorific, before an apposition ``, <Rolle>`` or a parenthesis
    ``(<Rolle>, …)``/``(<Organisation>)``, at the start of a line, bullet or list slot."""

    def __init__(self, doc: Doc, comma_role_window: int):
        self.doc = doc
        self.view = view(doc)
        self.ws = words_of(doc)
        self.widx = {w.start: n for n, w in enumerate(self.ws)}
        self.line_end = line_ends(self.ws)
        self.comma_role_window = comma_role_window

    def role_after(self, s: int, e: int) -> str:
        """``"role"`` when ``, <role phrase>`` or ``(<role>, …)`` follows the
        tokens ``s:e``, ``"org"`` for ``(<organisation>)``, else ``""``."""
        if e >= len(self.doc):
            return ""
        n = self.widx.get(self.doc[e].idx)
        if n is None or n + 1 >= len(self.ws):
            return ""
        lim = self.line_end[n]
        if self.ws[n].text == ",":
            k = n + 1
            if k < lim and self.ws[k].text in APPOSITION_ARTICLES:
                k += 1  # ``Emily Lau, die Vorsitzende der Demokratischen Partei``
            return "role" if parse_role(self.ws, k, lim) is not None else ""
        if self.ws[n].text == "(":
            close = next((k for k in range(n + 1, lim) if self.ws[k].text == ")"), None)
            if close is None or close == n + 1:
                return ""
            cut = next((k for k in range(n + 1, close) if self.ws[k].text == ","), close)
            ph = parse_role(self.ws, n + 1, cut, gen_org=False)
            if ph is not None and ph.end == cut:
                return "role"
            if spells_initials("".join(w.text for w in self.ws[n + 1:close]), self.view.words[s:e]):
                return ""  # ``Service Level Agreement (SLA)``: an acronym, not an affiliation
            return "org" if affiliation_like(self.ws, n + 1, cut) else ""
        return ""

    def role_before_comma(self, s: int) -> bool:
        """``der Direktor der Gesundheitsbehörde, <s>``: a role phrase ends at a comma before ``s``."""
        if s < 2 or self.doc[s - 1].text != ",":
            return False
        c = self.widx.get(self.doc[s - 1].idx)
        if c is None:
            return False
        for st in role_phrase_starts(self.ws, c, self.comma_role_window, _role_noun_word):
            if st >= 1 and self.ws[st - 1].text == ",":
                return False  # an apposition of an earlier name
            ph = parse_role(self.ws, st, c, gen_org=False)
            if ph is not None and phrase_tail(self.ws, ph.end, c) == c:
                return True
        return False

    def role_before(self, s: int) -> bool:
        v = self.view
        if s == 0 or not v.same_line(s - 1, s):
            return False
        p = v.words[s - 1]
        if p in _HON_TOKENS and p != ".":
            return True
        if p == "." and s >= 2 and v.words[s - 2] in ("Dr.-Ing", "Dipl.-Ing"):
            return True
        return is_role_noun(p) and self.doc[s - 1].ent_type_ != "PER"

    def list_or_clause_start(self, s: int) -> bool:
        """Token ``s`` opens a line, a bullet, a ``Label:`` value or a list slot."""
        if s == 0 or not self.view.same_line(s - 1, s):
            return True
        p = self.view.words[s - 1]
        # after an article or a possessive the capitalised words are a noun phrase
        return p not in DETERMINERS and p.lower() not in _CLAUSE_FUNCTION_WORDS

    def line_start(self, s: int) -> bool:
        """Token ``s`` opens a line, bullet or ``Label:`` value."""
        v = self.view
        if s == 0 or not v.same_line(s - 1, s):
            return True
        p = v.words[s - 1]
        return p[-1:] in ":·•*" or (p in ("-", "–") and (s < 2 or not v.same_line(s - 2, s - 1)))

    def person_slot(self, s: int, e: int) -> bool:
        """A two- or three-word name in a position where press text names a person."""
        return 2 <= e - s <= 3 and (self.role_before(s) or self.role_before_comma(s) or (
            self.role_after(s, e) == "role" and self.list_or_clause_start(s)) or (
            self.role_after(s, e) == "org" and self.line_start(s)))


def _not_a_person(doc: Doc, s: int, e: int) -> Optional[tuple[str, int]]:
    """(label, end) of a model PER span ``s:e`` that is no person, or None when it is one:
    ``ORG`` for ``Beispiel GmbH``, ``KPMG`` or ``[Open Knowledge] Foundation`` (an org cue
    inside or right after, or an acronym), ``LOC`` for the name after a territorial word
    (``des autonomen Kreises Baoting Li und Miao``), ``MISC`` for a defined term ``Restricted Stock
    Units (RSUs)``, an English name part (``… and Sustainable Development``) or digits and
    lower-case words."""
    tv = view(doc)
    if any(is_org_cue(t.text) or is_org_cue(t.text.rstrip(".")) for t in doc[s:e]):
        return "ORG", e
    if e - s == 1 and is_acronym(tv.words[s]):
        return "ORG", e   # ``KPMG``, ``ABBYY``: an acronym is an organisation
    if (e < len(doc) and is_org_cue(tv.words[e].rstrip(".")) and tv.words[e][:1].isupper()
            and tv.same_line(e - 1, e)):
        return "ORG", e + 1   # ``[Robert Bosch] GmbH.``
    if s > 0 and tv.words[s - 1] in PLACE_TYPE_WORDS and not _first_name_at(tv, s) and tv.same_line(s - 1, s):
        return "LOC", _coordinated_part_end(doc, e)   # ``des Kreises [Baoting Li] und Miao``
    if _acronym_follows(doc, s, e):
        return "MISC", e
    if (s > 0 and tv.words[s - 1] in ORG_NAME_LINKS) or any(
            any(c.isdigit() for c in t.text) or (t.text[:1].islower() and t.text not in NAME_PARTICLES
                                                  and not _ARABIC_PREFIX.match(t.text))
            for t in doc[s:e]):
        return "MISC", e
    return None


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


def _rule_spans_win(doc: Doc, spans) -> tuple[list[Span], set[tuple[int, int]]]:
    """The entities after the rules (a rule span wins over the model spans it overlaps),
    and the character keys of the spans the rules changed."""
    tv = view(doc)
    new = [Span(doc, s, e, label=l) for s, e, l, _ in spans if s < e]
    changed = {(tv.starts[s], tv.starts[e - 1] + len(tv.words[e - 1])) for s, e, _, c in spans if c and s < e}
    new.sort(key=lambda sp: ((sp[0].idx, sp[-1].idx + len(sp[-1].text)) not in changed, sp.start))
    keep, used = [], set()
    for sp in new:
        if any(i in used for i in range(sp.start, sp.end)):
            continue
        used.update(range(sp.start, sp.end))
        keep.append(sp)
    return sorted(keep, key=lambda sp: sp.start), changed


#: Tunable numbers of the person rules (the factory's ``default_config``).
def _trim_start(doc: Doc, s: int, e: int) -> int:
    """First token of a PER span after titles, honorifics, determiners and punctuation
    (``Herr``, ``der``, ``Bezirksrat``, ``Boliviens Ministerpräsident``); particles stay (``von Notz``)."""
    tv = view(doc)
    while s < e:
        t = doc[s]
        particle = (t.text in NAME_PARTICLES or _ARABIC_PREFIX.match(t.text)) and (
            _ARABIC_PREFIX.match(t.text) or (s + 1 < e and name_at(tv, s + 1)))
        if particle and t.text not in DETERMINERS:
            break  # ``von Notz``, ``el-Baradei``
        if (t.is_punct or t.text in DETERMINERS or t.text in _HON_TOKENS or t.text in ROLE_MODIFIERS
                or t.text[:1].islower() or t.is_space):
            s += 1
        elif e - s >= 2 and (is_role_noun(t.text) or split_compound(t.text)):
            s += 1
        elif e - s >= 3 and t.text.endswith("s") and is_role_noun(tv.words[s + 1]) and not _first_name_at(tv, s):
            s += 2  # ``Boliviens Ministerpräsident Evo Morales``
        else:
            break
    return s


def _trim_end(doc: Doc, s: int, e: int) -> int:
    """End of a PER span before punctuation, determiners and an English modifier
    that opens the next title (``[KPMG Senior] Partner``)."""
    tv = view(doc)
    while e > s and (doc[e - 1].is_punct or tv.words[e - 1].isspace() or tv.words[e - 1] in DETERMINERS
                     or (e - s >= 2 and tv.words[e - 1] in ENGLISH_ROLE_MODIFIERS)):
        e -= 1
    return e


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


def _grow_right(doc: Doc, spans, owner: dict, n: int, s: int, e: int, skip: set) -> tuple[int, bool]:
    """The end of PER piece ``n`` after taking in, on its line, the next PER piece, one
    proper-noun token (``Berglof``) or particles and a surname (``Ursula`` + ``von der
    Leyen``); pieces taken in go to ``skip``. Also whether it grew."""
    tv = view(doc)
    grown = False
    while e < len(tv.words) and e - s < 4 and tv.same_line(e - 1, e):
        m = owner.get(e)
        if m is not None and m != n and spans[m][2] == "PER" and spans[m][0] == e:
            e = spans[m][1]
            skip.add(m)
        elif ((name_at(tv, e) or (e - s == 1 and _first_name_at(tv, s) and _surname_like(doc, e)))
              and (proper_at(tv, e) or (e - s == 1 and _first_name_at(tv, s) and tv.words[e][:1].isupper()))
              and (m is None or (spans[m][1] - spans[m][0] == 1 and spans[m][2] != "PER"))):
            if m is not None:
                skip.add(m)
            e += 1
        elif k := _particles_then_name(doc, e):
            for x in range(e, k):
                if owner.get(x) is not None and owner[x] != n:
                    skip.add(owner[x])
            e = k
        else:
            break
        grown = True
    return e, grown


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


# Rules that make a model ORG/LOC/MISC span (s, e) a person: (doc, s, e, label, slots) ->
# the spans it becomes, the relabelled one last, or None when the rule does not read it.

def _grown_into_person_slot(doc: Doc, s: int, e: int, label: str, slots: "_Slots"):
    """``[Mihoko] [Kumamoto]LOC (UNITAR)``, ``[Cong]LOC [Ronggang]LOC,``: widened over the name
    words beside it, the span fills a person's slot."""
    grown = PersonFixer._grow(doc, s, e)
    return [(*grown, "PER")] if grown != (s, e) and slots.person_slot(*grown) else None


def _title_then_name(doc: Doc, s: int, e: int, label: str, slots: "_Slots"):
    """``Generalkonsul Huang Yiyang`` tagged ORG/MISC: a role noun, then name words."""
    tv = view(doc)
    if (e - s >= 2 and is_role_noun(tv.words[s]) and all(name_at(tv, k) for k in range(s + 1, e))
            and not (e < len(doc) and _VERSION.match(tv.words[e]))):
        return [(s + 1, e, "PER")]
    return None


def _name_in_person_slot(doc: Doc, s: int, e: int, label: str, slots: "_Slots"):
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


def _person_after_org_word(doc: Doc, s: int, e: int, label: str, slots: "_Slots"):
    """``[des Wissenschaftsministeriums Joachim Laun]``: an ORG/MISC that ends in a name."""
    if label not in ("ORG", "MISC") or e - s < 3:
        return None
    k = _name_after_org_word(doc, s, e)
    return [(s, k, label), (k, e, "PER")] if k is not None else None


#: How a model ORG/LOC/MISC becomes (part) PER, in order; the first rule that reads the span wins.
_OTHER_TO_PERSON = (_grown_into_person_slot, _title_then_name, _name_in_person_slot, _person_after_org_word)


DEFAULTS = {
    # words looked back from a comma before a name for a role phrase (as in ``press_roles``)
    "comma_role_window": 16,
}


class PersonFixer:
    def __init__(self, nlp: Language, name: str, comma_role_window: int = DEFAULTS["comma_role_window"]):
        self.name = name
        self.comma_role_window = comma_role_window

    def __call__(self, doc: Doc) -> Doc:
        tv = view(doc)
        sources = doc._.entity_sources if doc._.entity_sources is not None else {}
        slots = _Slots(doc, self.comma_role_window)
        spans: list[tuple[int, int, str, bool]] = []
        for ent in doc.ents:
            spans += self._relabel(doc, ent, slots)
        spans = self._merge(doc, spans)
        spans += self._add(doc, spans, slots)
        doc.ents, changed = _rule_spans_win(doc, spans)
        gazetteer = {(tv.starts[s], tv.starts[e - 1] + len(tv.words[e - 1])) for s, e, _, c in spans
                     if c == "gazetteer" and s < e}
        for sp in doc.ents:
            key = (sp.start_char, sp.end_char)
            if key in changed:
                sources[key] = "gazetteer" if key in gazetteer else "rule"
        doc._.entity_sources = sources
        return doc

    def _relabel(self, doc: Doc, ent: Span, slots: "_Slots") -> list[tuple[int, int, str, bool]]:
        """The span(s) of one model entity after the name rules: (start, end, label, changed).

        A PER is trimmed and checked (:meth:`_person_span`); another label is asked of
        :data:`_OTHER_TO_PERSON` in order, the first rule that reads the span wins."""
        s, e, label = ent.start, ent.end, ent.label_
        if label == "PER":
            got = self._person_span(doc, s, e)
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

    def _person_span(self, doc: Doc, s: int, e: int) -> Optional[tuple[int, int, str]]:
        """A model PER trimmed of titles and punctuation, with a hyphenated given name after it
        (``[Chol] Ri-mun``), relabelled when it is no person (:func:`_not_a_person`); None when
        nothing is left."""
        tv = view(doc)
        s, e = self._trim(doc, s, e)
        if s >= e:
            return None
        if e - s == 1 and e < len(doc) and _KOREAN_PART.match(tv.words[e]) and tv.same_line(s, e):
            e += 1
        label = "PER"
        other = _not_a_person(doc, s, e)
        if other is not None:
            label, e = other
        return s, e, label

    @staticmethod
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

    @staticmethod
    def _trim(doc: Doc, s: int, e: int) -> tuple[int, int]:
        """Drop titles, honorifics, determiners and punctuation at the edges."""
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

    @staticmethod
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

    @staticmethod
    def _add(doc: Doc, spans, slots: "_Slots"):
        """Rule PERs for names the model missed in role patterns."""
        taken = set()
        for s, e, l, c in spans:
            taken.update(range(s, e))
        out = []
        # surnames of multi-word persons: a later ``Kern`` is the same ``Christian Kern``
        v = view(doc)
        surnames = {v.words[e - 1] for s, e, l, c in spans if l == "PER" and e - s >= 2}
        ends = {e for s, e, l, c in spans if l == "PER"}
        # neither branch below can start at a lower-case word that is no name part
        starts = [k for k, w in enumerate(v.words)
                  if w[:1].isupper() or _name_word(w) is not False]
        i, c = 0, 0
        while c < len(starts):
            if starts[c] < i:
                c += 1
                continue
            i = starts[c]
            c += 1
            if i in taken:
                continue
            how = True
            if not name_at(v, i):
                j = _function_word_name(v, i, taken, slots)
            else:
                j = (_repeated_surname(v, i, surnames) or _name_in_slot(doc, i, taken, slots)
                     or _coordinated_name(doc, i, taken, ends))
                if not j:
                    j, how = _first_name_in_slot(doc, i, taken, ends), "gazetteer"
            if j:
                out.append((i, j, "PER", how))
                ends.add(j)   # a name coordinated with this one may follow
                taken.update(range(i, j))
                i = j
            else:
                i += 1
        return out


def _function_word_name(v: TextView, i: int, taken: set, slots: "_Slots") -> Optional[int]:
    """``Ärzte An Hyong-chan``: a name part that is also a function word, right after
    a role word and before a proper noun; the end of the name, or None."""
    w, n = v.words, len(v.words)
    t = w[i]
    if (t[:1].isupper() and t.isalpha() and slots.role_before(i) and i + 1 < n
            and i + 1 not in taken and name_at(v, i + 1)
            and (proper_at(v, i + 1) or _KOREAN_PART.match(w[i + 1]))
            and v.same_line(i, i + 1)):
        return i + 2 if not (i + 2 < n and name_at(v, i + 2) and i + 2 not in taken) else i + 3
    return None


def _first_name_in_slot(doc: Doc, i: int, taken: set, per_ends: set) -> Optional[int]:
    """A known first name and a surname the model missed, right after a title, an
    organisation word, an appointing verb or another person it is coordinated with
    (``Präsident der Handelskammer Otto Muster``, ``beruft Lea Probe``, ``Scott Opitz und
    Alex Elkin``), or alone on its line
    under an organisation line (``Polizei Musterstadt`` / ``Anna Schmidt``); the end, or None."""
    v = view(doc)
    w, n = v.words, len(v.words)
    names = first_names()
    if i == 0 or w[i] not in names or i + 1 >= n or i + 1 in taken:
        return None
    nxt = w[i + 1]
    if not (nxt[:1].isupper() and name_at(v, i + 1) and nxt not in names and v.same_line(i, i + 1)):
        return None
    p = w[i - 1]
    if not v.same_line(i - 1, i):
        return i + 2 if _under_org_line(doc, i, i + 2) else None
    before_ok = (is_org_cue(p) or is_role_noun(p) or p in APPOINTING_VERBS
                 or (p in ("und", "sowie", ",") and i - 1 in per_ends))   # ``beruft Lea Probe zur …``
    if not before_ok:
        return None
    j = i + 2
    if j < n and j not in taken and name_at(v, j) and w[j][:1].isupper() and v.same_line(j - 1, j) \
            and proper_at(v, j):
        j += 1
    return j


def _coordinated_name(doc: Doc, i: int, taken: set, per_ends: set) -> Optional[int]:
    """``An Hyong-chan (56) und Chol Ri-mun (50)``: two proper-noun name words joined by
    ``und``/``sowie`` to a person, the second a hyphenated (Korean) given name, or both
    names followed by a parenthesis (``A B (56) und C D (50)``); the end of the name, or None."""
    v = view(doc)
    w, n = v.words, len(v.words)
    if i < 2 or w[i - 1] not in ("und", "sowie") or i + 1 >= n or i + 1 in taken:
        return None
    j = i - 2
    paren = w[j] == ")"
    if paren:
        j = next((k for k in range(j - 1, max(j - 5, -1), -1) if w[k] == "("), -1) - 1
    if j < 0 or j + 1 not in per_ends or not v.same_line(j, i + 1):
        return None
    a, b = i, i + 1
    if not (proper_at(v, a) and name_at(v, a) and w[a][:1].isupper()):
        return None
    # the second word is a hyphenated given name, or both people carry the same
    # parenthesis (ages): ``Papa Roach und Enter Shikari`` (bands) stays out
    if not (w[b][:1].isupper() and (_KOREAN_PART.match(w[b]) or (
            paren and proper_at(v, b) and name_at(v, b) and i + 2 < n and w[i + 2] == "("))):
        return None
    if i + 2 < n and w[i + 2][:1].isupper() and v.same_line(i + 1, i + 2):
        return None   # ``… und Max Muster Stiftung``: longer than a name
    return i + 2


def _repeated_surname(v: TextView, i: int, surnames: set) -> Optional[int]:
    """A later ``Kern`` alone after ``Christian Kern``: the end of the name, or None."""
    w, n = v.words, len(v.words)
    if (w[i] in surnames and (i == 0 or w[i - 1] not in DETERMINERS)
            and not (i + 1 < n and w[i + 1][:1].isupper() and v.same_line(i, i + 1))
            and (i == 0 or not w[i - 1][:1].isupper() or not v.same_line(i - 1, i))):
        return i + 1
    return None


def _name_run(doc: Doc, i: int, taken: set) -> int:
    """End of up to four name words from ``i`` on one line (``Konstantin von Notz``)."""
    v = view(doc)
    n, j = len(v.words), i
    while j < n and j - i < 4 and j not in taken and (j == i or v.same_line(j - 1, j)):
        if name_at(v, j):
            j += 1
        elif j > i and (k := _particles_then_name(doc, j)) and not any(x in taken for x in range(j, k)):
            j = k
        else:
            break
    return j


def _name_in_slot(doc: Doc, i: int, taken: set, slots: "_Slots") -> Optional[int]:
    """A run of name words in a person's slot: after a title, before an apposition or a
    parenthesis at a line start, or alone on a contact-block line; its end, or None."""
    v = slots.view
    w, n = v.words, len(v.words)
    j = _name_run(doc, i, taken)
    if j < n and _VERSION.match(w[j]):
        return None   # ``CDO Model Repository 4.0``: a product
    length = j - i
    nxt_cap = j < n and j not in taken and w[j][:1].isupper() and v.same_line(j - 1, j)
    ok = False
    if not nxt_cap and (length >= 2 or proper_at(v, i)):
        if slots.role_before(i) and any(proper_at(v, k) for k in range(i, j)):
            ok = True
        elif length >= 2 and slots.role_before_comma(i) and (j >= n or not w[j][:1].isalpha()
                                                             or w[j][:1].islower()):
            ok = True
        else:
            after = slots.role_after(i, j) if length >= 2 else ""
            # an organisation in parentheses only counts at the start of a
            # line/bullet/label (``Thilo Cunz (dena)``), not mid-sentence
            ok = (after == "role" and slots.list_or_clause_start(i)) or (
                after == "org" and slots.line_start(i) and any(proper_at(v, k) for k in range(i, j))
                and not any(v.poss[k] == "ADJ" and not proper_at(v, k) for k in range(i, j)))
    if not ok and 2 <= length <= 3 and _alone_on_line(doc, i, j):
        ok = True  # ``Nadine Maier`` between organisation and ``Telefon:`` lines
    return j if ok else None


@Language.factory(
    "press_persons",
    assigns=["doc.ents", "doc._.entity_sources"],
    requires=["doc.ents", "token.tag", "token.pos"],
    default_config=DEFAULTS,
)
def make_persons(nlp: Language, name: str, comma_role_window: int):
    """Fix PER spans in ``doc.ents`` (runs after the model's ``ner``)."""
    return PersonFixer(nlp, name, comma_role_window=comma_role_window)
