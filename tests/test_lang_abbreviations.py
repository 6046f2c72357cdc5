"""The abbreviation table: every entry stays one token and never ends a sentence."""
import pytest
import spacy

from pipeline.lang.abbreviations import ABBREVIATIONS, SENTENCE_STARTERS
from pipeline.components.structure import analyse, set_sentence_starts
from pipeline.text.tokenizer import add_abbreviations


@pytest.fixture(scope="module")
def tok():
    nlp = spacy.blank("de")
    add_abbreviations(nlp)
    return nlp


def _sentences(nlp, text):
    doc = nlp.make_doc(text)
    set_sentence_starts(doc, analyse(text).blocks)
    return [s.text.strip() for s in doc.sents]


@pytest.mark.parametrize("abbr", ["Dr.", "Prof.", "stellv.", "Mio.", "Mrd.", "Nr.", "ca.", "bzw.", "Abs.",
                                  "Art.", "Az.", "Dipl.-Ing.", "Dr.-Ing.", "Tsd.", "z.", "B.", "u.", "a."])
def test_required_abbreviations_are_listed(abbr):
    assert abbr in ABBREVIATIONS


@pytest.mark.parametrize("text", [
    "Der Betrag liegt bei 541 Mio. Euro und steigt weiter.",
    "Das regelt Art. 5 Abs. 2 des Gesetzes.",
    "Das Verfahren Az. 1 BvR 12/23 ist anhängig.",
    "Es sprach Prof. Dr. Klaus Mühlhahn zum Publikum.",
    "Sie ist stellv. Direktorin der Behörde.",
    "Es gibt viele Beispiele, z. B. Wind und Sonne.",
    "Teilnehmer waren u. a. Vertreter der Wirtschaft.",
    "Das Forum fand am 7. Juli statt.",
    "Als Teil des 2. Chinesisch-Europäischen Forums tagte man.",
    "Dipl.-Ing. Hans Maier leitet das Projekt.",
])
def test_abbreviations_do_not_end_sentences(tok, text):
    assert _sentences(tok, text) == [text]


@pytest.mark.parametrize("text, n", [
    ("Das ist gut. Die Preise steigen.", 2),
    ("Die Frist endet 2025. Danach gilt das neue Recht.", 2),
    ("Er kam um 12. Die Sitzung begann.", 2),
    ("Obst, Gemüse usw. Die Liste ist lang.", 2),
    ("„Wir sind bereit.“ Das sagte sie.", 2),
])
def test_real_sentence_ends_still_split(tok, text, n):
    assert len(_sentences(tok, text)) == n


def test_sentence_starters_are_capitalised_function_words():
    assert {"Die", "Der", "Das", "Danach"} <= SENTENCE_STARTERS
    assert not {"Juli", "Forums", "Chinesisch-Europäischen", "Oktober"} & SENTENCE_STARTERS
