"""pipeline/lang/speech.py and the quotation marks read from it: rows that must and must not match."""
import pytest

from pipeline.components.quotes.marks import mark_spans
from pipeline.components.quotes.tokens import _present_subjunctive
from pipeline.lang.name_parts import first_name_genders
from pipeline.lang.speech import (ACT_PREPOSITIONS, ACT_VERBS, CLAUSE_ONLY, IMPERSONAL_SPEECH, KONJUNKTIV_FORMS,
                                  KONJUNKTIV_I_FORMS, KONJUNKTIV_II_FORMS, LEMMA_FIXES, NO_INFINITIVE_CONTENT,
                                  OPINION_NOUNS, PARTICLE_ONLY, PRONOUNS, QUOTING_VERBS, SAYING_NOUN_ENDINGS, SEPARABLE_SPEECH_VERBS, SOURCE_BEFORE,
                                  SOURCE_PLACE_PREPOSITIONS, SPEECH_VERBS, TEXT_SOURCE_VERBS, UNSURE_FRAME_VERBS)


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
    # an act verb is a speech verb, or the particle and stem of a separable one (``ausgehen``)
    compounds = {particle + stem for stem, particle in SEPARABLE_SPEECH_VERBS}
    assert PARTICLE_ONLY <= SPEECH_VERBS and ACT_VERBS - SPEECH_VERBS <= compounds
    assert "ausgehen" in ACT_VERBS - SPEECH_VERBS and "schätzen" not in ACT_VERBS
    assert not CLAUSE_ONLY & ACT_VERBS
    # a frame of judging is unsure; a text that speaks (``heißt es in …``) is not
    assert "halten" in UNSURE_FRAME_VERBS and "heißen" not in UNSURE_FRAME_VERBS and "sagen" not in UNSURE_FRAME_VERBS
    # a text source's verb is a separable speech verb
    assert set(TEXT_SOURCE_VERBS) <= SEPARABLE_SPEECH_VERBS
    # nouns of opinion are compared case-folded
    assert all(n == n.casefold() for n in OPINION_NOUNS) and "ansicht" in OPINION_NOUNS
    # an act that needs its preposition is an act verb
    assert set(ACT_PREPOSITIONS) <= ACT_VERBS and ACT_PREPOSITIONS["ausgehen"] == frozenset({"von"})


@pytest.mark.parametrize("form, yes", [("sei", True), ("habe", True), ("könne", True), ("wäre", True),
                                       ("ist", False), ("hat", False), ("kann", False), ("war", False)])
def test_konjunktiv_forms(form, yes):
    assert (form in KONJUNKTIV_FORMS) is yes


@pytest.mark.parametrize("word, lemma, yes", [("wachse", "wachsen", True), ("liege", "liegen", True),
                                              ("wächst", "wachsen", False), ("sagte", "sagen", False),
                                              ("Ende", "Ende", False), ("handle", "handeln", True),
                                              ("handele", "handeln", True), ("ändere", "ändern", True),
                                              ("handelt", "handeln", False)])
def test_present_subjunctive(word, lemma, yes):
    assert _present_subjunctive(word, lemma) is yes


@pytest.mark.parametrize("form, mood", [("sei", 1), ("habe", 1), ("könne", 1), ("wäre", 2), ("könnte", 2),
                                        ("sollte", 2), ("ist", 0), ("kann", 0)])
def test_konjunktiv_i_and_ii(form, mood):
    assert (form in KONJUNKTIV_I_FORMS, form in KONJUNKTIV_II_FORMS) == (mood == 1, mood == 2)
    assert "sollte" not in KONJUNKTIV_FORMS      # also the past indicative: no Konjunktiv flag of its own


@pytest.mark.parametrize("lemma", ["kritisieren", "begrüßen", "verurteilen", "ablehnen", "empfehlen"])
def test_judging_verbs_report_no_act(lemma):
    assert lemma not in ACT_VERBS


@pytest.mark.parametrize("lemma", ["berichten", "betonen", "blicken", "bekanntgeben", "fordern"])
def test_act_verbs(lemma):
    assert lemma in ACT_VERBS


def test_clause_tables_are_speech_verbs():
    assert IMPERSONAL_SPEECH <= SPEECH_VERBS and NO_INFINITIVE_CONTENT <= SPEECH_VERBS
    assert {"beschließen", "auffordern", "heißen"} <= CLAUSE_ONLY and "sagen" not in NO_INFINITIVE_CONTENT
    assert all(w == w.casefold() for w in SOURCE_BEFORE)     # compared case-folded (gemäß → gemäss)


@pytest.mark.parametrize("name, gender", [("Anna", "f"), ("Andrea", "f"), ("Michael", "m"), ("Peter", "m")])
def test_first_name_genders(name, gender):
    assert first_name_genders()[name] == gender


@pytest.mark.parametrize("name", ["Max", "Kim", "Sprecherin", "August"])
def test_first_names_without_a_gender(name):
    assert name not in first_name_genders()


def test_lemma_fixes_point_to_speech_verbs():
    assert set(LEMMA_FIXES.values()) <= SPEECH_VERBS and not set(LEMMA_FIXES) & SPEECH_VERBS
    assert QUOTING_VERBS <= SPEECH_VERBS and "von" not in SOURCE_PLACE_PREPOSITIONS   # von is the passive agent


@pytest.mark.parametrize("noun, yes", [("Forderung", True), ("Rücktrittsforderung", True), ("Begründung", True),
                                       ("Vorwurf", True), ("Hoffnung", False), ("Forschung", False),
                                       ("Entscheidung", False)])
def test_saying_nouns(noun, yes):
    assert noun.casefold().endswith(SAYING_NOUN_ENDINGS) is yes


def test_pronouns_have_gender_and_number():
    assert PRONOUNS["er"] == ("m", "sg") and PRONOUNS["sie"] == ("f", "sg") and PRONOUNS["wir"][1] == "pl"
    assert "es" not in PRONOUNS      # ``es heißt`` names no speaker


@pytest.mark.parametrize("text, spans", [
    ("Er sagte: „Wir wachsen.“", ["„Wir wachsen.“"]),
    ("»Gut« und «gut» und ‚gut‘", ["»Gut«", "«gut»", "‚gut‘"]),
    ('Sie sagte "ja" und "nein".', ['"ja"', '"nein"']),
    ("Das Prinzip „Planung zuerst\" gilt.", ["„Planung zuerst\""]),      # typed closing mark
    # marks inside marks of the same kind: the outer quotation, whole
    ("„Wir bauen „grüne Häuser“ für alle“, sagte er.", ["„Wir bauen „grüne Häuser“ für alle“"]),
    ("»Das »Haus« steht«, sagte sie. „Gut.“", ["»Das »Haus« steht«", "„Gut.“"]),
    ("Er sagte: „Wir „wachsen“.\n\nDer Absatz.", ["„wachsen“"]),     # the outer one unclosed: the inner pair
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
