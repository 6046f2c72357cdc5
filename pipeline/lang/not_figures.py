"""Words around a number that make it no figure (contract v2 "Not figures"): addresses,
idioms, coordinated citations, postcodes before a place."""

#: A capitalised word followed by one of these is a street name: ``221 Baker Street``.
ADDRESS_WORDS = frozenset({"street", "st.", "road", "rd.", "avenue", "ave.", "lane", "drive", "boulevard",
                           "square", "place", "way", "court"})

#: Number word + next word(s) that form an idiom, not a count (lower case):
#: ``in den eigenen vier Wänden``, ``unter vier Augen``.
NUMBER_IDIOMS = frozenset({"vier wänden", "vier wände", "vier augen", "allen vieren", "sieben sachen",
                           "sieben siegeln", "zwei stühlen", "zwei fliegen", "einer klappe", "drei zählen",
                           "fünf gerade"})

#: Links between numbers of one citation: ``in den Artikeln 2 und 3``, ``§§ 3, 4 und 7``.
CITATION_LINKS = frozenset({"und", "oder", "bis", ",", "-", "–", "sowie", "bzw."})

#: Words that may stand inside a place name after a postcode (``3100 St. Pölten``,
#: ``8010 Graz``, ``1010 Wien-Innere Stadt``).
PLACE_NAME_PARTS = frozenset({"st.", "sankt", "a.", "an", "am", "der", "im", "in", "bei", "ob", "d.", "a.d."})

#: Words before ``Hundert``/``Tausend`` that make it vague (``Wenige Hundert Meter``).
VAGUE_BEFORE_EXTRA = frozenset({"wenige", "wenigen", "ein paar", "etliche hundert"})

#: A line near a postcode that makes the block an address (regular expression, case-insensitive):
#: a street with a house number, a phone/fax/mail line, a PO box (``Hauptplatz 1``, ``Tel. 0316 …``).
ADDRESS_CONTEXT = (r"(straße|strasse|str\.|gasse|platz|weg|allee|ring|damm|ufer|markt|hof)\s*\d"
                   r"|\b(tel|telefon|fax|e-mail|mail|postfach|www)\b|@")
