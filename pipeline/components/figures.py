"""``press_figures``: quantities → ``doc._.figures``.

Works on tokens: ``numbers.number_at`` reads a number (digits, groups, words,
scale word); ``PhraseMatcher``s over the unit and currency tables find the unit
after (or a currency before) it; small rules add the qualifier before it, a
range (``10 bis 15``, ``zwischen 3 und 5``), a rate (``pro Jahr``,
``jährlich``) and, for plain counts, the counted noun after any adjectives.
Numbers that overlap ``doc._.dates``, codes, ordinals, times of day, years,
postcodes, formulas and bare numbers without a unit or noun are skipped.
"""
from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass
from typing import Optional

from spacy.language import Language

import pipeline.model.extensions  # noqa: F401  (registers doc._ attributes)
from pipeline.model.document import Figure
from pipeline.text.normalise import doc_text
from pipeline.lang.currencies import (BARE_AMOUNT_BLOCKERS, CURRENCY_SYMBOLS, CURRENCY_WORDS, MONEY_MIN_SCALE,
                                     MONEY_NOUN_ENDINGS)
from pipeline.lang.function_words import CAPITALISED_ADJECTIVE_ENDINGS, NOT_ADJECTIVES
from pipeline.lang.months import CODE_CUES, MONTHS, WEEKDAYS
from pipeline.lang.number_words import (ONE_BEFORE, ONE_BEFORE_BLOCKERS, ONE_BEFORE_FOCUS, ONE_MARKERS,
                                        ONE_VAGUE_AFTER, VAGUE_BEFORE)
from pipeline.lang.not_figures import (ADDRESS_CONTEXT, ADDRESS_WORDS, CITATION_LINKS, NUMBER_IDIOMS, PLACE_NAME_PARTS,
                                      VAGUE_BEFORE_EXTRA)
from pipeline.lang.qualifiers import (CHANGE_WORDS, PREPOSITION_VERBS, QUALIFIER_GAP, RANGE_CONNECTORS,
                                     RANGE_OPENERS)
from pipeline.lang.units import (ADJECTIVE_UNIT_SUFFIXES, AGE_AFTER, AGE_SUFFIXES, COMPOUND_COUNTED_NOUNS,
                                 COUNTED_TIME_COMPOUNDS,
                                 TEMPERATURE_CONTEXT, TEMPERATURE_WINDOW, TIME_COMPOUND_HEADS, CLOCK_CUES, CLOCK_HOUR_SYMBOLS, PERSON_NOUN_ENDINGS, NOT_COUNTED, RATE_ADVERBS, RATE_PERIOD_BLOCKERS,
                                 RATE_PERIOD_LINKS, RATE_PERIOD_NOUNS, RATE_PREPOSITIONS, RATE_TRAILERS,
                                 UNIT_SYMBOLS, UNIT_WORDS)
from pipeline.text.numbers import (SKIPPED_ERRORS, NumberSpan, parse_head, gap, is_dot_decimal, may_start_number, next_index, number_at, parse_age,
                              parse_digits, parse_word, prev_index)
from pipeline.text.normalise import spaces_to_plain
from pipeline.text.cues import CueIndex, Cues
from pipeline.text.view import view

_FORMULA = {"+", "=", ">", "<", "×", "*", "÷", "^"}
log = logging.getLogger("press_extract")
_CAP_ADJ = re.compile("(%s)$" % "|".join(CAPITALISED_ADJECTIVE_ENDINGS))
_LOWER_ADJ = re.compile(r"(e|en|er|es|em)$")
_ADDRESS_CONTEXT = re.compile(ADDRESS_CONTEXT, re.I)
_COUNT_COMPOUND = re.compile(r"^(\d{1,3}(?:\.\d{3})+|\d+)-([^\W\d_]+)(-[^\W\d_][\w-]*)$")
_UNIT_ADJECTIVE = re.compile(r"^(\d+(?:,\d+)?|[^\W\d_]+?)-?(%s)(e|en|er|es|em)?$" % "|".join(ADJECTIVE_UNIT_SUFFIXES), re.I)

