"""The unit of a figure: glued (``75ml``), after the number (``12 Prozent``), a currency
before it (``EUR 12,50``) or borrowed from the next number (``24 und 54 Jahre``); cents
(``zwei Euro fünfzig``); and the readings a unit word must not get (a quote mark, an angle,
a time of day)."""
from __future__ import annotations

import re
from typing import Optional

from pipeline.components.figures.counted import age_word_kind, counted_noun
from pipeline.components.figures.draft import Draft
from pipeline.components.figures.exclusions import year_or_postcode
from pipeline.lang.currencies import CURRENCY_SYMBOLS, CURRENCY_WORDS
from pipeline.lang.qualifiers import UNIT_SHARING_LINKS
from pipeline.lang.units import (CLOCK_CUES, CLOCK_HOUR_SYMBOLS, FORMULA_MASS_UNITS, PER_WORDS,
                                 PERIOD_SPLIT_ABBREVIATIONS, TEMPERATURE_CONTEXT, TEMPERATURE_WINDOW, UNIT_FORMULAS,
                                 UNIT_SYMBOLS, UNIT_WORDS)
from pipeline.text.normalise import doc_text
from pipeline.text.numbers import NumberSpan, gap, next_index, number_at, prev_index
from pipeline.text.view import view


def glued_unit(text: str):
    """(unit, kind, factor) of a unit or currency written glued to a number (``ml`` of ``75ml``,
    ``Euro`` of ``siebenhundert-Euro``), or None."""
    low = text.lower()
    if text in UNIT_SYMBOLS:
        return UNIT_SYMBOLS[text]
    if text in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[text][0], "money", CURRENCY_SYMBOLS[text][1]
    if low in UNIT_WORDS and len(low) > 2:
        return UNIT_WORDS[low]
    if low in CURRENCY_WORDS and len(low) > 2:
        return CURRENCY_WORDS[low][0], "money", CURRENCY_WORDS[low][1]
    return None


def unit_of(doc, d: Draft, units, max_adjectives: int) -> bool:
    """The unit: of an age, glued (``75ml``), after the number, a currency before it
    (``EUR 12,50``) or borrowed from the next number (``24 und 54 Jahre``).
    False for a time of day (``18 Uhr``) or a glued text that is no unit."""
    tv = view(doc)
    n = d.n
    if d.age_unit is not None:
        d.unit, d.kind = d.age_unit, age_word_kind(doc, d.last, d.age_unit)
        return True
    if n.glued_unit:
        return _unit_glued(d)
    u = next_index(doc, d.last)
    if u is not None and not tv.breaks(d.last, u) and u in units:
        end, (d.unit, d.kind, d.factor) = units[u][0]
        d.last = end - 1
        # ``Min.`` split into ``Min`` + ``.`` by a tokenizer without the special case
        if d.last + 1 < len(doc) and tv.words[d.last + 1] == "." and not gap(doc, d.last, d.last + 1) \
                and tv.words[d.last].lower() in PERIOD_SPLIT_ABBREVIATIONS:
            d.last += 1
        _formula_after(doc, d)
        _per_unit_after(doc, d)
        return True
    if u is not None and tv.words[u].lower() == "uhr":
        return False      # time of day
    _currency_before(doc, d, units)
    if d.unit is None and d.age_unit is None and not n.one_form:
        found = borrowed(doc, u, units, max_adjectives)
        if found is not None:
            d.unit, d.kind, d.factor, d.quantity_of = found
    return True


def _formula_after(doc, d: Draft) -> None:
    """``21.000 Tonnen CO2.``, ``12 t NOx``: a chemical formula after a mass unit is part of the
    unit (``t CO2``), also with the sentence period glued to it (the period is not the figure's)."""
    tv = view(doc)
    f = next_index(doc, d.last)
    if d.unit not in FORMULA_MASS_UNITS or f is None or tv.breaks(d.last, f):
        return
    word = tv.words[f]
    formula = UNIT_FORMULAS.get(word.removesuffix(".").lower())
    if formula is None:
        return
    d.unit, d.last = f"{d.unit} {formula}", f
    if word.endswith("."):
        d.trim_last, d.trim = f, 1


