"""``_Slots``: is this a position where press text names a person?

After a title or honorific (``Generalkonsul Huang Yiyang``), after ``<role phrase>,``,
before an apposition ``, <Rolle>`` or a parenthesis ``(<Rolle>, …)``/``(<Organisation>)``,
at the start of a line, bullet or list slot; and alone on a contact-block line
(``_alone_on_line``, ``_under_org_line``).
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from pipeline.components.persons.names import _HON_TOKENS
from pipeline.lang.entity_cues import DETERMINERS
from pipeline.lang.honorifics import SPLIT_HONORIFICS
from pipeline.lang.name_parts import NAME_LIST_WORDS
from pipeline.lang.role_words import ADDRESS_WORDS, CONTACT_LINE_STARTS
from pipeline.text.phrases import (APPOSITION_ARTICLES, FUNCTION_WORDS, affiliation_like, is_org_cue, is_role_noun,
                                   parse_role, phrase_tail, role_phrase_starts, spells_initials)
from pipeline.text.view import line_ends, view, words_of

#: Contact-block lines next to a name alone on its line.
_CONTACT_LINE = re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in CONTACT_LINE_STARTS) + r")(?![\w])")
#: Function words after which capitalised words are a noun phrase, not a name (``die``, ``seine``).
_CLAUSE_FUNCTION_WORDS = FUNCTION_WORDS - NAME_LIST_WORDS


def _role_noun_word(w) -> bool:
    return is_role_noun(w.text)


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
        """``Generalkonsul <s>``, ``Prof. Dr. <s>``: a title or honorific right before ``s``."""
        v = self.view
        if s == 0 or not v.same_line(s - 1, s):
            return False
        p = v.words[s - 1]
        if p in _HON_TOKENS and p != ".":
            return True
        if p == "." and s >= 2 and v.words[s - 2] in SPLIT_HONORIFICS:
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
