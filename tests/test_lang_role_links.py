"""The link words of the role constructions (``pipeline/lang/role_links.py``), each table
with words it holds and words it must not hold, and the constructions they link."""
import pytest

from pipeline.lang import role_links as rl

TABLE_ROWS = [
    # (table, holds, must not hold)
    ("COORDINATORS", ["und", "sowie"], ["oder", ",", "bzw.", "Und"]),
    ("NAME_LIST_LINKS", [",", "und", "sowie"], ["oder", ";", "bzw."]),
    ("LIST_CONJUNCTIONS", ["und", "sowie", "oder"], [",", "bzw.", "aber"]),
    ("SHARED_TITLE_LINKS", ["und", ","], ["sowie", "oder"]),
    ("RESPECTIVELY", ["bzw.", "beziehungsweise"], ["und", "bzw", "oder"]),
    ("SECOND_ROLE_LINKS", ["bzw.", "beziehungsweise", "und", "sowie"], ["oder", ","]),
    ("RELATIVE_PRONOUNS", ["der", "die"], ["das", "Der", "dem", "welcher"]),
    ("CAPITALISED_ARTICLES", ["Der", "Die", "Das"], ["der", "Ein", "Des"]),
    ("PLURAL_ARTICLES", ["Die", "die"], ["Der", "der", "das"]),
    ("TIME_WORDS", ["seit", "ab", "im", "am"], ["bei", "Mai", "als"]),
    ("ROLE_CONTRACTIONS", ["zum", "zur"], ["als", "zu", "zum."]),
    ("ANNOUNCEMENT_LINKS", ["als", "zum", "zur"], ["neuer", "bei", "von"]),
    ("FUNCTION_LINKS", ["des", "der", "als"], ["die", "von"]),
    ("LABEL_PREPOSITIONS", ["bei", "beim", "at"], ["von", "für", "Bei"]),
]


@pytest.mark.parametrize("table,holds,not_holds", TABLE_ROWS, ids=[r[0] for r in TABLE_ROWS])
def test_link_tables(table, holds, not_holds):
    words = getattr(rl, table)
    assert all(w in words for w in holds)
    assert not any(w in words for w in not_holds)


def test_in_function_phrase():
    assert rl.IN_FUNCTION == ("in", "der", "Funktion")


def test_second_role_links_are_coordinators_and_respectively():
    assert rl.SECOND_ROLE_LINKS == rl.COORDINATORS | rl.RESPECTIVELY


@pytest.mark.parametrize("text,row", [
    ("Neu bei KPMG: Bankenexperte Christian Legény wechselt.", ("Christian Legény", "Bankenexperte", "KPMG")),
    ("Die Muster AG beruft Lea Probe als neue Partnerin.", ("Lea Probe", "neue Partnerin", "Muster AG")),
])
def test_links_in_constructions(nlp, text, row):
    assert row in {(r.person, r.role, r.organization) for r in nlp(text)._.roles}
