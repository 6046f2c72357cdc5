"""German number parsing: digit strings, number words, scale words.

Plain functions on strings (``parse_digits``, ``parse_word``) plus
``number_at(doc, i)``, which reads the number that starts at token ``i`` of a
spaCy ``Doc`` (digit groups split by spaces, a number word, a following scale
word) and returns a :class:`NumberSpan` in token indices.

Digit conventions (German, parsed with Babel's ``de_DE`` locale):
``1.000,5`` → 1000.5, ``2.500`` → 2500, ``12,5`` → 12.5, ``1 414 021 100``
(plain, U+00A0, U+202F or thin spaces between groups of three) → 1414021100.
A dot followed by exactly three digits is a thousands separator; a dot followed
by one, two or four and more digits is read as a decimal point (``12.5`` →
12.5, as in English-formatted figures such as ``1.5°C``), because ``12.5`` is
never a valid German thousands grouping.
"""
from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from babel.numbers import NumberFormatError, parse_decimal

from pipeline.lang.number_words import (DECIMAL_WORDS, FRACTION_AFTER, FRACTION_ALONE, FRACTION_WORDS,
                                        HALF_FORMS, NEGATIVE_WORDS, NUMBER_CONNECTOR, NUMBER_LEXEMES,
                                        NUMBER_GENITIVES, NUMBER_MULTIPLIERS, ONE_FORMS,
                                        QUARTER_FORMS)
from pipeline.lang.scales import SCALES
from pipeline.text.view import SPACE_CHARS, view

_INT = re.compile(r"^[+\-−]?\d+$")
_GERMAN = re.compile(r"^[+\-−]?(\d{1,3}(\.\d{3})+(,\d+)?|\d+,\d+|,\d+)$")
#: Price notation: ``1.500,-``, ``6.000.-``, ``150,--`` (whole currency units, contract v2)
_PRICE = re.compile(r"^(\d{1,3}(?:\.\d{3})+|\d+)(?:,-{1,2}|\.-|,–)$")
#: Swiss thousands apostrophe: ``48'000``, ``25’000``, ``12'500.50`` (decimal point)
_SWISS = re.compile(r"^[+\-−]?\d{1,3}(?:['’]\d{3})+(?:\.\d+)?$")
_DOT_DECIMAL = re.compile(r"^[+\-−]?\d+\.(\d{1,2}|\d{4,})$")
_DOT_NUMBER = re.compile(r"^[+\-−]?\d+\.\d+")
_GROUP_HEAD = re.compile(r"^\d{1,3}$")
_GROUP_TAIL = re.compile(r"^\d{3}(,\d+)?$")
_GLUED = re.compile(r"^([+\-−]?\d+(?:[.,]\d+)*)([^\d\s.,][^\s]*)$")
_AGE = re.compile(r"^(\w+?)-?(jährig|monatig|wöchig|tägig|stündig|minütig)(e|en|er|es|em)?$", re.I)

# Number-word pieces, longest first, so ``achtzig`` wins over ``acht``.
_LEXEMES = sorted({**NUMBER_LEXEMES, **NUMBER_MULTIPLIERS, NUMBER_CONNECTOR: None}.items(),
                  key=lambda kv: -len(kv[0]))


def _sign(s: str) -> tuple[int, str]:
    if s[:1] in "-−":
        return -1, s[1:]
    if s[:1] == "+":
        return 1, s[1:]
    return 1, s


#: What a rule may raise on text it was not written for (``1/6⁵``, a 28-digit group):
#: the rule skips that piece of text, never the document.
SKIPPED_ERRORS = (ArithmeticError, ValueError, TypeError, IndexError, KeyError)


