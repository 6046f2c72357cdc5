"""The unit table: surface forms → contract units and kinds."""
import pytest

from pipeline.lang.units import (AGE_SUFFIXES, NEGATIVE_TEMPERATURE_SIGNS, NOT_COUNTED, PERIOD_SPLIT_ABBREVIATIONS,
                                 RATE_ADVERBS, UNIT_SYMBOLS, UNIT_WORDS)


@pytest.mark.parametrize("key,unit,kind", [
    ("prozent", "%", "percent"), ("prozentpunkte", "pp", "percentage_point"),
    ("grad celsius", "°C", "temperature"), ("grad", "°C", "temperature"), ("kilometern", "km", "measure"),
    ("qm", "m²", "measure"), ("quadratmeter", "m²", "measure"), ("hektar", "ha", "measure"),
    ("tonnen co2", "t CO2", "measure"), ("jahre", "year", "duration"), ("arbeitstage", "day", "duration"),
    ("monaten", "month", "duration"), ("min.", "minute", "duration"), ("km/h", "km", "rate"),
])
def test_unit_words(key, unit, kind):
    assert UNIT_WORDS[key][:2] == (unit, kind)


@pytest.mark.parametrize("key,unit", [("%", "%"), ("°C", "°C"), ("km", "km"), ("m²", "m²"), ("t CO2", "t CO2"),
                                      ("kWh", "kWh"), ("MW", "MW"), ("ha", "ha"), ("K", "K")])
def test_unit_symbols(key, unit):
    assert UNIT_SYMBOLS[key][0] == unit


def test_decade_factor():
    assert UNIT_WORDS["jahrzehnt"] == ("year", "duration", 10)


@pytest.mark.parametrize("word", ["uhr", "mal", "personen", "euro", "hälfte", "dutzende", "jahrgang"])
def test_not_units(word):
    # ``Uhr`` is a time of day, ``Personen`` a counted noun, ``Euro`` a currency (currencies.py)
    assert word not in UNIT_WORDS


@pytest.mark.parametrize("sym", ["k", "M", "G", "T", "Mio.", "C"])
def test_symbols_are_case_sensitive(sym):
    assert sym not in UNIT_SYMBOLS     # ``5G``, ``3M`` and ``100k`` are not units


def test_misc_tables():
    assert AGE_SUFFIXES["jährig"] == "year" and "uhr" in NOT_COUNTED and "jährlich" in RATE_ADVERBS
    assert "prozent" not in RATE_ADVERBS


def test_v2_rate_age_and_clock_tables():
    from pipeline.lang.units import (AGE_AFTER, CLOCK_CUES, PERSON_NOUN_ENDINGS, RATE_PERIOD_BLOCKERS,
                                     RATE_PERIOD_LINKS, RATE_PERIOD_NOUNS)
    assert {"im", "am", "in der", "pro", "je"} <= RATE_PERIOD_LINKS and "vom" not in RATE_PERIOD_LINKS
    assert {"monat", "jahr", "tag", "woche"} <= RATE_PERIOD_NOUNS and "jahrgang" not in RATE_PERIOD_NOUNS
    assert "der" in RATE_PERIOD_BLOCKERS and "um" in CLOCK_CUES and "stunden" not in CLOCK_CUES
    assert "alter" in AGE_AFTER and "lang" not in AGE_AFTER
    assert "autofahrer".endswith(PERSON_NOUN_ENDINGS) and not "plan".endswith(PERSON_NOUN_ENDINGS)


def test_v2_compound_and_context_tables():
    from pipeline.lang.units import (ADJECTIVE_UNIT_SUFFIXES, COUNTED_TIME_COMPOUNDS, TEMPERATURE_CONTEXT,
                                     TIME_COMPOUND_HEADS)
    assert ADJECTIVE_UNIT_SUFFIXES["prozentig"] in UNIT_WORDS
    assert TIME_COMPOUND_HEADS["stunden"] == "hour" and "tage" not in TIME_COMPOUND_HEADS   # Parteitage
    assert "fragestunden" in COUNTED_TIME_COMPOUNDS and "wochenstunden" not in COUNTED_TIME_COMPOUNDS
    assert "fieber".startswith(TEMPERATURE_CONTEXT) and not "gedreht".startswith(TEMPERATURE_CONTEXT)
    assert "mal" not in NOT_COUNTED and UNIT_WORDS["volumenprozent"] == ("%", "percent", 1)


def test_negative_temperature_signs():
    assert {"minus", "−", "-"} <= NEGATIVE_TEMPERATURE_SIGNS
    assert not {"plus", "negativ", "+", "unter"} & NEGATIVE_TEMPERATURE_SIGNS


def test_period_split_abbreviations():
    assert {"min", "std", "mio", "mrd"} <= PERIOD_SPLIT_ABBREVIATIONS
    assert not {"min.", "km", "uhr", "ca", "nr"} & PERIOD_SPLIT_ABBREVIATIONS
