"""Apposition after the name, possibly coordinated, an article may open it: ``Max Lawson,
ein Sprecher der Hilfsorganisation``, ``Scott Opitz, Präsident und CEO von TimelinePI``."""
from __future__ import annotations

from typing import Optional

from pipeline.components.roles.mention import Mention
from pipeline.components.roles.orgs import names_an_org
from pipeline.components.roles.words import is_name, member_body, orgs_coordinated_after, title_parts
from pipeline.lang import role_links as rl
from pipeline.lang.role_words import ENGLISH_ROLES
from pipeline.text.phrases import (APPOSITION_ARTICLES, is_cap, is_modifier, is_role_word, parse_np, parse_role,
                                   word_span)

#: Words that may end the clause right after the organisation of ``Name, <Titel> bei <Org>``.
_ORG_CLOSERS = frozenset({".", ",", ";", ":", "!", "?", "“", "”", "\"", "«", "»", "(", ")"})


def apposition_start(m: Mention) -> Optional[int]:
    """After ``Name,`` (and its parenthesis): the word that opens the apposition or the
    relative clause, past an article that opens a role (``, ein Sprecher``); None without
    the comma."""
    ws, k, lim = m.ws, m.after, m.lim
    if not (k < lim and ws[k].text == ","):
        return None
    n = k + 1
    if n < lim and ws[n].text in APPOSITION_ARTICLES and parse_role(ws, n + 1, lim) is not None:
        n += 1
    return n


def opens_relative(m: Mention, n: int) -> bool:
    """``…, der``/``…, die``: a relative clause, no apposition."""
    return n < m.lim and m.ws[n].text in rl.RELATIVE_PRONOUNS


def apposition(m: Mention) -> None:
    """The rule."""
    n = apposition_start(m)
    if n is None or opens_relative(m, n):
        return
    ws, lim = m.ws, m.lim
    if title_at_org(m, n):
        return
    bare = []   # titles without an organisation right before ``und``
    while n < lim:
        ph = parse_role(ws, n, lim, comma_org=True)
        if ph is None or (ph.end < lim and ws[ph.end].label == "PER"):
            break   # ``A, Präsident der Handelskammer B``: the title is B's
        n = ph.end
        body = member_body(ws, ph, n, lim) if ph.org is None else None
        if body is not None:     # ``Mitglied im Stiftungsrat der Y``
            ph.org, ph.org_c, n = body, word_span(ws, *body), body[1]
        if ph.org is not None:
            extra, n = orgs_coordinated_after(ws, n, lim)
            for o in extra:
                m.add(ph.role_c, word_span(ws, *o))
        more = n + 1 < lim and (ws[n].text in rl.COORDINATORS or _chained(ws, n, lim))
        if ph.org_c is None and more:
            bare.append(ph)
        else:
            _add_with_bare(m, bare, ph)
            bare = []
        if not more:
            break
        n += 1
    for b in bare:
        m.add(b.role_c, None)


def _add_with_bare(m: Mention, bare, ph) -> None:
    """``Scott Opitz, Präsident und CEO von TimelinePI``: the titles coordinated before
    share the organisation when it is a name."""
    shared = ph.org_c if ph.org is not None and is_name(m.ws, *ph.org) else None
    for b in bare:
        m.add(b.role_c, shared)
    m.add(ph.role_c, ph.org_c)


def _chained(ws, n: int, lim: int) -> bool:
    """``A, Aufsichtsrat der X AG, Mitglied im Stiftungsrat …``: a comma and another role
    phrase (not one of the next person) continue the chain."""
    if ws[n].text != ",":
        return False
    ph = parse_role(ws, n + 1, lim)
    return ph is not None and not (ph.end < lim and ws[ph.end].label == "PER")


def _title_word(w, first: bool) -> bool:
    """A word of a title of any wording: capitalised (no person), a modifier, or inside it a
    link (``of``, ``für``, ``im``)."""
    if w.label == "PER" or w.pos in ("VERB", "AUX"):
        return False
    if is_cap(w) or w.text in ENGLISH_ROLES:
        return True
    return is_modifier(w) or (not first and w.text in rl.TITLE_INNER_WORDS)


def _title_end(ws, n: int, lim: int) -> int:
    """The word after up to eight title words from ``n`` (``n`` when none)."""
    j = n
    while j < lim and j - n < 8 and ws[j].text not in rl.TITLE_ORG_LINKS and _title_word(ws[j], j == n):
        j += 1
    return j


def _closing_org(ws, s: int, lim: int, titled: bool) -> Optional[tuple[int, int]]:
    """The organisation from word ``s`` (an article skipped) when it ends the clause: a name
    with an organisation word, an ORG entity, or after a title word capitalised words only
    (``bei Carlsberg``); its word range."""
    if ws[s].text in ("der", "dem", "den", "the") and s + 1 < lim:
        s += 1
    e = parse_np(ws, s, lim)
    if e == s or any(w.label == "PER" for w in ws[s:e]) or not (
            names_an_org(ws, s, e) or titled and all(is_cap(w) and w.label != "LOC" for w in ws[s:e])):
        return None
    if e < len(ws) and not (e >= lim or ws[e].nl or ws[e].text in _ORG_CLOSERS or _finite_verb(ws[e])):
        return None   # (``…, Head of Sales bei Worldline fügt hinzu``: the verb ends it too)
    return s, e


def _finite_verb(w) -> bool:
    return w.text[:1].islower() and w.tag in ("VVFIN", "VAFIN", "VMFIN")


def title_at_org(m: Mention, n: int) -> bool:
    """``Neil Murphy, Global Channel Chief bei ABBYY.``, ``Frank Karlitschek, CEO und Gründer von
    Nextcloud``: after ``Name,`` up to eight title words of any wording, then ``bei``/``von`` and
    an organisation that ends the clause; one row per coordinated title. True when read."""
    ws, lim = m.ws, m.lim
    j = _title_end(ws, n, lim)
    if j == n or j + 1 >= lim or ws[j].text not in rl.TITLE_ORG_LINKS or ws[j - 1].text in rl.TITLE_INNER_WORDS:
        return False
    titled = any(is_role_word(w) or w.text in ENGLISH_ROLES for w in ws[n:j])
    if not titled and any(w.label == "ORG" for w in ws[n:j]):
        return False   # ``Beispiel AG von …``: no title
    org = _closing_org(ws, j + 1, lim, titled)
    if org is None:
        return False
    for a, b in title_parts(ws, n, j):
        m.add(word_span(ws, a, b), word_span(ws, *org))
    return True
