"""Numbers that are no figures: one named predicate per construction (``Nr. 6``, ``1 + 1``,
``6/23``, ``COP30``, ``einige Hundert``, ``221 Baker Street``, ``8010 Graz``, ``5 Sa 463/19``),
asked in the order of ``EXCLUSIONS``; and years and postcodes among bare numbers."""
from __future__ import annotations

import re

from pipeline.lang.months import CODE_CUES
from pipeline.lang.not_figures import (ADDRESS_CONTEXT, ADDRESS_WORDS, CITATION_LINKS, NUMBER_IDIOMS, PLACE_NAME_PARTS,
                                       VAGUE_BEFORE_EXTRA)
from pipeline.lang.number_words import VAGUE_BEFORE
from pipeline.text.normalise import doc_text
from pipeline.text.numbers import NumberSpan, gap, is_dot_decimal, next_index, prev_index
from pipeline.text.view import view

_FORMULA = {"+", "=", ">", "<", "×", "*", "÷", "^"}
_ADDRESS_CONTEXT = re.compile(ADDRESS_CONTEXT, re.I)

# Each gets the number and ``p``, the index of the token before it (or None).

def code_cue_before(doc, n: NumberSpan, p) -> bool:
    """``Nr. 6``, ``§ 18``, ``Art. 5``, ``Tel. 0711``: a code cue (one or two words) before."""
    tv = view(doc)
    if p is None:
        return False
    pl = tv.words[p].lower()
    pp = prev_index(doc, p)
    return pl in CODE_CUES or (pp is not None and f"{tv.words[pp].lower()} {pl}" in CODE_CUES)


def formula_around(doc, n: NumberSpan, p) -> bool:
    """``1 + 1 > 2``, ``3×4``: an operator right before or after."""
    tv = view(doc)
    nx = next_index(doc, n.end - 1)
    return (p is not None and tv.words[p] in _FORMULA) or (nx is not None and tv.words[nx] in _FORMULA)


def glued_to_digits_before(doc, n: NumberSpan, p) -> bool:
    """``6/23``, ``0621/71849-0``: the second part of a code."""
    tv = view(doc)
    return (p is not None and tv.words[p] in ("/", "-", "–", ".", ":") and not gap(doc, p, n.start) and p > 0
            and tv.words[p - 1][-1:].isdigit() and not gap(doc, p - 1, p))


def glued_to_word_before(doc, n: NumberSpan, p) -> bool:
    """``COP30``-like tokens split by the tokenizer: a word glued to the number."""
    tv = view(doc)
    return p is not None and not gap(doc, p, n.start) and tv.words[p].isalpha()


def glued_to_digits_after(doc, n: NumberSpan, p) -> bool:
    """``6/23``, ``10:30``, ``1.2.3``: the first part of a code, a score or a time."""
    tv = view(doc)
    nx = next_index(doc, n.end - 1)
    if nx is None or gap(doc, n.end - 1, nx) or nx + 1 >= len(doc) or not tv.words[nx + 1][:1].isdigit():
        return False
    return tv.words[nx] in ("/", ":", ".")


def vague_before(doc, n: NumberSpan, p) -> bool:
    """``einige Hundert``, ``Wenige Hundert Meter``: a vague quantity."""
    tv = view(doc)
    return p is not None and (tv.words[p].lower() in VAGUE_BEFORE or tv.words[p].lower() in VAGUE_BEFORE_EXTRA)


def cited_with_code_before(doc, n: NumberSpan, p) -> bool:
    """``in den Artikeln 2 und 3``, ``Absatz 2 Satz 4``, ``§§ 3, 4 und 7``: a later number of a
    citation whose first number follows a code cue."""
    tv = view(doc)
    k = p
    for _ in range(4):
        if k is None or tv.words[k].lower() not in CITATION_LINKS:
            return False
        b = prev_index(doc, k)
        if b is None or not tv.words[b][:1].isdigit():
            return False
        before = prev_index(doc, b)
        if code_cue_before(doc, n, before):
            return True
        k = before
    return False


def address_after(doc, n: NumberSpan, p) -> bool:
    """``221 Baker Street``: a house number before a street name."""
    tv = view(doc)
    a = next_index(doc, n.end - 1)
    b = next_index(doc, a) if a is not None else None
    return (a is not None and b is not None and tv.words[a][:1].isupper()
            and tv.words[b].lower() in ADDRESS_WORDS and not tv.breaks(n.end - 1, b))


