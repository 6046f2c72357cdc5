"""Month names, weekdays, ordinal day words and year cues for the dates component."""

MONTHS = {
    "januar": 1, "jänner": 1, "jan.": 1, "jan": 1,
    "februar": 2, "feber": 2, "feb.": 2, "feb": 2, "febr.": 2,
    "märz": 3, "mär.": 3, "maerz": 3,
    "april": 4, "apr.": 4,
    "mai": 5,
    "juni": 6, "jun.": 6,
    "juli": 7, "jul.": 7,
    "august": 8, "aug.": 8, "aug": 8,
    "september": 9, "sep.": 9, "sept.": 9, "sept": 9,
    "oktober": 10, "okt.": 10, "okt": 10,
    "november": 11, "nov.": 11, "nov": 11,
    "dezember": 12, "dez.": 12, "dez": 12,
}

#: Words before a bare month that make it a date (``im März``, ``Anfang Jänner``).
MONTH_CUES = {"im", "anfang", "ende", "mitte", "seit", "bis", "ab", "vom", "zum", "bis zum", "vor", "nach",
              "gegenüber",
              "bis ende", "bis anfang", "bis mitte", "monat", "ab anfang", "ab mitte", "ab ende"}

#: Words kept inside the date text before a month or year (``Anfang Jänner``, ``Ende 2025``).
PERIOD_PREFIXES = {"anfang", "mitte", "ende"}

#: Words before a four-digit year that mark it as time (``seit 2010``, ``bis 2030``).
YEAR_CUES = {"©", "(c)", "copyright", "seit", "bis", "ab", "vom", "nach", "vor", "zwischen", "anfang", "ende",
             "mitte", "jahr", "jahre", "jahres", "sommer",
             "herbst", "winter", "frühjahr", "frühling", "quartal", "halbjahr", "jahreshälfte",
             "saison", "stand", "zum", "bis zum", "bis ende", "seit anfang", "spätestens",
             "frühestens", "geschäftsjahr", "haushaltsjahr", "schuljahr", "jahresende", "jahresbeginn"}

#: Weaker cues: a year after them counts unless a noun follows (``und 2000 Kunden``).
YEAR_WEAK_CUES = {"im", "in", "um", "und", "oder", "von", "bzw.", "sowie", "–", "-", "("}

#: Year text kept with its cue (``im Jahr 2025``).
YEAR_PREFIXES = {"im jahr", "im jahre", "im jahr des", "jahr", "jahres", "anfang", "mitte", "ende"}

#: Words before a number that make it a code or label rather than a year or figure.
CODE_CUES = {"nr.", "nr", "nummer", "§", "§§", "art.", "artikel", "abs.", "absatz", "az.", "az",
             "aktenzeichen", "tel.", "tel", "telefon", "fax", "kapitel", "seite", "s.", "ziffer",
             "ziff.", "anlage", "band", "bd.", "heft", "vers", "gleis", "linie", "zimmer", "raum",
             "version", "v.", "cop", "agenda", "vision", "plattform", "expo", "strategie", "nummern",
             "drucksache", "bt-drs.", "pm", "kw", "postfach", "hausnummer", "haus", "tor", "halle",
             "bus", "route", "ausgabe", "folge", "teil", "rn.", "rz.", "randnummer", "platz", "top", "rang",
             "bundesstraße", "revier", "abschnitt", "polizeiabschnitt",
             "polizeiabschnitts", "polizeirevier", "polizeireviers", "wahl", "stufe", "level"}

WEEKDAYS = {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend",
            "sonntag", "mo.", "di.", "mi.", "do.", "fr.", "sa.", "so."}

#: Ordinal day words -> day (``am zweiten Februar``); the dates component strips
#: the endings ``-e -en -er -es -em``.
ORDINAL_DAY_STEMS = {
    "erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7,
    "siebent": 7, "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12, "dreizehnt": 13,
    "vierzehnt": 14, "fünfzehnt": 15, "sechzehnt": 16, "siebzehnt": 17, "achtzehnt": 18,
    "neunzehnt": 19, "zwanzigst": 20, "einundzwanzigst": 21, "zweiundzwanzigst": 22,
    "dreiundzwanzigst": 23, "vierundzwanzigst": 24, "fünfundzwanzigst": 25,
    "sechsundzwanzigst": 26, "siebenundzwanzigst": 27, "achtundzwanzigst": 28,
    "neunundzwanzigst": 29, "dreißigst": 30, "einunddreißigst": 31,
}

#: Words after which ``22.04`` or ``22/04`` (no final dot) is a date, not a decimal or a time.
DAY_CUES = frozenset({"am", "vom", "zum", "den", "ab", "bis", "seit"})

#: Range connectors between two dates (``1. bis 3. März``, ``vom 2. auf den 3. Juni``).
DATE_RANGE_CONNECTORS = {"bis", "-", "–", "—", "und", "bis zum", "auf", "auf den"}

#: Words that may stand between two dates when the year is written only after the second
#: (``5. Mai - 20. Juli 2016``, ``im April und erneut im November 2020``, ``im März, Mai und
#: September 2021``): the first takes the year of the second.
SHARED_YEAR_GAP = frozenset({"-", "–", "—", "bis", "zum", "bis zum", "und", "oder", "sowie", "bzw.", ",", "erneut",
                             "wieder", "nochmals", "dann", "auch", "im", "am", "vom", "den", "ab"})
