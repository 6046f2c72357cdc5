"""The organisation readers of ``press_entity_rules`` (:mod:`pipeline.components.entity_rules.organisations`):
parties, parliaments, courts and international bodies by their short forms, a person's span that
ran into a party, clubs in match reports. Each row gives the model's entities (so the table holds
whatever the model does), rows that must come out and spans that must not be an entity, or must
not carry a label."""
import pytest

from pipeline.components.entity_rules import READERS
from pipeline.components.entity_rules.organisations import (club_as_city, club_name, known_organisation,
                                                           organisation_before_noun, party_then_person,
                                                           person_then_party)
from pipeline.lang.organisations import (AMBIGUOUS_PARTY_WORDS, BODIES, GENERIC_BODIES, INTERNATIONAL_BODIES,
                                         PARTIES, organisation_names)

from .given_ner import check_rows, run_with_ner


def run(nlp, text, model_ents):
    return [(e.text, e.label_) for e in run_with_ner(nlp, text, model_ents).ents]


MATCH = "Am 12. Spieltag der Fußball-Bundesliga:\n"

# (text, model entities, rows that must be there, (text, label) rows that must not)
CASES = [
    # parties by their short forms and inflected names, where the model found nothing
    ("Ein Lager aus SPD und Grüne käme auf 57 Prozent.", [("SPD", "ORG")], [("Grüne", "ORG")], []),
    ("Die Mitglieder der PDS stimmten zu.", [], [("PDS", "ORG")], []),
    ("Am Montag forderten die Grünen mehr Geld.", [], [("Grünen", "ORG")], []),
    # the adjective before a noun, a sentence's first word and a lower-case word are no party
    ("Grüne Energie ist gefragt.", [], [], [("Grüne", "ORG"), ("Grüne Energie", "ORG")]),
    ("Das Unternehmen setzt auf Grüne Energie aus Wind.", [], [], [("Grüne", "ORG")]),
    ("Er hob die linke Hand.", [], [], [("linke", "ORG")]),
    # a youth organisation is its own, not the party
    ("Die Grüne Jugend protestierte am Montag.", [("Grüne", "ORG")], [("Grüne Jugend", "ORG")], [("Grüne", "ORG")]),
    # parliaments, courts, governments, also in the genitive
    ("Das Urteil des Bundesverfassungsgerichtes fiel am Montag.", [], [("Bundesverfassungsgerichtes", "ORG")], []),
    ("Der Landtag tagte am Montag.", [], [("Landtag", "ORG")], []),
    ("Die Sitzung des Bundesrates begann.", [("Bundesrates", "LOC")], [("Bundesrates", "ORG")], [("Bundesrates", "LOC")]),
    # international bodies by their short forms
    ("Die EU-Kommission und die Nato berieten.", [], [("EU-Kommission", "ORG"), ("Nato", "ORG")], []),
    # a compound or a longer name is no mention of the body
    ("Die SPD-Fraktion stimmte zu.", [], [], [("SPD", "ORG")]),
    ("KPMG Österreich tritt UN Global Compact bei.", [("KPMG Österreich", "ORG")], [], [("UN", "ORG")]),
    ("Das United Nations Development Programme hilft.", [("United Nations Development Programme", "ORG")],
     [("United Nations Development Programme", "ORG")], [("United Nations", "ORG")]),
    # media by their short names, also in lower case; a two-letter business abbreviation is none
    ("Die taz hat heute berichtet. Das ZDF Freunde und Verwandte befragt.", [("ZDF Freunde", "MISC")],
     [("taz", "ORG"), ("ZDF", "ORG")], [("ZDF Freunde", "MISC")]),
    ("Die Rechnungen im AP werden automatisiert.", [], [], [("AP", "ORG")]),
    # common words of the generic bodies stay with the model
    ("Die Regierung tagte am Montag.", [], [], [("Regierung", "ORG")]),
    # a common noun that a brand rule glued to the body is cut off
    ("Die Länder erwarten durch den Beschluss der Bundesregierung Mehrkosten in Höhe von 600 Millionen.",
     [("Bundesregierung", "ORG")], [("Bundesregierung", "ORG")], [("Bundesregierung Mehrkosten", "MISC")]),
    # a person's span that ran into a party, a party's span that ran into a person
    ("Das sagte Filiz Polat von den Grünen am Montag.", [("Filiz Polat von den Grünen", "PER")],
     [("Filiz Polat", "PER"), ("Grünen", "ORG")], [("Filiz Polat von den Grünen", "PER")]),
    ("Das sagte Ursula von der Leyen am Montag.", [("Ursula von der Leyen", "PER")],
     [("Ursula von der Leyen", "PER")], [("Ursula", "PER")]),
    ("Die Vorsitzende der Linken Gesine Lötzsch sprach.", [("Linken Gesine Lötzsch", "ORG")],
     [("Linken", "ORG"), ("Gesine Lötzsch", "PER")], [("Linken Gesine Lötzsch", "ORG")]),
    # clubs in a match report: a city before a score, after ``gegen``, across a pairing's dash
    (MATCH + "Bayern München - Werder Bremen 3:1 (3:1)", [("Bayern München", "LOC"), ("Werder Bremen", "ORG")],
     [("Bayern München", "ORG")], [("Bayern München", "LOC")]),
    (MATCH + "Das Spiel Cottbus gegen Stuttgart fiel aus.", [("Cottbus", "LOC"), ("Stuttgart", "LOC")],
     [("Cottbus", "ORG"), ("Stuttgart", "ORG", )], [("Stuttgart", "LOC")]),
    (MATCH + "Hamburger SV - Hertha BSC 1:1\nHannover 96 - 1. FC Köln 0:2",
     [("Hamburger", "LOC"), ("Hannover", "LOC"), ("Köln", "LOC")],
     [("Hamburger SV", "ORG"), ("Hertha BSC", "ORG"), ("Hannover 96", "ORG")], [("Hamburger", "LOC"), ("Hannover", "LOC")]),
    (MATCH + "Der Verfolger Schalke 04 gewann 2:0.", [("Schalke 04", "ORG")], [("Schalke 04", "ORG")],
     [("Verfolger Schalke 04", "ORG")]),
    # a dateline before a sentence about a club is no pairing; a country is no club (a national team)
    (MATCH + "Wien – Bayern München hat am Samstag gewonnen.", [("Wien", "LOC"), ("Bayern München", "ORG")],
     [("Wien", "LOC")], [("Wien", "ORG")]),
    (MATCH + "Deutschland gewann 2:1 gegen Schweden.", [("Deutschland", "LOC"), ("Schweden", "LOC")],
     [("Deutschland", "LOC"), ("Schweden", "LOC")], [("Schweden", "ORG")]),
    # a court before a case number is a reference
    ("Das Urteil BVerwG 1 C 19.21 vom 16. Februar 2023 gilt.", [], [], [("BVerwG", "ORG")]),
    # outside a match report the city is a place, also after ``gegen``
    ("Die Bürger protestierten gegen Stuttgart 21 und gegen Berlin.", [("Berlin", "LOC")], [("Berlin", "LOC")],
     [("Berlin", "ORG")]),
    ("Der Hamburger SV-Verband tagte in Hannover.", [("Hannover", "LOC")], [("Hannover", "LOC")], [("Hannover", "ORG")]),
]