@lru_cache(maxsize=1 << 16)  # pure, and called on every token
def parse_digits(s: str) -> Optional[float]:
    """Value of a digit string in German notation, or None.

    Integers with a leading zero (``0621``, ``009``) are codes, not numbers.
    """
    s = s.strip()
    if not s:
        return None
    sign, body = _sign(s)
    if _INT.match(s):
        if len(body) > 1 and body.startswith("0"):
            return None
        return _finite(sign * float(body))
    if _GERMAN.match(s):
        if body.startswith(","):
            body = "0" + body
        if re.match(r"^0\d", body):
            return None
        try:
            return _finite(sign * float(parse_decimal(body, locale="de_DE", strict=True)))
        except (NumberFormatError, ArithmeticError):   # Babel: more digits than its decimal context
            return None
    if _DOT_DECIMAL.match(s):
        if re.match(r"^0\d", body):
            return None
        return _finite(sign * float(Decimal(body)))
    m = _PRICE.match(s)
    if m:
        return parse_digits(m.group(1))
    if _SWISS.match(s):
        return _finite(sign * float(Decimal(re.sub("['’]", "", body))))
    return None


def _finite(v: float) -> Optional[float]:
    """``v`` unless a 400-digit number made it infinite: no figure is worth an ``inf`` cell."""
    return v if math.isfinite(v) else None


def is_dot_decimal(s: str) -> bool:
    """``12.5``/``2.0``: a dot that cannot be a German thousands separator.

    Glued units are allowed (``1.5°C``)."""
    m = _DOT_NUMBER.match(s)
    return bool(m) and _DOT_DECIMAL.match(m.group(0)) is not None


@lru_cache(maxsize=1 << 16)
def parse_word(s: str) -> Optional[float]:
    """Value of a German number word (``neun``, ``zweihundertfünfzig``), or None.

    The whole word must split into number pieces: ``Dreijahresplan``,
    ``Hunderte`` or ``einige`` give None. Inflected ``ein``-forms other than
    ``ein``/``eins`` are not numbers here (see ``ONE_FORMS``).
    """
    w = s.lower()
    if not w or not w.isalpha():
        return None
    if w in FRACTION_WORDS:
        return FRACTION_WORDS[w]
    if w.endswith("einhalb") and len(w) > 7:
        # ``zweihunderteinhalb`` and the like
        head = parse_word(w[:-7])
        return None if head is None else head + 0.5
    pieces = _number_pieces(w)
    if not pieces or pieces[0][0] == NUMBER_CONNECTOR or pieces[-1][0] == NUMBER_CONNECTOR:
        return None
    return _sum_pieces(pieces)


def _number_pieces(w: str) -> Optional[list[tuple[str, Optional[int]]]]:
    """``zweiundsiebzig`` → ``zwei``, ``und``, ``siebzig`` (the longest piece first);
    None when a rest of the word is no piece (``Dreijahresplan``)."""
    pieces = []
    pos = 0
    while pos < len(w):
        for lex, val in _LEXEMES:
            if w.startswith(lex, pos):
                pieces.append((lex, val))
                pos += len(lex)
                break
        else:
            return None
    return pieces


def _sum_pieces(pieces: list[tuple[str, Optional[int]]]) -> Optional[float]:
    """The value of a numeral's pieces: ``hundert``/``tausend`` multiply what precedes
    them; None when the pieces do not make a numeral (``zwanzigunddrei``, ``zweizwei``)."""
    total, current = 0.0, 0.0
    prev, prev_val = None, None
    for lex, val in pieces:
        if lex == NUMBER_CONNECTOR:
            if prev_val is None or (10 <= prev_val < 100):
                return None      # ``zwanzigunddrei``
            prev = lex
            continue
        if lex == "hundert":
            current = (current or 1) * 100
        elif lex == "tausend":
            total += (current or 1) * 1000
            current = 0
        else:
            if not _plain_piece_may_follow(prev, prev_val, val):
                return None
            current += val
            prev, prev_val = lex, val
            continue
        prev, prev_val = lex, (val if val is not None else 100)
    return total + current


