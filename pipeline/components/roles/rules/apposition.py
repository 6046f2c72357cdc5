"""Apposition after the name, possibly coordinated, an article may open it: ``Max Lawson,
ein Sprecher der Hilfsorganisation``, ``Scott Opitz, Präsident und CEO von TimelinePI``."""
from __future__ import annotations

from typing import Optional

from pipeline.components.roles.mention import Mention
from pipeline.components.roles.words import is_name
from pipeline.lang import role_links as rl
from pipeline.text.phrases import APPOSITION_ARTICLES, parse_role


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
    bare = []   # titles without an organisation right before ``und``
    while n < lim:
        ph = parse_role(ws, n, lim, comma_org=True)
        if ph is None or (ph.end < lim and ws[ph.end].label == "PER"):
            break   # ``A, Präsident der Handelskammer B``: the title is B's
        n = ph.end
        more = n + 1 < lim and ws[n].text in rl.COORDINATORS
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
