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
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.model import extensions  # noqa: F401  (registers doc._.roles)
from pipeline.model.document import Role
from pipeline.text.numbers import SKIPPED_ERRORS
from pipeline.text.phrases import (role_phrase_starts, is_role_noun, parse_np, APPOSITION_ARTICLES, ARTICLES, FUNCTION_WORDS,
                      GENITIVE as GENITIVE_ARTICLES, MAX_AFFILIATION_WORDS,
                      affiliation_like, honorific_regex, is_acronym, is_cap, is_modifier,
                      is_org_cue, is_role_word, parse_role, phrase_tail, split_compound,
                      with_modifiers, word_span)
from pipeline.text.view import Word, line_ends, words_of
from pipeline.text.normalise import doc_text
from pipeline.lang.entity_cues import KNOWN_NAMES
from pipeline.lang.honorifics import COURTESY
from pipeline.lang import role_words as rw
from pipeline.lang.months import MONTHS
from pipeline.lang.structure_cues import CONTACT_HEADINGS
from pipeline.lang.role_words import ENGLISH_ROLE_MODIFIERS, IRREGULAR_FORMS

log = logging.getLogger("press_extract")
MONTHS_TITLE = frozenset(m.capitalize() for m in MONTHS)


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
    "max_affiliation_words": MAX_AFFILIATION_WORDS,
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
        # a role is a character range, or (start, end, text) when the organisation sits
        # inside it (``stellvertretende [SPD-]Fraktionsvorsitzende``)
        role_text = (role[2] if len(role) > 2 else text[role[0]:role[1]]) if role else ""
        pts = [ps, pe] + [x for r in (hon, role, org) if r for x in r[:2]] + list(extra)
        s, e = min(pts), max(pts)
        key = (ps, role_text, text[org[0]:org[1]] if org else "")
        if key in seen:
            return
        seen.add(key)
        rows.append(Role(
            start=s, end=e, text=text[s:e], person=text[ps:pe], person_start=ps, person_end=pe,
            honorific=text[hon[0]:hon[1]] if hon else "",
            role=role_text,
            organization=text[org[0]:org[1]] if org else "",
            org_start=org[0] if org else None, org_end=org[1] if org else None))

    def chars(r):
        return word_span(ws, *r) if r else None

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
        tb = _before(ws, pa, pb, b, hon, add, chars, fuer_org_window)
        if tb is not None and tb >= 2 and ws[tb - 1].text == "," and not ws[tb].nl:
            # ``Der Kommandant der NATO-Truppen in Europa, General James L. Jones``
            _comma_before(ws, pa, pb, tb, hon, add, chars, per_end_at, tb - 1, comma_role_window)
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
                bare = []   # titles without an organisation right before ``und``
                while n < lim:
                    ph = parse_role(ws, n, lim, comma_org=True)
                    if ph is None or (ph.end < lim and ws[ph.end].label == "PER"):
                        break   # ``A, Präsident der Handelskammer B``: the title is B's
                    n = ph.end
                    more = n + 1 < lim and ws[n].text in ("und", "sowie")
                    if ph.org_c is None and more:
                        bare.append(ph)
                    else:
                        # ``Scott Opitz, Präsident und CEO von TimelinePI``: the titles
                        # coordinated before share the organisation when it is a name
                        shared = ph.org_c if ph.org is not None and _is_name(ws, *ph.org) else None
                        for b in bare:
                            add(pa, pb, hon, b.role_c, shared)
                        bare = []
                        add(pa, pb, hon, ph.role_c, ph.org_c)
                    if more:
                        n += 1
                        continue
                    break
                for b in bare:
                    add(pa, pb, hon, b.role_c, None)
        # -- personnel announcement: ``bestellt X als neuen Partner``, ``X wird neuer CEO``
        _announcement(ws, pa, pb, k, lim, hon, add, per_end_at)
        # -- one plural title for a list of names: ``Neue Partner sind A, B und C``
        _list_title(ws, pa, pb, per_end_at, add)
        # -- a group and its members: ``das Team der Muster AG, bestehend aus A, B und C``
        _group_members(ws, pa, pb, per_end_at, add)
        # -- joining a group: ``A und B werden das Managementteam von ABBYY verstärken``
        _joins_group(ws, pa, pb, lim, hon, add)
        # -- contact block: name alone on its line under an organisation line
        _contact(doc, ws, pa, pb, hon, add)

    for pa, pb in pers:
        try:
            statements_of(pa, pb)
        except SKIPPED_ERRORS:   # a construction no rule was written for: skip this person
            log.debug("roles: skipped the person at word %d", pa)
    rows.sort(key=lambda r: (r.start, r.end))
    return rows


