"""Cues for the layout of press releases: bullets, datelines, wires, boilerplate.

Patterns are regular-expression sources matched at the start of a line; they
are data, kept apart from ``pipeline/structure.py`` that applies them.
"""

#: Characters and shapes that open a list item.
MONTHS = r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
BULLET = r"(?:[·•▪►‣◦*]\s*|[-–]\s+|\d{1,2}[.)]\s+(?=\D)(?!%s\b)|[a-z][)]\s+)" % MONTHS

#: News agencies and distributors, as written in datelines and footers → ``wire``.
WIRES = {
    "ots": "ots", "OTS": "ots", "news aktuell": "ots",
    "PRNewswire": "PRNewswire", "PR Newswire": "PRNewswire",
    "Business Wire": "BusinessWire", "BUSINESS WIRE": "BusinessWire", "GLOBE NEWSWIRE": "GlobeNewswire",
    "dpa": "dpa", "dpa-AFX": "dpa-AFX", "APA": "APA", "APA-OTS": "APA", "AFP": "AFP",
    "Reuters": "Reuters", "KNA": "KNA", "epd": "epd", "dts": "dts", "pts": "pts",
    "pressetext": "pts", "sda": "sda", "SDA": "sda", "AP": "AP", "idw": "idw",
}

#: Lines that open a contact block (section ``contact``).
CONTACT_HEADINGS = (
    r"Pressekontakt", r"Presse-?\s?kontakt", r"Medienkontakt", r"Kontakt(?:\s+für\s+(?:die\s+)?Medien)?",
    r"Rückfragen(?:\s+bitte)?(?:\s+an)?", r"Rückfragehinweise?", r"Ansprechpartner(?:in)?", r"Pressestelle",
    r"Für\s+Rückfragen", r"Weitere\s+Informationen(?:\s+erhalten\s+Sie)?", r"Redaktion(?:elle)?\s*(?:Rückfragen|Kontakt)?",
    r"Media\s+Contacts?", r"Press\s+Contacts?", r"Kontaktdaten", r"Herausgeber",
)

#: Lines that open a boilerplate section running to the next heading or the end.
BOILERPLATE_SECTION_HEADINGS = (
    r"Original-Content\s+von", r"Über\s+(?!\d)\S.{0,80}$", r"About\s+\S.{0,80}$", r"Kommentare?\s*$",
    r"Diese\s+Meldung\s+kann\s+unter", r"Weiterführende\s+Links", r"Disclaimer", r"Zukunftsgerichtete\s+Aussagen",
    r"Mehr\s+zum\s+Thema", r"Lesen\s+Sie\s+auch", r"Pressemappe", r"Hinweis\s+für\s+Redaktionen",
)

#: Single lines of page furniture (section ``boilerplate``).
BOILERPLATE_LINES = (
    r"Quelle\s*:", r"Foto\s*:", r"Fotos?\s*\(", r"Bildquelle", r"Bildrechte", r"Fotocredit", r"Teilen\s*$",
    r"Share\s*$", r"Drucken\s*$", r"Artikel\s+teilen", r"Schlagwörter", r"Tags\s*:", r"Zum\s+Pressefach",
    r"Pressemitteilung\s*$", r"Presseinformation\s*$", r"Bild\s*:", r"Copyright\b", r"©",
)

#: A reading-time or widget line such as ``2 Min. Lesezeit``.
READING_TIME = r"\d+\s*(?:Min\.?|Minuten)\s*(?:Lesezeit|Lesedauer)"

#: The dash (or colon) that ends a dateline: ``Aalen (ots) -``, ``BAOTING, … /PRNewswire/ --``.
DATELINE_DASH = r"--|—|–|-|:"

#: A distributor named in a footer (the last match counts); each group is a ``WIRES`` key.
FOOTER_WIRE = r"übermittelt durch (news aktuell)|/(PRNewswire)/|\((APA-OTS|ots)\)|(APA-OTS)"

#: Abbreviations at a sentence end that end the sentence when a sentence starter follows.
LOOSE_SENTENCE_ENDERS = frozenset({"usw.", "etc.", "u.a.", "u.ä.", "o.ä."})

#: Words between a dateline's place and its date (``Berlin, den 3. Mai 2024 –``, ``Wien, am …``).
DATELINE_DATE_LEADS = ("den", "am")

#: A line that is only a date, maybe with a time (``27.07.2015 – 15:57``, ``Datum: 3. Mai 2024``,
#: ``12.03.2024 10:00 Uhr``): a body line of its own, before which a headline may still follow.
DATE_TIME_LINE = r"^[\"„]?(?:Datum:?\s*)?\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+\.?)\s?\d{2,4}\b[\s\d:.,–-]*(?:Uhr)?$"
