"""Function words and adjective shapes for the figures component's counted-noun rule.

``NOT_ADJECTIVES``: lower-case words that end the search for a counted noun after a
number (``12 und …``, ``3 seiner …``). Most are spaCy's German ``STOP_WORDS``, but not
all of them: the stop list also holds adjectives that do stand before a counted noun
(``12 neue Stellen``, ``drei gute Gründe``), so the ones that end the search are named.
"""
#: Stop words that end a counted-noun search (a subset of spaCy's ``STOP_WORDS``).
_FROM_STOP_WORDS = frozenset({
    "aber", "alle", "allen", "aller", "alles", "bei", "beide", "beiden", "bereits", "bisher",
    "daher", "danach", "davor", "deine", "dem", "den", "denen", "der", "deren", "des", "die",
    "diese", "diesem", "diesen", "dieser", "dieses", "dürfen", "eine", "einem", "einen", "einer",
    "einige", "einigen", "er", "es", "etwa", "gegen", "gegenüber", "gerade", "gewesen", "haben",
    "hatten", "hinter", "hätten", "ihm", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer",
    "ihres", "immer", "jedem", "jeden", "jeder", "keine", "keinen", "keiner", "können", "man",
    "meine", "meinen", "morgen", "mögen", "müssen", "nach", "neben", "oben", "oder", "ohne",
    "seien", "seine", "seinem", "seinen", "seines", "seit", "sich", "sie", "solche", "solchen",
    "sollen", "sollten", "sowie", "später", "statt", "und", "unsere", "unserer", "unter", "waren",
    "wegen", "welche", "welchen", "wenige", "werden", "wieder", "wir", "wurden", "während",
    "würden", "zusammen", "zwischen", "über",
})

#: Adverbs and verb forms spaCy's ``STOP_WORDS`` does not hold.
_NOT_STOP_WORDS = frozenset({
    "anstatt", "außen", "dürften", "ebenfalls", "eher", "entlang", "erneut", "eure", "euren",
    "gestern", "hinten", "innen", "insgesamt", "jedes", "jeweils", "könnten", "lediglich",
    "mehrere", "mehreren", "müssten", "nahe", "sogar", "ungefähr", "unseren", "unten", "vorne",
    "wenigen", "wären", "zuvor",
})

NOT_ADJECTIVES = _FROM_STOP_WORDS | _NOT_STOP_WORDS

#: Endings of capitalised words taken for adjectives before a capitalised counted noun
#: when the model gives no part of speech (``12 Neue Stellen``).
CAPITALISED_ADJECTIVE_ENDINGS = (
    "ale", "alen", "aler", "ische", "ischen", "ischer", "isches", "liche", "lichen", "licher",
    "liches", "ige", "igen", "iger", "iges", "ive", "iven", "iver", "ierte", "ierten", "ene",
    "enen", "ere", "eren", "erer", "ste", "sten", "ster", "neue", "neuen", "neuer", "große",
    "großen", "großer", "kleine", "kleinen", "weitere", "weiteren",
)

#: Links of a gendered pair of nouns counted together (``12 Polizistinnen und Polizisten``).
PAIR_LINKS = frozenset({"und", "oder", "bzw."})
