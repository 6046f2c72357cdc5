"""Joining a group: ``Lea Probe verstärkt seit Mai das Team der Muster AG``, ``Scott Opitz
und Alex Elkin werden das Managementteam von ABBYY verstärken``: the person belongs to
the group's organisation (an affiliation row)."""
from __future__ import annotations

from typing import Optional

from pipeline.components.roles.mention import Mention
from pipeline.components.roles.orgs import names_an_org
from pipeline.components.roles.words import MONTHS_TITLE, is_group_word
from pipeline.lang import role_links as rl
from pipeline.lang import role_words as rw
from pipeline.text.phrases import ARTICLES, entity_end, GENITIVE as GENITIVE_ARTICLES, parse_np, word_span


def joins_group(m: Mention) -> None:
    """The rule."""
    ws, lim = m.ws, m.lim
    gap = _verb_gap(ws, _after_other_names(ws, m.pb, lim), lim)
    if gap is None:
        return
    k, verb = gap
    org = _group_org(ws, k, lim)
    if org is None:
        return
    s, e = org
    if not verb and not (e < lim and ws[e].text in rw.JOINING_VERBS):
        return
    m.add(None, word_span(ws, s, e))


def _after_other_names(ws, k: int, lim: int) -> int:
    """Past the other names of ``A und B werden …`` from word ``k`` on."""
    while k + 1 < lim and ws[k].text in rl.NAME_LIST_LINKS and ws[k + 1].label == "PER":
        k = entity_end(ws, k + 1, lim)
    return k


def _gap_word(t: str) -> bool:
    """``werden``, ``seit``, ``Mai``, ``2024``: a word between a name and its group."""
    return t in rw.ANNOUNCEMENT_GAP or t in rl.TIME_WORDS or t in MONTHS_TITLE or t[:1].isdigit()


def _verb_gap(ws, k: int, lim: int) -> Optional[tuple[int, bool]]:
    """Up to four words of joining verb and gap from ``k``: (the next word, whether a joining
    verb was among them); None when the line ends there."""
    verb = False
    for _ in range(4):
        if k >= lim:
            return None
        t = ws[k].text
        if t in rw.JOINING_VERBS:
            verb = True
        elif not _gap_word(t):
            break
        k += 1
    return k, verb


def _group_org(ws, k: int, lim: int) -> Optional[tuple[int, int]]:
    """``das Team der Muster AG`` at word ``k``: the word range of the organisation."""
    if k + 2 >= lim or ws[k].text not in ARTICLES or not is_group_word(ws[k + 1].text):
        return None
    s = k + 2
    if ws[s].text not in GENITIVE_ARTICLES and ws[s].text not in rw.AFFILIATION_PREPOSITIONS:
        return None
    s += 1
    if s < lim and ws[s].text in ARTICLES:
        s += 1
    e = parse_np(ws, s, lim)
    if e == s or not names_an_org(ws, s, e):
        return None
    return s, e