def _before(ws, pa, pb, b, hon, add, chars, fuer_org_window=DEFAULTS["fuer_org_window"]) -> Optional[int]:
    """Title (and coordinated titles) right before the name; the first word of the
    title run (None when there is none)."""
    r = b - 1
    if r < 0 or ws[b].nl:
        return None
    if ws[r].text == ":" and r >= 1 and (r - 1 == 0 or ws[r - 1].nl) and is_role_word(ws[r - 1]):
        add(pa, pb, hon, chars((r - 1, r)), None)  # ``Sprecher: Max Muster``
        return None
    first = True
    start = None
    while r >= 0 and is_role_word(ws[r]) and ws[r].label != "PER":
        cut = split_compound(ws[r].text)
        role, org, rs = _compound_title(ws, r, cut) if cut is not None else _plain_title(ws, r)
        if first and org is None:
            org = _fuer_org(ws, rs, fuer_org_window) or _label_org(ws, rs)
        add(pa, pb, hon, role, org, (ws[rs].start,))
        start = rs
        if first:
            _shared_title(ws, pa, pb, rs, role, org, add)
            first = False
        # ``ÖVP-Chef und Wirtschaftsminister Reinhold Mitterlehner``
        q = rs
        if q >= 2 and ws[q - 1].text in ("und", "sowie") and not ws[q].nl and not ws[q - 1].nl:
            r = q - 2
            continue
        break
    return start


def _modifiers_before(ws, rs: int) -> int:
    """The first of the modifiers before word ``rs`` on its line (``stellvertretende``, ``neue``)."""
    while rs - 1 >= 0 and not ws[rs].nl and is_modifier(ws[rs - 1]):
        rs -= 1
    return rs


def _compound_title(ws, r: int, cut: tuple[int, int]):
    """``SPD-Fraktionsvorsitzende`` (``stellvertretende`` before it stays in the role): the role
    after the hyphen, the organisation before it; (role, org, first word)."""
    w = ws[r]
    role = (w.start + cut[1] + 1, w.end)
    org = (w.start + cut[0], w.start + cut[1])
    rs = _modifiers_before(ws, r)
    if rs < r:
        role = with_modifiers(ws, rs, r, role)
    return role, org, rs


def _plain_title(ws, r: int):
    """A title word with its modifiers and English or adjectival title words before it
    (``Senior Partner``, ``Managing Director``, ``Vorsitzende Richterin``), and a genitive
    name or an organisation before that (``Boliviens Ministerpräsident``, ``KPMG Partnerin``);
    (role, org, first word)."""
    rs = _modifiers_before(ws, r)
    while rs - 1 >= 0 and not ws[rs].nl and (ws[rs - 1].text in ENGLISH_ROLE_MODIFIERS
                                             or _adjectival_title(ws[rs - 1].text)):
        rs -= 1
    role, org = word_span(ws, rs, r + 1), None
    g = rs - 1
    if g >= 0 and not ws[rs].nl and _genitive_name(ws[g]):
        org = (ws[g].start, ws[g].end)
        rs = g
    elif g >= 0 and not ws[rs].nl:
        o = _org_before(ws, g)
        if o is not None:
            org, rs = word_span(ws, *o), o[0]
    return role, org, rs


