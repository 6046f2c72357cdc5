"""Units of measure after (or glued to) a number: surface form -> (unit, kind, factor).

``UNIT_WORDS`` is matched case-insensitively on tokens (keys lower-case);
``UNIT_SYMBOLS`` case-sensitively (``m``/``M``, ``t``/``T``, ``K`` for Kelvin vs
``k`` …). Multi-token keys are tokenized like the text before matching.
``factor`` scales the number into ``unit`` (``Jahrzehnt`` = 10 years).
Durations use the contract's units ``year month week day hour minute``;
``second`` is our extension. Currencies live in ``currencies.py``.
"""

UNIT_WORDS = {
    # percent and percentage points
    "prozent": ("%", "percent", 1), "v. h.": ("%", "percent", 1),
    "volumenprozent": ("%", "percent", 1), "gewichtsprozent": ("%", "percent", 1), "vol.-%": ("%", "percent", 1),
    "prozentpunkt": ("pp", "percentage_point", 1), "prozentpunkte": ("pp", "percentage_point", 1),
    "prozentpunkten": ("pp", "percentage_point", 1), "%-punkte": ("pp", "percentage_point", 1),
    "%-punkten": ("pp", "percentage_point", 1), "pp": ("pp", "percentage_point", 1),
    # per mille (not in the contract's list; kept as a measure in ‰)
    "promille": ("‰", "measure", 1),
    # temperature ("Grad" alone is read as Celsius: gold 10kgnad_test/0153)
    "grad celsius": ("°C", "temperature", 1), "grad": ("°C", "temperature", 1),
    "° celsius": ("°C", "temperature", 1), "°celsius": ("°C", "temperature", 1),
    "celsius": ("°C", "temperature", 1), "grad c": ("°C", "temperature", 1),
    "grad fahrenheit": ("°F", "temperature", 1), "° fahrenheit": ("°F", "temperature", 1),
    "fahrenheit": ("°F", "temperature", 1), "kelvin": ("K", "temperature", 1),
    # length
    "kilometer": ("km", "measure", 1), "kilometern": ("km", "measure", 1), "kilometers": ("km", "measure", 1),
    "meter": ("m", "measure", 1), "metern": ("m", "measure", 1), "meters": ("m", "measure", 1),
    "zentimeter": ("cm", "measure", 1), "zentimetern": ("cm", "measure", 1),
    "millimeter": ("mm", "measure", 1), "millimetern": ("mm", "measure", 1),
    "mikrometer": ("µm", "measure", 1), "mikrometern": ("µm", "measure", 1),
    "nanometer": ("nm", "measure", 1), "nanometern": ("nm", "measure", 1),
    "meile": ("mi", "measure", 1), "meilen": ("mi", "measure", 1),
    "zoll": ("in", "measure", 1),
    # area
    "quadratkilometer": ("km²", "measure", 1), "quadratkilometern": ("km²", "measure", 1),
    "quadratmeter": ("m²", "measure", 1), "quadratmetern": ("m²", "measure", 1),
    "qm": ("m²", "measure", 1), "hektar": ("ha", "measure", 1),
    # volume
    "liter": ("l", "measure", 1), "litern": ("l", "measure", 1),
    "milliliter": ("ml", "measure", 1), "millilitern": ("ml", "measure", 1),
    "hektoliter": ("hl", "measure", 1), "hektolitern": ("hl", "measure", 1),
    "kubikmeter": ("m³", "measure", 1), "kubikmetern": ("m³", "measure", 1),
    # mass
    "tonne": ("t", "measure", 1), "tonnen": ("t", "measure", 1),
    "kilogramm": ("kg", "measure", 1), "kilo": ("kg", "measure", 1),
    "gramm": ("g", "measure", 1),
    "tonnen co2": ("t CO2", "measure", 1), "tonnen co₂": ("t CO2", "measure", 1),
    "tonnen co2-äquivalent": ("t CO2e", "measure", 1), "tonnen co2-äquivalente": ("t CO2e", "measure", 1),
    "tonnen co2e": ("t CO2e", "measure", 1),
    # energy and power
    "wattstunden": ("Wh", "measure", 1), "wattstunde": ("Wh", "measure", 1),
    "kilowattstunden": ("kWh", "measure", 1), "kilowattstunde": ("kWh", "measure", 1),
    "megawattstunden": ("MWh", "measure", 1), "gigawattstunden": ("GWh", "measure", 1),
    "terawattstunden": ("TWh", "measure", 1),
    "watt": ("W", "measure", 1), "kilowatt": ("kW", "measure", 1), "megawatt": ("MW", "measure", 1),
    "gigawatt": ("GW", "measure", 1),
    # data
    "gigabyte": ("GB", "measure", 1), "megabyte": ("MB", "measure", 1), "terabyte": ("TB", "measure", 1),
    # kitchen and angle units (peer suites; rare in press text)
    "teelöffel": ("tsp", "measure", 1), "esslöffel": ("tbsp", "measure", 1),
    "umdrehung": ("turn", "measure", 1), "umdrehungen": ("turn", "measure", 1), "turn": ("turn", "measure", 1),
    # speed: a rate keeps the unit of its number
    "km/h": ("km", "rate", 1), "stundenkilometer": ("km", "rate", 1), "m/s": ("m", "rate", 1),
    # durations (a count of a time unit)
    "jahr": ("year", "duration", 1), "jahre": ("year", "duration", 1), "jahren": ("year", "duration", 1),
    "lebensjahr": ("year", "duration", 1), "lebensjahre": ("year", "duration", 1),
    "jahrzehnt": ("year", "duration", 10), "jahrzehnte": ("year", "duration", 10),
    "jahrzehnten": ("year", "duration", 10), "jahrhundert": ("year", "duration", 100),
    "jahrhunderte": ("year", "duration", 100),
    "monat": ("month", "duration", 1), "monate": ("month", "duration", 1), "monaten": ("month", "duration", 1),
    "woche": ("week", "duration", 1), "wochen": ("week", "duration", 1),
    "tag": ("day", "duration", 1), "tage": ("day", "duration", 1), "tagen": ("day", "duration", 1),
    "arbeitstag": ("day", "duration", 1), "arbeitstage": ("day", "duration", 1), "arbeitstagen": ("day", "duration", 1),
    "werktag": ("day", "duration", 1), "werktage": ("day", "duration", 1), "werktagen": ("day", "duration", 1),
    "stunde": ("hour", "duration", 1), "stunden": ("hour", "duration", 1), "std.": ("hour", "duration", 1),
    "minute": ("minute", "duration", 1), "minuten": ("minute", "duration", 1),
    "min.": ("minute", "duration", 1), "min": ("minute", "duration", 1),
    "viertelstunde": ("minute", "duration", 15), "viertelstunden": ("minute", "duration", 15),
    "dreiviertelstunde": ("minute", "duration", 45),
    "sekunde": ("second", "duration", 1), "sekunden": ("second", "duration", 1), "sek.": ("second", "duration", 1),
}

