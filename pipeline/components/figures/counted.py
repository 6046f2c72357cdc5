"""Numbers without a unit: the article ``ein`` or a count (``nur eine Schicht am Tag``), the
counted noun after any adjectives (``über 100 Pilotprojekte``, ``5 Neue Mitarbeiter``), a time
compound (``38 Wochenstunden``), an age in parentheses (``An Hyong-chan (56)``), a bare scaled
amount (``rund 250 Millionen``)."""
from __future__ import annotations

import re
from typing import Optional

from pipeline.components.figures.context import per_period
from pipeline.components.figures.draft import Draft
from pipeline.components.figures.exclusions import year_or_postcode
from pipeline.lang.currencies import BARE_AMOUNT_BLOCKERS, MONEY_MIN_SCALE, MONEY_NOUN_ENDINGS
from pipeline.lang.function_words import CAPITALISED_ADJECTIVE_ENDINGS, NOT_ADJECTIVES, PAIR_LINKS
from pipeline.lang.months import CODE_CUES, MONTHS, WEEKDAYS
from pipeline.lang.number_words import (ONE_BEFORE, ONE_BEFORE_BLOCKERS, ONE_BEFORE_FOCUS, ONE_MARKERS,
                                        ONE_VAGUE_AFTER)
from pipeline.lang.units import (AGE_SUFFIXES, COUNTED_TIME_COMPOUNDS, NOT_COUNTED, PERSON_NOUN_ENDINGS,
                                 TIME_COMPOUND_HEADS)
from pipeline.text.normalise import doc_text
from pipeline.text.numbers import NumberSpan, is_dot_decimal, next_index, parse_age, prev_index
from pipeline.text.view import view

_CAP_ADJ = re.compile("(%s)$" % "|".join(CAPITALISED_ADJECTIVE_ENDINGS))
_LOWER_ADJ = re.compile(r"(e|en|er|es|em)$")


def bare_number(doc, d: Draft, max_adjectives: int) -> bool:
    """A number without a unit: no fraction, article, year, postcode or time;
    an age written apart (``23 jähriger``) gets its unit here."""
    tv = view(doc)
    n = d.n
    if d.unit is not None:
        return True
    if n.fraction:
        return False   # ``zwei Drittel``, ``die halbe Stadt``: fractions are no figures
    if n.one_form:
        # ``ein einziges Buchgrundstück``; otherwise the article
        m = next_index(doc, n.end - 1)
        if m is not None and tv.words[m].lower() in ONE_VAGUE_AFTER:
            return False       # ``ein paar Leute``
        if m is None or tv.words[m].lower() not in ONE_MARKERS:
            cue = _one_cue_before(doc, n.start)
            if cue is None or (cue in ONE_BEFORE_FOCUS and not _one_with_rate(doc, d, max_adjectives)):
                return False
    if year_or_postcode(doc, n) or is_dot_decimal(tv.words[n.start]):
        return False   # years, postcodes; ``23.40`` (a time) is never a count
    a = next_index(doc, d.last)
    if a is not None and parse_age("1" + tv.words[a].lower()) is not None and not n.words \
            and tv.words[a].lower()[:1] in "jmwts" and not tv.breaks(d.last, a):
        d.unit = AGE_SUFFIXES[parse_age("1" + tv.words[a].lower())[1]]
        d.kind, d.last = age_word_kind(doc, a, d.unit), a
    return True


def _one_with_rate(doc, d: Draft, max_adjectives: int) -> bool:
    """``nur eine Schicht am Tag``: a counted noun and then a per-period tail."""
    noun = counted_noun(doc, d.last, max_adjectives)
    a = next_index(doc, noun[1]) if noun is not None else None
    return a is not None and per_period(doc, a) is not None


def counted(doc, d: Draft, units, max_adjectives: int) -> bool:
    """The counted noun after any adjectives (``über 100 Pilotprojekte``), a unit after
    adjectives (``sieben langen Jahren``) or an age in parentheses (``An Hyong-chan (56)``);
    False for a bare number with none of them."""
    tv = view(doc)
    if d.unit is not None:
        return True
    noun = None if d.quantity_of else counted_noun(doc, d.last, max_adjectives)
    if noun is not None and noun[0] in units and noun[0] != d.last + 1:
        end, (d.unit, d.kind, d.factor) = units[noun[0]][0]
        d.last = end - 1
        return True
    if noun is None and d.quantity_of:
        d.kind, d.unit = "count", ""     # noun borrowed from ``… auf 35.108 Personen``
        return True
    if noun is None:
        if _age_in_parentheses(doc, d.n):
            d.unit, d.kind = "year", "age"
            return True
        a = next_index(doc, d.last)
        if d.n.scaled and d.n.scale >= MONEY_MIN_SCALE and (a is None or tv.words[a].lower() not in BARE_AMOUNT_BLOCKERS):
            d.kind, d.unit, d.implied = "count", "", "bare"     # ``rund 250 Millionen``
            return True
        return False
    ns, ne = noun
    head = _time_compound_unit(tv.words[ne].lower()) if ns == ne else None
    if head is not None:                                    # ``38 Wochenstunden`` → hour
        d.kind, d.unit, d.last = "duration", head, ne
        return True
    d.kind, d.unit = "count", ""
    d.quantity_of = doc_text(doc)[tv.starts[ns]:tv.starts[ne] + len(tv.words[ne])]
    if tv.words[ne].lower().endswith(MONEY_NOUN_ENDINGS):
        d.implied = "noun"                                      # ``250 Millionen Schulden``
    d.last = ne
    return True