def _adjectival_title(t: str) -> bool:
    """``Vorsitzende``, ``Leitende``, ``Geschäftsführende``: a capitalised adjectival title
    word that opens the title after it (``Vorsitzende Richterin``)."""
    return t[:1].isupper() and any(t == stem + e for stem in rw.ADJECTIVAL_TITLE_STEMS for e in ("e", "er", "en"))


def _list_title(ws, pa, pb, per_end_at, add):
    """``Neue Partnerinnen und Partner sind A, B und C``, ``Dem Vorstand gehören A, B und C
    an``: a title before ``sind``/``gehören`` holds for every name of the list after it."""
    j = pa
    while j >= 2 and ws[j - 1].text in (",", "und", "sowie") and (j - 1) in per_end_at:
        j = per_end_at[j - 1]
    v = j - 1
    if v < 1 or ws[v].text not in rw.LIST_VERBS or ws[j].nl:
        return
    t = v
    while t - 1 >= 0 and not ws[t].nl and (is_role_word(ws[t - 1]) or is_modifier(ws[t - 1]) or (
            ws[t - 1].text == "und" and t >= 2 and is_role_word(ws[t - 2]))):
        t -= 1
    while t < v and not is_role_word(ws[t]):
        t += 1
    if t < v and is_role_word(ws[v - 1]):
        add(pa, pb, None, word_span(ws, t, v), None, (ws[t].start,))


def _is_group_word(t: str) -> bool:
    low = t.lower()
    return t[:1].isupper() and (t in rw.GROUP_NOUNS or any(
        low.endswith(e) and len(low) > len(e) + 2 for e in rw.GROUP_COMPOUND_ENDINGS))


_SENTENCE_STOPS = frozenset({".", "!", "?", ";"})


def _group_members(ws, pa, pb, per_end_at, add):
    """``das Team der Muster AG, bestehend aus A, B und C``, ``das Muster-Team, bestehend aus
    …``, ``Bei der Muster AG hat das Team, bestehend aus …``: each person of the list gets
    the group's organisation (its genitive or ``von`` complement, the prefix of a compound,
    else the one organisation the sentence names); a group that is a title (``Der Vorstand
    der Muster AG, bestehend aus …``) is also the role. No organisation, no title: no row."""
    j = pa
    while j >= 2 and ws[j - 1].text in (",", "und", "sowie") and (j - 1) in per_end_at:
        j = per_end_at[j - 1]
    if j < 3 or ws[j - 1].text != "aus" or ws[j - 2].text not in rw.MEMBER_LIST_OPENERS or ws[j - 1].nl:
        return
    c = j - 2 if ws[j - 3].text != "," else j - 3     # the end of the group's noun phrase
    g = None
    for k in range(c - 1, max(-1, c - 10), -1):
        if ws[k].text in _SENTENCE_STOPS or ws[k + 1].nl:
            break
        if _is_group_word(ws[k].text) and ws[k].label != "PER":
            g = k
            break
    if g is None:
        return
    org = None
    s = g + 1
    if s < c and (ws[s].text in GENITIVE_ARTICLES or ws[s].text in rw.AFFILIATION_PREPOSITIONS):
        s += 1
        if s < c and ws[s].text in ARTICLES:
            s += 1
        e = parse_np(ws, s, c)
        if e > s and (_names_an_org(ws, s, e) or all(is_cap(w) for w in ws[s:e])):
            org = word_span(ws, s, e)       # ``Team der Muster AG``, ``Team von Beispiel``
    cut = split_compound(ws[g].text) if "-" in ws[g].text else None
    if org is None and "-" in ws[g].text.strip("-"):
        w = ws[g]
        prefix = w.text[:w.text.rstrip("-").rfind("-")]
        if prefix[:1].isupper() and prefix not in rw.ROLE_PREFIXES:
            org = (w.start, w.start + len(prefix))   # ``das Muster-Team``
    if org is None:
        org = _sentence_org(ws, g, pb)
    role = word_span(ws, g, g + 1) if is_role_word(ws[g]) and cut is None else None
    add(pa, pb, None, role, org, (ws[g].start,))