@pytest.mark.parametrize("text, model, must, must_not", CASES, ids=[c[0][:40] for c in CASES])
def test_organisation_readers(nlp, text, model, must, must_not):
    check_rows(run(nlp, text, model), must, must_not)


def test_offsets_sacred(nlp):
    text = MATCH + "Stuttgart gewann 2:1 gegen Dortmund. Die Grünen und der Bundestag berieten."
    doc = run_with_ner(nlp, text, [("Stuttgart", "LOC"), ("Dortmund", "LOC")])
    for e in doc.ents:
        assert text[e.start_char:e.end_char] == e.text


def test_readers_registered_in_order():
    names = [r.__name__ for r in READERS]
    for reader in (known_organisation, person_then_party, party_then_person, club_as_city, club_name,
                   organisation_before_noun):
        assert reader in READERS, reader.__name__
    assert names.index("institution") < names.index("known_organisation")
    assert names.index("company_then_brand") < names.index("organisation_before_noun")


def test_tables_hold_one_name_per_form():
    names = organisation_names()
    for table in (PARTIES, BODIES, INTERNATIONAL_BODIES):
        for name, others in table.items():
            assert names[name] == name
            for form in others:
                assert form in names
    assert not GENERIC_BODIES & set(names), "a generic body names no one organisation"
    assert AMBIGUOUS_PARTY_WORDS & set(names) >= {"Grüne", "Grünen", "Linke", "Linken"}


