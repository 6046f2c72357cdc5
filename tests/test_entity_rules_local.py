"""The readers for local places and cited things (``entity_rules/places.py`` and
``references.py``): each a table of rows that must come out and texts that must not be an
entity, over given model entities (made-up sentences in the style of police, court and
NGO releases)."""
import pytest

from .given_ner import check_rows, run_with_ner


def run(nlp, text, model_ents):
    return [(e.text, e.label_) for e in run_with_ner(nlp, text, model_ents).ents]


# (text, model entities, rows that must be there, texts that must not be an entity)
CASES = [
    # street_name: a street is a place, with or without a house number
    ("Er fuhr gegen 18 Uhr in der Lindenstraße.", [], [("Lindenstraße", "LOC")], []),
    ("Sie befuhr die Kieler Straße Richtung Zentrum.", [("Kieler Straße", "ORG")], [("Kieler Straße", "LOC")], []),
    ("Das Auto rollte bis zum Fliederweg.", [], [("Fliederweg", "LOC")], []),
    ("Ein Dieb stieg in der Weilheimer Ostendstraße ein.", [("Weilheimer Ostendstraße", "ORG")],
     [("Ostendstraße", "LOC")], ["Weilheimer Ostendstraße"]),
    # must not: kinds of road and ways of doing things
    ("Er fuhr auf der Bundesstraße und dann auf dem Radweg.", [], [], ["Bundesstraße", "Radweg"]),
    ("Der Vertriebsweg über den Arbeitsplatz ist neu.", [], [], ["Vertriebsweg", "Arbeitsplatz"]),
    ("Die Straße war gesperrt.", [], [], ["Straße"]),
    ("Der Käufer kam zum Schauplatz und zum Marktplatz.", [], [], ["Käufer", "Schauplatz", "Marktplatz"]),
    ("Sie wohnt in der Hauptstraße.", [], [("Hauptstraße", "LOC")], []),
    # road_number
    ("Der Lkw war auf der B 27 unterwegs.", [], [("B 27", "LOC")], []),
    ("Er fuhr die L 1210 Richtung Stadt und dann auf die A8 Richtung Ulm.", [], [("L 1210", "LOC"), ("A8", "LOC")], []),
    # must not: a part, a hall, a grade
    ("Teil A 3 regelt das, in Halle B sprach sie.", [], [], ["A 3", "Halle B", "B"]),
    ("Die Note B 2 reicht.", [], [], ["B 2"]),
    # district_and_place
    ("Im Landkreis Göppingen wurden Räder gestohlen.", [("Göppingen", "LOC")], [("Landkreis Göppingen", "LOC")],
     ["Göppingen"]),
    ("Er ist im Kreis der Familie.", [], [], ["Kreis"]),
    ("Ein Vertreter der Gemeinde Anna Test sprach.", [("Anna Test", "PER")], [("Anna Test", "PER")],
     ["Gemeinde Anna Test"]),
    # report_place_line: several reports, each opened by its place
    ("Text.\nAalen (AA): Unfall mit Fahrrad\nEin Radfahrer stürzte.\nEllwangen (AA): Einbruch in Kiosk\nDer Täter floh.",
     [("AA", "ORG"), ("AA", "LOC", 2)], [("Aalen", "LOC"), ("Ellwangen", "LOC")], ["AA"]),
    ("Text.\nBopfingen: Auto in Flammen\nDer Wagen brannte.\nNeresheim: Zeugen gesucht\nWer hat etwas gesehen?",
     [], [("Bopfingen", "LOC"), ("Neresheim", "LOC")], []),
    # must not: headings of a release
    ("Text.\nHinweis: Fotos anbei\nAnsprechpartnerin: Anna Test\nTitelbild: Foto von Max\n",
     [("Anna Test", "PER")], [("Anna Test", "PER")], ["Hinweis", "Ansprechpartnerin", "Titelbild"]),
    ("Text.\nMusterstadt: Auto in Flammen\nDer Wagen brannte.", [], [], ["Musterstadt"]),   # one line, unknown word
    # wire_in_footer: the distributor of a footer, lower-case or not
    ("Rückfragen bitte an:\nPolizeipräsidium Aalen, übermittelt durch news aktuell\n", [], [("news aktuell", "ORG")],
     []),
    ("Er liest die news aktuell gern.", [], [], ["news aktuell"]),
    # norm_number
    ("Aufzüge nach DIN EN 81-70 und DIN 18040 sind Pflicht.", [("DIN", "ORG")],
     [("DIN EN 81-70", "MISC"), ("DIN 18040", "MISC")], ["DIN"]),
    ("Die Muster AG ist nach ISO 27001 zertifiziert.", [("Muster AG", "ORG")], [("ISO 27001", "MISC")], []),
    ("Das Deutsche Institut für Normung (DIN) tagt.", [("Deutsche Institut für Normung", "ORG")], [], ["DIN 18040"]),
    # eu_act_number
    ("Nach der Verordnung (EU) 2016/679 und der Richtlinie 2003/88/EG gilt das.", [("EU", "ORG")],
     [("Verordnung (EU) 2016/679", "MISC"), ("Richtlinie 2003/88/EG", "MISC")], ["EU"]),
    ("Die Verordnung über Arbeitszeit gilt.", [], [], ["Verordnung"]),
    # licence_name
    ("Die Daten stehen unter CC-BY 4.0 und CC0 bereit.", [], [("CC-BY 4.0", "MISC"), ("CC0", "MISC")], []),
    # vehicle_by_make
    ("Er war mit seinem Mercedes unterwegs, als der Lexus ins Schleudern geriet.", [("Mercedes", "ORG"),
                                                                                  ("Lexus", "ORG")],
     [("Mercedes", "MISC"), ("Lexus", "MISC")], []),
    ("Eine 49-Jährige parkte ihren Opel Astra vor dem Haus.", [("Opel Astra", "ORG")], [("Opel Astra", "MISC")], []),
    # must not: the companies
    ("Die BMW AG und Ford melden Zahlen; bei BMW und der BMW Group wächst der Umsatz.",
     [("BMW AG", "ORG"), ("Ford", "ORG"), ("BMW", "ORG", 2), ("BMW Group", "ORG")],
     [("BMW AG", "ORG"), ("Ford", "ORG"), ("BMW", "ORG"), ("BMW Group", "ORG")], []),
    ("Der BMW-Fahrer blieb unverletzt.", [], [], ["BMW"]),
    # an adjective before the area word: a kind of area, the name alone is the place
    ("Der Sekretär des autonomen Kreises Baoting berichtete.", [("Baoting", "LOC")], [("Baoting", "LOC")],
     ["Kreises Baoting"]),
    # report lines that are compound nouns are headings, not places
    ("Text.\nAktionsfahrplan: Von der Vision zur Umsetzung\nMehr.\nZukunftsprogramm: Neue Wege gehen\nEnde.",
     [], [], ["Aktionsfahrplan", "Zukunftsprogramm"]),
    ("Text.\nFriedrichshafen: Unfall am Hafen\nMehr.\nTettnang: Zeugen gesucht\nEnde.", [],
     [("Friedrichshafen", "LOC"), ("Tettnang", "LOC")], []),
]