def idiom_number(doc, n: NumberSpan, p) -> bool:
    """``in den eigenen vier Wänden``, ``unter vier Augen``: an idiom, not a count."""
    tv = view(doc)
    a = next_index(doc, n.end - 1)
    return a is not None and f"{tv.words[n.end - 1].lower()} {tv.words[a].lower()}" in NUMBER_IDIOMS


def postcode_before_place(doc, n: NumberSpan, p) -> bool:
    """``8010 Graz``, ``3100 St. Pölten``, ``Hauptstraße 5, 6020 Innsbruck``: a four-digit
    postcode at a line start or after a comma, followed by a short place name up to the
    line end, a comma or a slash."""
    tv = view(doc)
    if not n.plain_int or len(tv.words[n.start]) != 4 or n.end - n.start != 1:
        return False
    if not (p is None or tv.breaks(p, n.start) or "\n" in tv.words[p]
            or tv.words[p] in (",", "|", "·", "–", "-", "A-", "CH-", "D-")):
        return False
    k, words = next_index(doc, n.start), 0
    while k is not None and not tv.breaks(k - 1, k) and "\n" not in tv.words[k] \
            and tv.words[k] not in (",", "/", "|", "·", "(", ")"):
        t = tv.words[k]
        if not (t[:1].isupper() or tv.words[k].lower() in PLACE_NAME_PARTS or t == "-"):
            return False
        words += 1
        if words > 4:
            return False
        k = next_index(doc, k)
    if words < 1:
        return False
    # a place: the model tagged it, or an address line (street, phone, mail) stands near
    place = doc[next_index(doc, n.start)]
    if place.ent_type_ in ("LOC", "GPE"):
        return True
    text = doc_text(doc)
    lo = text.rfind("\n", 0, max(0, text.rfind("\n", 0, tv.starts[n.start]) - 1))
    hi = text.find("\n", text.find("\n", tv.starts[n.start]) + 1)
    return bool(_ADDRESS_CONTEXT.search(text[max(0, lo):hi if hi >= 0 else len(text)]))


def file_number_after(doc, n: NumberSpan, p) -> bool:
    """``5 Sa 463/19``, ``VG 9 K 135/20``, ``1 BvR 12/23``: a court file number."""
    tv = view(doc)
    k = n.end
    for _ in range(3):
        if k + 2 >= len(doc) or tv.breaks(k - 1, k):
            break
        if tv.words[k][:1].isdigit() and tv.words[k + 1] == "/" and not gap(doc, k, k + 1) \
                and tv.words[k + 2][:1].isdigit():
            return True
        if not (tv.words[k].isalpha() and tv.words[k][:1].isupper() and len(tv.words[k]) <= 4) and k > n.end:
            break
        k += 1
    return False


def version_in_name(doc, n: NumberSpan, p) -> bool:
    """``Plattform 2.0``, ``China-EU 1.5°C Label``: a dotted number after a capitalised word."""
    tv = view(doc)
    return is_dot_decimal(tv.words[n.start]) and p is not None and tv.words[p][:1].isupper()


def road_or_line_name(doc, n: NumberSpan, p) -> bool:
    """``L 1066``, ``A 7``, ``B 27``: one capital letter before."""
    tv = view(doc)
    return p is not None and len(tv.words[p]) == 1 and tv.words[p].isupper()


#: The exclusion rules ``excluded`` asks, any of which rejects a number.
EXCLUSIONS = (code_cue_before, formula_around, glued_to_digits_before, glued_to_word_before,
              glued_to_digits_after, vague_before, file_number_after, version_in_name, road_or_line_name,
              cited_with_code_before, address_after, idiom_number, postcode_before_place)


def excluded(doc, n: NumberSpan) -> bool:
    """Codes, formulas, ordinals, names: ``Nr. 6/23``, ``§ 18``, ``1 + 1 > 2`` (see ``EXCLUSIONS``)."""
    p = prev_index(doc, n.start)
    return any(rule(doc, n, p) for rule in EXCLUSIONS)


def year_or_postcode(doc, n: NumberSpan) -> bool:
    tv = view(doc)
    if not n.plain_int or n.scaled:
        return False
    v = n.value
    digits = len(tv.words[n.start].lstrip("+-−"))
    return (digits == 4 and 1800 <= v <= 2100) or digits == 5

