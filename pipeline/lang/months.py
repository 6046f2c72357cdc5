"""Month names, weekdays, ordinal day words and year cues for the dates component."""

from babel.dates import get_month_names

#: CLDR locales whose month names and abbreviations count: German (Germany, Austria,
#: Switzerland) and English (``June 5, 2019``, ``17 March 2022`` in German releases).
MONTH_LOCALES = ("de", "de_AT", "de_CH", "en")

#: Spellings CLDR does not list: older Austrian ``Feber``, ASCII ``Maerz``, ``Febr.``, ``Sept``.
MONTH_EXTRAS = {"feber": 2, "maerz": 3, "febr.": 2, "febr": 2, "mär.": 3, "sept": 9, "jän": 1}

#: Full month names, lower-case (``mai`` is a name, ``okt`` an abbreviation).
MONTH_NAMES = {name.lower() for loc in MONTH_LOCALES for name in get_month_names("wide", "format", loc).values()}
_ABBREVIATED = {(name.lower(), m) for loc in MONTH_LOCALES for context in ("format", "stand-alone")
                for m, name in get_month_names("abbreviated", context, loc).items()}

#: Lower-case month name or abbreviation -> month, from Babel's CLDR data: wide names and
#: abbreviations (format and stand-alone), each abbreviation with and without its period
#: (``Okt.``, ``Okt``, ``Sep``, ``Sep.``; upper case ``AUG`` via lower-casing), plus ``MONTH_EXTRAS``.
MONTHS = {
    **{name.lower(): m for loc in MONTH_LOCALES for m, name in get_month_names("wide", "format", loc).items()},
    **{form: m for abbr, m in _ABBREVIATED for form in (abbr, abbr.rstrip("."), abbr.rstrip(".") + ".")
       if form in MONTH_NAMES or form.rstrip(".") not in MONTH_NAMES},      # no ``Mai.``: a full name takes no period
    **MONTH_EXTRAS,
}

#: Words before a bare month that make it a date (``im März``, ``Anfang Jänner``).
MONTH_CUES = {"im", "anfang", "ende", "mitte", "seit", "bis", "ab", "vom", "zum", "bis zum", "vor", "nach",
              "gegenüber",
              "bis ende", "bis anfang", "bis mitte", "monat", "ab anfang", "ab mitte", "ab ende"}

#: Links after which a bare month counts when a month stands right before the link
#: (``im Juni und Juli``, ``im März, Mai und September 2021``).
MONTH_LIST_LINKS = frozenset({"und", "oder", ",", "bis", "-", "–", "sowie", "bzw."})

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
             "polizeiabschnitts", "polizeirevier", "polizeireviers", "wahl", "stufe", "level",
             "saal", "sitzungssaal", "hörsaal", "gerichtssaal", "gebäude", "büro", "etage", "stock", "gate",
             "flug", "zug", "sitzung", "objekt", "los", "modell", "typ", "baureihe", "filiale",
             # legal citations (contract v2: ``Absatz 2 Satz 4``, ``in den Artikeln 2 und 3``)
             "satz", "sätze", "halbsatz", "artikeln", "absätze", "absätzen", "unterabsatz", "buchstabe", "lit.",
             "paragraf", "paragraph", "paragrafen", "paragraphen", "ziffern", "anhang", "rdnr.", "randziffer",
             "nrn.", "rn", "tz.", "textziffer", "aktenzeichens"}

#: Words between two numbers that make them a change of a quantity, not years:
#: ``von 1900 auf 1750 gesenkt``.
CHANGE_LINKS = frozenset({"auf"})

#: Weekday names -> ``date.weekday()`` (``erster Dienstag im Oktober``).
WEEKDAY_NUMBERS = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
                   "sonnabend": 5, "sonntag": 6}

#: ``letzter Sonntag im März``, ``letzter Tag im Oktober``: the last of them in the month.
LAST_WORDS = frozenset({"letzter", "letzte", "letzten", "letztem"})

#: The word for any day in ``dritter Tag im Oktober``.
DAY_WORDS = frozenset({"tag"})

#: Links between ``erster Dienstag`` and the month: ``im Oktober``, ``des Monats Oktober`` is rare.
IN_MONTH_LINKS = frozenset({"im", "in"})

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
    # Swiss spelling without ß
    "dreissigst": 30, "einunddreissigst": 31,
}

#: Words after which ``22.04`` or ``22/04`` (no final dot) is a date, not a decimal or a time.
DAY_CUES = frozenset({"am", "vom", "zum", "den", "ab", "bis", "seit"})

#: Two-word cues with the same effect (``ab dem 10.10``, ``seit dem 1.7``).
DAY_CUES_TWO = frozenset({"ab dem", "seit dem", "nach dem", "vor dem", "bis zum", "an dem", "mit dem", "bis dem"})

#: Range connectors between two dates (``1. bis 3. März``, ``vom 2. auf den 3. Juni``).
DATE_RANGE_CONNECTORS = {"bis", "-", "–", "—", "und", "bis zum", "auf", "auf den"}

#: Words that may stand between two dates when the year is written only after the second
#: (``5. Mai - 20. Juli 2016``, ``im April und erneut im November 2020``, ``im März, Mai und
#: September 2021``): the first takes the year of the second.
SHARED_YEAR_GAP = frozenset({"-", "–", "—", "/", "bis", "zum", "bis zum", "und", "oder", "sowie", "bzw.", ",", "erneut",
                             "wieder", "nochmals", "dann", "auch", "im", "am", "vom", "den", "ab"})

#: Spellings of full month names that CLDR does not list (``im Feber``, ``Maerz``): a bare month
#: written so counts after a cue, as a full name does (abbreviations need a day or a year).
FULL_NAME_EXTRAS = frozenset({"feber", "maerz"})

#: Words between a range connector and the second date (``1. bis zum 3. März``, ``vom 2. auf den 3. Juni``).
RANGE_END_ARTICLES = frozenset({"zum", "den"})

#: The words that link a day and month to their year (``3. Mai des Jahres 2015``), in order.
YEAR_LINK_WORDS = ("des", "jahres")

#: Words after a four-digit number that make it a time, an amount or a share, not a year
#: (``2000 Euro``, ``1930 Uhr``).
NOT_YEAR_AFTER = frozenset({"uhr", "euro", "prozent"})

#: Words for a part of a year after its number (``dritten Quartal``, ``ersten Halbjahr``,
#: ``zweite Jahreshälfte``) -> the granularity of the date (contract v3).
YEAR_PART_WORDS = {"quartal": "quarter", "quartals": "quarter", "quartales": "quarter", "halbjahr": "half",
                   "halbjahres": "half", "halbjahrs": "half", "jahreshälfte": "half"}

#: Links between two numbered parts of a year written with one part word (``im zweiten und
#: dritten Quartal``, ``im ersten bzw. zweiten Halbjahr``).
PART_LIST_LINKS = frozenset({"und", "oder", "bis", "-", "–", "bzw.", ","})
