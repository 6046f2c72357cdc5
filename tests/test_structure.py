"""Layout analysis: headline, dateline, sections, paragraphs and sentence starts."""
import pytest

from pipeline.components.structure import analyse


def _sections(text):
    lay = analyse(text)
    return [(text[b.start:b.end], b.section) for b in lay.blocks]


@pytest.mark.parametrize("line, place, date, wire", [
    ("BAOTING, China, 23. Oktober 2025 /PRNewswire/ -- Anlässlich des Jubiläums feierte man.",
     "Baoting, China", "2025-10-23", "PRNewswire"),
    ("Aalen (ots) - Ein 20 Jahre alter Fahrer übersah eine Frau.", "Aalen", None, "ots"),
    ("Berlin, 8. November 2011 – Die Beispiel AG meldet Zahlen.", "Berlin", "2011-11-08", ""),
    ("MÜNCHEN, 3. März 2024 /PRNewswire/ -- Die Messe beginnt.", "München", "2024-03-03", "PRNewswire"),
    ("Frankfurt am Main (dpa) - Der Dax stieg.", "Frankfurt am Main", None, "dpa"),
])
def test_datelines(line, place, date, wire):
    lay = analyse(line)
    assert lay.dateline is not None
    assert (lay.dateline.place, lay.dateline.date, lay.dateline.wire) == (place, date, wire)
    assert [b.section for b in lay.blocks] == ["dateline", "body"]
    assert line[lay.dateline.end:].strip()[0].isupper()


@pytest.mark.parametrize("line", [
    "Berlin ist eine schöne Stadt, sagte er am Montag.",
    "Die Beispiel AG (ots) wird erwähnt, aber ohne Strich und mitten im Satz steht mehr.",
    "Im Jahr 2025 - so die Planung - beginnt der Bau.",
])
def test_no_dateline(line):
    assert analyse("Titel der Meldung\n\n" + line).dateline is None


def test_dateline_on_its_own_line_after_office_name():
    text = "24.02.2016 – 15:48\n\nPolizeipräsidium Aalen\n\nAalen (ots)\n Korb: Vorfahrt missachtet \nEin Fahrer übersah eine Frau."
    lay = analyse(text)
    assert lay.dateline and lay.dateline.place == "Aalen" and lay.wire == "ots"


def test_headline_rules():
    assert analyse("Neue Studie zeigt Trend\n\nDer Text beginnt hier.").headline == (0, 23)
    assert analyse("Urheberrecht für das 21. Jahrhundert schaffen!\n\nText folgt.").headline is not None
    # A first line that is a body sentence is no headline...
    assert analyse("Die Polizei sucht Zeugen. Ein Mann wurde verletzt.\n\nMehr Text.").headline is None
    # ...unless page furniture follows a one-sentence title directly.
    assert analyse("Das Forum wurde abgehalten.\n- CIIPA\n- 2 Min. Lesezeit\n\nText.").headline == (0, 27)
    # Date lines at the top are skipped; the next line is the title.
    text = "31.01.2023\n6/23 - Urlaubsabgeltung - Tarifvertragliche Ausschlussfrist\n\n\nDer Anspruch verfällt."
    lay = analyse(text)
    assert text[lay.headline[0]:lay.headline[1]].startswith("6/23 - Urlaubsabgeltung")


def test_sections_bullets_boilerplate_contact():
    text = ("Titel\n\nText des Artikels.\n\nWeitere Redner:\n·Bo Liang (Beauftragter, TÜV Rheinland)\n"
            "• Jochen Vogel (CEO)\n- CIIPA\n1. Erster Punkt\n\nÜber die Beispiel AG\n\nDie Beispiel AG baut Dinge.\n\n"
            "Pressekontakt:\nMax Muster\nTel. 0711 123456\n\nOriginal-Content von: Beispiel AG, übermittelt durch news aktuell")
    got = dict(_sections(text))
    assert got["Titel"] == "headline"
    assert got["Text des Artikels."] == "body"
    assert got["·Bo Liang (Beauftragter, TÜV Rheinland)"] == "list_item"
    assert got["• Jochen Vogel (CEO)"] == "list_item"
    assert got["- CIIPA"] == "list_item"
    assert got["1. Erster Punkt"] == "list_item"
    assert got["Über die Beispiel AG"] == "boilerplate"
    assert got["Die Beispiel AG baut Dinge."] == "boilerplate"
    assert got["Pressekontakt:"] == "contact"
    assert got["Tel. 0711 123456"] == "contact"
    assert got["Original-Content von: Beispiel AG, übermittelt durch news aktuell"] == "boilerplate"
    assert analyse(text).wire == "ots"


def test_reading_time_and_comments_are_boilerplate():
    got = dict(_sections("Titel.\n- CIIPA\n- 2 Min. Lesezeit\n\nText.\n\nKommentare"))
    assert got["- 2 Min. Lesezeit"] == "boilerplate"
    assert got["Kommentare"] == "boilerplate"


def test_paragraph_indices_and_wrapped_lines():
    text = ("Titel\n\nDies ist ein langer Absatz, der in der Quelldatei nach etwa siebzig Zeichen\n"
            "umbrochen wurde und hier weitergeht.\n\nZweiter Absatz.")
    lay = analyse(text)
    body = [b for b in lay.blocks if b.section == "body"]
    assert len(body) == 2
    assert text[body[0].start:body[0].end].endswith("weitergeht.")
    assert [b.para for b in lay.blocks] == [0, 1, 2]


def test_short_lines_are_not_merged():
    text = "Titel\n\nZwischenüberschrift ohne Punkt\nDer Text danach."
    assert len([b for b in analyse(text).blocks if b.section == "body"]) == 2
