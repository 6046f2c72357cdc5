"""The qualifier table: words before a number → contract qualifier."""
import pytest

from pipeline.lang.qualifiers import (CHANGE_WORDS, FIGURE_RANGE_LINKS, PREPOSITION_QUALIFIERS, PREPOSITION_VERBS,
                                      QUALIFIERS, RANGE_CONNECTORS, RANGE_OPENERS, UNIT_SHARING_LINKS)


@pytest.mark.parametrize("key,q", [
    ("rund", "approx"), ("etwa", "approx"), ("circa", "approx"), ("ca.", "approx"), ("knapp", "approx"),
    ("gut", "approx"), ("fast", "approx"), ("nahezu", "approx"), ("annähernd", "approx"),
    ("ungefähr", "approx"), ("über", "gt"), ("mehr als", "gt"), ("oberhalb", "gt"), ("mindestens", "ge"),
    ("ab", "ge"), ("nicht weniger als", "ge"), ("unter", "lt"), ("weniger als", "lt"), ("bis zu", "le"),
    ("höchstens", "le"), ("maximal", "le"),
])
def test_contract_qualifiers(key, q):
    assert QUALIFIERS[key] == q


@pytest.mark.parametrize("key", ["insgesamt", "um", "bis", "von", "zwischen", "einige", "mehrere", "jährlich"])
def test_not_qualifiers(key):
    assert key not in QUALIFIERS


def test_ranges_and_change():
    assert RANGE_OPENERS["zwischen"] == "und" and "bis" in RANGE_CONNECTORS and "um" in CHANGE_WORDS


def test_preposition_verbs():
    assert {"verfügt", "berichtet", "leiden"} <= PREPOSITION_VERBS
    assert not {"über", "mehr", "rund", "ist", "sind", "hat"} & PREPOSITION_VERBS


@pytest.mark.parametrize("word", ["und", "oder", "auf", "bzw.", "beziehungsweise"])
def test_unit_sharing_links(word):
    assert word in UNIT_SHARING_LINKS


@pytest.mark.parametrize("word", ["bis", "-", "pro", "je", "mit", "von", "Und"])
def test_not_unit_sharing_links(word):
    assert word not in UNIT_SHARING_LINKS


def test_preposition_qualifiers_are_qualifiers():
    assert PREPOSITION_QUALIFIERS == {"über", "unter"} and PREPOSITION_QUALIFIERS <= set(QUALIFIERS)
    assert not {"rund", "mehr als", "bis zu"} & PREPOSITION_QUALIFIERS


def test_figure_range_links():
    assert {"-", "–", "bis"} <= FIGURE_RANGE_LINKS
    assert not {"und", "oder", "", "auf"} & FIGURE_RANGE_LINKS