UNIT_SYMBOLS = {
    "%": ("%", "percent", 1), "‰": ("‰", "measure", 1), "°C": ("°C", "temperature", 1), "° C": ("°C", "temperature", 1),
    "°F": ("°F", "temperature", 1), "° F": ("°F", "temperature", 1), "K": ("K", "temperature", 1),
    "km": ("km", "measure", 1), "Km": ("km", "measure", 1), "m": ("m", "measure", 1),
    "cm": ("cm", "measure", 1), "mm": ("mm", "measure", 1), "µm": ("µm", "measure", 1),
    "μm": ("µm", "measure", 1), "nm": ("nm", "measure", 1), "mi": ("mi", "measure", 1),
    "''": ("in", "measure", 1), '"': ("in", "measure", 1),
    "km²": ("km²", "measure", 1), "km2": ("km²", "measure", 1), "m²": ("m²", "measure", 1),
    "m2": ("m²", "measure", 1), "m^2": ("m²", "measure", 1), "ha": ("ha", "measure", 1),
    "l": ("l", "measure", 1), "L": ("l", "measure", 1), "ml": ("ml", "measure", 1),
    "hl": ("hl", "measure", 1), "m³": ("m³", "measure", 1), "m3": ("m³", "measure", 1),
    "t": ("t", "measure", 1), "kg": ("kg", "measure", 1), "g": ("g", "measure", 1),
    "t CO2": ("t CO2", "measure", 1), "t CO₂": ("t CO2", "measure", 1), "t CO2e": ("t CO2e", "measure", 1),
    "t CO2-Äquivalent": ("t CO2e", "measure", 1), "t CO2-Äquivalente": ("t CO2e", "measure", 1),
    "Wh": ("Wh", "measure", 1), "kWh": ("kWh", "measure", 1), "MWh": ("MWh", "measure", 1), "GWh": ("GWh", "measure", 1),
    "TWh": ("TWh", "measure", 1), "W": ("W", "measure", 1), "kW": ("kW", "measure", 1),
    "MW": ("MW", "measure", 1), "GW": ("GW", "measure", 1),
    "GB": ("GB", "measure", 1), "MB": ("MB", "measure", 1), "TB": ("TB", "measure", 1),
    "km/h": ("km", "rate", 1), "m/s": ("m", "rate", 1), "rad": ("rad", "measure", 1),
    "h": ("hour", "duration", 1),
    "sek": ("second", "duration", 1),
}

