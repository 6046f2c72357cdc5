"""The number-word tables: pieces of numerals, fractions, the forms of ``ein``."""
import pytest

from pipeline.lang.number_words import (FRACTION_AFTER, FRACTION_WORDS, NUMBER_LEXEMES, NUMBER_MULTIPLIERS,
                                        ONE_FORMS, QUARTER_FORMS, VAGUE_BEFORE)
from pipeline.text.numbers import parse_word


@pytest.mark.parametrize("w,v", [("neun", 9), ("zwölf", 12), ("siebzig", 70), ("dreißig", 30), ("fünf", 5)])
def test_lexemes(w, v):
    assert NUMBER_LEXEMES[w] == v


def test_multipliers():
    assert NUMBER_MULTIPLIERS == {"hundert": 100, "tausend": 1000}


@pytest.mark.parametrize("w", ["hunderte", "tausende", "dutzende", "einige", "beide", "hälfte", "drittel"])
def test_vague_and_fractions_are_not_lexemes(w):
    assert w not in NUMBER_LEXEMES and w not in FRACTION_WORDS and parse_word(w) is None


def test_fractions():
    assert FRACTION_WORDS["eineinhalb"] == 1.5 and FRACTION_AFTER["viertel"] == 0.25


def test_one_forms_and_vague():
    assert {"ein", "eine", "einen"} <= ONE_FORMS and "zwei" not in ONE_FORMS
    assert "mehrere" in VAGUE_BEFORE and "drei" not in VAGUE_BEFORE


def test_quarter_forms():
    assert {"viertel", "dreiviertel"} <= QUARTER_FORMS
    assert not {"halbe", "drittel", "vierte", "vier"} & QUARTER_FORMS
