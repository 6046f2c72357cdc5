"""A group and its members: ``das Team der Muster AG, bestehend aus A, B und C``, ``das
Muster-Team, bestehend aus …``, ``Bei der Muster AG hat das Team, bestehend aus …``."""
from __future__ import annotations

from typing import Optional

from pipeline.components.roles.mention import Mention
from pipeline.components.roles.orgs import names_an_org, sentence_org
from pipeline.components.roles.words import SENTENCE_STOPS, is_group_word, list_start
from pipeline.lang import role_words as rw
from pipeline.text.phrases import ARTICLES, GENITIVE as GENITIVE_ARTICLES, is_cap, is_role_word, parse_np
from pipeline.text.phrases import split_compound, word_span


def group_members(m: Mention) -> None:
    """The rule: each person of the list gets the group's organisation (its genitive or
    ``von`` complement, the prefix of a compound, else the one organisation the sentence
    names); a group that is a title (``Der Vorstand der Muster AG, bestehend aus …``) is
    also the role. No organisation, no title: no row."""
    ws = m.ws
    j = list_start(ws, m.pa, m.per_end_at)
    if j < 3 or ws[j - 1].text != "aus" or ws[j - 2].text not in rw.MEMBER_LIST_OPENERS or ws[j - 1].nl:
        return
    c = j - 2 if ws[j - 3].text != "," else j - 3     # the end of the group's noun phrase
    g = _group_before(ws, c)
    if g is None:
        return
    org = _complement_org(ws, g, c) or _prefix_org(ws[g]) or sentence_org(ws, g, m.pb)
    cut = split_compound(ws[g].text) if "-" in ws[g].text else None
    role = word_span(ws, g, g + 1) if is_role_word(ws[g]) and cut is None else None
    m.rows.add(m.pa, m.pb, None, role, org, (ws[g].start,))


def _group_before(ws, c: int) -> Optional[int]:
    """The group word (``Team``, ``Vorstand``) within ten words before word ``c`` in its sentence."""
    for k in range(c - 1, max(-1, c - 10), -1):
        if ws[k].text in SENTENCE_STOPS or ws[k + 1].nl:
            return None
        if is_group_word(ws[k].text) and ws[k].label != "PER":
            return k
    return None


def _complement_org(ws, g: int, c: int) -> Optional[tuple[int, int]]:
    """``Team der Muster AG``, ``Team von Beispiel``: the genitive or ``von`` complement."""
    s = g + 1
    if not (s < c and (ws[s].text in GENITIVE_ARTICLES or ws[s].text in rw.AFFILIATION_PREPOSITIONS)):
        return None
    s += 1
    if s < c and ws[s].text in ARTICLES:
        s += 1
    e = parse_np(ws, s, c)
    if e > s and (names_an_org(ws, s, e) or all(is_cap(w) for w in ws[s:e])):
        return word_span(ws, s, e)
    return None


def _prefix_org(w) -> Optional[tuple[int, int]]:
    """``das Muster-Team``: the capitalised prefix of a hyphen compound (not ``Co-``, ``Vize-``)."""
    if "-" not in w.text.strip("-"):
        return None
    prefix = w.text[:w.text.rstrip("-").rfind("-")]
    if prefix[:1].isupper() and prefix not in rw.ROLE_PREFIXES:
        return w.start, w.start + len(prefix)
    return None
