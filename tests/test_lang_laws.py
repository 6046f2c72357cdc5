"""The law table and shape: abbreviations and names of laws, which the contract labels MISC."""
import re

import pytest

from pipeline.lang.laws import LAW_ABBREVIATION_SHAPE, LAW_ABBREVIATIONS, LAW_NAME_ENDINGS


@pytest.mark.parametrize("word", ["AktG", "GmbHG", "EStG", "StGB", "StPO", "VwGO", "BImSchG", "BauGB", "GewO",
                                  "KiTaG", "GwG"])
def test_law_abbreviation_shape(word):
    assert re.match(LAW_ABBREVIATION_SHAPE, word)


@pytest.mark.parametrize("word", [
    "GmbH", "KGaA", "DiGA", "BioNTech", "PayPal", "YouGov", "Zoo", "Lego",   # companies, words
    "DSGVO", "BGB",       # all capitals: in the table, not caught by the shape
    "Stiftung", "G", "AG", "Bundesgesetzblatt",
])
def test_not_a_law_abbreviation_shape(word):
    assert not re.match(LAW_ABBREVIATION_SHAPE, word)


@pytest.mark.parametrize("word", ["DSGVO", "BGB", "HGB", "BDSG", "GG", "ABGB", "UWG", "NetzDG"])
def test_law_abbreviations(word):
    assert word in LAW_ABBREVIATIONS


@pytest.mark.parametrize("word", ["AG", "AO", "BVG", "SPD", "EU", "UN", "BKA", "DFG", "EZB"])
def test_not_law_abbreviations(word):
    # a legal form, an ambiguous one (the Berlin transport company), parties, organisations
    assert word not in LAW_ABBREVIATIONS


def test_law_name_endings_are_lower_case():
    assert all(e == e.lower() for e in LAW_NAME_ENDINGS)
