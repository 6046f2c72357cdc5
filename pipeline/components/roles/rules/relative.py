"""Relative clause after the name: ``Kern, der auch als ÖBB-Chef …``, ``Lea Probe, die
als Partnerin der Muster AG …``."""
from __future__ import annotations

from pipeline.components.roles.mention import Mention
from pipeline.components.roles.rules.apposition import apposition_start, opens_relative
from pipeline.text.phrases import is_role_word, parse_role, split_compound


def relative_clause(m: Mention) -> None:
    """The rule."""
    n = apposition_start(m)
    if n is not None and opens_relative(m, n):
        _relative(m, n + 1)


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
