"""The inflection tables: role-noun and adjective forms derived from them, adjectives
that open no name, and what must not match."""
import pytest

from pipeline.components.persons.trim import _ADJECTIVE_FORM
from pipeline.lang.inflection import ADJECTIVE_ENDINGS, ADJECTIVE_SUFFIXES, NOUN_ENDINGS
from pipeline.text.phrases import is_adj, is_role_noun
from pipeline.text.view import Word


def test_tables():
    assert "" in NOUN_ENDINGS and {"in", "innen", "en"} <= set(NOUN_ENDINGS)
    assert set(ADJECTIVE_ENDINGS) == {"e", "er", "en", "em", "es"}
    assert {"lich", "isch", "ig"} <= set(ADJECTIVE_SUFFIXES)


@pytest.mark.parametrize("word", [
    "Präsidentinnen", "Direktors", "Experten", "Expertinnen",    # noun endings of listed role nouns
    "Vorsitzende", "Vorsitzender", "Beauftragten", "Abgeordnetem",  # adjectival role stems
    "Popstars",                                                     # a compound-only noun, inflected
])
def test_derived_role_forms(word):
    assert is_role_noun(word)


@pytest.mark.parametrize("word", ["Präsidentx", "Vorsitzendin", "Direktorei", "Star"])
def test_not_derived_role_forms(word):
    assert not is_role_noun(word)


@pytest.mark.parametrize("word", ["neue", "zuständigen", "ehrenamtlicher", "deutschem", "großes"])
def test_untagged_adjective_shapes(word):
    assert is_adj(Word(word, 0, len(word)))


@pytest.mark.parametrize("word", ["betonte", "sagte", "und", "Neue", "ab"])
def test_not_untagged_adjective_shapes(word):
    assert not is_adj(Word(word, 0, len(word)))


@pytest.mark.parametrize("word", ["Gefährlichen", "Zuständige", "Neugierige", "Politischer", "Wunderbares"])
def test_adjective_opens_no_name(word):
    assert _ADJECTIVE_FORM.search(word)


@pytest.mark.parametrize("word", ["Ulrich", "Ludwig", "Heinrich", "Friedrich", "Hedwig", "Gefährlich"])
def test_first_names_are_no_adjective_form(word):
    assert not _ADJECTIVE_FORM.search(word)