#: Tunable numbers of the figure rules (the factory's ``default_config``).
DEFAULTS = {
    # adjectives allowed between a number and its counted noun (``90 technischen Indikatoren``)
    "max_adjectives": 3,
}


@dataclass
class _Draft:
    """A figure being read: its number and, rule by rule, its token range, unit and value."""
    n: NumberSpan
    age_unit: Optional[str]
    value: float
    first: int                      # token range of the figure text
    last: int
    trim_last: int
    value_max: Optional[float] = None
    qualifier: Optional[str] = None
    unit: Optional[str] = None
    kind: Optional[str] = None
    factor: float = 1.0
    quantity_of: str = ""
    trim: int = 0                   # characters to drop at the end (a sentence period glued to a unit)
    implied: str = ""               # ``bare``/``noun``: money in the document's currency, if it has one


def _not_a_quote_mark(doc, d: _Draft) -> bool:
    """``eine "pragmatische"``: a quote mark, not inches."""
    tv = view(doc)
    return not (d.unit == "in" and tv.words[d.last] in ('"', "''", "'")
                and (d.n.words or d.n.one_form or gap(doc, d.n.end - 1, d.last)))


def _not_an_angle(doc, d: _Draft) -> bool:
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


def _not_a_clock_time(doc, d: _Draft) -> bool:
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


def _time_compound_unit(low: str) -> Optional[str]:
    """``wochenstunden`` → hour; None for a plain unit word, a named format (``Fragestunden``)
    or another noun."""
    if low in COUNTED_TIME_COMPOUNDS:
        return None
    for tail, unit in TIME_COMPOUND_HEADS.items():
        if low.endswith(tail) and len(low) > len(tail) + 2:
            return unit
    return None


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


def _age_word_kind(doc, k: int, unit: str) -> str:
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


def _age_of_person(doc, d: _Draft) -> None:
    """``ein 20 Jahre alter Fahrer``, ``10 Monate alt``: a duration followed by ``alt`` is an age;
    the text stays ``20 Jahre``."""
    tv = view(doc)
    if d.kind == "duration" and d.value_max is None:
        a = next_index(doc, d.last)
        if a is not None and tv.words[a].lower() in AGE_AFTER and not tv.breaks(d.last, a):
            d.kind = "age"


def _negative_temperature(doc, d: _Draft) -> None:
    """``minus 25 Grad``; ``minus 5 bis 10 Grad``: only the first bound."""
    tv = view(doc)
    if d.kind == "temperature":
        b = prev_index(doc, d.first)
        if b is not None and tv.words[b].lower() in ("minus", "−", "-") and d.value > 0:
            d.value, d.first = -d.value, b


def _clean(v: float) -> float:
    """Drop float noise from scaling (``16,4 Mio.`` → 16400000.0)."""
    return float(f"{v:.12g}")


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
    if c is not None and tv.words[c].lower() in ("und", "oder", "bzw."):
        d = next_index(doc, c)
        if d is not None and tv.words[d][:1].isupper() and tv.words[d].lower()[:5] == tv.words[k].lower()[:5]:
            return d
    return k


