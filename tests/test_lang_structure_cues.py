"""Layout cue tables: positive and must-not-match lines."""
import re

import pytest

from pipeline.lang import structure_cues as cues

BULLET = re.compile(cues.BULLET)
CONTACT = re.compile(r"(?:%s)\s*(?::|$)" % "|".join(cues.CONTACT_HEADINGS), re.I)
SECTION = re.compile("|".join(cues.BOILERPLATE_SECTION_HEADINGS))
LINE = re.compile("|".join(cues.BOILERPLATE_LINES))


@pytest.mark.parametrize("line", ["·Bo Liang (Beauftragter)", "• Punkt", "- CIIPA", "* Stern", "1. Erstens", "2) Zweitens"])
def test_bullets(line):
    assert BULLET.match(line)


@pytest.mark.parametrize("line", ["-- Anlässlich", "2025 war ein gutes Jahr", "7. Juli", "Der Punkt", "6/23 - Urlaub"])
def test_not_bullets(line):
    assert not BULLET.match(line)


@pytest.mark.parametrize("line", ["Pressekontakt:", "Rückfragen bitte an:", "Kontakt", "Medienkontakt:", "Pressestelle",
                                  "Rückfragehinweis:", "Press contacts", "Media Contacts:"])
def test_contact_headings(line):
    assert CONTACT.match(line)


@pytest.mark.parametrize("line", ["Kontaktlos bezahlen wird beliebter.", "Pressestellen melden Zahlen.", "Die Rückfragen häufen sich.",
                                  "Rückfragehinweise gab es keine.", "Press contacts were informed."])
def test_not_contact_headings(line):
    assert not CONTACT.match(line)


@pytest.mark.parametrize("line", ["Original-Content von: Polizei Aalen", "Über Baoting", "Über die Beispiel AG", "Kommentare"])
def test_boilerplate_sections(line):
    assert SECTION.match(line)


@pytest.mark.parametrize("line", ["Über 29 Pilotprojekte", "Kommentatoren loben den Plan"])
def test_not_boilerplate_sections(line):
    assert not SECTION.match(line)


@pytest.mark.parametrize("line", ["Quelle: dpa", "Foto: Max Muster", "Teilen", "© 2025 Beispiel AG"])
def test_boilerplate_lines(line):
    assert LINE.match(line)


@pytest.mark.parametrize("line", ["Quellen zufolge stieg der Preis.", "Fotovoltaik boomt."])
def test_not_boilerplate_lines(line):
    assert not LINE.match(line)


@pytest.mark.parametrize("name, wire", [("ots", "ots"), ("news aktuell", "ots"), ("PRNewswire", "PRNewswire"), ("APA-OTS", "APA")])
def test_wire_names(name, wire):
    assert cues.WIRES[name] == wire


def test_reading_time():
    assert re.search(cues.READING_TIME, "2 Min. Lesezeit")
    assert not re.search(cues.READING_TIME, "2 Minuten später")


@pytest.mark.parametrize("line", ["27.07.2015 – 15:57", "Datum: 3. Mai 2024", "12.03.2024 10:00 Uhr", "„7. Juli 2023"])
def test_date_time_lines(line):
    assert re.match(cues.DATE_TIME_LINE, line)


@pytest.mark.parametrize("line", ["Am 27.07.2015 kam es zu", "27.07.2015 – Die Polizei meldet", "Berlin, 3. Mai 2024 –"])
def test_not_date_time_lines(line):
    assert not re.match(cues.DATE_TIME_LINE, line)


def test_dateline_date_leads():
    assert set(cues.DATELINE_DATE_LEADS) == {"den", "am"}
