"""Words that are not part of a name when they stand at its edge, and name forms."""

#: Determiners and prepositions+articles that the model sometimes pulls into a span.
DETERMINERS = frozenset("""
der die das des dem den ein eine einer eines einem einen im am vom zum zur beim ins
Der Die Das Des Dem Den Ein Eine Einer Eines Einem Einen Im Am Vom Zum Zur Beim
""".split())

#: Characters stripped from the edges of an entity span.
EDGE_PUNCT = frozenset("„“”\"'‚‘’»«()[]{},;:.-–—/·•*")

#: Genitive/possessive endings removed for ``canonical`` when the base is a known name.
GENITIVE_ENDINGS = ("'s", "’s", "s", "es")

#: Names whose genitive is common in press text, so ``Chinas`` → ``China`` works
#: even when the base form does not occur in the same document.
KNOWN_NAMES = frozenset("""
China Deutschland Europa Frankreich Italien Spanien Österreich Russland Amerika Afrika
Asien Japan Indien Brasilien Kanada Polen Ungarn Griechenland Portugal Schweden Norwegen
Finnland Dänemark Belgien Tschechien Rumänien Bulgarien Kroatien Serbien Israel Iran
Irak Syrien Ägypten Mexiko Argentinien Chile Australien Korea Taiwan Vietnam Thailand
Indonesien Pakistan Nigeria Kenia Berlin Hamburg München Köln Frankfurt Stuttgart
Düsseldorf Leipzig Dresden Hannover Bremen Wien Zürich Bayern Sachsen Hessen Hainan
Peking Shanghai London Paris Washington Moskau Brüssel Europas Siemens Hainan Baoting
""".split())

#: Currency and unit words that are also names, so a span made only of one of them is dropped
#: only when labelled MISC (``Franken`` the region, ``Real`` the club, ``Mark`` the first name).
AMBIGUOUS_UNIT_NAMES = frozenset({"franken", "mark", "real", "rand", "won", "lira", "peso", "schilling", "kronen",
                                  "riel", "forint", "rubel", "pfund", "yen", "meile", "meilen", "zoll", "grad",
                                  "tag", "tage", "watt", "kelvin", "celsius", "fahrenheit", "kilo"})

#: Territorial units whose name follows them in the genitive or apposition
#: (``des autonomen Kreises Baoting Li und Miao``, ``der Provinz Hainan``): a PER span
#: right after one, with no first name at its start, is the unit's name, a place.
PLACE_TYPE_WORDS = frozenset(f + e for f in """
Kreis Landkreis Bezirk Stadtbezirk Provinz Region Kanton Präfektur Distrikt Gemeinde Stadt
Bundesland Bundesstaat Oblast County Departement Gouvernement Emirat Ortsteil Stadtteil
""".split() for e in ("", "s", "es"))
