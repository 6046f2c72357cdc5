"""Personnel announcements: a role named for the person right after the name
(``bestellt Christian Legény als neuen Partner``, ``Markus Neuhold hat als Direktor des
BRG``, ``ernennt Lea Probe zur Partnerin``, ``Otto Muster wird zum 1. März neuer CEO der
Beispiel AG``, ``in der Funktion des Geschäftsführers``), without a named organisation the
appointing one (``KPMG bestellt …``); an affiliation after ``bei``/``von`` (``Lea Probe
arbeitet bei der Muster AG``); and two roles for two people in order (``A und B leiten als
Sprecher bzw. stellvertretende Sprecherin``)."""
from __future__ import annotations

from typing import Optional

from pipeline.components.roles.mention import Mention
from pipeline.components.roles.orgs import org_before
from pipeline.components.roles.words import SENTENCE_STOPS, after_date
from pipeline.lang import role_links as rl
from pipeline.lang import role_words as rw
from pipeline.text.phrases import ARTICLES, entity_end, is_org_cue, parse_np, parse_role, word_span

#: Articles skipped before the subject organisation of an appointing verb.
_SUBJECT_ARTICLES = ARTICLES | rl.CAPITALISED_ARTICLES


def announcement(m: Mention) -> None:
    """The rule: reads up to six words after the name (and its parenthesis)."""
    ws, lim = m.ws, m.lim
    k = _after_name_list(m, m.after)
    if k is None:
        return
    verb = False
    for _ in range(6):
        if k >= lim:
            return
        w = ws[k]
        t = w.text
        if t in rl.ROLE_CONTRACTIONS and k + 1 < lim and ws[k + 1].text[:1].isdigit():
            k = after_date(ws, k + 2, lim)     # ``zum 1. März``: a date, not the role
            continue
        if t in rl.ANNOUNCEMENT_LINKS or t in rw.ANNOUNCEMENT_NEW or (
                t in rl.APPOINTED_TO and _appointing_verb(ws, m.pa) is not None):
            _announced_roles(m, k)
            return
        if _in_function(ws, k, lim):
            ph = parse_role(ws, k + 4, lim)     # ``in der Funktion des Geschäftsführers``
            if ph is not None:
                m.add(ph.role_c, ph.org_c)
            return
        if t in rw.AFFILIATION_PREPOSITIONS:
            _affiliation_after(m, k + 1)
            return
        if t in rw.ANNOUNCEMENT_GAP:
            k += 1
            continue
        if not verb and t[:1].islower() and (w.pos in ("VERB", "AUX") or w.tag.startswith("V")):
            verb, k = True, k + 1    # ``leiten künftig als …``: one finite verb
            continue
        return


def _after_name_list(m: Mention, k: int) -> Optional[int]:
    """``ernennt KPMG Law A und B zu Partnerinnen``: the word after the names listed after
    the person at word ``k`` (``k`` when none follows), so that the role after the list is
    every name's; None when no role link follows the list."""
    ws, lim = m.ws, m.lim
    start = k
    while k + 1 < lim and ws[k].text in rl.NAME_LIST_LINKS and ws[k + 1].label == "PER" and (
            ws[k + 1].ent != ws[k].ent):
        k = entity_end(ws, k + 1, lim)
    if k > start and not (k < lim and (ws[k].text in rl.ANNOUNCEMENT_LINKS or ws[k].text in rl.APPOINTED_TO)):
        return None   # ``A (FPÖ) und B von der Partei``: the affiliation after a list is the last name's
    return k


def _in_function(ws, k: int, lim: int) -> bool:
    """``in der Funktion des``/``der``/``als`` at word ``k``."""
    return (k + 3 < lim and tuple(w.text for w in ws[k:k + 3]) == rl.IN_FUNCTION
            and ws[k + 3].text in rl.FUNCTION_LINKS)


def _announced_roles(m: Mention, k: int) -> None:
    """The role(s) after ``als``/``zum``/``zur``/``neuer`` at ``k``: one role, two roles of one person
    (``als Partner und Geschäftsführer``), or one each for two people (``A und B … als Sprecher
    bzw. stellvertretende Sprecherin``); without a named organisation, the appointing one."""
    ws, pa, lim = m.ws, m.pa, m.lim
    t = ws[k].text
    ph = _role_after_link(ws, k, lim)
    if ph is None:
        return
    nxt = ph.end
    ph2 = None
    if nxt + 1 < lim and ws[nxt].text in rl.SECOND_ROLE_LINKS:
        ph2 = parse_role(ws, nxt + 1, lim)
    other = m.per_end_at.get(pa - 1) if m.per_end_at and pa >= 2 and ws[pa - 1].text in rl.COORDINATORS else None
    if ph.org_c is None and t != "neuer" and t not in rw.ANNOUNCEMENT_NEW:
        ph.org_c = appointing_org(ws, pa)    # ``KPMG bestellt X als neuen Partner``
        if ph2 is not None and ph2.org_c is None:
            ph2.org_c = ph.org_c
    if ph2 is not None and other is not None and ws[nxt].text in rl.RESPECTIVELY:
        m.rows.add(other, pa - 1, None, ph.role_c, ph.org_c, (ws[k].start,))
        m.add(ph2.role_c, ph2.org_c)
        return
    m.add(ph.role_c, ph.org_c)
    if ph2 is not None:
        m.add(ph2.role_c, ph2.org_c)


