"""Word tests shared by the role rules (no rows are made here)."""
from __future__ import annotations

from pipeline.lang import role_links as rl
from pipeline.lang import role_words as rw
from pipeline.lang.entity_cues import KNOWN_NAMES
from pipeline.lang.months import MONTHS
from pipeline.text.phrases import (entity_end, is_acronym, is_cap, is_modifier, is_org_cue, is_role_word, is_title_form,
                                   parse_np, word_span)
from pipeline.text.view import Word

MONTHS_TITLE = frozenset(m.capitalize() for m in MONTHS)

#: Words that end a sentence for the look-back of the rules.
SENTENCE_STOPS = frozenset({".", "!", "?", ";"})


def modifiers_before(ws, rs: int) -> int:
    """The first of the modifiers before word ``rs`` on its line (``stellvertretende``, ``neue``)."""
    while rs - 1 >= 0 and not ws[rs].nl and is_modifier(ws[rs - 1]):
        rs -= 1
    return rs


def adjectival_title(t: str) -> bool:
    """``Vorsitzende``, ``Leitende``, ``Geschäftsführende``: a capitalised adjectival title
    word that opens the title after it (``Vorsitzende Richterin``)."""
    return t[:1].isupper() and any(t == stem + e for stem in rw.ADJECTIVAL_TITLE_STEMS
                                   for e in rw.ADJECTIVAL_TITLE_ENDINGS)


def is_group_word(t: str) -> bool:
    """``Team``, ``Vorstand``, ``Projektteam``, ``Muster-Team``, ``Arbeitsgruppe``."""
    low = t.lower()
    return t[:1].isupper() and (t in rw.GROUP_NOUNS or any(
        low.endswith(e) and len(low) > len(e) + 2 for e in rw.GROUP_COMPOUND_ENDINGS))


def genitive_name(w: Word) -> bool:
    """``Chinas``, ``Boliviens``: a place or organisation in the genitive."""
    return (is_cap(w) and w.text.endswith("s") and len(w.text) > 3 and w.label != "PER"
            and not is_role_word(w)
            and (w.label in ("LOC", "ORG", "GPE") or w.tag == "NE" or w.pos == "PROPN"
                 or w.text[:-1] in KNOWN_NAMES or w.text[:-1].rstrip("'’") in KNOWN_NAMES))


def is_name(ws, s, e) -> bool:
    """Words ``s:e`` hold a name: an entity, a proper noun, an acronym or an organisation word
    (``TimelinePI``, ``Muster AG``; not ``des Einsatzes``)."""
    return any(w.label in ("ORG", "LOC", "MISC") or w.tag in ("NE", "FM") or w.pos == "PROPN"
               or (len(w.text) >= 2 and w.text.isupper()) or is_org_cue(w.text) for w in ws[s:e])


def per_at(ws, k):
    """The PER entity that starts at word ``k``, as a word range (none or one)."""
    if k < len(ws) and ws[k].label == "PER" and (k == 0 or ws[k - 1].ent != ws[k].ent):
        yield k, entity_end(ws, k, len(ws))


def list_start(ws, pa: int, per_end_at: dict[int, int]) -> int:
    """The first word of the list of names that the name at ``pa`` ends
    (``A, B und [C]`` → A's first word); ``pa`` when it stands alone."""
    j = pa
    while j >= 2 and ws[j - 1].text in rl.NAME_LIST_LINKS and (j - 1) in per_end_at:
        j = per_end_at[j - 1]
    return j


def after_date(ws, k: int, lim: int) -> int:
    """The word after the rest of a date (``März``, ``2025``, ``.``) from ``k`` on."""
    while k < lim and (ws[k].text in MONTHS_TITLE or ws[k].text[:1].isdigit() or ws[k].text == "."):
        k += 1
    return k



def _opens_title(w: Word) -> bool:
    """A title word opens the part after a link (``Gründer``, ``General``, ``-vortragende``)."""
    return is_role_word(w) or w.text in rw.ENGLISH_ROLES or w.text in rw.ENGLISH_ROLE_MODIFIERS or (
        w.text.startswith("-") and len(w.text) > 3)


def title_parts(ws, s: int, e: int) -> list[tuple[int, int]]:
    """The titles coordinated in words ``s:e``: split at ``und``/``&`` when a title word opens
    the part after it (``CEO und Gründer``, ``Fachautorin und -vortragende``; not ``IT PLM
    Systems and Software``)."""
    parts, a = [], s
    for k in range(s + 1, e - 1):
        if ws[k].text in rl.TITLE_SPLITS and _opens_title(ws[k + 1]):
            parts.append((a, k))
            a = k + 1
    parts.append((a, e))
    return [p for p in parts if p[1] > p[0]]


def role_parts(ws, ph) -> list:
    """The character ranges of the coordinated titles of a role phrase (its own range when
    the phrase holds one title or a role that is no substring of the text)."""
    if ph.role is None or ph.role_c is None or len(ph.role_c) > 2:
        return [ph.role_c]
    a, b = ph.role
    if ph.role_c != word_span(ws, a, b):
        return [ph.role_c]
    return [word_span(ws, x, y) for x, y in title_parts(ws, a, b)]


def closed_compound(text: str, org_names: frozenset) -> int:
    """``Bahnchef`` → 4, ``Bundesbankpräsident`` → 10: where the title starts in a closed
    compound whose first part names an organisation (an ORG entity of the document, a name of
    ``COMPOUND_ORG_NAMES`` or an acronym); 0 for ordinary compounds (``Konzernchef``)."""
    if "-" in text or not text[:1].isupper():
        return 0
    for i in range(2, len(text) - 3):
        prefix = text[:i]
        if prefix in rw.NOT_COMPOUND_ORGS or not (
                prefix in org_names or prefix in rw.COMPOUND_ORG_NAMES
                or is_acronym(prefix, min_len=3) and prefix not in rw.REGION_CODES and text[i:i + 1].islower()):
            continue
        if is_title_form(text[i].upper() + text[i + 1:]):
            return i   # (a listed title, not a compound: not ``Bund|esbildungsministerin``)
    return 0


def orgs_coordinated_after(ws, k: int, lim: int) -> tuple[list[tuple[int, int]], int]:
    """``Vorstand der Siemens AG [und der Allianz SE]``: the ORG entities joined to an
    organisation that ends before word ``k`` by ``und``/``sowie`` (an article may follow), as
    word ranges, and the word after the last."""
    out = []
    while k + 1 < lim and ws[k].text in rl.COORDINATORS:
        s = k + 1
        if s < lim and ws[s].text in rw.ARTICLES:
            s += 1
        if not (s < lim and ws[s].label == "ORG" and ws[s].ent != ws[s - 1].ent):
            break
        e = entity_end(ws, s, lim)
        if e < lim and (is_role_word(ws[e]) or ws[e].label == "PER"):
            break    # ``und der Allianz Chefin Anna``: another title
        out.append((s, e))
        k = e
    return out, k


def member_body(ws, ph, k: int, lim: int):
    """``Mitglied im Stiftungsrat der Beispiel Stiftung``: the body (word range) a membership noun
    ending the role phrase ``ph`` names after ``im``/``in der`` at word ``k``, else None."""
    if (ph.role is None or ws[ph.role[1] - 1].text not in rl.MEMBER_NOUNS
            or k >= lim or ws[k].text not in rl.MEMBER_LINKS):
        return None
    s = k + 1
    if s < lim and ws[s].text in rw.ARTICLES:
        s += 1
    n = parse_np(ws, s, lim)
    return (s, n) if n > s and ws[s].text[:1].isupper() else None