def _joins_group(ws, pa, pb, lim, hon, add):
    """``Lea Probe verstärkt seit Mai das Team der Muster AG``, ``Scott Opitz und Alex Elkin
    werden das Managementteam von ABBYY verstärken``: the person belongs to the group's
    organisation (an affiliation row)."""
    k = pb
    while k + 1 < lim and ws[k].text in ("und", "sowie", ",") and ws[k + 1].label == "PER":
        e = k + 1
        while e < lim and ws[e].ent == ws[k + 1].ent:
            e += 1
        k = e       # the other names of ``A und B werden …``
    verb = False
    for _ in range(4):
        if k >= lim:
            return
        t = ws[k].text
        if t in rw.JOINING_VERBS:
            verb = True
        elif not (t in rw.ANNOUNCEMENT_GAP or t in ("seit", "ab", "im", "am") or t in MONTHS_TITLE
                  or t[:1].isdigit()):
            break
        k += 1
    if k + 2 >= lim or ws[k].text not in ARTICLES or not _is_group_word(ws[k + 1].text):
        return
    g = k + 1
    s = g + 1
    if ws[s].text not in GENITIVE_ARTICLES and ws[s].text not in rw.AFFILIATION_PREPOSITIONS:
        return
    s += 1
    if s < lim and ws[s].text in ARTICLES:
        s += 1
    e = parse_np(ws, s, lim)
    if e == s or not _names_an_org(ws, s, e):
        return
    if not verb and not (e < lim and ws[e].text in rw.JOINING_VERBS):
        return
    add(pa, pb, hon, None, word_span(ws, s, e))


def _is_name(ws, s, e) -> bool:
    """Words ``s:e`` hold a name: an entity, a proper noun, an acronym or an organisation word
    (``TimelinePI``, ``Muster AG``; not ``des Einsatzes``)."""
    return any(w.label in ("ORG", "LOC", "MISC") or w.tag in ("NE", "FM") or w.pos == "PROPN"
               or (len(w.text) >= 2 and w.text.isupper()) or is_org_cue(w.text) for w in ws[s:e])


def _names_an_org(ws, s, e) -> bool:
    """Words ``s:e`` name an organisation, not a kind of one: an ORG entity, an acronym, or a
    capitalised name with an organisation word (``Muster AG``; not ``Full-Service-Kanzlei``)."""
    part = ws[s:e]
    return any(w.label == "ORG" or (len(w.text) >= 2 and w.text.isupper() and w.text.isalpha()) for w in part) or (
        len(part) >= 2 and any(is_org_cue(w.text) for w in part))


def _sentence_org(ws, a, b) -> Optional[tuple[int, int]]:
    """The character range of the one organisation the sentence around words ``a:b`` names
    (an ORG entity or a name ending in a legal form), else None."""
    lo = a
    while lo > 0 and ws[lo - 1].text not in _SENTENCE_STOPS and not ws[lo].nl:
        lo -= 1
    hi = b
    while hi < len(ws) and ws[hi].text not in _SENTENCE_STOPS and not ws[hi].nl:
        hi += 1
    found = {}
    for k in range(lo, hi):
        if ws[k].label == "ORG":
            found.setdefault(("ent", ws[k].ent), []).append(k)
        elif ws[k].text in rw.LEGAL_FORMS and not ws[k].label:
            o = _org_before(ws, k)      # ``Muster AG`` that the model did not tag
            if o is not None and o[1] - o[0] >= 2:
                found.setdefault(("name", o[0]), []).extend(range(*o))
    if len(found) != 1:
        return None
    ks = next(iter(found.values()))
    return word_span(ws, ks[0], ks[-1] + 1)