def _plain_piece_may_follow(prev: Optional[str], prev_val: Optional[int], val: int) -> bool:
    """Whether a plain piece (``drei``, ``zehn``, ``siebzig``) may follow the piece ``prev``."""
    # after a plain piece only ``und``/``hundert``/``tausend`` may follow (``zweizwei``,
    # ``siebzigzwölf``, ``zwölfzehn`` are no numerals: units stand before tens)
    after_plain = prev not in (None, NUMBER_CONNECTOR, "hundert", "tausend")
    teen = after_plain and prev_val is not None and 3 <= prev_val <= 9 and val == 10   # ``dreizehn``, ``neunzehn``
    if after_plain and not teen:
        return False
    # ``zweiundsiebzig``: ``und`` joins a unit 1–9 to a tens word 20–90
    # (``tausendundeins``: after ``hundert``/``tausend`` any smaller piece)
    if prev == NUMBER_CONNECTOR:
        return (val >= 20 and val % 10 == 0 and 1 <= prev_val <= 9) or prev_val >= 100
    return True


#: Any decimal digit anywhere in a token (the token pre-filters of figures and dates).
ANY_DIGIT = re.compile(r"\d")
# Every number word, age word (``zehnjährig``) and ``ein``-form starts with one of these.
_WORD_HEADS = tuple(sorted({lex for lex, _ in _LEXEMES if lex != NUMBER_CONNECTOR}
                           | set(FRACTION_WORDS) | set(ONE_FORMS) | set(FRACTION_ALONE) | set(NUMBER_GENITIVES)))


@lru_cache(maxsize=1 << 16)   # per word form: the same words come back all the time
def may_start_number(word: str) -> bool:
    """Cheap necessary condition for a number (or age word) to start at a token with this text.

    False means ``number_at`` and ``parse_age`` find nothing there, so token loops can skip it.
    """
    if ANY_DIGIT.search(word):
        return True
    if len(word) == 1 and unicodedata.numeric(word, None) is not None:
        return True
    return word.lower().startswith(_WORD_HEADS)


def parse_head(head: str) -> Optional[float]:
    """The number that opens a compound word: digits (``81``-Jährige, ``0,8``-prozentig)
    or a number word (``zehn``jährig, ``fünf``prozentig)."""
    return parse_digits(head) if head[:1].isdigit() else parse_word(head)


@lru_cache(maxsize=1 << 16)
def parse_age(s: str) -> Optional[tuple[float, str]]:
    """``81-Jährige``/``zehnjährigen`` → (81, 'jährig'); None for other words."""
    m = _AGE.match(s)
    if not m:
        return None
    val = parse_head(m.group(1))
    if val is None:
        return None
    return val, m.group(2).lower()


@lru_cache(maxsize=1 << 16)
def split_glued(s: str) -> Optional[tuple[float, str]]:
    """``75ml`` → (75, 'ml'), ``3,5meilen`` → (3.5, 'meilen'); None otherwise."""
    m = _GLUED.match(s)
    if not m:
        return None
    val = parse_digits(m.group(1))
    if val is None:
        return None
    return val, m.group(2)


@dataclass
class NumberSpan:
    """A number in a ``Doc``: tokens ``start``..``end`` (exclusive) and its value."""
    start: int
    end: int
    value: float
    words: bool = False        # written as a word (``neun``)
    scaled: bool = False       # a scale word was applied (``Mio.``)
    one_form: bool = False     # an inflected ``ein`` (count only in context)
    glued_unit: str = ""       # unit text glued to the digits (``75ml``)
    plain_int: bool = False    # digits only, no separators (years, postcodes)
    scale: float = 1.0         # factor of the scale word, 1 when none
    fraction: bool = False     # a fraction (``1/2``, ``drei halbe``, ``viertel``): needs a unit
    glued_noun: str = ""       # counted noun inside a compound (``5000-Einwohner-Stadt`` → ``Einwohner``)
    tail: int = 0              # characters of the compound after the counted noun (``-Stadt``)


def gap(doc, i: int, j: int) -> str:
    """Text between token ``i`` and token ``j`` (j > i)."""
    tab = view(doc)
    return tab.text[tab.ends[i]:tab.starts[j]]


def next_index(doc, i: int) -> Optional[int]:
    """Index of the token after ``i``, skipping tokens made only of (no-break) spaces."""
    blank = view(doc).blank
    n = len(blank)
    j = i + 1
    while j < n and blank[j]:
        j += 1
    return j if j < n else None


