"""Relative clause after the name: ``Kern, der auch als ÖBB-Chef …``, ``Lea Probe, die
als Partnerin der Muster AG …``."""
from __future__ import annotations

from pipeline.components.roles.mention import Mention
from pipeline.components.roles.rules.apposition import apposition_start, opens_relative
from pipeline.components.roles.rules.predicate import read_clause
from pipeline.components.roles.words import SENTENCE_STOPS
from pipeline.lang import role_links as rl
from pipeline.text.phrases import is_role_word, parse_role, split_compound

#: Words that end a relative clause.
_RELATIVE_END = SENTENCE_STOPS | {",", ":", "(", ")", "–", "“", "”"}


def relative_clause(m: Mention) -> None:
    """The rule."""
    n = apposition_start(m)
    if n is not None and opens_relative(m, n):
        _relative(m, n + 1)
        _relative_predicate(m, n + 1)


def _relative_predicate(m: Mention, n: int) -> None:
    """``Lea Probe, die seit 2020 CFO der Muster AG ist, …``, ``…, der seit 2004 bei KPMG tätig
    ist``: the verb at the end of the relative clause decides, the clause is read like a main
    clause of the person."""
    ws = m.ws
    e = n
    limit = min(m.lim, n + m.config["clause_window"])
    while e < limit and ws[e].text not in _RELATIVE_END:
        e += 1
    v = e - 1
    if v <= n or not (ws[v].pos in ("AUX", "VERB") or ws[v].tag.startswith("V")):
        return
    lemma = m.lemma(v)
    if lemma in rl.PREDICATE_LEMMAS or lemma in rl.ACTIVITY_LEMMAS:
        read_clause(m, n, v, lemma)


def _relative(m: Mention, n: int) -> None:
    """``als <Rolle>`` within a few words after the pronoun, before a verb or a comma."""
    ws, lim = m.ws, m.lim
    for k in range(n, min(n + m.config["relative_window"], lim)):
        if ws[k].text == "als" and k + 1 < lim:
            w = ws[k + 1]
            cut = split_compound(w.text) if is_role_word(w) else None
            if cut is not None:
                m.add((w.start + cut[1] + 1, w.end), (w.start, w.start + cut[1]))
                return
            ph = parse_role(ws, k + 1, lim)
            if ph is not None:
                m.add(ph.role_c, ph.org_c)
            return
        if ws[k].text in (",", ".", ";") or ws[k].pos in ("VERB", "AUX"):
            return
