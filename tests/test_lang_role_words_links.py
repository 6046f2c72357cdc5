"""The small words of the role-phrase grammar in ``lang/role_words.py`` (prepositions and
coordinators that open, join or end the parts of a role phrase), read by ``parse_role``,
``parse_np`` and ``phrase_tail`` on a blank pipeline; each with must-not rows."""
from __future__ import annotations

import pytest

from pipeline.lang import role_words as rw
from pipeline.text.phrases import parse_np, parse_role, phrase_tail
from pipeline.text.view import words_of


def _role(blank_nlp, text: str) -> tuple[str, str]:
    """(role, organisation) of the role phrase at the text's first word."""
    ws = words_of(blank_nlp(text))
    ph = parse_role(ws, 0, len(ws))
    assert ph is not None
    org = " ".join(w.text for w in ws[ph.org[0]:ph.org[1]]) if ph.org else ""
    return " ".join(w.text for w in ws[ph.role[0]:ph.role[1]]), org


def test_tables():
    assert rw.DEPARTMENT_PREPOSITIONS == {"of", "for"}
    assert rw.WORKPLACE_PREPOSITIONS <= rw.ORG_PREPOSITIONS | {"beim"}
    assert rw.TITLE_COORDINATORS <= rw.TITLE_LINKS and rw.DEPARTMENT_END_COORDINATORS <= rw.TITLE_LINKS
    assert "und" not in rw.TITLE_COORDINATORS and "oder" not in rw.DEPARTMENT_END_COORDINATORS
    assert {"in", "im", "aus"} == rw.PLACE_PREPOSITIONS


@pytest.mark.parametrize("text,role,org", [
    # DEPARTMENT_PREPOSITIONS open the department after an English title
    ("Head of Group Treasury", "Head of Group Treasury", ""),
    ("Head for Group Treasury", "Head for Group Treasury", ""),
    # WORKPLACE_PREPOSITIONS: the words before them are still the department
    ("Head of Sales ABBYY bei Muster", "Head of Sales ABBYY", "Muster"),
    ("Head of Sales ABBYY at Muster", "Head of Sales ABBYY", "Muster"),
    # TITLE_COORDINATORS join two English titles
    ("President & General Manager der Muster AG", "President & General Manager", "Muster AG"),
    ("President and General Manager der Muster AG", "President and General Manager", "Muster AG"),
    # DEPARTMENT_END_COORDINATORS inside a department go on before a department word
    ("Leiterin Personal und Recht", "Leiterin Personal und Recht", ""),
])
def test_role_phrase_words(blank_nlp, text, role, org):
    assert _role(blank_nlp, text) == (role, org)


@pytest.mark.parametrize("text,role,org", [
    ("Head on Group Treasury", "Head", ""),                            # no department preposition
    ("Head of Sales ABBYY von Muster", "Head of Sales", "ABBYY"),      # ``von``: the acronym is the org
    ("President und General Manager der Muster AG", "President", ""),  # ``und`` joins no English titles
    ("Leiterin Personal und Geschäftsführerin", "Leiterin Personal", ""),  # a coordinator before a role word
    ("Director Sales and CFO", "Director Sales", ""),
])
def test_role_phrase_words_must_not(blank_nlp, text, role, org):
    assert _role(blank_nlp, text) == (role, org)


@pytest.mark.parametrize("text,skipped", [
    ("der Präsident des Bauhauptverbands in Deutschland", True),
    ("der Präsident des Bauhauptverbands im Bundestag", True),
    ("der Präsident des Bauhauptverbands aus Berlin", True),
    ("der Präsident des Bauhauptverbands nach Berlin", False),   # no place preposition
    ("der Präsident des Bauhauptverbands bis Berlin", False),
])
def test_place_after_role_phrase(blank_nlp, text, skipped):
    ws = words_of(blank_nlp(text))
    ph = parse_role(ws, 1, len(ws))
    assert (phrase_tail(ws, ph.end, len(ws)) == len(ws)) is skipped


@pytest.mark.parametrize("text,phrase", [
    ("Der Vorstand und Finanzchef sagt", "Vorstand"),     # PHRASE_SEPARATORS: a new role phrase
    ("Der Vorstand , Finanzchef sagt", "Vorstand"),
    ("Der Vorstand Finanzchef sagt", "Vorstand Finanzchef"),   # must not: no separator, one phrase
])
def test_role_word_after_separator_opens_a_phrase(blank_nlp, text, phrase):
    ws = words_of(blank_nlp(text))
    assert " ".join(w.text for w in ws[1:parse_np(ws, 1, len(ws))]) == phrase