def _per_unit_after(doc, d: Draft) -> None:
    """``350 Wh/kg``, ``95 g/km``, ``50 €/MWh``: a unit per unit, glued by ``/``, is a rate that keeps
    the unit of its number (contract: ``80 km/h`` → ``km``); the text takes the per-part."""
    tv = view(doc)
    a = next_index(doc, d.last)
    if a is None or gap(doc, d.last, a) or not tv.words[a].startswith("/"):
        return
    last, per = a, tv.words[a][1:]
    if not per:
        last = next_index(doc, a)
        if last is None or gap(doc, a, last):
            return
        per = tv.words[last]
    bare = per.removesuffix(".")
    if bare in UNIT_SYMBOLS or bare.lower() in UNIT_WORDS or bare.lower() in PER_WORDS \
            or bare in CURRENCY_SYMBOLS:
        d.kind, d.last = "rate", last
        if per != bare:
            d.trim_last, d.trim = last, 1


def _unit_glued(d: Draft) -> bool:
    """The unit glued to the number (``75ml``, ``siebenhundert-Euro``); False when the glued
    text is no unit."""
    glued = d.n.glued_unit
    g = glued_unit(glued.lstrip("-"))
    if g is None and glued.endswith(".") and len(glued) > 1:
        g = glued_unit(glued[:-1])   # ``12.345$.`` at a sentence end
        d.trim = 1
    if g is None:
        return False
    d.unit, d.kind, d.factor = g
    return True


def _currency_before(doc, d: Draft, units) -> None:
    """``$ 15``, ``EUR 12,50``, ``usd$ 15`` (the longest currency match ending right before)."""
    b = prev_index(doc, d.n.start)
    if b is None:
        return
    before = [(s_, val) for s_, matches in units.items() for end, val in matches
              if end - 1 == b and val[1] == "money"]
    if before:
        s_, (d.unit, d.kind, d.factor) = min(before, key=lambda x: x[0])
        d.first = min(d.first, s_)


def borrowed(doc, u: Optional[int], units, max_adjectives: int, depth: int = 0):
    """Unit (or counted noun) of the next number in ``24 und 54 Jahre``,
    ``35 oder 40 Meilen``, ``von 22,6 auf 22,3 Prozent``, ``18.329 auf 35.108 Personen``,
    through a chain of numbers (``von 7,2 auf 6,8 oder 6,5 Prozent``):
    (unit, kind, factor, quantity_of) or None; ``u`` is the token after the first number."""
    tv = view(doc)
    if u is None or depth > 3 or tv.words[u].lower() not in UNIT_SHARING_LINKS:
        return None
    n2 = _lending_number(doc, u)
    if n2 is None:
        return None
    w = next_index(doc, n2.end - 1)
    on_line = w is not None and not tv.breaks(n2.end - 1, w)
    if on_line and w in units:
        return _lent_unit(units[w][0][1], n2)
    if on_line and tv.words[w].lower() in UNIT_SHARING_LINKS:
        chained = borrowed(doc, w, units, max_adjectives, depth + 1)
        if chained is not None and chained[1] != "count":
            return chained
    if tv.words[u].lower() == "auf":
        return _counted_noun_lent(doc, n2, units, max_adjectives)
    return None


def _lending_number(doc, u: int) -> Optional[NumberSpan]:
    """The number after the link at ``u``, on its line, that may lend its unit: no ``ein``,
    fraction, number with a glued unit, year or postcode."""
    tv = view(doc)
    k = next_index(doc, u)
    if k is None or not tv.same_line(u, k):
        return None
    n2 = number_at(doc, k)
    if n2 is None or n2.one_form or n2.fraction or n2.glued_unit or year_or_postcode(doc, n2):
        return None
    return n2


def _lent_unit(unit_value: tuple, n2: NumberSpan):
    """The unit of ``n2`` as (unit, kind, factor, quantity_of), or None when it cannot be lent."""
    unit, kind, factor = unit_value
    if kind == "money" and n2.scaled:
        return None    # ``5 und 10 Mio. Euro``: the scale is unclear for the first number
    return unit, kind, factor, ""