class FiguresComponent:
    """spaCy component: fills ``doc._.figures``."""

    def __init__(self, nlp, name: str = "press_figures", max_adjectives: int = DEFAULTS["max_adjectives"]):
        self.name = name
        self.max_adjectives = max_adjectives
        self.cues = CueIndex(nlp)

    @staticmethod
    def _glued(text: str):
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

    # -- main ----------------------------------------------------------------
    def __call__(self, doc):
        blocked = [(d.start, d.end) for d in (doc._.dates or [])]
        cues = self.cues(doc)
        self._implied: dict[int, str] = {}     # figure start -> ``bare``/``noun`` (see ``_implied_currency``)
        figures: list[Figure] = []
        free = 0     # tokens before this one belong to a figure already found
        for i, word in enumerate(view(doc).words):
            if i < free or not may_start_number(word):
                continue
            try:
                fig, nxt = self._figure_at(doc, i, cues, blocked)
            except SKIPPED_ERRORS:
                log.debug("figures: skipped unreadable number at token %d", i)
                continue
            if fig is not None and not (math.isfinite(fig.value) and
                                        (fig.value_max is None or math.isfinite(fig.value_max))):
                fig = None      # scaling overflowed: ``9…9 Billionen``
            if fig is not None:
                figures.append(fig)
                free = max(nxt, i + 1)
        doc._.figures = _merge(doc, _implied_currency(figures, self._implied))
        return doc

    def _figure_at(self, doc, i, cues: Cues, blocked) -> tuple[Optional[Figure], int]:
        """The figure whose number starts at token ``i`` (or None) and the token to go on from.

        The constructions are read in order, each by one rule over a :class:`_Draft`;
        a rule that returns False rejects the number."""
        tv = view(doc)
        start = self._number_start(doc, i)
        if start is None:
            return None, i
        n, age_unit = start
        s_char, e_char = tv.starts[n.start], tv.starts[n.end - 1] + len(tv.words[n.end - 1])
        if _overlaps(s_char, e_char, blocked):
            return None, n.end
        if self._excluded(doc, n) or re.match(r"^\d{3}\.$", tv.words[n.end - 1]):
            return None, n.end     # (a group with a glued sentence period ends the sentence: no unit)
        d = _Draft(n, age_unit, n.value, first=n.start, last=n.end - 1, trim_last=n.end - 1)
        if n.glued_noun:
            d.quantity_of, d.trim = n.glued_noun, n.tail
        self._range_after(doc, d, blocked)
        n, units = d.n, cues.units
        ok = (self._unit_of(doc, d, units) and _not_a_quote_mark(doc, d) and _not_an_angle(doc, d)
              and _not_a_clock_time(doc, d))
        if ok:
            self._cents(doc, d)
            ok = self._bare_number(doc, d) and self._counted(doc, d, units)
        if not ok:
            return None, n.end
        d.value = _clean(d.value * d.factor)
        if d.value_max is not None:
            d.value_max = _clean(d.value_max * d.factor)
        _negative_temperature(doc, d)
        _age_of_person(doc, d)
        self._qualifier_or_change(doc, d, cues)
        self._rate_around(doc, d)
        start, end = tv.starts[d.first], tv.starts[d.last] + len(tv.words[d.last])
        if d.trim and d.last == d.trim_last:
            end -= d.trim
        if _overlaps(start, end, blocked):
            return None, n.end
        fig = Figure(start=start, end=end, text=doc_text(doc)[start:end], kind=d.kind, value=d.value,
                     value_max=d.value_max, qualifier=d.qualifier or "eq", unit=d.unit or "",
                     quantity_of=d.quantity_of)
        if d.implied:
            self._implied[start] = d.implied
        return fig, d.last + 1

    # -- construction rules, in the order _figure_at reads them ------------------
    def _number_start(self, doc, i) -> Optional[tuple[NumberSpan, Optional[str]]]:
        """An age word (``81-Jährige``), a number, or a number glued to a unit (``siebenhundert-Euro``)."""
        tv = view(doc)
        age = parse_age(tv.words[i])
        if age is not None:
            return NumberSpan(i, i + 1, age[0]), AGE_SUFFIXES[age[1]]
        n = self._unit_adjective(doc, i) or self._count_compound(doc, i)
        if n is None:
            n = number_at(doc, i)
        if n is None:
            n = self._hyphen_or_prefix(doc, i)
        return (n, None) if n is not None else None

    @staticmethod
    def _count_compound(doc, i: int) -> Optional[NumberSpan]:
        """``5000-Einwohner-Stadt``, ``12.000-Mann-Armee``: a count whose noun is inside a compound."""
        tv = view(doc)
        m = _COUNT_COMPOUND.match(tv.words[i])
        if not m or m.group(2).lower() not in COMPOUND_COUNTED_NOUNS:
            return None
        v = parse_digits(m.group(1))
        if v is None:
            return None
        return NumberSpan(i, i + 1, v, glued_noun=m.group(2), tail=len(m.group(3)))

    @staticmethod
    def _unit_adjective(doc, i: int) -> Optional[NumberSpan]:
        """``0,8-prozentigen``, ``50-prozentige``, ``fünfprozentige``: a number with a unit adjective."""
        tv = view(doc)
        m = _UNIT_ADJECTIVE.match(tv.words[i])
        if not m:
            return None
        head = m.group(1)
        v = parse_head(head)
        if v is None:
            return None
        return NumberSpan(i, i + 1, v, words=not head[:1].isdigit(),
                          glued_unit=ADJECTIVE_UNIT_SUFFIXES[m.group(2).lower()])

    @staticmethod
    def _range_after(doc, d: "_Draft", blocked) -> None:
        """``10 bis 15``, ``zwischen 3 und 5``, ``12 bis 18-Jährigen``: one figure, value and value_max."""
        tv = view(doc)
        n = d.n
        p = prev_index(doc, n.start)
        opener = tv.words[p].lower() if p is not None and tv.words[p].lower() in RANGE_OPENERS else None
        j = next_index(doc, n.end - 1)
        if d.age_unit is not None or j is None or not (
                tv.words[j].lower() in RANGE_CONNECTORS or (opener == "zwischen" and tv.words[j].lower() == "und")):
            return
        k = next_index(doc, j)
        n2, age2 = None, None
        if k is not None:
            age2 = parse_age(tv.words[k])
            n2 = NumberSpan(k, k + 1, age2[0]) if age2 else number_at(doc, k)
        if n2 is None or n2.one_form or not tv.same_line(n.start, n2.end - 1):
            return
        if n2.scaled and not n.scaled:
            d.value *= n2.scale   # ``100 bis 300 Milliarden``: one figure, both scaled
        if n2.value >= d.value and not _overlaps(tv.starts[n2.start], tv.starts[n2.end - 1] + 1, blocked):
            d.value_max = n2.value
            d.qualifier = "range"
            d.last = n2.end - 1
            if age2:
                d.age_unit = AGE_SUFFIXES[age2[1]]
            if opener:
                d.first = p
            d.n = NumberSpan(n.start, n2.end, d.value, words=n2.words, scaled=n2.scaled, glued_unit=n2.glued_unit)

    def _unit_of(self, doc, d: "_Draft", units) -> bool:
        """The unit: of an age, glued (``75ml``), after the number, a currency before it
        (``EUR 12,50``) or borrowed from the next number (``24 und 54 Jahre``).
        False for a time of day (``18 Uhr``) or a glued text that is no unit."""
        tv = view(doc)
        n = d.n
        if d.age_unit is not None:
            d.unit, d.kind = d.age_unit, _age_word_kind(doc, d.last, d.age_unit)
            return True
        if n.glued_unit:
            g = self._glued(n.glued_unit.lstrip("-"))
            if g is None and n.glued_unit.endswith(".") and len(n.glued_unit) > 1:
                g = self._glued(n.glued_unit[:-1])   # ``12.345$.`` at a sentence end
                d.trim = 1
            if g is None:
                return False
            d.unit, d.kind, d.factor = g
            return True
        u = next_index(doc, d.last)
        if u is not None and not tv.breaks(d.last, u) and u in units:
            end, (d.unit, d.kind, d.factor) = units[u][0]
            d.last = end - 1
            # ``Min.`` split into ``Min`` + ``.`` by a tokenizer without the special case
            if d.last + 1 < len(doc) and tv.words[d.last + 1] == "." and not gap(doc, d.last, d.last + 1) \
                    and tv.words[d.last].lower() in ("min", "std", "sek", "tsd", "mio", "mrd"):
                d.last += 1
            return True
        if u is not None and tv.words[u].lower() == "uhr":
            return False      # time of day
        self._currency_before(doc, d, units)
        if d.unit is None and d.age_unit is None and not n.one_form:
            borrowed = self._borrowed(doc, u, units)
            if borrowed is not None:
                d.unit, d.kind, d.factor, d.quantity_of = borrowed
        return True

    @staticmethod
    def _currency_before(doc, d: "_Draft", units) -> None:
        """``$ 15``, ``EUR 12,50``, ``usd$ 15`` (the longest currency match ending right before)."""
        b = prev_index(doc, d.n.start)
        if b is None:
            return
        before = [(s_, val) for s_, matches in units.items() for end, val in matches
                  if end - 1 == b and val[1] == "money"]
        if before:
            s_, (d.unit, d.kind, d.factor) = min(before, key=lambda x: x[0])
            d.first = min(d.first, s_)

    def _cents(self, doc, d: "_Draft") -> None:
        """``zwei Euro fünfzig``, ``15 Dollar und 15.``: cents after an unscaled amount."""
        tv = view(doc)
        if not (d.kind == "money" and d.factor == 1 and not d.n.scaled):
            return
        c = self._cents_after(doc, d.last)
        if c is not None:
            d.value += c[0] / 100
            d.last = c[1]
            if tv.words[d.last].endswith("."):
                d.trim_last, d.trim = d.last, 1     # ``15 Dollar und 15.``: the period is not ours

    def _bare_number(self, doc, d: "_Draft") -> bool:
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
                if cue is None or (cue in ONE_BEFORE_FOCUS and not self._one_with_rate(doc, d)):
                    return False
        if self._year_or_postcode(doc, n) or is_dot_decimal(tv.words[n.start]):
            return False   # years, postcodes; ``23.40`` (a time) is never a count
        a = next_index(doc, d.last)
        if a is not None and parse_age("1" + tv.words[a].lower()) is not None and not n.words \
                and tv.words[a].lower()[:1] in "jmwts" and not tv.breaks(d.last, a):
            d.unit = AGE_SUFFIXES[parse_age("1" + tv.words[a].lower())[1]]
            d.kind, d.last = _age_word_kind(doc, a, d.unit), a
        return True

    def _one_with_rate(self, doc, d: "_Draft") -> bool:
        """``nur eine Schicht am Tag``: a counted noun and then a per-period tail."""
        noun = self._counted_noun(doc, d.last)
        a = next_index(doc, noun[1]) if noun is not None else None
        return a is not None and self._per_period(doc, a) is not None

    def _counted(self, doc, d: "_Draft", units) -> bool:
        """The counted noun after any adjectives (``über 100 Pilotprojekte``), a unit after
        adjectives (``sieben langen Jahren``) or an age in parentheses (``An Hyong-chan (56)``);
        False for a bare number with none of them."""
        tv = view(doc)
        if d.unit is not None:
            return True
        noun = None if d.quantity_of else self._counted_noun(doc, d.last)
        if noun is not None and noun[0] in units and noun[0] != d.last + 1:
            end, (d.unit, d.kind, d.factor) = units[noun[0]][0]
            d.last = end - 1
            return True
        if noun is None and d.quantity_of:
            d.kind, d.unit = "count", ""     # noun borrowed from ``… auf 35.108 Personen``
            return True
        if noun is None:
            if self._age_in_parentheses(doc, d.n):
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

    def _qualifier_or_change(self, doc, d: "_Draft", cues: Cues) -> None:
        """A qualifier before (``rund``, ``mehr als``, ``bis zu``), else ``um`` for a change."""
        tv = view(doc)
        q_first, q = self._qualifier(doc, d.first, cues)
        if q is not None:
            if d.qualifier is None:
                d.qualifier = q
            d.first = q_first
        elif d.kind not in ("count", "duration", "age") and d.qualifier is None:
            b = prev_index(doc, d.first)
            if b is not None and tv.words[b].lower() in CHANGE_WORDS:
                d.first = b

    def _rate_around(self, doc, d: "_Draft") -> None:
        """``pro Nacht``, ``je Liter``, ``die Woche`` after; ``jährlich`` before: kind ``rate``."""
        r = self._rate_after(doc, d.last, d.kind)
        if r is not None:
            d.kind, d.last = "rate", r
        else:
            r0 = self._rate_before(doc, d.first)
            if r0 is not None:
                d.kind, d.first = "rate", r0
        if d.kind == "rate":
            d.quantity_of = ""

    # -- rules ---------------------------------------------------------------
    @staticmethod
    def _excluded(doc, n: NumberSpan) -> bool:
        """Codes, formulas, ordinals, names: ``Nr. 6/23``, ``§ 18``, ``1 + 1 > 2`` (see ``EXCLUSIONS``)."""
        p = prev_index(doc, n.start)
        return any(rule(doc, n, p) for rule in EXCLUSIONS)

    @staticmethod
    def _year_or_postcode(doc, n: NumberSpan) -> bool:
        tv = view(doc)
        if not n.plain_int or n.scaled:
            return False
        v = n.value
        digits = len(tv.words[n.start].lstrip("+-−"))
        return (digits == 4 and 1800 <= v <= 2100) or digits == 5

    def _counted_noun(self, doc, last: int) -> Optional[tuple[int, int]]:
        """(first, last) token of the counted noun after any adjectives, or None."""
        tv = view(doc)
        k = next_index(doc, last)
        skipped = 0
        while k is not None and skipped <= self.max_adjectives:
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

    @staticmethod
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

    @staticmethod
    def _qualifier(doc, first: int, cues: Cues) -> tuple[int, Optional[str]]:
        """(new first token, qualifier) for a qualifier phrase ending right before ``first``."""
        tv = view(doc)
        p = prev_index(doc, first)
        if p is None:
            return first, None
        cands = [p]
        if tv.words[p].lower() in QUALIFIER_GAP:
            pp = prev_index(doc, p)
            if pp is not None:
                cands.append(pp)
        for end in cands:
            # the index never matches across a line break or blank token
            found = cues.qualifier_ending_at(end)
            if found is not None:
                s, (phrase, qualifier) = found
                b = prev_index(doc, s)
                if phrase in ("über", "unter") and b is not None and tv.words[b].lower() in PREPOSITION_VERBS:
                    return first, None   # ``verfügt über 304 Stimmen``: a preposition
                return s, qualifier
        return first, None

    def _borrowed(self, doc, u: Optional[int], units, depth: int = 0):
        """Unit (or counted noun) of the next number in ``24 und 54 Jahre``,
        ``35 oder 40 Meilen``, ``von 22,6 auf 22,3 Prozent``, ``18.329 auf 35.108 Personen``,
        through a chain of numbers (``von 7,2 auf 6,8 oder 6,5 Prozent``):
        (unit, kind, factor, quantity_of) or None."""
        tv = view(doc)
        if u is None or depth > 3 or tv.words[u].lower() not in ("und", "oder", "auf", "bzw.", "beziehungsweise"):
            return None
        k = next_index(doc, u)
        if k is None or not tv.same_line(u, k):
            return None
        n2 = number_at(doc, k)
        if n2 is None or n2.one_form or n2.fraction or n2.glued_unit or self._year_or_postcode(doc, n2):
            return None
        w = next_index(doc, n2.end - 1)
        if w is not None and w in units and not tv.breaks(n2.end - 1, w):
            unit, kind, factor = units[w][0][1]
            if kind == "money" and n2.scaled:
                return None    # ``5 und 10 Mio. Euro``: the scale is unclear for the first number
            return unit, kind, factor, ""
        if w is not None and tv.words[w].lower() in ("und", "oder", "auf", "bzw.", "beziehungsweise") \
                and not tv.breaks(n2.end - 1, w):
            chained = self._borrowed(doc, w, units, depth + 1)
            if chained is not None and chained[1] != "count":
                return chained
        if tv.words[u].lower() == "auf":
            noun = self._counted_noun(doc, n2.end - 1)
            if noun is not None:
                return None if noun[0] in units else ("", "count", 1.0, doc_text(doc)[tv.starts[noun[0]]:tv.starts[noun[1]] + len(tv.words[noun[1]])])
        return None

    @staticmethod
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

    def _hyphen_or_prefix(self, doc, i: int) -> Optional[NumberSpan]:
        """``siebenhundert-Euro`` (two parts, the second a unit) and ``nzd$15``/``€15``."""
        tv = view(doc)
        t = tv.words[i]
        m = re.match(r"^([^\W\d_]+|\d+(?:[.,]\d+)*)-([^\W\d_]+)$", t)
        if m and self._glued(m.group(2)) is not None:
            v = parse_word(m.group(1)) if m.group(1).isalpha() else parse_digits(m.group(1))
            if v is not None:
                return NumberSpan(i, i + 1, v, words=m.group(1).isalpha(), glued_unit=m.group(2))
        m = re.match(r"^([A-Za-z]{0,3}[$€£¥])(\d+(?:[.,]\d+)*)$", t)
        if m:
            v = parse_digits(m.group(2))
            sym = m.group(1)
            if v is not None and (sym in CURRENCY_SYMBOLS or sym.lower() in CURRENCY_WORDS):
                return NumberSpan(i, i + 1, v, glued_unit=sym)
        return None

    @staticmethod
    def _rate_after(doc, last: int, kind: str) -> Optional[int]:
        """Last token of a rate tail (``pro Nacht``, ``je Liter``, ``die Woche``), or None."""
        tv = view(doc)
        a = next_index(doc, last)
        if a is None or tv.breaks(last, a):
            return None
        b = next_index(doc, a)
        if tv.words[a].lower() in RATE_PREPOSITIONS and b is not None and tv.words[b][:1].isupper() \
                and tv.words[b].isalpha():
            return b
        if kind == "duration" and b is not None and f"{tv.words[a].lower()} {tv.words[b].lower()}" in RATE_TRAILERS:
            return b
        return FiguresComponent._per_period(doc, a)

    @staticmethod
    def _per_period(doc, a: int) -> Optional[int]:
        """``im Monat``, ``am Tag``, ``in der Woche`` starting at token ``a``: the last token, or None
        when the period is a time point (``am Tag der Eröffnung``, ``im Jahr 2020``)."""
        tv = view(doc)
        b = next_index(doc, a)
        if b is None:
            return None
        link = tv.words[a].lower()
        if f"{link} {tv.words[b].lower()}" in RATE_PERIOD_LINKS:
            b = next_index(doc, b)
        elif link not in RATE_PERIOD_LINKS:
            return None
        if b is None or tv.words[b].lower() not in RATE_PERIOD_NOUNS or tv.breaks(a, b):
            return None
        c = next_index(doc, b)
        if c is not None and not tv.breaks(b, c) and (tv.words[c].lower() in RATE_PERIOD_BLOCKERS
                                                              or tv.words[c][:1].isdigit()):
            return None
        return b

    @staticmethod
    def _rate_before(doc, first: int) -> Optional[int]:
        tv = view(doc)
        p = prev_index(doc, first)
        if p is None:
            return None
        if tv.words[p].lower() in RATE_ADVERBS:
            return p
        pp = prev_index(doc, p)
        if pp is not None and f"{tv.words[pp].lower()} {tv.words[p].lower()}" in RATE_ADVERBS:
            return pp
        return None


