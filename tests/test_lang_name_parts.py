"""The name-part tables the persons rules read around a name (``NAME_COORDINATORS``,
``NAME_LIST_WORDS``), on ``press_persons`` alone with given PER spans; each with must-not rows."""
from __future__ import annotations

import pytest
import spacy

import pipeline.components.persons  # noqa: F401  (registers press_persons)
from pipeline.lang.name_parts import NAME_COORDINATORS, NAME_LIST_WORDS
from pipeline.lang.role_words import FUNCTION_WORDS


@pytest.fixture(scope="module")
def persons():
    nlp = spacy.blank("de")
    comp = nlp.add_pipe("press_persons")

    def run(text: str, given: tuple[str, ...] = ()) -> list[str]:
        doc = nlp.make_doc(text)
        doc.ents = [doc.char_span(text.index(g), text.index(g) + len(g), label="PER") for g in given]
        return [e.text for e in comp(doc).ents if e.label_ == "PER"]

    return run


def test_tables():
    assert NAME_COORDINATORS == {"und", "sowie"}
    assert NAME_COORDINATORS <= NAME_LIST_WORDS <= FUNCTION_WORDS
    assert not {"die", "seine", "über", "oder"} & NAME_LIST_WORDS


@pytest.mark.parametrize("text,people", [
    # a known first name and a surname after ``und``/``sowie`` and a person: a second person
    ("Scott Opitz und Alex Elkin sprachen.", ["Scott Opitz", "Alex Elkin"]),
    ("Scott Opitz sowie Alex Elkin sprachen.", ["Scott Opitz", "Alex Elkin"]),
    # must not: other words between two names join no person
    ("Scott Opitz oder Alex Elkin sprachen.", ["Scott Opitz"]),
    ("Scott Opitz mit Alex Elkin sprachen.", ["Scott Opitz"]),
])
def test_coordinated_person(persons, text, people):
    assert persons(text, ("Scott Opitz",)) == people


@pytest.mark.parametrize("text,people", [
    # after a list word, ``Name, <Rolle>`` names a person
    ("Ein Gespräch mit Hugo Wendt, Sprecher der Stadt, folgte.", ["Hugo Wendt"]),
    ("Ein Gespräch und Hugo Wendt, Sprecher der Stadt, folgte.", ["Hugo Wendt"]),
    ("Ein Gespräch von Hugo Wendt, Sprecher der Stadt, folgte.", ["Hugo Wendt"]),
    # must not: after another function word or an article the words are a noun phrase
    ("Ein Gespräch über Hugo Wendt, Sprecher der Stadt, folgte.", []),
    ("Ein Gespräch zwischen Hugo Wendt, Sprecher der Stadt, folgte.", []),
    ("Ein Gespräch die Hugo Wendt, Sprecher der Stadt, folgte.", []),
])
def test_name_in_list_slot(persons, text, people):
    assert persons(text) == people