@pytest.mark.parametrize("text, model, must, must_not", CASES, ids=[c[0][:40] for c in CASES])
def test_local_places_and_references(nlp, text, model, must, must_not):
    check_rows(run(nlp, text, model), must, must_not)


def test_offsets_sacred_in_a_police_report(nlp):
    text = "Text.\nAalen (AA): Unfall auf der B 29\nEin 25-Jähriger fuhr mit seinem VW Golf in der Bahnhofstraße.\n" \
           "Ellwangen (AA): Zeugen gesucht\nDer Wagen stand im Landkreis Ostalb."
    doc = run_with_ner(nlp, text, [])
    for e in doc.ents:
        assert text[e.start_char:e.end_char] == e.text
    assert {(e.text, e.label_) for e in doc.ents} >= {("B 29", "LOC"), ("VW Golf", "MISC"), ("Bahnhofstraße", "LOC")}



@pytest.mark.parametrize("text, model, must, must_not", [
    ("Die Carlsberg-Gruppe digitalisiert. Bei Carlsberg sinkt der Aufwand, sagte er zu Carlsberg.",
     [("Carlsberg", "PER", 2)], [("Carlsberg-Gruppe", "ORG"), ("Carlsberg", "ORG")], [("Carlsberg", "PER")]),
    ("Der Zalvora-Konzern wächst.", [], [("Zalvora-Konzern", "ORG")], []),
    # must not: a common noun or a place before the group word
    ("Die Tabellen-Gruppe und die China-Gruppe tagten.", [], [], ["Tabellen-Gruppe", "China-Gruppe"]),
    ("Der IT-Konzern und ein US-Konzern wachsen.", [], [], ["IT-Konzern", "US-Konzern"]),
], ids=["group-then-name", "konzern", "common-noun-or-place", "sector-or-country"])
def test_company_named_as_a_group(nlp, text, model, must, must_not):
    check_rows(run(nlp, text, model), must, must_not)