def _role_after_link(ws, k: int, lim: int):
    """The role phrase the link at ``k`` opens (``als neuen Partner``; ``neuer CEO`` from the
    adjective on; ``zu neuen Partnern``)."""
    t = ws[k].text
    ph = parse_role(ws, k if t in rw.ANNOUNCEMENT_NEW else k + 1, lim)
    if ph is None and t in rl.APPOINTED_TO and k + 2 < lim and ws[k + 1].text in rw.ANNOUNCEMENT_NEW:
        ph = parse_role(ws, k + 1, lim)
    return ph


def _affiliation_after(m: Mention, s: int) -> None:
    """``arbeitet bei der Muster AG``, ``von der Universität Musterstadt``: an affiliation when
    the noun phrase after the preposition (and an article) names an organisation."""
    ws, lim = m.ws, m.lim
    if s < lim and ws[s].text in ARTICLES:
        s += 1
    if s < lim and ws[s].text in rw.EVENT_NOUNS:
        return   # ``bei der Konferenz der Vereinten Nationen``: where, not for whom
    e = parse_np(ws, s, lim)
    if e > s and any(x.label == "ORG" or is_org_cue(x.text) for x in ws[s:e]):
        m.add(None, word_span(ws, s, e))


def _clause_stop(w) -> bool:
    return w.text in SENTENCE_STOPS or w.text == ":"


def _stop_at(ws, k: int) -> bool:
    """Word ``k`` ends the clause; the colon inside a gendered word does not
    (``Expert:innenteam``)."""
    if ws[k].text == ":" and 0 < k < len(ws) - 1 and ws[k - 1].end == ws[k].start and ws[k].end == ws[k + 1].start:
        return False
    return _clause_stop(ws[k])


def _appointing_verb(ws, pa) -> Optional[int]:
    """The appointing verb (``bestellt``, ``ernennt``) in the clause before word ``pa``."""
    for k in range(pa - 1, max(-1, pa - 12), -1):
        if _stop_at(ws, k) or ws[k + 1].nl:
            return None
        if ws[k].text in rw.APPOINTING_VERBS:
            return k
    return None


def _subject_end(ws, s: int, v: int) -> Optional[int]:
    """The end of the organisation at word ``s`` that opens the clause of the verb at ``v``:
    an ORG entity, or ``Die Muster AG beruft …`` that the model did not tag (a name ending
    in a legal form)."""
    if s < v and ws[s].label == "ORG" and (s == 0 or ws[s - 1].ent != ws[s].ent):
        return entity_end(ws, s, v)
    if s < v and not ws[s].label:
        k = next((k for k in range(s + 1, min(v, s + 4)) if ws[k].text in rw.LEGAL_FORMS), None)
        o = org_before(ws, k) if k is not None else None
        if o is not None and o[0] == s:
            return o[1]
    return None


def appointing_org(ws, pa) -> Optional[tuple[int, int]]:
    """The organisation that appoints the person at word ``pa``: the subject of an appointing
    verb before the name (``KPMG erweitert … und bestellt [Name] als …``: the ORG that opens
    the clause) or the ORG right after the verb (``ernennt KPMG Law [Name] zu …``); else None."""
    v = _appointing_verb(ws, pa)
    if v is None:
        return None
    o = v + 2 if v + 2 < pa and ws[v + 1].text in ARTICLES else v + 1    # ``ernennt die Muster AG A zu …``
    if o < pa and ws[o].label == "ORG":
        return word_span(ws, o, entity_end(ws, o, pa))
    e = _subject_end(ws, o, pa)
    if e is not None and e > o + 1:
        return word_span(ws, o, e)
    s = v
    while s > 0 and not _clause_stop(ws[s - 1]) and not ws[s].nl:
        s -= 1
    while s < v and ws[s].text in _SUBJECT_ARTICLES:
        s += 1
    e = _subject_end(ws, s, v)
    if e is not None and (e == v or ws[e].pos in ("VERB", "AUX")):   # the ORG is the clause's subject
        return word_span(ws, s, e)
    return None