# -- numbers that are no figures: one predicate per construction ---------------------
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


#: The exclusion rules ``FiguresComponent._excluded`` asks, any of which rejects a number.
EXCLUSIONS = (code_cue_before, formula_around, glued_to_digits_before, glued_to_word_before,
              glued_to_digits_after, vague_before, file_number_after, version_in_name, road_or_line_name,
              cited_with_code_before, address_after, idiom_number, postcode_before_place)


def _merge(doc, figs: list[Figure]) -> list[Figure]:
    """Join neighbours into one figure: ranges with the unit on both ends
    (``von 3 km bis 5 km``, ``zwischen 2 l und etwa 7 l``) and ``15 Dollar und 15 Cent``.
    A compound of time units stays one figure per unit (contract v2: ``12 Stunden und
    40 Minuten`` → 12 hour, 40 minute); a number that borrowed its years from an age is an age
    too (``24 und 54 Jahre alt``)."""
    out: list[Figure] = []
    for f in figs:
        if out and f.kind == "age" and out[-1].kind == "duration" and out[-1].unit == f.unit \
                and out[-1].text[-1:].isdigit():
            out[-1].kind = "age"
        if out:
            prev = out[-1]
            between = " ".join(spaces_to_plain(doc_text(doc)[prev.end:f.start]).split()).lower()
            merged = _join(doc, prev, f, between)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(f)
    return out