# the family name alone: (text, model entities, rows that must be there, rows that must not)
SURNAME_CASES = [
    ("Barack Obama sprach. Die Annahme hätte Obamas Kampagne gestärkt.", [("Barack Obama", "PER")],
     [("Obamas", "PER")], []),
    ("Barack Obama sprach. Die Obama-Regierung plant viel.", [("Barack Obama", "PER")], [],
     [("Obama", "PER"), ("Obama-Regierung", "PER")]),
    ("Thomas Koch ist Chef. Der Koch kocht gut.", [("Thomas Koch", "PER")], [], [("Koch", "PER")]),
    ("Verteidigungsminister Guttenberg besuchte die Truppen.", [("Guttenberg", "LOC")], [("Guttenberg", "PER")],
     [("Guttenberg", "LOC")]),
    ("Das sei richtig, sagte zu Guttenberg am Montag.", [("Guttenberg", "LOC")], [("Guttenberg", "PER")],
     [("Guttenberg", "LOC")]),
    ("Die Staatsanwaltschaft ermittelt gegen zu Guttenberg.", [("Guttenberg", "LOC")], [("Guttenberg", "PER")],
     [("Guttenberg", "LOC")]),
    ("Wir fahren morgen zu Guttenberg.", [("Guttenberg", "LOC")], [("Guttenberg", "LOC")], [("Guttenberg", "PER")]),
    ("Der Stadtrat Dresden beschließt. Exportkaiser Vorarlberg wächst.", [("Dresden", "LOC"), ("Vorarlberg", "LOC")],
     [("Dresden", "LOC"), ("Vorarlberg", "LOC")], [("Dresden", "PER"), ("Vorarlberg", "PER")]),
    ("Der Bürgermeister Berlins kam. Präsident Frankreich sagte nichts.", [("Berlins", "LOC"), ("Frankreich", "LOC")],
     [("Berlins", "LOC"), ("Frankreich", "LOC")], [("Berlins", "PER"), ("Frankreich", "PER")]),
]


@pytest.mark.parametrize("text, model, must, must_not", SURNAME_CASES, ids=[c[0][:40] for c in SURNAME_CASES])
def test_surname_readers(nlp, text, model, must, must_not):
    check_rows(run(nlp, text, model), must, must_not)


def test_a_title_makes_every_mention_of_the_name_a_person(nlp):
    text = "Guttenberg besucht Truppen.\nVerteidigungsminister Guttenberg kam am Montag. Guttenbergs Reise war kurz."
    rows = run(nlp, text, [("Guttenberg", "LOC", 1), ("Guttenberg", "LOC", 2), ("Guttenbergs", "LOC")])
    assert rows.count(("Guttenberg", "PER")) == 2 and ("Guttenbergs", "PER") in rows, rows
    assert not [r for r in rows if r[1] == "LOC"], rows


def test_a_one_word_person_or_a_place_after_von_spreads_nothing(nlp):
    text = "Carlsberg entscheidet sich für Muster. Kunden wie Carlsberg sparen. Der Beauftragte von Hessen prüft."
    rows = run(nlp, text, [("Carlsberg", "PER"), ("Muster", "ORG"), ("Hessen", "LOC")])
    assert ("Hessen", "LOC") in rows and ("Hessen", "PER") not in rows, rows
    assert rows.count(("Carlsberg", "PER")) <= 1, rows