def _announcement(ws, pa, pb, k, lim, hon, add, per_end_at=None):
    """``bestellt Christian Legény als neuen Partner``, ``Markus Neuhold hat als Direktor
    des BRG``, ``ernennt Lea Probe zur Partnerin``, ``Otto Muster wird zum 1. März neuer
    CEO der Beispiel AG``: a role named for the person right after the name; ``Lea Probe
    arbeitet bei der Muster AG``, ``Anna Test von der Universität Musterstadt``: an
    affiliation; ``A und B leiten als Sprecher bzw. stellvertretende Sprecherin``: two
    roles for two people, in order."""
    verb = False
    for _ in range(6):
        if k >= lim:
            return
        w = ws[k]
        t = w.text
        if t in ("zum", "zur") and k + 1 < lim and ws[k + 1].text[:1].isdigit():
            k = _after_date(ws, k + 2, lim)     # ``zum 1. März``: a date, not the role
            continue
        if t in ("als", "zum", "zur") or t in rw.ANNOUNCEMENT_NEW:
            _announced_roles(ws, pa, pb, k, lim, hon, add, per_end_at)
            return
        if t == "in" and k + 3 < lim and ws[k + 1].text == "der" and ws[k + 2].text == "Funktion" \
                and ws[k + 3].text in ("des", "der", "als"):
            ph = parse_role(ws, k + 4, lim)     # ``in der Funktion des Geschäftsführers``
            if ph is not None:
                add(pa, pb, hon, ph.role_c, ph.org_c)
            return
        if t in rw.AFFILIATION_PREPOSITIONS:
            _affiliation_after(ws, pa, pb, k + 1, lim, hon, add)
            return
        if t in rw.ANNOUNCEMENT_GAP:
            k += 1
            continue
        if not verb and t[:1].islower() and (w.pos in ("VERB", "AUX") or w.tag.startswith("V")):
            verb, k = True, k + 1    # ``leiten künftig als …``: one finite verb
            continue
        return


def _after_date(ws, k: int, lim: int) -> int:
    """The word after the rest of a date (``März``, ``2025``, ``.``) from ``k`` on."""
    while k < lim and (ws[k].text in MONTHS_TITLE or ws[k].text[:1].isdigit() or ws[k].text == "."):
        k += 1
    return k


def _announced_roles(ws, pa, pb, k, lim, hon, add, per_end_at) -> None:
    """The role(s) after ``als``/``zum``/``zur``/``neuer`` at ``k``: one role, two roles of one person
    (``als Partner und Geschäftsführer``), or one each for two people (``A und B … als Sprecher
    bzw. stellvertretende Sprecherin``); without a named organisation, the appointing one."""
    t = ws[k].text
    ph = parse_role(ws, k if t in rw.ANNOUNCEMENT_NEW else k + 1, lim)
    if ph is None:
        return
    nxt = ph.end
    ph2 = None
    if nxt + 1 < lim and ws[nxt].text in ("bzw.", "beziehungsweise", "und", "sowie"):
        ph2 = parse_role(ws, nxt + 1, lim)
    other = per_end_at.get(pa - 1) if per_end_at and pa >= 2 and ws[pa - 1].text in ("und", "sowie") else None
    if ph.org_c is None and t != "neuer" and t not in rw.ANNOUNCEMENT_NEW:
        ph.org_c = _appointing_org(ws, pa)    # ``KPMG bestellt X als neuen Partner``
        if ph2 is not None and ph2.org_c is None:
            ph2.org_c = ph.org_c
    if ph2 is not None and other is not None and ws[nxt].text in ("bzw.", "beziehungsweise"):
        add(other, pa - 1, None, ph.role_c, ph.org_c, (ws[k].start,))
        add(pa, pb, hon, ph2.role_c, ph2.org_c)
        return
    add(pa, pb, hon, ph.role_c, ph.org_c)
    if ph2 is not None:
        add(pa, pb, hon, ph2.role_c, ph2.org_c)


def _affiliation_after(ws, pa, pb, s, lim, hon, add) -> None:
    """``arbeitet bei der Muster AG``, ``von der Universität Musterstadt``: an affiliation when
    the noun phrase after the preposition (and an article) names an organisation."""
    if s < lim and ws[s].text in ARTICLES:
        s += 1
    e = parse_np(ws, s, lim)
    if e > s and any(x.label == "ORG" or is_org_cue(x.text) for x in ws[s:e]):
        add(pa, pb, hon, None, word_span(ws, s, e))