#: Words after a figure that make it a rate (``3 Euro je Liter``, ``pro Kopf``).
RATE_PREPOSITIONS = {"pro", "je", "/"}

#: Phrases after a duration that make it a rate (``sieben Tage die Woche``).
RATE_TRAILERS = {"die woche", "die stunde", "im jahr", "am tag", "im monat", "in der woche",
                 "pro woche", "pro jahr", "pro tag", "pro monat"}

#: Per-period tails after any figure that make it a rate (contract v2: ``450 Euro im Monat``,
#: ``bis zu 1.200 Euro im Jahr``, ``nur eine Schicht am Tag``, ``20 Stunden in der Woche``):
#: a link (one or two words) and a period noun.
RATE_PERIOD_LINKS = frozenset({"im", "am", "in der", "pro", "je", "die", "jedes", "jeden", "jede"})
RATE_PERIOD_NOUNS = frozenset({"jahr", "monat", "tag", "woche", "stunde", "minute", "quartal", "halbjahr",
                               "nacht", "schuljahr", "kalenderjahr", "geschäftsjahr", "werktag", "arbeitstag"})
#: Words after the period noun that make it a time point, not a rate (``am Tag der Eröffnung``).
RATE_PERIOD_BLOCKERS = frozenset({"der", "des", "danach", "darauf", "zuvor", "nach", "vor", "von", "davor"})

#: Adverbs before a figure that make it a rate (``jährlich rund 211 Millionen Euro``).
RATE_ADVERBS = {"jährlich", "monatlich", "wöchentlich", "täglich", "stündlich", "pro jahr",
                "jedes jahr", "jeden monat", "jeden tag", "im jahr"}

#: Suffixes of age/duration adjectives glued to a number (``81-Jährige``, ``10-jährigen``).
AGE_SUFFIXES = {"jährig": "year", "monatig": "month", "wöchig": "week", "tägig": "day",
                "stündig": "hour", "minütig": "minute"}

#: Words before ``18h`` that make it a time of day, not a duration (``um 18h``, ``ab 9 h``).
CLOCK_CUES = frozenset({"um", "gegen", "ab", "bis", "kurz vor", "kurz nach"})

#: Hour symbols that a clock cue turns into a time of day (``Stunden`` stays a duration).
CLOCK_HOUR_SYMBOLS = frozenset({"h"})

#: Words after ``N Jahre`` that make it an age (``ein 20 Jahre alter Fahrer``; contract v2 kind ``age``).
#: Words before ``N Jahren`` that make it an age (contract v3: ``im Alter von 79 Jahren`` → age).
AGE_BEFORE = frozenset({"alter von", "alter zwischen", "alter bis", "alter ab"})

AGE_AFTER = frozenset({"alt", "alte", "alter", "altes", "alten", "altem", "jung", "junge", "junger", "jungen"})

#: Endings of person nouns after a lower-case ``-jährig`` adjective that make it an age
#: (``ein 28-jähriger Autofahrer``, ``die 16-jährige Schülerin``); other nouns make it a
#: duration (``den 10-jährigen Plan``). Compounds are matched by their last part.
PERSON_NOUN_ENDINGS = ("mann", "männer", "frau", "frauen", "junge", "jungen", "mädchen", "kind", "kinder",
                       "sohn", "tochter", "fahrer", "fahrerin", "gänger", "gängerin", "täter", "täterin",
                       "opfer", "schüler", "schülerin", "jugendliche", "jugendlicher", "jugendlichen",
                       "senior", "seniorin", "rentner", "rentnerin", "patient", "patientin", "verdächtige",
                       "verdächtiger", "verdächtigen", "beschuldigte", "beschuldigter", "angeklagte",
                       "angeklagter", "bewohner", "bewohnerin", "bub", "person", "personen", "vater", "mutter",
                       "bruder", "schwester", "enkel", "enkelin", "mitarbeiter", "mitarbeiterin", "sportler",
                       "sportlerin", "spieler", "spielerin", "student", "studentin", "arbeiter", "arbeiterin")

