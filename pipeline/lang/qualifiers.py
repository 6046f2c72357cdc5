"""Qualifier words before a number -> contract qualifier (lower-case phrases)."""

QUALIFIERS = {
    # approx
    "rund": "approx", "rd.": "approx", "etwa": "approx", "circa": "approx", "ca.": "approx",
    "ca": "approx", "zirka": "approx", "knapp": "approx", "gut": "approx", "fast": "approx",
    "nahezu": "approx", "annähernd": "approx", "ungefähr": "approx", "ungefahr": "approx",
    "um die": "approx", "an die": "approx", "~": "approx", "beinahe": "approx",
    "schätzungsweise": "approx", "knapp über": "approx", "knapp unter": "approx",
    # gt
    "über": "gt", "mehr als": "gt", "oberhalb": "gt", "oberhalb von": "gt", "jenseits von": "gt",
    # ge
    "mindestens": "ge", "ab": "ge", "nicht weniger als": "ge", "wenigstens": "ge", "mind.": "ge",
    # lt
    "unter": "lt", "weniger als": "lt", "unterhalb": "lt", "unterhalb von": "lt",
    # le
    "bis zu": "le", "höchstens": "le", "maximal": "le", "max.": "le", "nicht mehr als": "le",
}

#: Words that may stand between a qualifier and the number (``über weitere 200.000 km``).
QUALIFIER_GAP = {"weitere", "weiteren", "die", "insgesamt"}

#: ``um 12 %``: a change; kept in the text, qualifier ``eq``.
CHANGE_WORDS = {"um"}

#: Range openers and connectors (``zwischen 3 und 5``, ``von 10 bis 15``, ``10-15``).
RANGE_OPENERS = {"zwischen": "und", "von": "bis"}
RANGE_CONNECTORS = {"bis", "-", "–", "—"}

#: Links between two numbers across which the first borrows the unit or counted noun of the
#: second (``24 und 54 Jahre``, ``von 22,6 auf 22,3 Prozent``, ``18.329 auf 35.108 Personen``).
UNIT_SHARING_LINKS = frozenset({"und", "oder", "auf", "bzw.", "beziehungsweise"})

#: Verbs that govern ``über``/``unter`` as a preposition: ``verfügt über 304 Stimmen`` is no
#: ``gt`` (lower-case forms; the figures component checks the word before the qualifier).
PREPOSITION_VERBS = {
    "verfügt", "verfügen", "verfügte", "verfügten", "spricht", "sprechen", "sprach",
    "sprachen", "berichtet", "berichten", "berichtete", "berichteten", "informiert", "informieren",
    "informierte", "diskutiert", "diskutieren", "diskutierte", "entscheidet", "entscheiden",
    "entschied", "entschieden", "abgestimmt", "stimmen", "stimmten", "freut", "freuen", "freute",
    "freuten", "leidet", "leiden", "litt", "litten", "klagt", "klagen", "klagte", "klagten",
}

#: Qualifiers that are prepositions after one of ``PREPOSITION_VERBS`` (``verfügt über 304 Stimmen``).
PREPOSITION_QUALIFIERS = frozenset({"über", "unter"})

#: Text between two figures of one unit that joins them into a range (``3 km bis 5 km``,
#: ``3 km – 5 km``; ``und`` only after ``zwischen``).
FIGURE_RANGE_LINKS = frozenset({"-", "–", "bis"})