def prev_index(doc, i: int) -> Optional[int]:
    """Index of the token before ``i``, skipping tokens made only of (no-break) spaces."""
    blank = view(doc).blank
    j = i - 1
    while j >= 0 and blank[j]:
        j -= 1
    return j if j >= 0 else None


def spaced(doc, i: int, j: int) -> bool:
    """True when tokens ``i`` and ``j`` are separated by exactly one space-like character."""
    g = gap(doc, i, j)
    return len(g) == 1 and g in SPACE_CHARS


def _scale_after(doc, end: int) -> Optional[tuple[int, float]]:
    tv = view(doc)
    j = next_index(doc, end - 1)
    if j is not None and tv.words[j].lower() in SCALES and not tv.breaks(end - 1, j):
        return j + 1, SCALES[tv.words[j].lower()]
    return None


def _fraction_tokens(doc, i: int) -> Optional[tuple[int, float]]:
    """``1/2``, ``3/4`` glued (end token, value); ``½`` as one token."""
    tv = view(doc)
    t = tv.words[i]
    if len(t) == 1 and unicodedata.numeric(t, None) is not None and not t.isdigit():
        return i + 1, float(unicodedata.numeric(t))
    # isdecimal, not isdigit: ``6⁵`` is a digit to Unicode but no int() literal
    if i + 2 < len(doc) and t.isdecimal() and tv.words[i + 1] == "/" and tv.words[i + 2].isdecimal() \
            and not gap(doc, i, i + 1) and not gap(doc, i + 1, i + 2):
        a, b = int(t), int(tv.words[i + 2])
        if b in (2, 3, 4) and 0 < a < b:
            return i + 3, a / b
    return None


def _fraction_glued_unit(doc, i: int) -> Optional[NumberSpan]:
    """``1/2stunde``, ``3/4Stunde``: a fraction whose denominator carries its unit glued."""
    tv = view(doc)
    if not (i + 2 < len(doc) and tv.words[i].isdecimal() and tv.words[i + 1] == "/"
            and not gap(doc, i, i + 1) and not gap(doc, i + 1, i + 2)):
        return None
    glued = split_glued(tv.words[i + 2])
    if glued is None or not glued[1][:1].isalpha() or glued[0] not in (2, 3, 4) \
            or not 0 < int(tv.words[i]) < glued[0]:
        return None
    return NumberSpan(i, i + 3, int(tv.words[i]) / glued[0], fraction=True, glued_unit=glued[1])


def _simple_at(doc, i: int) -> Optional[NumberSpan]:
    """A number of one token (or digit groups), without scale or fraction words."""
    tok = doc[i]
    text = tok.text
    fr = _fraction_tokens(doc, i)
    if fr is not None:
        return NumberSpan(i, fr[0], fr[1], fraction=True)
    fr = _fraction_glued_unit(doc, i)
    if fr is not None:
        return fr
    val = parse_digits(text)
    if val is not None:
        return _digit_groups(doc, i, text, val)
    glued = split_glued(text)
    if glued is not None:
        return NumberSpan(i, i + 1, glued[0], glued_unit=glued[1])
    return _number_word(doc, i, tok.lower_, text)


def _digit_groups(doc, i: int, text: str, val: float) -> NumberSpan:
    """A digit token ``text`` (value ``val``) and the groups of three spaced after it (``1 414 021 100``)."""
    end = i + 1
    plain = bool(_INT.match(text))
    if _GROUP_HEAD.match(text):
        digits, end = _group_tail(doc, i, text)
        if end > i + 1:
            grouped = parse_digits(digits)
            if grouped is None:     # ``1 : 0 500``: a score, then a number with a leading zero
                end = i + 1
            else:
                val, plain = grouped, False
    return NumberSpan(i, end, val, plain_int=plain)