#: Adjective suffixes glued to a number -> the unit word they stand for (``0,8-prozentigen``,
#: ``50-prozentige`` → percent; contract v2).
ADJECTIVE_UNIT_SUFFIXES = {"prozentig": "prozent"}

#: Last parts of compound nouns that make a count a duration in that unit (contract v2:
#: ``38 Wochenstunden``, ``1.200 Arbeitsstunden`` → hour). ``-tage`` compounds are listed whole
#: in ``UNIT_WORDS`` (``Arbeitstage``): ``Parteitage``, ``Geburtstage`` are events.
TIME_COMPOUND_HEADS = {"stunden": "hour", "stunde": "hour", "minuten": "minute", "wochen": "week",
                       "monate": "month", "monaten": "month"}

#: Compounds with a time-unit head that are counts (named session formats, contract v2):
#: ``drei Fragestunden``, ``zwei Aktuelle Stunden``.
COUNTED_TIME_COMPOUNDS = {"fragestunde", "fragestunden", "sprechstunde", "sprechstunden", "schulstunde",
                          "schulstunden", "unterrichtsstunde", "unterrichtsstunden", "kalenderwochen",
                          "kalendermonate"}

#: Word stems that make ``Grad`` a temperature (contract v2: only in a weather or temperature
#: context; ``um 90 Grad gedreht`` is no row), looked for near the number.
TEMPERATURE_CONTEXT = ("temperatur", "fieber", "hitze", "wärm", "warm", "kält", "kalt", "frost", "wetter",
                       "thermometer", "erwärm", "klima", "schatten", "sonn", "heiß", "heiz", "kühl", "ofen",
                       "grill", "wasser", "luft", "celsius", "minus", "plus", "tiefstwert", "höchstwert", "sommer",
                       "winter", "nacht", "tagsüber", "glut", "schmelz", "gefrier", "siede", "brand", "feuer",
                       "kühlschrank", "tiefkühl", "körper", "boden", "meer", "see", "regen", "schnee", "eis")

#: Tokens on each side of ``Grad`` searched for ``TEMPERATURE_CONTEXT``.
TEMPERATURE_WINDOW = 12

#: Counted nouns inside a compound after a number (``eine 5000-Einwohner-Stadt`` → count 5000,
#: noun ``Einwohner``); other compounds keep the number inside the noun (``3-Zimmer-Wohnung``).
COMPOUND_COUNTED_NOUNS = frozenset({"einwohner", "mitarbeiter", "personen", "mann", "betten", "sitze", "plätze"})

#: Nouns that are never the counted noun of a figure (``Mal`` counts: ``mehr als 400 Mal``).
NOT_COUNTED = {"uhr", "prozent", "nr", "nr.", "uhrzeit", "jahrgang",
               # version words after a product's number (``FlexiCapture 12 Release 2``); plurals count
               "release", "edition", "build"}

#: Words before a temperature that make it negative (``minus 25 Grad``).
NEGATIVE_TEMPERATURE_SIGNS = frozenset({"minus", "−", "-"})

#: Unit and scale abbreviations that a tokenizer without the special case splits from their period
#: (``Min`` + ``.``): the period is part of the unit.
PERIOD_SPLIT_ABBREVIATIONS = frozenset({"min", "std", "sek", "tsd", "mio", "mrd"})

#: Chemical formulas after a mass unit that stay part of the unit (``21.000 Tonnen CO2.``,
#: ``12 t NOx``), also with a sentence period glued to them: formula as written -> as in the unit.
UNIT_FORMULAS = {"co2": "CO2", "co₂": "CO2", "co2e": "CO2e", "co₂e": "CO2e", "co2-äquivalent": "CO2e",
                 "co2-äquivalente": "CO2e", "co2-äquivalenten": "CO2e", "nox": "NOx"}

#: Units a formula may follow (``t CO2``, ``kg CO2``).
FORMULA_MASS_UNITS = frozenset({"t", "kg", "g"})

#: Words after ``/`` (``Euro/Jahr``, ``€/Kopf``) that make a figure a rate besides the units of
#: ``UNIT_SYMBOLS``/``UNIT_WORDS`` (``350 Wh/kg``, ``95 g/km``, ``50 €/MWh``).
PER_WORDS = frozenset({"jahr", "monat", "woche", "tag", "stunde", "kopf", "person", "stück", "einwohner", "nacht",
                       "a", "d"})