#: Parts of speech no word of a company name has (``Laut``, ``Bei``, ``Die`` before it).
_NOT_NAME_POS = frozenset({"ADP", "DET", "VERB", "AUX", "ADV", "PRON", "CCONJ", "SCONJ", "PART", "PUNCT", "NUM"})


def _appointing_org(ws, pa) -> Optional[tuple[int, int]]:
    """The organisation that appoints the person at word ``pa``: the subject of an appointing
    verb before the name (``KPMG erweitert … und bestellt [Name] als …``: the ORG that opens
    the clause) or the ORG right after the verb (``ernennt KPMG Law [Name] zu …``); else None."""
    v = None
    for k in range(pa - 1, max(-1, pa - 12), -1):
        if ws[k].text in _SENTENCE_STOPS or ws[k].text == ":" or ws[k + 1].nl:
            break
        if ws[k].text in rw.APPOINTING_VERBS:
            v = k
            break
    if v is None:
        return None
    if v + 1 < pa and ws[v + 1].label == "ORG":
        e = v + 1
        while e < pa and ws[e].ent == ws[v + 1].ent:
            e += 1
        return word_span(ws, v + 1, e)
    s = v
    while s > 0 and ws[s - 1].text not in _SENTENCE_STOPS and ws[s - 1].text != ":" and not ws[s].nl:
        s -= 1
    while s < v and ws[s].text in ARTICLES | {"Der", "Die", "Das"}:
        s += 1
    e = None
    if s < v and ws[s].label == "ORG" and (s == 0 or ws[s - 1].ent != ws[s].ent):
        e = s
        while e < v and ws[e].ent == ws[s].ent:
            e += 1
    elif s < v and not ws[s].label:
        # ``Die Muster AG beruft …`` that the model did not tag: a name ending in a legal form
        k = next((k for k in range(s + 1, min(v, s + 4)) if ws[k].text in rw.LEGAL_FORMS), None)
        o = _org_before(ws, k) if k is not None else None
        if o is not None and o[0] == s:
            e = o[1]
    if e is not None and (e == v or ws[e].pos in ("VERB", "AUX")):   # the ORG is the clause's subject
        return word_span(ws, s, e)
    return None


def _org_before(ws, g) -> Optional[tuple[int, int]]:
    """The organisation whose name ends at word ``g``, right before a title: an ORG
    entity, an acronym (``KPMG``), a camel-case brand (``TimelinePI``) or a name ending in
    a legal form (``Muster AG``); its word range."""
    w = ws[g]
    camel = len(w.text) > 2 and w.text[:1].isupper() and any(c.isupper() for c in w.text[1:]) \
        and any(c.islower() for c in w.text) and w.text.isalnum()
    acronym = is_acronym(w.text) and w.text not in rw.REGION_CODES
    if not (w.label == "ORG" or camel or acronym or w.text in rw.LEGAL_FORMS):
        return None
    s = g
    while s - 1 >= 0 and w.ent >= 0 and ws[s - 1].ent == w.ent and not ws[s].nl:
        s -= 1
    if s == g and w.text in rw.LEGAL_FORMS:
        # ``Muster AG Partner Max Probe`` with no ORG entity: the capitalised words before the
        # legal form are the company's name
        while (s - 1 >= 0 and g - s < 3 and not ws[s].nl and is_cap(ws[s - 1]) and ws[s - 1].label != "PER"
               and not is_role_word(ws[s - 1]) and ws[s - 1].pos not in _NOT_NAME_POS
               and ws[s - 1].text.lower() not in FUNCTION_WORDS):
            s -= 1
        if s == g and not acronym:
            return None   # ``laut Konzern Sprecher …``: a legal-form word alone names no company
    return s, g + 1


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
                return word_span(ws, j, e)
            return None
    return None