def _group_tail(doc, i: int, text: str) -> tuple[str, int]:
    """(all digits, end token) of ``1 414 021 100``: groups of three after a group of one
    to three digits at ``i``."""
    tv = view(doc)
    end = i + 1
    j = next_index(doc, end - 1)
    digits = text
    while j is not None and _GROUP_TAIL.match(tv.words[j]) and spaced_or_nbsp(doc, end - 1, j):
        digits += tv.words[j]
        end = j + 1
        j = next_index(doc, end - 1)
    # ``1 414 021 100.``: the tokenizer glues a sentence period to the last group
    if j is not None and end > i and re.match(r"^\d{3}\.$", tv.words[j]) and spaced_or_nbsp(doc, end - 1, j) \
            and (j + 1 == len(doc) or tv.words[j + 1].isspace() or doc[j].whitespace_ == "\n"
                 or (j + 1 < len(doc) and tv.words[j + 1][:1].isupper())):
        digits += tv.words[j][:-1]
        end = j + 1
    return digits, end


def _number_word(doc, i: int, low: str, text: str) -> Optional[NumberSpan]:
    """An ``ein``-form, a fraction word (``halbe``), a number word (``neun``) or a genitive (``dreier``)."""
    if low in ONE_FORMS:
        return _one_form(doc, i)
    if low in FRACTION_ALONE:
        return NumberSpan(i, i + 1, FRACTION_ALONE[low], words=True, fraction=True)
    wval = parse_word(low)
    if wval is not None:
        return NumberSpan(i, i + 1, wval, words=True)
    if text in NUMBER_GENITIVES:          # ``dreier Unternehmen`` (lower case: ``ein Dreier`` is a noun)
        return NumberSpan(i, i + 1, float(NUMBER_GENITIVES[text]), words=True)
    return None


def _one_form(doc, i: int) -> NumberSpan:
    """``ein`` (a count only in context); ``ein halbes``, ``eine halbe Million``, ``ein viertel liter``."""
    tv = view(doc)
    j = next_index(doc, i)
    if j is not None and (tv.words[j].lower() in HALF_FORMS or tv.words[j].lower() in QUARTER_FORMS):
        return NumberSpan(i, j + 1, FRACTION_ALONE.get(tv.words[j].lower(), 0.5), words=True, fraction=True)
    return NumberSpan(i, i + 1, 1.0, words=True, one_form=True)


def number_at(doc, i: int) -> Optional[NumberSpan]:
    """The number starting at token ``i`` (with decimal/fraction words and scale), or None."""
    span = _simple_at(doc, i)
    if span is None or span.glued_unit:
        return span
    for read in WORDS_AFTER_NUMBER:
        read(doc, span)
    return span


def _decimal_words(doc, span: NumberSpan) -> None:
    """``zwei Komma drei``, ``1 komma 1``."""
    tv = view(doc)
    j = next_index(doc, span.end - 1)
    if j is None or tv.words[j].lower() not in DECIMAL_WORDS or span.fraction:
        return
    k = next_index(doc, j)
    if k is None:
        return
    frac_digits = tv.words[k] if tv.words[k].isdigit() else None
    if frac_digits is None:
        w = parse_word(tv.words[k].lower())
        frac_digits = str(int(w)) if w is not None and w == int(w) else None
    if frac_digits:
        span.value += float("0." + frac_digits)
        span.end = k + 1
        span.plain_int = False


def _fraction_word_after(doc, span: NumberSpan) -> None:
    """``drei halbe``, ``zwei Drittel``."""
    j = next_index(doc, span.end - 1)
    if j is None or span.fraction or span.one_form:
        return
    low = view(doc).words[j].lower()
    if low in FRACTION_AFTER:
        span.value *= FRACTION_AFTER[low]
        span.end = j + 1
        span.fraction = True


