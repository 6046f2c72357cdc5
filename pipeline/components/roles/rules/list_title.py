"""One plural title for a list of names: ``Neue Partnerinnen und Partner sind A, B und C``,
``Dem Vorstand gehören A, B und C an``."""
from __future__ import annotations

from pipeline.components.roles.mention import Mention
from pipeline.components.roles.words import SENTENCE_STOPS, list_start
from pipeline.lang import role_links as rl
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


#: Words before the opener of a list head.
_HEAD_STOPS = SENTENCE_STOPS | {"-", "–", "—"}


def list_head(m: Mention) -> None:
    """``Unter den neuen Partner:innen sind Head of ESG A, B sowie die Studienautoren C (…) und D``,
    ``Zu Partnern ernannt wurden A und B``, ``Neu im Vorstand: A, B``: a sentence that opens
    with a title and a copula, participle or colon gives the title to every name listed after
    it (names with their own titles and parentheses between, no verb)."""
    ws = m.ws
    lo = m.name_start
    while lo > 0 and ws[lo - 1].text not in _HEAD_STOPS and not ws[lo].nl:
        lo -= 1   # (``Wien (OTS) - Unter den …``: the dateline's dash ends it too)
    head = _list_head(ws, lo, m.name_start)
    if head is None:
        return
    ts, te, after = head
    if any(w.pos in ("VERB", "AUX") and w.text not in rl.LIST_HEAD_VERBS for w in ws[after:m.name_start]):
        return   # ``Mitarbeiter sind das Kapital, sagt CEO X``: the name is no item of the list
    if not any(w.label == "PER" for w in ws[after:min(after + 6, m.pb)]):
        return
    m.add(word_span(ws, ts, te), None)


def _list_head(ws, lo: int, limit: int):
    """(title start, title end, first word after the head) of a list head opening the sentence at
    ``lo`` before word ``limit``, else None."""
    k = lo
    for opener in rl.LIST_HEAD_OPENERS:
        if tuple(w.text for w in ws[lo:lo + len(opener)]) == opener:
            k = lo + len(opener)
            break
    ts = k
    while k < limit and is_modifier(ws[k]):
        k += 1
    if not (k < limit and is_role_word(ws[k])):
        return None
    k += 1
    while k + 1 < limit and ws[k].text in rl.COORDINATORS and is_role_word(ws[k + 1]):
        k += 2
    te = k
    n = k
    while n < limit and n - te < 3 and ws[n].text in rl.LIST_HEAD_VERBS:
        n += 1
    if n == te:
        return None
    return ts, te, n