def _label_org(ws, rs) -> Optional[tuple[int, int]]:
    """``Neu bei KPMG: Bankenexperte Christian Legény``: a headline label ``… bei <Organisation>:``
    right before the title names its organisation; its character range, or None."""
    if rs < 3 or ws[rs - 1].text != ":" or ws[rs].nl:
        return None
    c = rs - 1
    for k in range(c - 1, max(-1, c - 6), -1):
        if ws[k + 1].nl or ws[k].text in _SENTENCE_STOPS:
            return None
        if ws[k].text in ("bei", "beim", "at") and k + 1 < c:
            a = k + 2 if ws[k + 1].text in ARTICLES and k + 2 < c else k + 1
            part = ws[a:c]
            if all(is_cap(w) for w in part) and any(
                    w.label == "ORG" or is_org_cue(w.text) or (len(w.text) >= 2 and w.text.isupper()) for w in part):
                return word_span(ws, a, c)
            return None
    return None


def _shared_title(ws, pa, pb, rs, role, org, add):
    """A plural title before coordinated names: ``Ärzte An (56) und Chol``."""
    w = ws[rs if org is None else rs]
    head = ws[rs:pa]
    title = next((x for x in reversed(head) if is_role_word(x)), w)
    # ``Die TimelinePI Mitbegründer A und B``: a plural article before a title that has
    # the same form in the singular (not a feminine ``-in``)
    plural_article = rs >= 1 and ws[rs - 1].text in ("Die", "die") and not title.text.endswith("in")
    if not (w.plural or w.text in IRREGULAR_FORMS or w.text.endswith("innen") or plural_article):
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
    if comma != b and pb < len(ws) and ws[pb].text in ("und", "sowie", "oder") and not ws[pb].nl:
        return  # ``Vertreter von Wikimedia, Creative Commons und der …``: a list of names
    for s in role_phrase_starts(ws, comma, window, is_role_word, break_right_before=False):
        # the phrase belongs to an earlier person (``A, Chef von X, B``)
        if comma != b and s >= 2 and ws[s - 1].text == "," and (s - 1) in per_end_at:
            return
        ph = parse_role(ws, s, comma, gen_org=False)
        if ph is None:
            continue
        end = phrase_tail(ws, ph.end, comma)
        complement = ph.org_c is not None or any(ws[x].text in rw.ROLE_PREPOSITIONS for x in range(*ph.role))
        if end == comma and (comma != b or complement):
            add(pa, pb, hon, ph.role_c, ph.org_c, (ws[s].start,))
            return


def _paren(ws, pa, pb, a, close, hon, add, chars, max_words=DEFAULTS["max_affiliation_words"]):
    """``Thilo Cunz (dena)``, ``Wang Xuan (Generalsekretär des ESG-Komitees, Lenovo China)``."""
    if a >= close:
        return
    while a < close and ws[a].text in rw.PARENTHESIS_OPENERS:
        a += 1     # ``(u.a. ehemals Mitglied des Vorstandes …)``
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
    if ph is not None and phrase_tail(ws, ph.end, first[1]) == first[1]:
        # ``(Generalsekretär des ESG-Komitees, Lenovo China)``: after a role the
        # last part is the affiliation, also when it is a place-like name
        last = ws[parts[-1][0]:parts[-1][1]]
        if (len(parts) > 1 and len(last) <= max_words and last[0].text not in rw.NOT_AFFILIATIONS
                and not last[0].text[:1].isdigit() and last[0].text[:1].isupper()):
            add(pa, pb, hon, word_span(ws, *first), word_span(ws, *parts[-1]), extra)
        else:
            add(pa, pb, hon, ph.role_c, ph.org_c, extra)
        return
    if len(parts) == 1 and affiliation_like(ws, *first, max_words):
        add(pa, pb, hon, None, word_span(ws, *first), extra)
    elif len(parts) > 1 and affiliation_like(ws, *first, max_words):
        add(pa, pb, hon, None, word_span(ws, *first), extra)


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


_CONTACT_HEADING = re.compile(r"(?:%s)\s*(?::|$)" % "|".join(CONTACT_HEADINGS), re.I)
_CONTACT_SKIP = re.compile(r"^(?:" + "|".join(re.escape(w) for w in rw.CONTACT_LINE_STARTS) + r")", re.I)


