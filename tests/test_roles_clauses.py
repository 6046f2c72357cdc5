"""The clause readers of ``press_roles`` (issue 23, contract v3): one table per family of
clause shapes, each with rows that must come out and rows that must not. Made-up sentences
in the style of corporate releases; the pipeline's own NER finds the names."""
from __future__ import annotations

import pytest

from pipeline.components.roles.words import closed_compound, title_parts
from pipeline.text.view import Word


def rows(nlp, text):
    return {(r.person, r.role, r.organization) for r in nlp(text)._.roles}


#: (family, text, rows that must be among the output)
MUST = [
    # 1 predicative / copula
    ("copula with time adverbial", "Max Muster ist seit 2019 CTO bei der Muster AG.", {("Max Muster", "CTO", "Muster AG")}),
    ("bleibt", "Max Muster bleibt Vorsitzender des Aufsichtsrats.", {("Max Muster", "Vorsitzender", "Aufsichtsrats")}),
    ("wird", "Lea Probe wird Leiterin der Rechtsabteilung.", {("Lea Probe", "Leiterin", "Rechtsabteilung")}),
    ("inverted copula", "Ab 2012 war Lea Probe stellvertretende Leiterin der Muster AG.",
     {("Lea Probe", "stellvertretende Leiterin", "Muster AG")}),
    ("relative clause, verb last", "Lea Probe, die seit 2020 CFO der Muster AG ist, sagte das.",
     {("Lea Probe", "CFO", "Muster AG")}),
    ("two predicates", "Anna Test (39) ist Steuerberaterin und seit 2014 Teil von KPMG.",
     {("Anna Test", "Steuerberaterin", "KPMG")}),
    # 2 activity frames
    ("als … tätig", "Max Muster ist als Berater tätig.", {("Max Muster", "Berater", "")}),
    ("bei … tätig", "Peter Amon (35) ist seit zwölf Jahren bei KPMG tätig.", {("Peter Amon", "", "KPMG")}),
    ("wechselt zu", "Max Muster wechselt zur Beispiel GmbH.", {("Max Muster", "", "Beispiel GmbH")}),
    ("kommt von", "Max Muster kommt von der Probe AG.", {("Max Muster", "", "Probe AG")}),
    ("Teil von", "Max Muster ist Teil von Muster Consulting.", {("Max Muster", "", "Muster Consulting")}),
    ("an der … tätig", "Eva Rohn ist als Fachautorin und -vortragende an der Universität Salzburg tätig.",
     {("Eva Rohn", "Fachautorin", "Universität Salzburg"), ("Eva Rohn", "-vortragende", "Universität Salzburg")}),
    ("als … seit … Teil von", "Anna Test (56) ist als Wirtschaftsprüferin und Steuerberaterin seit 2001 Teil von KPMG.",
     {("Anna Test", "Wirtschaftsprüferin", "KPMG"), ("Anna Test", "Steuerberaterin", "KPMG")}),
    ("Mitglied im … sowie in der", "Otto Muster ist Mitglied im Fachsenat für Steuerrecht der KSW sowie in der "
                                   "Arbeitsgruppe Investmentfonds des IWP.",
     {("Otto Muster", "Mitglied", "Fachsenat für Steuerrecht der KSW"),
      ("Otto Muster", "Mitglied", "Arbeitsgruppe Investmentfonds des IWP")}),
    # 3 personnel verbs
    ("ernennt A und B zu", "Mit Jahreswechsel ernennt die Muster AG Anna Test und Lea Probe zu Partnerinnen.",
     {("Lea Probe", "Partnerinnen", "Muster AG")}),
    ("tritt … als … bei", "Anna Muster tritt der Muster AG als Finanzvorständin bei.",
     {("Anna Muster", "Finanzvorständin", "Muster AG")}),
    ("verstärkt … als", "Der Experte Otto Lehner verstärkt ab sofort KPMG als Director für Reporting.",
     {("Otto Lehner", "Director für Reporting", "KPMG")}),
    ("vergrößert … um X als", "Damit vergrößert KPMG sein Team um Jochen Trommer (44) als Director Circular Economy.",
     {("Jochen Trommer", "Director Circular Economy", "KPMG")}),
    ("übernimmt als … die Leitung", "Lea Probe übernimmt als CFO die Leitung der Finanzabteilung der Beispiel GmbH.",
     {("Lea Probe", "CFO", "Finanzabteilung der Beispiel GmbH"),
      ("Lea Probe", "Leitung", "Finanzabteilung der Beispiel GmbH")}),
    ("dessen Stellvertretung übernimmt", "Zum Vorsitzenden wurde Otto Muster gewählt, dessen Stellvertretung "
                                         "übernimmt Lea Probe.", {("Lea Probe", "Stellvertretung", "")}),
    # 4 plural titles over lists
    ("Weitere neue … sind", "Weitere neue Partner:innen sind Anna Test, Otto Muster und Lea Probe.",
     {("Anna Test", "Partner:innen", ""), ("Otto Muster", "Partner:innen", ""), ("Lea Probe", "Partner:innen", "")}),
    ("Zu … ernannt wurden", "Zu Partnern ernannt wurden Anna Test und Otto Muster.",
     {("Anna Test", "Partnern", ""), ("Otto Muster", "Partnern", "")}),
    ("Neu im …:", "Neu im Vorstand: Anna Test, Otto Muster.", {("Anna Test", "Vorstand", ""), ("Otto Muster", "Vorstand", "")}),
    ("Unter den … sind, names with titles", "Unter den neuen Partnerinnen sind Head of ESG Anna Test, Expertin Lea "
                                            "Probe und die Autorin Eva Muster (Cybersecurity).",
     {("Anna Test", "neuen Partnerinnen", ""), ("Lea Probe", "neuen Partnerinnen", ""),
      ("Eva Muster", "neuen Partnerinnen", "")}),
    ("dateline, Unter den … sind, English title before a name",
     "Wien (OTS) - Unter den neuen Partner:innen sind Head of ESG Katharina Schönauer, Expertin Kathrin Bruckmayer "
     "sowie Otto Muster.",
     {("Katharina Schönauer", "Head of ESG", ""), ("Katharina Schönauer", "neuen Partner:innen", ""),
      ("Otto Muster", "neuen Partner:innen", "")}),
    ("plural title before names with long parentheses",
     "Es sprachen die Studienautoren Robert Lamprecht (Cybersecurity in Österreich) und Eberhard Bayerl (Digitalisierung).",
     {("Robert Lamprecht", "Studienautoren", ""), ("Eberhard Bayerl", "Studienautoren", "")}),
    ("erweitert … Expert:innenteam um X als",
     "Um zu wachsen, erweitert die KPMG Austria GmbH ihr Expert:innenteam um Othmar Lehner (51) als Director für Reporting.",
     {("Othmar Lehner", "Director für Reporting", "KPMG Austria GmbH")}),
    # 5 apposition chains, title of any wording + bei
    ("apposition of any wording + bei", "„Gut“, sagt Neil Murphy, Global Channel Chief bei ABBYY.",
     {("Neil Murphy", "Global Channel Chief", "ABBYY")}),
    ("apposition + bei + finite verb", "„Gut“, sagt Patricia Battenberg, Chief Market Officer bei Worldline fügt hinzu.",
     {("Patricia Battenberg", "Chief Market Officer", "Worldline")}),
    ("apposition with im Bereich", "„Gut“, berichtet Otto Bürger, Manager im Bereich Deal Advisory bei KPMG.",
     {("Otto Bürger", "Manager im Bereich Deal Advisory", "KPMG")}),
    ("apposition chain with commas", "Anna Test, Aufsichtsrätin der Muster AG, Mitglied im Stiftungsrat der Beispiel "
                                     "Stiftung sowie Beiratsvorsitzende der Probe GmbH, sprach.",
     {("Anna Test", "Aufsichtsrätin", "Muster AG"), ("Anna Test", "Mitglied", "Stiftungsrat der Beispiel Stiftung"),
      ("Anna Test", "Beiratsvorsitzende", "Probe GmbH")}),
    # 6 coordination
    ("coordinated titles", "„Gut“, sagt Frank Muster, CEO und Gründer von Muster Software.",
     {("Frank Muster", "CEO", "Muster Software"), ("Frank Muster", "Gründer", "Muster Software")}),
    ("coordinated organisations", "Anna Muster, Vorstand der Siemens AG und der Allianz SE, sagte das.",
     {("Anna Muster", "Vorstand", "Siemens AG"), ("Anna Muster", "Vorstand", "Allianz SE")}),
    # 7 closed compounds with a named organisation
    ("closed compound, listed name", "Bahnchef Richard Lutz sagte am Montag etwas.", {("Richard Lutz", "Chef", "Bahn")}),
    ("closed compound with modifier", "Der stellvertretende Bundesbankpräsident Claudia Buch warnte.",
     {("Claudia Buch", "stellvertretende Präsident", "Bundesbank")}),
    # 8 contact blocks
    ("contact: Name, Organisation", "Die Meldung.\n\nPressekontakt\n\nAnna Hufschmitt, ABBYY\nanna@example.com\n\n"
                                    "Elisabeth Strobel, BCW Germany\nTel. 089 123\n",
     {("Anna Hufschmitt", "", "ABBYY"), ("Elisabeth Strobel", "", "BCW Germany")}),
    ("contact: title line with department", "Text.\n\nWeitere Informationen:\nRalph Müller\nDirector, Eclipse "
                                            "Ecosystems – Europe\nEclipse Foundation Inc.\n",
     {("Ralph Müller", "Director, Eclipse Ecosystems – Europe", "Eclipse Foundation Inc.")}),
]