def _join(doc, a: Figure, b: Figure, between: str) -> Optional[Figure]:
    text = doc_text(doc)
    if a.unit and a.unit == b.unit and a.kind == b.kind and a.value_max is None and b.value_max is None \
            and b.value >= a.value:
        before = " ".join(spaces_to_plain(text[max(0, a.start - 12):a.start]).split()).lower()
        opener = None
        if between in ("-", "–", "bis") or (between == "und" and before.endswith("zwischen")):
            opener = "zwischen" if before.endswith("zwischen") else ("von" if before.endswith("von") else None)
            start = text.rfind(opener, 0, a.start) if opener else a.start
            return Figure(start=start, end=b.end, text=text[start:b.end], kind=a.kind, value=a.value,
                          value_max=b.value, qualifier="range", unit=a.unit)
    if a.kind == b.kind == "money" and b.unit == "EUR" and text[b.start:b.end].lower().endswith("cent") \
            and between in ("und", "") and b.value < 1:
        return Figure(start=a.start, end=b.end, text=text[a.start:b.end], kind="money",
                      value=_clean(a.value + b.value), qualifier=a.qualifier, unit=a.unit)
    return None


def _implied_currency(figs: list[Figure], implied: dict[int, str]) -> list[Figure]:
    """Contract v2: a bare amount with a scale (``rund 250 Millionen``) or a count of a money noun
    (``250 Millionen Schulden``) is money in the currency of the document's written amounts when
    they all use one; otherwise the bare amount is dropped and the money noun stays a count."""
    if not implied:
        return figs
    written = {f.unit for f in figs if f.kind in ("money", "rate") and f.unit in _CURRENCY_CODES
               and f.start not in implied}
    out = []
    for f in figs:
        how = implied.get(f.start)
        if how and len(written) == 1:
            f.kind, f.unit, f.quantity_of = "money", next(iter(written)), ""
        elif how == "bare":
            continue
        out.append(f)
    return out


_CURRENCY_CODES = {code for code, _ in CURRENCY_WORDS.values()} | {code for code, _ in CURRENCY_SYMBOLS.values()}


def _overlaps(s: int, e: int, spans) -> bool:
    return any(s < b and a < e for a, b in spans)


@Language.factory(
    "press_figures",
    assigns=["doc._.figures", "doc.spans"],
    requires=["doc._.dates", "token.tag", "token.pos"],
    default_config=DEFAULTS,
)
def make_figures(nlp, name, max_adjectives: int):
    """Factory of the ``press_figures`` component."""
    return FiguresComponent(nlp, name, max_adjectives=max_adjectives)