@pytest.mark.parametrize("text, model, must, must_not", [
    ("Vivino nutzt ABBYY. Vivinos Datenbank wächst, ABBYYs Leistung auch.", [("Vivino", "ORG"), ("ABBYY", "ORG")],
     [("Vivinos", "ORG"), ("ABBYYs", "ORG")], []),
    # must not: a genitive of a name no one called a company, or of a person
    ("Anna Test kam. Tests Ergebnis und Annas Rede folgten.", [("Anna Test", "PER")], [], ["Tests", "Annas"]),
    ("Das Ministerium prüft. Die Sprecherin des Ministeriums sagte das.", [("Ministerium", "ORG")], [], ["Ministeriums"]),
], ids=["company-genitive", "no-company", "body-noun"])
def test_company_genitive_repeats(nlp, text, model, must, must_not):
    check_rows(run(nlp, text, model), must, must_not)


@pytest.mark.parametrize("text, model, must, must_not", [
    # police_unit_and_place
    ("Das Polizeirevier Esslingen bittet um Hinweise.", [("Esslingen", "LOC")], [("Polizeirevier Esslingen", "ORG")],
     ["Esslingen"]),
    ("Zeugen melden sich beim Revier Heilbronn, Telefon 07131 104.", [], [("Revier Heilbronn", "ORG")], []),
    ("Die Verkehrspolizei bittet Zeugen um Hinweise.", [], [], ["Verkehrspolizei", "Verkehrspolizei bittet"]),
    # justice_body_named
    ("Vorinstanz: Hessisches Landesarbeitsgericht, Urteil vom 14. März 2022", [],
     [("Hessisches Landesarbeitsgericht", "ORG")], []),
    ("Die Staatsanwaltschaft Tübingen und das Landgericht München I ermitteln.", [("Tübingen", "LOC")],
     [("Staatsanwaltschaft Tübingen", "ORG"), ("Landgericht München I", "ORG")], ["Tübingen"]),
    ("Das Arbeitsgericht hat der Klage stattgegeben, vor dem Landgericht Anklage erhoben.", [], [],
     ["Arbeitsgericht", "Landgericht Anklage"]),
    ("Die Zentrale Staatsanwaltschaft und die Staatsanwaltschaft Blut sowie Staatsanwältin Staatsanwaltschaft Ertel.",
     [("Ertel", "PER")], [("Ertel", "PER")], ["Zentrale Staatsanwaltschaft", "Staatsanwaltschaft Blut",
                                              "Staatsanwaltschaft Ertel"]),
    ("Die Dortmunder Staatsanwaltschaft ermittelt.", [], [("Dortmunder Staatsanwaltschaft", "ORG")], []),
    # panel_of_a_court
    ("Die Revision hatte vor dem Siebten Senat des Bundesarbeitsgerichts keinen Erfolg.",
     [("Siebten Senat des Bundesarbeitsgerichts", "ORG")], [("Siebten Senat", "ORG"), ("Bundesarbeitsgerichts", "ORG")],
     ["Siebten Senat des Bundesarbeitsgerichts"]),
    ("Nach Ansicht des Zehnten Senats ist das so.", [], [("Zehnten Senats", "ORG")], []),
    ("Der Senat tagt, der neue Senat auch.", [], [], ["Senat", "neue Senat"]),
], ids=["police-unit", "revier", "no-town", "state-court", "town-court", "no-name", "not-a-town", "town-adjective",
        "panel-split", "panel", "no-number"])
def test_courts_and_police_units(nlp, text, model, must, must_not):
    check_rows(run(nlp, text, model), must, must_not)