#: (family, text, (person, role, organisation) patterns that must not come out; "*" matches anything)
MUST_NOT = [
    ("copula: no predicate noun", "Max Muster ist bei der Veranstaltung dabei.", {("Max Muster", "*", "*")}),
    ("bei + event of an organisation", "Max Muster war bei der Konferenz der Vereinten Nationen.",
     {("Max Muster", "*", "*")}),
    ("Teil der + common noun", "Dr. Herbert Petritz ist ab sofort Teil der Gruppe.", {("Herbert Petritz", "", "Gruppe")}),
    ("activity verb without organisation", "Max Muster, der das Projekt leitet, sagte das.", {("Max Muster", "*", "*")}),
    ("the name after a preposition is no subject", "Das Ziel von Anna Test ist Partnerin der Industrie zu werden.",
     {("Anna Test", "*", "*")}),
    ("zu without appointing verb", "Das sagte Anna Test zu Journalisten.", {("Anna Test", "Journalisten", "*")}),
    ("ordinary compound keeps its word", "Konzernchef Oliver Blume sagte etwas.", {("Oliver Blume", "Chef", "*")}),
    ("ordinary compound: Abteilungsleiter", "Abteilungsleiter Max Muster kam.", {("Max Muster", "*", "Abteilung")}),
    ("Name, Organisation outside a contact block", "Am Montag kam Anna Hufschmitt, ABBYY\nDann ging sie.",
     {("Anna Hufschmitt", "", "ABBYY")}),
    ("bei + event", "Usain Bolt hat am Sonntag bei der Leichtathletik-WM gewonnen.", {("Usain Bolt", "*", "*")}),
    ("partitive describes", "Wassilew wurde einer der größten Investoren der Bank.", {("Wassilew", "*", "*")}),
    ("indefinite predicate without organisation describes", "Jerome Boateng sei ein herausragender Spieler.",
     {("Jerome Boateng", "*", "*")}),
    ("oblique article opens no predicate", "Helga Nowotny wird auch den wissenschaftlichen Beirat leiten.",
     {("Helga Nowotny", "wissenschaftlichen Beirat", "*")}),
    ("affiliation after a list is the last name's", "Es kandidieren Barbara Rosenkranz (FPÖ) und Rudolf Gehring "
                                                     "von der Christen-Partei.", {("Barbara Rosenkranz", "*", "Christen-Partei")}),
    ("Name, title in a contact block", "Die Meldung.\n\nKontakt\n\nSylvia Schwab, Leitung Politik und Kommunikation\n"
                                       "sylvia@example.org\n", {("Sylvia Schwab", "", "*")}),
    ("one organisation name is not split", "Das sagte Harold Bornstein vom New Yorker Lenox Hill-Krankenhaus.",
     {("Harold Bornstein", "", "New Yorker")}),
    ("a genitive is no coordination", "„Gut“, sagte Ednan Aslan, Professor am Institut für Islamische Studien der "
                                      "Universität Wien.", {("Ednan Aslan", "Professor", "Universität Wien")}),
    ("Bundes- is no organisation", "Bundesinnenminister Wolfgang Schäuble sagte das.", {("Wolfgang Schäuble", "*", "Bundes")}),
    ("haben + participle that is no activity", "Peter Danckert hatte Klage beim Bundesverfassungsgericht eingereicht.",
     {("Peter Danckert", "", "Bundesverfassungsgericht")}),
    ("the first participle decides", "Spitaler hat 2009 eine Studie zu Rapid Wiens Vergangenheit vorgelegt und war "
                                     "damals darauf gestoßen, dass es so war.", {("Spitaler", "*", "*")}),
    ("und + finite verb opens a clause of its own", "Slomka war unter anderem Coach bei Tennis Borussia Berlin und "
                                                    "arbeitete schon bei Hannover 96 als Co-Trainer.",
     {("Slomka", "Co-Trainer", "Tennis Borussia Berlin")}),
    ("plural head without a list", "Mitarbeiter sind das wichtigste Kapital, sagt Anna Test.",
     {("Anna Test", "Mitarbeiter", "*")}),
    ("no split inside a department", "„Gut“, sagt Ignacio Muster, Head of IT PLM Systems and Software bei "
                                     "Continental Automotive.", {("Ignacio Muster", "Software", "*")}),
]