def _counted_noun_lent(doc, n2: NumberSpan, units, max_adjectives: int):
    """``18.329 auf 35.108 Personen``: the counted noun of the number changed to (no unit word)."""
    tv = view(doc)
    noun = counted_noun(doc, n2.end - 1, max_adjectives)
    if noun is None or noun[0] in units:
        return None
    return "", "count", 1.0, doc_text(doc)[tv.starts[noun[0]]:tv.starts[noun[1]] + len(tv.words[noun[1]])]


def cents(doc, d: Draft) -> None:
    """``zwei Euro fünfzig``, ``15 Dollar und 15.``: cents after an unscaled amount."""
    tv = view(doc)
    if not (d.kind == "money" and d.factor == 1 and not d.n.scaled):
        return
    c = _cents_after(doc, d.last)
    if c is not None:
        d.value += c[0] / 100
        d.last = c[1]
        if tv.words[d.last].endswith("."):
            d.trim_last, d.trim = d.last, 1     # ``15 Dollar und 15.``: the period is not ours


def _cents_after(doc, last: int) -> Optional[tuple[float, int]]:
    """``zwei Euro fünfzig``, ``15 Dollar und 15.``: (cents, last token) or None."""
    tv = view(doc)
    a = next_index(doc, last)
    if a is None or tv.breaks(last, a):
        return None
    if tv.words[a].lower() == "und":
        a = next_index(doc, a)
        if a is None:
            return None
    n = number_at(doc, a)
    if n is None:
        m = re.match(r"^(\d{1,2})\.$", tv.words[a])     # ``15.`` at the end of a sentence
        b = next_index(doc, a)
        if m and (b is None or tv.breaks(a, b)):
            return float(m.group(1)), a
        return None
    if n.scaled or n.fraction or n.glued_unit or not 0 < n.value < 100 or n.value != int(n.value):
        return None
    b = next_index(doc, n.end - 1)
    if b is None or doc[b].is_punct:
        return n.value, n.end - 1
    return None


def not_a_quote_mark(doc, d: Draft) -> bool:
    """``eine "pragmatische"``: a quote mark, not inches."""
    tv = view(doc)
    return not (d.unit == "in" and tv.words[d.last] in ('"', "''", "'")
                and (d.n.words or d.n.one_form or gap(doc, d.n.end - 1, d.last)))


def not_an_angle(doc, d: Draft) -> bool:
    """``Grad`` alone is a temperature only near a temperature word (contract v2): ``40 Grad
    Fieber``, ``bei 30 Grad im Schatten``; ``um 90 Grad gedreht``, ``45 Grad Winkel`` are no rows."""
    tv = view(doc)
    if d.unit == "°C" and tv.words[d.last].lower() == "grad":
        w = next_index(doc, d.last)
        if w is not None and tv.words[w].lower().startswith("winkel"):
            return False
        lo, hi = max(0, d.first - TEMPERATURE_WINDOW), min(len(doc), d.last + 1 + TEMPERATURE_WINDOW)
        words = tv.words
        return any(words[k].lower().startswith(TEMPERATURE_CONTEXT) or "temperatur" in words[k].lower()
                   for k in range(lo, hi) if k < d.first or k > d.last)
    return True


def not_a_clock_time(doc, d: Draft) -> bool:
    """``um 18h``, ``ab 9 h``: a time of day, not an 18-hour duration."""
    tv = view(doc)
    if d.unit != "hour":
        return True
    written = d.n.glued_unit if d.n.glued_unit else tv.words[d.last]
    if written.lower().rstrip(".") not in CLOCK_HOUR_SYMBOLS:
        return True
    p = prev_index(doc, d.first)
    pp = prev_index(doc, p) if p is not None else None
    cue = tv.words[p].lower() if p is not None else ""
    return not (cue in CLOCK_CUES or (pp is not None and f"{tv.words[pp].lower()} {cue}" in CLOCK_CUES))

