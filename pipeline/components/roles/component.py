"""``press_roles``: person–role–organisation statements (``roles.csv``).

Works on the PER spans in ``doc.ents`` (after ``press_persons``) and reads the
words around each one. No dependency parse is needed: the patterns are the
contract's (title before the name, apposition, parenthesis, role before the
name with a comma, relative clause ``…, der als X``, contact blocks), built
from the word tables in ``pipeline/lang/role_words.py``, ``pipeline/lang/role_links.py``
and ``pipeline/lang/honorifics.py``, capitalisation, and the tagger's ``pos_``
(``tag_``/``morph`` where they help) when the model provides them. The rules, one
module per construction, are tried in the order of ``rules.ROLE_RULES``.

Only offsets and strings are set; the assembler fills ``doc_id``, ``sent``
and the entity ids.
"""
from __future__ import annotations

import logging
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.roles.config import DEFAULTS
from pipeline.components.roles.mention import Mention
from pipeline.components.roles.org_entities import add_org_entities
from pipeline.components.roles.rows import RoleRows
from pipeline.components.roles.rules import ROLE_RULES
from pipeline.lang.honorifics import COURTESY
from pipeline.model import extensions  # noqa: F401  (registers doc._.roles)
from pipeline.model.document import Role
from pipeline.text.normalise import doc_text
from pipeline.text.numbers import SKIPPED_ERRORS
from pipeline.text.phrases import honorific_regex
from pipeline.text.view import line_ends, words_of

log = logging.getLogger("press_extract")


class RoleExtractor:
    def __init__(self, nlp: Language, name: str, **config: int):
        self.name = name
        self.config = {**DEFAULTS, **config}

    def __call__(self, doc: Doc) -> Doc:
        roles = extract_roles(doc, **self.config)
        add_org_entities(doc, roles)   # every organisation a role names is an ORG entity
        doc._.roles = roles
        return doc


@Language.factory(
    "press_roles",
    assigns=["doc._.roles", "doc.spans"],
    requires=["doc.ents", "token.tag", "token.pos", "token.is_sent_start"],
    default_config=DEFAULTS,
)
def make_roles(nlp: Language, name: str, honorific_window_chars: int, comma_role_window: int,
               fuer_org_window: int, relative_window: int, max_affiliation_words: int, clause_window: int):
    """Person–role–organisation statements into ``doc._.roles``."""
    return RoleExtractor(nlp, name, honorific_window_chars=honorific_window_chars,
                         comma_role_window=comma_role_window, fuer_org_window=fuer_org_window,
                         relative_window=relative_window, max_affiliation_words=max_affiliation_words,
                         clause_window=clause_window)


def extract_roles(doc: Doc, *, honorific_window_chars: int = DEFAULTS["honorific_window_chars"],
                  comma_role_window: int = DEFAULTS["comma_role_window"],
                  fuer_org_window: int = DEFAULTS["fuer_org_window"],
                  relative_window: int = DEFAULTS["relative_window"],
                  max_affiliation_words: int = DEFAULTS["max_affiliation_words"],
                  clause_window: int = DEFAULTS["clause_window"]) -> list[Role]:
    """Every rule of ``ROLE_RULES``, in order, on every PER entity of ``doc``."""
    config = {"honorific_window_chars": honorific_window_chars, "comma_role_window": comma_role_window,
              "fuer_org_window": fuer_org_window, "relative_window": relative_window,
              "max_affiliation_words": max_affiliation_words, "clause_window": clause_window}
    text = doc_text(doc)
    ws = words_of(doc)
    if not ws:
        return []
    line_end = line_ends(ws)
    pers = _person_ranges(doc, ws)
    per_end_at = {b: a for a, b in pers}
    rows = RoleRows(text, ws)
    lemmas = _Lemmas(doc)
    org_names = frozenset(e.text for e in doc.ents if e.label_ == "ORG")
    for pa, pb in pers:
        try:
            m = Mention(doc=doc, text=text, ws=ws, per_end_at=per_end_at, config=config, rows=rows,
                        pa=pa, pb=pb, lim=line_end[pa], lemmas=lemmas,
                        org_names=org_names)
            m.hon, m.name_start = _honorific(text, ws, pa, honorific_window_chars)
            for _name, rule in ROLE_RULES:
                rule(m)
        except SKIPPED_ERRORS:   # a construction no rule was written for: skip this person
            log.debug("roles: skipped the person at word %d", pa)
    return rows.in_order()


class _Lemmas:
    """The lemma of the token at a character range, looked up when a rule asks (few words are)."""

    __slots__ = ("doc",)

    def __init__(self, doc: Doc):
        self.doc = doc

    def get(self, span: tuple[int, int], default: str) -> str:
        s = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        return s[0].lemma_ or default if s is not None and len(s) else default


def _person_ranges(doc: Doc, ws) -> list[tuple[int, int]]:
    """The word ranges of the PER entities."""
    by_start = {w.start: n for n, w in enumerate(ws)}
    pers: list[tuple[int, int]] = []
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
    return pers


def _honorific(text: str, ws, pa: int, window: int) -> tuple[Optional[tuple[int, int]], int]:
    """The honorific right before the name at word ``pa`` (``Dr.``, ``Frau``; a courtesy
    title only before a capitalised name) within ``window`` characters on its line (a
    paragraph can be one long line): (its character range or None, the first word of
    honorific + name)."""
    ls = max(text.rfind("\n", 0, ws[pa].start) + 1, ws[pa].start - window)
    m = honorific_regex().search(text, ls, ws[pa].start)
    if not m:
        return None, pa
    hs, he = m.span(1)
    if m.group(1).split()[0] in COURTESY and not ws[pa].text[:1].isupper():
        return None, pa
    b = pa
    while b > 0 and ws[b - 1].start >= hs:
        b -= 1
    return (hs, he), b
