"""Local places of public-body and police releases: streets, roads, districts and the place
lines that open each report (``Güglingen: Auto nach Unfall in Flammen``).

Plain tables, read by ``components/entity_rules/places.py``.
"""
from __future__ import annotations

#: Endings of a one-word street name without a house number (``Volmarstraße``, ``Amselweg``).
#: Narrower than ``name_evidence.STREET_ENDINGS``: ``-hof``, ``-markt``, ``-park`` name too
#: many common nouns (``Bahnhof``) when no house number says it is an address.
STREET_NAME_ENDINGS = ("straße", "strasse", "gasse", "weg", "allee", "platz", "damm", "chaussee",
                       "brücke", "promenade", "steig")

#: Endings that only streets have: a word with one of these the lemmatizer knows as a noun is
#: still a street (``Hauptstraße``); with the other endings a known noun is none (``Marktplatz``).
STREET_ONLY_ENDINGS = ("straße", "strasse", "gasse", "allee", "chaussee")

#: The street word that, after an adjective in ``-er``, makes a two-word street name
#: (``Bötzinger Straße``, ``Kieler Weg``).
STREET_HEADS = frozenset({"Straße", "Strasse", "Weg", "Allee", "Platz", "Gasse", "Damm", "Ufer", "Chaussee",
                          "Brücke", "Ring", "Steig"})

#: Common nouns with a street ending: a kind of road or way, never a street's name.
NOT_STREETS = frozenset("""
Straße Strasse Weg Gasse Allee Platz Damm Ufer Brücke Promenade Steig Chaussee
Bundesstraße Landstraße Landesstraße Kreisstraße Staatsstraße Gemeindestraße Seitenstraße Nebenstraße
Hauptverkehrsstraße Verkehrsstraße Einbahnstraße Umgehungsstraße Zufahrtsstraße Durchgangsstraße Anliegerstraße
Wohnstraße Dorfstraße Ortsstraße Innenstadtstraße Fahrradstraße Spielstraße Querstraße Autostraße Schnellstraße
Ausfallstraße Privatstraße Sackgasse Rettungsgasse Autobahnbrücke Eisenbahnbrücke Fußgängerbrücke Hängebrücke
Radweg Fahrradweg Gehweg Fußweg Feldweg Waldweg Wanderweg Rettungsweg Heimweg Rückweg Hinweg Umweg Ausweg
Schulweg Fluchtweg Mittelweg Sonderweg Königsweg Rechtsweg Dienstweg Bildungsweg Lösungsweg Wasserweg
Luftweg Seeweg Landweg Handelsweg Verkehrsweg Zahlungsweg Kommunikationsweg Bezugsweg Vertriebsweg Lieferweg
Arbeitsweg Werdegang Lebensweg Leidensweg Irrweg Holzweg Zugangsweg Versorgungsweg Transportweg Postweg
Parkplatz Spielplatz Arbeitsplatz Sportplatz Stellplatz Marktplatz Rastplatz Campingplatz Bolzplatz
Ausbildungsplatz Studienplatz Kitaplatz Krippenplatz Schulplatz Pflegeplatz Heimplatz Sitzplatz Stehplatz
Liegeplatz Landeplatz Flugplatz Abstellplatz Lagerplatz Werksplatz Dorfplatz Festplatz Messeplatz Tabellenplatz
Spitzenplatz Podestplatz Stammplatz Treffpunkt Schutzdamm Staudamm Deichdamm Flussufer Seeufer Ostufer Westufer
Nordufer Südufer Steilufer Schauplatz Standplatz Vorplatz Zeltplatz Übungsplatz
Truppenübungsplatz Schrottplatz Wertstoffplatz Appellplatz Laufsteg Bootssteg Anlegesteg Hochallee
Strandpromenade Uferpromenade
""".split())

#: Letters of German road numbers: ``A 8`` (Autobahn), ``B 27``, ``L 1210``, ``K 6772``, ``St 2045``.
ROAD_LETTERS = frozenset({"A", "B", "L", "K", "St", "S"})

#: Words after which a road number is a road: ``auf der B 27``, ``Richtung A 8``.
ROAD_CUES = frozenset({"der", "die", "den", "auf", "Richtung", "zur", "über", "von", "Höhe", "an", "bei",
                       "Anschlussstelle", "Ausfahrt", "Auffahrt"})

#: An administrative area that, with its place's name, is one place: ``Landkreis Tübingen``,
#: ``Kreis Esslingen``, ``Ortsteil Bernhausen``.
DISTRICT_WORDS = frozenset({"Landkreis", "Kreis", "Bezirk", "Regierungsbezirk", "Stadtbezirk", "Ortsteil",
                            "Stadtteil", "Gemeinde", "Kanton", "Bundesland", "Landkreises", "Kreises",
                            "Bezirks", "Regierungsbezirks", "Ortsteils", "Stadtteils", "Kantons"})

#: Capitalised words that open a ``Word:`` line without being a place (``Hinweis: …``).
NOT_REPORT_PLACES = frozenset("""
Hinweis Hinweise Update Achtung Nachtrag Ergänzung Korrektur Fazit Quelle Foto Fotos Bild Bilder Video Kontakt
Pressekontakt Rückfragen Rückfrage Telefon Fax Mail E-Mail Internet Web Web-Site Website Twitter Facebook
Instagram Zeugen Zeugenaufruf Zeugenhinweise Polizei Pressestelle Medienkontakt Ansprechpartner Ansprechpartnerin
Hintergrund Tipp Tipps Termin Termine Ort Zeit Datum Thema Titel Anlage Anlagen Anmerkung Info Infos Information
Informationen Presse Redaktion Herausgeber Autor Autorin Text Links Link Download Downloads Original Originaltext
Wichtig Neu Aktuell Kurz Sperrfrist Ende Beginn Einleitung Zusammenfassung Frage Antwort Motto Ziel Ergebnis
""".split())

#: Endings of common nouns that open ``Word:`` lines (``Ansprechpartnerin:``, ``Zusammenfassung:``):
#: such a line is a heading, not a report's place.
HEADING_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "kontakt", "partner", "partnerin", "nahme",
                        "bericht", "stelle", "hinweis", "hinweise", "info", "infos", "zeit", "datum", "ort", "ziel",
                        "frage", "bild", "bilder", "foto")

#: Endings of German place names that are also nouns (``Friedrichs-hafen``, ``Heidel-berg``):
#: a report line's place that ends in a noun is still a place when it ends in one of these.
TOWN_ENDINGS = ("ingen", "heim", "hausen", "dorf", "burg", "berg", "stadt", "feld", "bach", "furt", "rode",
                "leben", "stedt", "hagen", "kirchen", "weiler", "hofen", "beuren", "zell", "see", "brück",
                "brücken", "born", "brunn", "werth", "wald", "tal", "thal", "hafen", "haven", "münster",
                "markt", "mühle", "mühlen", "bad", "au", "ach", "kirch", "roda", "witz", "ow", "itz")
