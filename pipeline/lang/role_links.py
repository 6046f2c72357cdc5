"""Link words of the role constructions: the conjunctions, articles, pronouns and
prepositions that join names, titles and organisations in ``press_roles``
(``A und B``, ``…, der als X``, ``als Sprecher bzw. Sprecherin``, ``neu bei KPMG:``).

Plain data; the role and organisation words themselves are in ``role_words.py``.
"""

#: Conjunctions that coordinate two titles or two names (``ÖVP-Chef und Wirtschaftsminister``,
#: ``Präsident und CEO von …``, ``A sowie B``).
COORDINATORS = frozenset({"und", "sowie"})

#: Links between the names of a list (``Neue Partner sind A, B und C``,
#: ``bestehend aus A, B sowie C``).
NAME_LIST_LINKS = frozenset({",", "und", "sowie"})

#: Conjunctions after a name that make it one of a list of names, not a person
#: with a role before (``Vertreter von Wikimedia, Creative Commons und der …``).
LIST_CONJUNCTIONS = frozenset({"und", "sowie", "oder"})

#: Links after a name to the next name that shares a plural title (``Ärzte An und Chol``,
#: ``Mitbegründer A, B``).
SHARED_TITLE_LINKS = frozenset({"und", ","})

#: ``beziehungsweise``: two roles for two people, in order (``A und B … als Sprecher bzw.
#: stellvertretende Sprecherin``).
RESPECTIVELY = frozenset({"bzw.", "beziehungsweise"})

#: Links between two roles named after ``als`` (``als Partner und Geschäftsführer``,
#: ``als Sprecher bzw. Sprecherin``).
SECOND_ROLE_LINKS = RESPECTIVELY | COORDINATORS

#: Relative pronouns that open ``…, der als X`` / ``…, die als X`` after a name.
RELATIVE_PRONOUNS = frozenset({"der", "die"})

#: Capitalised articles that open a clause before its subject organisation
#: (``Die Muster AG beruft …``).
CAPITALISED_ARTICLES = frozenset({"Der", "Die", "Das"})

#: Articles before a title that mark it plural when the title has one form for both
#: numbers (``Die TimelinePI Mitbegründer A und B``).
PLURAL_ARTICLES = frozenset({"Die", "die"})

#: Time words between a name and a joining verb's group (``verstärkt seit Mai das Team``,
#: ``ab 1. Juli``, ``im Juni``, ``am Montag``).
TIME_WORDS = frozenset({"seit", "ab", "im", "am"})

#: Contractions that open the role of an announcement (``ernennt Lea Probe zur Partnerin``),
#: or a date when a number follows (``zum 1. März``).
ROLE_CONTRACTIONS = frozenset({"zum", "zur"})

#: Words that open the role named in an announcement (``bestellt X als neuen Partner``,
#: ``wird zum CEO ernannt``).
ANNOUNCEMENT_LINKS = frozenset({"als"}) | ROLE_CONTRACTIONS

#: ``in der Funktion des Geschäftsführers``: the words before the link to the role.
IN_FUNCTION = ("in", "der", "Funktion")

#: Links between ``in der Funktion`` and the role (``des``, ``der``, ``als``).
FUNCTION_LINKS = frozenset({"des", "der", "als"})

#: Prepositions of a headline label that names the organisation of the title after it
#: (``Neu bei KPMG: Bankenexperte …``, ``New at ABBYY: …``).
LABEL_PREPOSITIONS = frozenset({"bei", "beim", "at"})
