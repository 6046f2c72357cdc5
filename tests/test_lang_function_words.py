"""Function-word and name-part tables: what they hold, and what the rules do with them."""
import pytest
from spacy.lang.de.stop_words import STOP_WORDS

import pipeline
from pipeline.lang import function_words as fw
from pipeline.lang import name_parts as npart


def test_stop_word_part_is_spacy_s_and_the_rest_is_not():
    assert fw._FROM_STOP_WORDS <= STOP_WORDS
    assert not fw._NOT_STOP_WORDS & STOP_WORDS
    # adjectives that spaCy lists as stop words stay allowed before a counted noun
    assert not {"neue", "gute", "große", "weitere", "viele"} & fw.NOT_ADJECTIVES


@pytest.mark.parametrize("text,quantity_of", [
    ("Es entstehen 12 neue Stellen.", "Stellen"),
    ("Wir nennen drei gute Gründe.", "Gründe"),
    ("Es kamen rund 2.500 zufriedene Besucher.", "Besucher"),
])
def test_adjectives_before_the_counted_noun(blank_nlp, text, quantity_of):
    assert [f.quantity_of for f in pipeline.extract(text, nlp=blank_nlp).figures] == [quantity_of]


@pytest.mark.parametrize("text", [
    "Es waren 12 und mehr.",            # ``und`` ends the search: no noun, no figure
    "Von den Teams kamen 12 wieder Sieger.",   # an adverb is no adjective
    "Von den Kandidaten werden 3 sowie Ersatzleute gewählt.",   # a conjunction
])
def test_function_words_end_the_search(blank_nlp, text):
    assert pipeline.extract(text, nlp=blank_nlp).figures == []


def test_name_parts():
    assert {"von", "van", "der", "de"} <= npart.NAME_PARTICLES
    assert npart.ARTICLE_PARTICLES <= npart.NAME_PARTICLES
    assert "for" in npart.ORG_NAME_LINKS and "von" not in npart.ORG_NAME_LINKS


def test_pair_links():
    assert {"und", "oder", "bzw."} <= fw.PAIR_LINKS and not {"sowie", "mit", "bis", ","} & fw.PAIR_LINKS