def counted_noun(doc, last: int, max_adjectives: int) -> Optional[tuple[int, int]]:
    """(first, last) token of the counted noun after any adjectives, or None."""
    tv = view(doc)
    k = next_index(doc, last)
    skipped = 0
    while k is not None and skipped <= max_adjectives:
        if not tv.same_line(last, k):
            return None
        t = tv.words[k]
        if not t or not (t[0].isalpha()):
            return None
        nxt = next_index(doc, k)
        if t[0].islower():
            if not _lower_adjective(doc[k]):
                return None
            skipped += 1
            k = nxt
            continue
        if nxt is not None and _title_case_adjective(doc[k]) and tv.words[nxt][:1].isupper() \
                and tv.words[nxt].isalpha():
            skipped += 1      # ``5 Neue Mitarbeiter``: an adjective in title case before another noun
            k = nxt
            continue
        if not _countable_noun(t):
            return None
        return k, _gendered_pair_end(doc, k)
    return None


def _age_in_parentheses(doc, n: NumberSpan) -> bool:
    """``An Hyong-chan (56)``: a bare age after a name."""
    tv = view(doc)
    if n.words or n.end - n.start != 1 or not n.plain_int or not 1 <= n.value <= 120:
        return False
    p, x = prev_index(doc, n.start), next_index(doc, n.end - 1)
    if p is None or x is None or tv.words[p] != "(" or tv.words[x] != ")":
        return False
    b = prev_index(doc, p)
    if b is None or not (tv.words[b][:1].isupper() and tv.words[b].replace("-", "").isalpha()):
        return False
    # with a NER model the name must be a person (``Ganymede Updates (3)`` is a list label)
    return not doc.has_annotation("ENT_IOB") or not doc.ents or doc[b].ent_type_ == "PER"


def _one_cue_before(doc, i: int) -> Optional[str]:
    """``nur eine Schicht``, ``mehr als ein Jahr``: the cue that reads ``ein`` as the number
    (contract v2), or None."""
    tv = view(doc)
    p = prev_index(doc, i)
    if p is None:
        return None
    pp = prev_index(doc, p)
    if pp is not None and tv.words[pp].lower() in ONE_BEFORE_BLOCKERS:
        return None
    if pp is not None and f"{tv.words[pp].lower()} {tv.words[p].lower()}" in ONE_BEFORE:
        return f"{tv.words[pp].lower()} {tv.words[p].lower()}"
    return tv.words[p].lower() if tv.words[p].lower() in ONE_BEFORE else None


def _time_compound_unit(low: str) -> Optional[str]:
    """``wochenstunden`` → hour; None for a plain unit word, a named format (``Fragestunden``)
    or another noun."""
    if low in COUNTED_TIME_COMPOUNDS:
        return None
    for tail, unit in TIME_COMPOUND_HEADS.items():
        if low.endswith(tail) and len(low) > len(tail) + 2:
            return unit
    return None


def _lower_adjective(tok) -> bool:
    """A lower-case word between a number and its noun that is an adjective (``5 neue Stellen``)."""
    low = tok.lower_
    tagged_adj = tok.tag_.startswith("ADJ") or tok.pos_ == "ADJ"
    if low in NOT_ADJECTIVES or not tok.is_alpha:
        return False
    if tok.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "ADV") and not tagged_adj:
        return False
    return bool(tagged_adj or _LOWER_ADJ.search(low))


def _title_case_adjective(tok) -> bool:
    """Tagged an adjective, or untagged and shaped like one (``Neue``)."""
    return tok.tag_.startswith("ADJ") or tok.pos_ == "ADJ" or (not tok.pos_ and bool(_CAP_ADJ.search(tok.lower_)))


def _countable_noun(t: str) -> bool:
    """A capitalised word that can be what a number counts: not a month, weekday, code cue
    or word of ``NOT_COUNTED``, letters and hyphens only, no file-number letters (``106 C 7/20``,
    ``4 CN 5.20``) and no glued layout text (``MAGAZINKurzschluss``; ``HD-Sender`` is a noun)."""
    low = t.lower()
    if low.rstrip(".") in NOT_COUNTED or low in MONTHS or low in WEEKDAYS or low in CODE_CUES:
        return False
    if not all(ch.isalpha() or ch == "-" for ch in t) or t.endswith("-"):
        return False
    if t.isupper() and len(t) <= 4:
        return False
    return all(seg.isupper() or seg[1:].islower() or len(seg) <= 1 for seg in t.split("-"))


def _gendered_pair_end(doc, k: int) -> int:
    """The last token of ``Polizistinnen und Polizisten`` when the noun at ``k`` opens such a pair, else ``k``."""
    tv = view(doc)
    c = next_index(doc, k)
    if c is not None and tv.words[c].lower() in PAIR_LINKS:
        d = next_index(doc, c)
        if d is not None and tv.words[d][:1].isupper() and tv.words[d].lower()[:5] == tv.words[k].lower()[:5]:
            return d
    return k


def age_word_kind(doc, k: int, unit: str) -> str:
    """Kind of an age word at token ``k`` (``81-Jährige``, ``28-jähriger``): ``age`` for the
    noun (a person, contract v2) or an adjective before a person noun (``28-jähriger
    Autofahrer``), else ``duration`` (``den 10-jährigen Plan``, ``dreimonatige Frist``)."""
    tv = view(doc)
    if unit != "year":
        return "duration"
    t = tv.words[k]
    at = t.lower().find("jährig")
    if t[:1].isupper() or (at >= 0 and t[at:at + 1].isupper()):
        return "age"
    nxt = next_index(doc, k)
    if nxt is not None and tv.words[nxt][:1].isupper() and tv.words[nxt].lower().endswith(PERSON_NOUN_ENDINGS):
        return "age"
    return "duration"