def _contact(doc, ws, pa, pb, hon, add):
    """A name alone on its line in a contact block takes the organisation line
    above it (``Polizeipräsidium Mannheim / Stabsstelle Öffentlichkeitsarbeit /
    Nadine Maier``, ``Rückfragen & Kontakt / KPMG Austria GmbH / Mag. Lisa Kannonier``)
    or, failing that, right below it (``Laura Riske / Polizeipräsidium Freiburg``); a
    title line right below the name is its role (``Jos Poortvliet / Marketing Director``)."""
    text = doc_text(doc)
    ps, pe = ws[pa].start, ws[pb - 1].end
    ls = text.rfind("\n", 0, ps) + 1
    le = text.find("\n", pe)
    le = len(text) if le < 0 else le
    first = hon[0] if hon else ps
    if text[ls:first].strip() or text[pe:le].strip(" ,\t"):
        return  # not alone on its line
    in_block = _in_contact_block(doc, ps)

    def org_line(s: int, e: int):
        line = text[s:e]
        stripped = line.strip()
        words = stripped.split()
        low = stripped.lower()
        if not 1 <= len(words) <= 6 or any(a in low for a in rw.ADDRESS_WORDS):
            return None
        if any(is_org_cue(x.strip(",.")) for x in words) or (
                in_block and stripped[:1].isupper() and not any(c.isdigit() for c in stripped)
                and not stripped.endswith(":") and not is_role_noun(words[-1])):
            off = s + line.index(stripped)
            return off, off + len(stripped)
        return None

    below = _lines_after(text, le, 2)
    role = None
    if in_block and below and not _CONTACT_SKIP.match(below[0][2]):
        role = _title_line(doc, ws, *below[0][:2])
        if role is not None:
            below = below[1:]
    line_end = ls - 1
    blank_ok = in_block
    for _ in range(3):  # upwards, over department lines
        if line_end <= 0:
            break
        s = text.rfind("\n", 0, line_end) + 1
        stripped = text[s:line_end].strip()
        if not stripped:
            if blank_ok:   # ``ABBYY Europe GmbH`` / blank line / name
                blank_ok, line_end = False, s - 1
                continue
            break
        if _CONTACT_HEADING.match(stripped) and not _CONTACT_SKIP.match(stripped):
            break   # ``Press contacts`` right above the name: a heading, no organisation
        if not _CONTACT_SKIP.match(stripped):
            org = org_line(s, line_end)
            if org:
                add(pa, pb, hon, role, org)
                return
            break
        if stripped.endswith(":") or _CONTACT_HEADING.match(stripped):
            break   # the block's heading: nothing above it belongs to the name
        line_end = s - 1
    for s, e, line in below[:1]:  # the line below
        if line and not _CONTACT_SKIP.match(line):
            org = org_line(s, e)
            if org:
                add(pa, pb, hon, role, org)
                return
    if role is not None:
        add(pa, pb, hon, role, None)


def _lines_after(text: str, le: int, n: int) -> list[tuple[int, int, str]]:
    """Up to ``n`` non-empty lines after the line that ends at ``le``: (start, end, stripped)."""
    out = []
    while le < len(text) and len(out) < n:
        e = text.find("\n", le + 1)
        e = len(text) if e < 0 else e
        raw = text[le + 1:e]
        if raw.strip():
            off = le + 1 + (len(raw) - len(raw.lstrip()))
            out.append((off, off + len(raw.strip()), raw.strip()))
        elif out:
            break
        le = e
    return out


def _title_line(doc, ws, s: int, e: int) -> Optional[tuple[int, int]]:
    """The character range of a line that is one role phrase (``Marketing Director``)."""
    a = bisect.bisect_left(ws, s, key=lambda w: w.start)
    b = a
    while b < len(ws) and ws[b].end <= e:
        b += 1
    ph = parse_role(ws, a, b) if b > a else None
    if ph is not None and ph.end == b and ph.org_c is None:
        return s, e
    return None


def _in_contact_block(doc, char: int) -> bool:
    blocks = doc._.blocks or []
    return any(b.start <= char < b.end + 1 and b.section == "contact" for b in blocks)