@pytest.mark.parametrize("family,text,expected", MUST, ids=[m[0] for m in MUST])
def test_clause_readers(nlp, family, text, expected):
    assert expected <= rows(nlp, text)


@pytest.mark.parametrize("family,text,banned", MUST_NOT, ids=[m[0] for m in MUST_NOT])
def test_clause_readers_must_not(nlp, family, text, banned):
    got = rows(nlp, text)
    for person, role, org in banned:
        assert not [r for r in got if r[0] == person and role in ("*", r[1]) and org in ("*", r[2])], got


def test_clause_rows_keep_offsets(nlp):
    text = "Peter Amon (35) ist seit zwölf Jahren bei KPMG tätig. Anna Test, CEO und Gründerin von Musterfirma, kam."
    for r in nlp(text)._.roles:
        assert text[r.start:r.end] == r.text
        assert text[r.person_start:r.person_end] == r.person
        if r.org_start is not None:
            assert text[r.org_start:r.org_end] == r.organization


@pytest.mark.parametrize("word,orgs,cut", [
    ("Bahnchef", frozenset(), 4),
    ("Bundesbankpräsident", frozenset(), 10),
    ("Ethikbankchef", frozenset({"Ethikbank"}), 9),    # an ORG entity of the document
    ("Konzernchef", frozenset(), 0),
    ("Abteilungsleiter", frozenset(), 0),
    ("Bankchef", frozenset(), 0),
    ("Siemens-Chef", frozenset(), 0),                 # hyphenated: the phrase grammar's split
])
def test_closed_compound(word, orgs, cut):
    assert closed_compound(word, orgs) == cut


def _words(text: str) -> list[Word]:
    out, at = [], 0
    for t in text.split():
        at = text.index(t, at)
        out.append(Word(t, at, at + len(t)))
        at += len(t)
    return out


@pytest.mark.parametrize("title,parts", [
    ("CEO und Gründer", ["CEO", "Gründer"]),
    ("President & General Manager", ["President", "General Manager"]),
    ("Fachautorin und -vortragende", ["Fachautorin", "-vortragende"]),
    ("Head of IT PLM Systems and Software", ["Head of IT PLM Systems and Software"]),   # must not split
    ("Leiterin Personal und Recht", ["Leiterin Personal und Recht"]),                     # must not split
])
def test_title_parts(title, parts):
    ws = _words(title)
    assert [" ".join(w.text for w in ws[a:b]) for a, b in title_parts(ws, 0, len(ws))] == parts
