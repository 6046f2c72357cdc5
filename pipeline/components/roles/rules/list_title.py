"""One plural title for a list of names: ``Neue Partnerinnen und Partner sind A, B und C``,
``Dem Vorstand gehören A, B und C an``."""
from __future__ import annotations

from pipeline.components.roles.mention import Mention
from pipeline.components.roles.words import list_start
from pipeline.lang import role_words as rw
from pipeline.text.phrases import is_modifier, is_role_word, word_span


def list_title(m: Mention) -> None:
    """The rule: a title before ``sind``/``gehören`` holds for every name of the list after it."""
    ws = m.ws
    j = list_start(ws, m.pa, m.per_end_at)
    v = j - 1
    if v < 1 or ws[v].text not in rw.LIST_VERBS or ws[j].nl:
        return
    t = _title_start(ws, v)
    if t < v and is_role_word(ws[v - 1]):
        m.rows.add(m.pa, m.pb, None, word_span(ws, t, v), None, (ws[t].start,))


def _title_start(ws, v: int) -> int:
    """The first title word of the title words, modifiers and ``und`` before the verb at ``v``."""
    t = v
    while t - 1 >= 0 and not ws[t].nl and (is_role_word(ws[t - 1]) or is_modifier(ws[t - 1]) or (
            ws[t - 1].text == "und" and t >= 2 and is_role_word(ws[t - 2]))):
        t -= 1
    while t < v and not is_role_word(ws[t]):
        t += 1
    return t
