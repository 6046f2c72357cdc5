"""The cue index: the unit, currency and qualifier tables matched once per Doc."""
import pytest

from pipeline.text.cues import CueIndex, qualifier_token_forms
from pipeline.lang.qualifiers import QUALIFIERS


@pytest.fixture(scope="module")
def index(nlp):
    return CueIndex(nlp)


def _joined(doc, s, e):
    """The phrase as the tokens read (how the table keys are written)."""
    return " ".join(t.lower_ for t in doc[s:e + 1]).replace(" .", ".")


@pytest.mark.parametrize("text,phrase,qualifier", [
    ("Der Umsatz stieg um mehr als 5 Prozent.", "mehr als", "gt"),
    ("Es kamen rd. 300 Gäste.", "rd.", "approx"),
    ("Es kamen rd . 300 Gäste.", "rd.", "approx"),
    ("Bis zu 40 Stellen fallen weg.", "bis zu", "le"),
    ("Nicht weniger als 12 Firmen.", "nicht weniger als", "ge"),
    ("Knapp über 3 Mio. Euro.", "knapp über", "approx"),
])
def test_longest_qualifier_ending_before_the_number(nlp, index, text, phrase, qualifier):
    doc = nlp.make_doc(text)
    num = next(t.i for t in doc if t.text[:1].isdigit())
    s, (found, q) = index(doc).qualifier_ending_at(num - 1)
    assert (found, q) == (phrase, qualifier) and _joined(doc, s, num - 1) == phrase


@pytest.mark.parametrize("text", [
    "Mehr\nals 5 Prozent.",          # never across a line break
    "Mehr  als 5 Prozent.",          # nor across a blank token
    "Der Mehrwert von 5 Prozent.",   # no qualifier before the number
])
def test_no_qualifier(nlp, index, text):
    doc = nlp.make_doc(text)
    num = next(t.i for t in doc if t.text[:1].isdigit())
    assert index(doc).qualifier_ending_at(num - 1) is None


def test_every_table_key_is_found_as_the_tokenizer_splits_it(nlp, index):
    """Each qualifier of the table is matched in running text, however it is tokenised."""
    for key, qualifier in QUALIFIERS.items():
        doc = nlp.make_doc(f"Es waren {key} 12 Leute.")
        num = next(t.i for t in doc if t.text == "12")
        found = index(doc).qualifier_ending_at(num - 1)
        assert found is not None and found[1] == (key, qualifier), key


def test_units_longest_first(nlp, index):
    doc = nlp.make_doc("Es kostet 3 Mio. Euro, 5 US-Dollar und 80 km/h.")
    units = index(doc).units
    assert units and all([e for e, _ in m] == sorted((e for e, _ in m), reverse=True) for m in units.values())
    euro = next(t.i for t in doc if t.text == "Euro")
    assert units[euro][0][1][:2] == ("EUR", "money")
    usd = next(t.i for t in doc if t.text.startswith("US"))
    end, (code, kind, _) = units[usd][0]
    assert (doc[usd:end].text, code, kind) == ("US-Dollar", "USD", "money")
    mio = next(t.i for t in doc if t.text == "Mio.")
    assert mio not in units     # a scale word, read by the number parser


def test_token_forms():
    assert qualifier_token_forms("bis zu") == [["bis", "zu"]]
    assert qualifier_token_forms("rd.") == [["rd."], ["rd", "."]]
    assert all(len(f) <= 3 for k in QUALIFIERS for f in qualifier_token_forms(k))
