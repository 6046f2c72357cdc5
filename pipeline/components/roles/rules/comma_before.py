"""A role phrase that ends right before the name, with a comma (``der Geschäftsführer des
AIT, Wolfgang Knoll``, ``Der Kommandant der NATO-Truppen in Europa, General James L.
Jones``) or without (``Der Sprecher des Wissenschaftsministeriums Joachim Laun``)."""
from __future__ import annotations

from pipeline.components.roles.mention import Mention
from pipeline.lang import role_links as rl
from pipeline.lang import role_words as rw
from pipeline.text.phrases import is_role_word, parse_role, phrase_tail, role_phrase_starts


def comma_before_title(m: Mention) -> None:
    """``Der Kommandant der NATO-Truppen in Europa, General James L. Jones``: the phrase
    before the comma that precedes the title run of ``title_before``."""
    ws, tb = m.ws, m.title_start
    if tb is not None and tb >= 2 and ws[tb - 1].text == "," and not ws[tb].nl:
        _comma_before(m, tb, tb - 1)


def role_before_name(m: Mention) -> None:
    """``der Geschäftsführer des AIT, Wolfgang Knoll``; ``Der Sprecher des
    Wissenschaftsministeriums Joachim Laun`` (no comma: not after a bare title word)."""
    ws, b = m.ws, m.name_start
    if b >= 2 and ws[b - 1].text == "," and not ws[b].nl:
        _comma_before(m, b, b - 1)
    elif b >= 3 and not ws[b].nl and not is_role_word(ws[b - 1]):
        _comma_before(m, b, b)


def _comma_before(m: Mention, b: int, comma: int) -> None:
    """A role phrase that ends right before the name (at word ``b``), at ``comma`` (a comma
    word, or ``b`` itself when there is none); without a comma the phrase needs a
    complement (``Sprecher des Ministeriums Joachim Laun``), since a bare title is
    ``title_before``'s."""
    ws, pb = m.ws, m.pb
    if comma != b and pb < len(ws) and ws[pb].text in rl.LIST_CONJUNCTIONS and not ws[pb].nl:
        return  # ``Vertreter von Wikimedia, Creative Commons und der …``: a list of names
    for s in role_phrase_starts(ws, comma, m.config["comma_role_window"], is_role_word, break_right_before=False):
        # the phrase belongs to an earlier person (``A, Chef von X, B``)
        if comma != b and s >= 2 and ws[s - 1].text == "," and (s - 1) in m.per_end_at:
            return
        ph = parse_role(ws, s, comma, gen_org=False)
        if ph is None:
            continue
        end = phrase_tail(ws, ph.end, comma)
        complement = ph.org_c is not None or any(ws[x].text in rw.ROLE_PREPOSITIONS for x in range(*ph.role))
        if end == comma and (comma != b or complement):
            m.add(ph.role_c, ph.org_c, (ws[s].start,))
            return
