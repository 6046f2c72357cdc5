"""pipeline/lang/speech.py and the quotation marks read from it: rows that must and must not match."""
import pytest

from pipeline.components.quotes.marks import mark_spans
from pipeline.components.quotes.tokens import _present_subjunctive
from pipeline.lang.speech import (ACT_VERBS, CLAUSE_ONLY, KONJUNKTIV_FORMS, PARTICLE_ONLY, PRONOUNS,
                                  SEPARABLE_SPEECH_VERBS, SPEECH_VERBS)


@pytest.mark.parametrize("lemma", ["sagen", "erklären", "betonen", "berichten", "mitteilen", "blicken"])
def test_speech_verbs(lemma):
    assert lemma in SPEECH_VERBS


@pytest.mark.parametrize("lemma", ["wachsen", "investieren", "sein", "haben"])
def test_not_speech_verbs(lemma):
    assert lemma not in SPEECH_VERBS


def test_separable_verbs_speak_only_with_their_particle():
    assert ("teilen", "mit") in SEPARABLE_SPEECH_VERBS and ("blicken", "zurück") in SEPARABLE_SPEECH_VERBS
    assert "teilen" in PARTICLE_ONLY and "sagen" not in PARTICLE_ONLY
    # every verb that needs a particle has one, and is a speech verb
    assert all(any(v == lemma for v, _p in SEPARABLE_SPEECH_VERBS) for lemma in PARTICLE_ONLY)
    assert PARTICLE_ONLY <= SPEECH_VERBS and ACT_VERBS - SPEECH_VERBS == set()
    assert not CLAUSE_ONLY & ACT_VERBS


@pytest.mark.parametrize("form, yes", [("sei", True), ("habe", True), ("könne", True), ("wäre", True),
                                       ("ist", False), ("hat", False), ("kann", False), ("war", False)])
def test_konjunktiv_forms(form, yes):
    assert (form in KONJUNKTIV_FORMS) is yes


@pytest.mark.parametrize("word, lemma, yes", [("wachse", "wachsen", True), ("liege", "liegen", True),
                                              ("wächst", "wachsen", False), ("sagte", "sagen", False),
                                              ("Ende", "Ende", False)])
def test_present_subjunctive(word, lemma, yes):
    assert _present_subjunctive(word, lemma) is yes


def test_pronouns_have_gender_and_number():
    assert PRONOUNS["er"] == ("m", "sg") and PRONOUNS["sie"] == ("f", "sg") and PRONOUNS["wir"][1] == "pl"
    assert "es" not in PRONOUNS      # ``es heißt`` names no speaker


@pytest.mark.parametrize("text, spans", [
    ("Er sagte: „Wir wachsen.“", ["„Wir wachsen.“"]),
    ("»Gut« und «gut» und ‚gut‘", ["»Gut«", "«gut»", "‚gut‘"]),
    ('Sie sagte "ja" und "nein".', ['"ja"', '"nein"']),
    ("Das Prinzip „Planung zuerst\" gilt.", ["„Planung zuerst\""]),      # typed closing mark
])
def test_mark_spans(text, spans):
    assert [text[a:b] for a, b in mark_spans(text)] == spans


@pytest.mark.parametrize("text", [
    "Wie geht’s? Das ist Peters’ Auto.",                # apostrophes
    "Er sagte: „Wir wachsen.\n\nDer nächste Absatz.",   # unclosed: a quotation never crosses a blank line
    "Ein Zoll (5\") ist kein Zitat.",                      # a stray typewriter mark
])
def test_no_mark_spans(text):
    assert mark_spans(text) == []