def _and_fraction(doc, span: NumberSpan) -> None:
    """``fünf und drei Viertel Milliarde``, ``5 und eine halbe Minuten``."""
    tv = view(doc)
    j = next_index(doc, span.end - 1)
    if j is None or tv.words[j].lower() != "und" or span.fraction or span.one_form:
        return
    k = next_index(doc, j)
    if k is None:
        return
    nxt = _simple_at(doc, k)
    if nxt is not None and nxt.fraction:
        span.value += nxt.value
        span.end = nxt.end
    elif nxt is not None and not nxt.glued_unit:
        m = next_index(doc, nxt.end - 1)
        if m is not None and tv.words[m].lower() in FRACTION_AFTER:
            span.value += nxt.value * FRACTION_AFTER[tv.words[m].lower()]
            span.end = m + 1


def _scale_words(doc, span: NumberSpan) -> None:
    """``drei Millionen``, and smaller parts after a scale word
    (``zwei Billiarden siebenhunderteinundsiebzig Billionen …``)."""
    sc = _scale_after(doc, span.end)
    if sc is None:
        return
    span.end, factor = sc
    span.value *= factor
    span.scale = factor
    span.scaled = True
    span.one_form = False
    span.fraction = False
    span.plain_int = False
    tv = view(doc)
    while span.words:
        j = next_index(doc, span.end - 1)
        if j is None:
            break
        tail = _simple_at(doc, j)
        if tail is None or not tail.words or tail.one_form or tail.fraction or tail.value >= factor:
            break
        sc2 = _scale_after(doc, tail.end)
        if sc2 is not None and SCALES[tv.words[sc2[0] - 1].lower()] < factor:
            span.value += tail.value * sc2[1]
            span.end, factor = sc2
        elif sc2 is None:
            span.value += tail.value
            span.end = tail.end
            break
        else:
            break


#: What may follow a number and become part of it, read in this order by ``number_at``.
WORDS_AFTER_NUMBER = (_decimal_words, _fraction_word_after, _and_fraction, _scale_words)


def spaced_or_nbsp(doc, i: int, j: int) -> bool:
    """Tokens ``i`` and ``j`` separated by exactly one space or no-break space.

    spaCy makes a no-break space a token of its own; ``gap`` sees through it.
    """
    return spaced(doc, i, j)


_SUFFIX_SCALE = {"k": 1e3, "K": 1e3, "M": 1e6, "G": 1e9}


def find_numbers(doc) -> list[NumberSpan]:
    """Every number in ``doc``, left to right, not overlapping (for the peer number suites).

    Unlike figures this also reads ``100K``/``1,2M`` suffixes, ``minus``/``-``
    before a number and a bare ``,77``."""
    out, i = [], 0
    while i < len(doc):
        n = number_at(doc, i)
        if n is not None:
            _suffix_scale(doc, n)
            _bare_fraction_and_sign(doc, n)
            out.append(n)
            i = n.end
        else:
            i += 1
    return out


def _suffix_scale(doc, n: NumberSpan) -> None:
    """``100K``, ``1,2M``: a scale letter glued to the number (or split off by the tokenizer)."""
    tv = view(doc)
    if n.glued_unit in _SUFFIX_SCALE:
        n.value *= _SUFFIX_SCALE[n.glued_unit]
    elif n.end < len(doc) and tv.words[n.end] in _SUFFIX_SCALE and not gap(doc, n.end - 1, n.end) \
            and not n.words and not n.scaled:
        n.value *= _SUFFIX_SCALE[tv.words[n.end]]   # ``100K`` split by the tokenizer
        n.end += 1


def _bare_fraction_and_sign(doc, n: NumberSpan) -> None:
    """``,77`` (a decimal comma without a leading zero) and ``minus 5``, ``-5`` before the number."""
    tv = view(doc)
    p = prev_index(doc, n.start)
    if p is not None and tv.words[p] == "," and not gap(doc, p, n.start) and not n.words \
            and (p == 0 or not tv.words[p - 1][-1:].isdigit()):
        n.value = float("0." + tv.words[n.start])
        n.start = p
        p = prev_index(doc, n.start)
    if p is not None and tv.words[p].lower() in NEGATIVE_WORDS and (p == 0 or tv.words[p - 1].isspace()
                                                               or doc[p - 1].is_punct):
        n.value = -n.value
        n.start = p
