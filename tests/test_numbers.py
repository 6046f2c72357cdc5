"""German number parsing: digits (Babel, de_DE), spaced groups, number words, scales."""
import pytest
import spacy

from pipeline.text.numbers import find_numbers, is_dot_decimal, number_at, parse_age, parse_digits, parse_word


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("de")


@pytest.mark.parametrize("s,value", [
    ("1.000,5", 1000.5), ("2.500", 2500), ("12,5", 12.5), ("1,5", 1.5), ("2.000,352", 2000.352),
    ("4,800", 4.8), ("1.200.000", 1200000), ("541", 541), ("-5", -5), (",77", 0.77),
    ("12.5", 12.5),      # a dot before 1–2 digits is a decimal point (English style), see docs
    ("2.0", 2.0),
])
def test_parse_digits(s, value):
    assert parse_digits(s) == pytest.approx(value)


@pytest.mark.parametrize("s", ["0621", "009", "01,10", "6/23", "3+7+4", "COP30", "12.5.24", "abc", ""])
def test_parse_digits_rejects(s):
    assert parse_digits(s) is None


@pytest.mark.parametrize("s,value", [
    ("neun", 9), ("Zwei", 2), ("zweihundertfünfzig", 250), ("hundert", 100), ("einhundertdrei", 103),
    ("einhunderteinunddreißig", 131), ("dreissig", 30), ("dreizehn", 13), ("sechzehn", 16),
    ("siebenhunderteinundzwanzigtausendzwölf", 721012), ("achtzehnhundertzweiundfünfzig", 1852),
    ("tausendvierhundertsechzehn", 1416), ("eineinhalb", 1.5), ("zweieinhalb", 2.5), ("anderthalb", 1.5),
    ("elf", 11), ("null", 0),
])
def test_parse_word(s, value):
    assert parse_word(s) == pytest.approx(value)


@pytest.mark.parametrize("s", ["Dreijahresplan", "Hunderte", "Tausende", "Dutzende", "einige", "achte",
                               "zweiten", "zweizwei", "Einheit", "Neuner", "und"])
def test_parse_word_rejects(s):
    assert parse_word(s) is None


@pytest.mark.parametrize("s,value,unit", [
    ("81-Jährige", 81, "jährig"), ("28jähriger", 28, "jährig"), ("10-jährigen", 10, "jährig"),
    ("zehnjährigen", 10, "jährig"), ("6-monatige", 6, "monatig"),
])
def test_parse_age(s, value, unit):
    assert parse_age(s) == (value, unit)


@pytest.mark.parametrize("s", ["Dreijahresplan", "Jährige", "jährlich", "Mehrjährige"])
def test_parse_age_rejects(s):
    assert parse_age(s) is None


def test_dot_decimal():
    assert is_dot_decimal("12.5") and is_dot_decimal("1.5°C") and is_dot_decimal("2.0")
    assert not is_dot_decimal("2.500") and not is_dot_decimal("12,5") and not is_dot_decimal("12")


@pytest.mark.parametrize("text,value", [
    ("1 414 021 100 Menschen", 1414021100),
    ("1\u00a0414\u00a0021 Euro", 1414021),          # no-break spaces between groups
    ("12\u202f000 qm", 12000),                       # narrow no-break space
    ("541 Mio. Euro", 541e6), ("3 Mrd. Dollar", 3e9), ("drei Milliarden", 3e9),
    ("eine Million", 1e6), ("2,5 Mio USD", 2.5e6), ("5 Tsd. Besucher", 5000),
    ("zwei Millionen eintausendeinhundertfünfzig", 2001150),
    ("ein halbes Dutzend", 6), ("zwei Komma drei", 2.3), ("drei halbe", 1.5),
    ("fünf und drei Viertel Milliarde", 5.75e9), ("anderthalb Millionen", 1.5e6),
])
def test_number_at(blank, text, value):
    n = number_at(blank(text), 0)
    assert n is not None and n.value == pytest.approx(value)


def test_groups_need_three_digits(blank):
    doc = blank("2013 300 Menschen")
    assert number_at(doc, 0).value == 2013      # a four-digit head never starts a group


def test_find_numbers(blank):
    doc = blank("Die dreihundert waren wohl eher zehntausend, minus 5 und 100K hier.")
    assert [n.value for n in find_numbers(doc)] == [300, 10000, -5, 100000]


@pytest.mark.parametrize("s,v", [("3.000,-", 3000), ("8.000.-", 8000), ("150,--", 150), ("25'000", 25000),
                                 ("1'250'000", 1250000), ("12'500.50", 12500.5), ("48’000", 48000)])
def test_price_notation_and_swiss_apostrophe(s, v):
    from pipeline.text.numbers import parse_digits
    assert parse_digits(s) == v


@pytest.mark.parametrize("s", ["3.00,-", "25'00", "'000", "1'2345"])
def test_price_notation_and_swiss_apostrophe_must_not_match(s):
    from pipeline.text.numbers import parse_digits
    assert parse_digits(s) is None


def test_number_words_against_num2words_oracle():
    """Every German numeral 0–99,999 as num2words writes it parses to its value."""
    num2words = pytest.importorskip("num2words").num2words
    bad = [n for n in range(0, 100000, 11) if parse_word(num2words(n, lang="de")) != n]
    assert bad == []


@pytest.mark.parametrize("w", ["siebzigzwölf", "zweizwei", "zwölfzehn", "zweiunddrei", "zwanzigzwei",
                               "zwanzigunddrei", "dreißigacht", "zehnzehn"])
def test_malformed_number_words(w):
    assert parse_word(w) is None
