"""Title right before the name: ``Generalkonsul Huang Yiyang``, ``SPD-Fraktionsvorsitzende
Anna Muster``, ``KPMG Partnerin Lea Probe``, ``ÖVP-Chef und Wirtschaftsminister Reinhold
Mitterlehner``, ``Sprecher: Max Muster``; a plural title holds for coordinated names
(``Ärzte An und Chol``)."""
from __future__ import annotations

from typing import Optional

from pipeline.components.roles.mention import Mention
from pipeline.components.roles.orgs import fuer_org, label_org, org_before
from pipeline.components.roles.words import adjectival_title, closed_compound, genitive_name, modifiers_before, per_at
from pipeline.lang import role_links as rl
from pipeline.lang import role_words as rw
from pipeline.lang.role_words import ENGLISH_ROLE_MODIFIERS, ENGLISH_ROLES, IRREGULAR_FORMS
from pipeline.text.phrases import is_cap, is_role_word, split_compound, with_modifiers, word_span


def title_before(m: Mention) -> None:
    """The rule; it records where the title run starts for ``comma_before_title``."""
    m.title_start = _before(m.ws, m.pa, m.pb, m.name_start, m.hon, m.rows.add, m.config["fuer_org_window"],
                            m.org_names)


def _before(ws, pa, pb, b, hon, add, fuer_org_window, org_names=frozenset()) -> Optional[int]:
    """Title (and coordinated titles) right before the name; the first word of the
    title run (None when there is none)."""
    r = b - 1
    if r < 0 or ws[b].nl:
        return None
    if ws[r].text == ":" and r >= 1 and (r - 1 == 0 or ws[r - 1].nl) and is_role_word(ws[r - 1]):
        add(pa, pb, hon, word_span(ws, r - 1, r), None)  # ``Sprecher: Max Muster``
        return None
    first = True
    start = None
    while r >= 0 and is_role_word(ws[r]) and ws[r].label != "PER":
        role, org, rs = _title_at(ws, r, org_names)
        if first and org is None:
            org = fuer_org(ws, rs, fuer_org_window) or label_org(ws, rs)
        add(pa, pb, hon, role, org, (ws[rs].start,))
        start = rs
        if first:
            _shared_title(ws, pa, pb, rs, role, org, add)
            first = False
        # ``ÖVP-Chef und Wirtschaftsminister Reinhold Mitterlehner``
        q = rs
        if q >= 2 and ws[q - 1].text in rl.COORDINATORS and not ws[q].nl and not ws[q - 1].nl:
            r = q - 2
            continue
        break
    return start


def _title_at(ws, r: int, org_names: frozenset):
    """The title whose role word is word ``r``: a hyphenated compound with its organisation
    (``SPD-Chef``), a closed one with a named organisation (``Bahnchef``) or a plain title;
    (role, org, first word)."""
    cut = split_compound(ws[r].text)
    if cut is not None:
        return _compound_title(ws, r, cut)
    closed = closed_compound(ws[r].text, org_names)
    return _closed_title(ws, r, closed) if closed else _plain_title(ws, r)


def _compound_title(ws, r: int, cut: tuple[int, int]):
    """``SPD-Fraktionsvorsitzende`` (``stellvertretende`` before it stays in the role): the role
    after the hyphen, the organisation before it; (role, org, first word)."""
    w = ws[r]
    role = (w.start + cut[1] + 1, w.end)
    org = (w.start + cut[0], w.start + cut[1])
    rs = modifiers_before(ws, r)
    if rs < r:
        role = with_modifiers(ws, rs, r, role)
    return role, org, rs


def _closed_title(ws, r: int, i: int):
    """``Bahnchef``, ``stellvertretender Bundesbankpräsident``: the title after the name that
    opens the closed compound, capitalised as a word of its own (``Chef``); (role, org, first word)."""
    w = ws[r]
    rs = modifiers_before(ws, r)
    tail = w.text[i].upper() + w.text[i + 1:]
    role = (w.start + i, w.end, tail)
    if rs < r:
        role = (ws[rs].start, w.end, " ".join(x.text for x in ws[rs:r]) + " " + tail)
    return role, (w.start, w.start + i), rs


def _plain_title(ws, r: int):
    """A title word with its modifiers and English or adjectival title words before it
    (``Senior Partner``, ``Managing Director``, ``Vorsitzende Richterin``), and a genitive
    name or an organisation before that (``Boliviens Ministerpräsident``, ``KPMG Partnerin``);
    (role, org, first word)."""
    rs = modifiers_before(ws, r)
    while rs - 1 >= 0 and not ws[rs].nl and (ws[rs - 1].text in ENGLISH_ROLE_MODIFIERS
                                             or adjectival_title(ws[rs - 1].text)):
        rs -= 1
    role, org = word_span(ws, rs, r + 1), None
    g = rs - 1
    if g >= 0 and not ws[rs].nl and genitive_name(ws[g]):
        org = (ws[g].start, ws[g].end)
        rs = g
    elif g >= 0 and not ws[rs].nl:
        o = org_before(ws, g)
        if o is not None:
            org, rs = word_span(ws, *o), o[0]
    return role, org, rs


def _after_parenthesis(ws, k: int, most: int = 10) -> int:
    """The word after a parenthesis that opens at word ``k`` on its line (``(56)``,
    ``(Cybersecurity in Österreich)``); ``k`` when none opens there."""
    if not (k < len(ws) and ws[k].text == "("):
        return k
    for j in range(k + 1, min(len(ws), k + most)):
        if ws[j].nl or ws[j].text == "(":
            return k
        if ws[j].text == ")":
            return j + 1
    return k


def _shared_title(ws, pa, pb, rs, role, org, add):
    """A plural title before coordinated names: ``Ärzte An (56) und Chol``."""
    w = ws[rs]
    head = ws[rs:pa]
    title = next((x for x in reversed(head) if is_role_word(x)), w)
    # ``Die TimelinePI Mitbegründer A und B``: a plural article before a title that has
    # the same form in the singular (not a feminine ``-in``)
    plural_article = rs >= 1 and ws[rs - 1].text in rl.PLURAL_ARTICLES and not title.text.endswith("in")
    if not (w.plural or w.text in IRREGULAR_FORMS or w.text.endswith("innen") or plural_article):
        return
    k = _after_parenthesis(ws, pb)
    if k < len(ws) and ws[k].text in rl.SHARED_TITLE_LINKS:
        k += 1
        for qa, qb in per_at(ws, k):
            add(qa, qb, None, role, org, (ws[rs].start,))


def english_title_before(m: Mention) -> None:
    """``Head of ESG Katharina Schönauer``, ``Director of Marketing Anna Test``: an English title
    with its ``of``/``for`` department right before the name (no other title before it)."""
    ws, b = m.ws, m.name_start
    if m.title_start is not None or b < 3 or ws[b].nl:
        return
    k = b - 1
    while k > 0 and b - k <= 4 and not ws[k].nl and is_cap(ws[k]) and ws[k].label != "PER" \
            and ws[k].text not in rw.DEPARTMENT_PREPOSITIONS:
        k -= 1
    if k == b - 1 or k < 1 or ws[k].text not in rw.DEPARTMENT_PREPOSITIONS or ws[k].nl:
        return
    t = k - 1
    if ws[t].text not in ENGLISH_ROLES:
        return
    while t - 1 >= 0 and not ws[t].nl and ws[t - 1].text in ENGLISH_ROLE_MODIFIERS:
        t -= 1
    m.add(word_span(ws, t, b), None)
