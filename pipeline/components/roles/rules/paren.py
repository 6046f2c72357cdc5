"""Parenthesis after the name: ``Thilo Cunz (dena)``, ``Wang Xuan (Generalsekretär des
ESG-Komitees, Lenovo China)``, ``(u.a. ehemals Mitglied des Vorstandes …)``; not an age,
a year or a list of names."""
from __future__ import annotations

from pipeline.components.roles.mention import Mention
from pipeline.lang import role_words as rw
from pipeline.text.phrases import FUNCTION_WORDS, affiliation_like, parse_role, phrase_tail, word_span


def parenthesis(m: Mention) -> None:
    """The rule; the words after the parenthesis are what the apposition rules read."""
    ws, k = m.ws, m.after
    if k < m.lim and ws[k].text == "(":
        close = next((n for n in range(k + 1, m.lim) if ws[n].text == ")"), None)
        if close is not None:
            _paren(m, k + 1, close)
            m.after = close + 1


def _paren(m: Mention, a: int, close: int) -> None:
    """The parenthesis content at words ``a:close``: a role (with an affiliation as its last
    part), else an affiliation."""
    ws, max_words = m.ws, m.config["max_affiliation_words"]
    while a < close and ws[a].text in rw.PARENTHESIS_OPENERS:
        a += 1     # ``(u.a. ehemals Mitglied des Vorstandes …)``
    if a >= close:
        return
    parts = _parts(ws, a, close)
    if not parts or _age_or_names(ws, a, close, parts):
        return
    extra = (ws[close].end,)
    if _role_part(m, parts, extra):
        return
    if affiliation_like(ws, *parts[0], max_words):
        m.add(None, word_span(ws, *parts[0]), extra)


def _parts(ws, a: int, close: int) -> list[tuple[int, int]]:
    """The comma- or semicolon-separated parts of the parenthesis, without leading function
    words (``(alle ÖVP)``)."""
    parts, s = [], a
    for n in range(a, close + 1):
        if n == close or ws[n].text in (",", ";"):
            while s < n - 1 and ws[s].text in FUNCTION_WORDS:
                s += 1
            if n > s:
                parts.append((s, n))
            s = n + 1
    return parts


def _age_or_names(ws, a: int, close: int, parts) -> bool:
    """``(56)``, ``(2019)``: an age or a year; ``(Anna Muster)``: only a name."""
    if ws[a].text[:1].isdigit() and len(parts) == 1:
        return True
    return all(w.label == "PER" for w in ws[a:close])


def _role_part(m: Mention, parts, extra) -> bool:
    """The first part is a role phrase: ``(Generalsekretär des ESG-Komitees, Lenovo China)``;
    after a role the last part is the affiliation, also when it is a place-like name."""
    ws = m.ws
    first = parts[0]
    ph = parse_role(ws, first[0], first[1], gen_org=False)
    if ph is None or phrase_tail(ws, ph.end, first[1]) != first[1]:
        return False
    if _affiliation_part(ws, parts, m.config["max_affiliation_words"]):
        m.add(word_span(ws, *first), word_span(ws, *parts[-1]), extra)
    else:
        m.add(ph.role_c, ph.org_c, extra)
    return True


def _affiliation_part(ws, parts, max_words: int) -> bool:
    """The last of several parts names an affiliation: short, capitalised, no date, no credit."""
    last = ws[parts[-1][0]:parts[-1][1]]
    return (len(parts) > 1 and len(last) <= max_words and last[0].text not in rw.NOT_AFFILIATIONS
            and not last[0].text[:1].isdigit() and last[0].text[:1].isupper())
