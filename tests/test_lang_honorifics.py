"""The honorific table: prefixes recognised before a name, and what must not be."""
import pytest

from pipeline.lang.honorifics import COURTESY, HONORIFICS
from pipeline.text.phrases import honorific_regex


def _honorific(before: str) -> str:
    """The honorific the roles extractor finds at the end of ``before`` (+ a space)."""
    text = before + " "
    m = honorific_regex().search(text)
    return m.group(1) if m else ""


@pytest.mark.parametrize("h", ["Dr.", "Prof.", "Dr.-Ing.", "Dipl.-Ing.", "Herr", "Frau"])
def test_contract_honorifics_listed(h):
    assert h in HONORIFICS


@pytest.mark.parametrize("before,expected", [
    ("Moderation: Prof. Dr.", "Prof. Dr."),
    ("Betrieb: Dr.", "Dr."),
    ("sagte Dr.-Ing.", "Dr.-Ing."),
    ("mit Dipl.-Ing.", "Dipl.-Ing."),
    ("begrüßte Frau", "Frau"),
    ("dankte Herrn", "Herrn"),
    ("Prof.\u00a0Dr.", "Prof.\u00a0Dr."),          # no-break space inside
    ("Leiter ist Dr. med.", "Dr. med."),
    ("Prof. Dr. h.c.", "Prof. Dr. h.c."),
])
def test_honorific_found(before, expected):
    assert _honorific(before) == expected


@pytest.mark.parametrize("before", [
    "Generalkonsul",        # a role, not an honorific
    "Professor",            # spelled out: a role (``Professor an der …``)
    "Vorstandsfrau",        # ends in ``frau`` but is a noun
    "Drucker",
    "Direktor",
    "im Jahr 2025 sagte",
])
def test_not_an_honorific(before):
    assert _honorific(before) == ""


def test_courtesy_subset():
    assert {"Herr", "Frau"} <= COURTESY <= set(HONORIFICS)


@pytest.mark.parametrize("title,person", [
    ("Dr.-Ing. Huang Yiyang", "Huang Yiyang"),   # SPLIT_HONORIFICS: spaCy's tokenizer gives ``Dr.-Ing`` ``.``
    ("Dipl.-Ing. Anna Schmidt", "Anna Schmidt"),
    ("Dr.-Ingo Huang Yiyang", "Dr.-Ingo Huang Yiyang"),   # must not: no honorific, nothing trimmed
])
def test_split_honorific_leaves_person(title, person):
    import spacy
    import pipeline.components.persons  # noqa: F401
    from pipeline.lang.honorifics import SPLIT_HONORIFICS

    assert all(h + "." in HONORIFICS for h in SPLIT_HONORIFICS)
    nlp = spacy.blank("de")
    text = f"Dort sprach {title} über Parks."
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(text.index(title), text.index(title) + len(title), label="PER")]
    assert [e.text for e in nlp.add_pipe("press_persons")(doc).ents] == [person]
