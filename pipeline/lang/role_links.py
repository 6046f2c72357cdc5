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

#: ``ernennt A zu Partnern``: ``zu`` opens the role only after an appointing verb (``sagte A zu
#: Journalisten`` names no role).
APPOINTED_TO = frozenset({"zu"})

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

# ---------------------------------------------------------------- clause readers

#: Lemmas of the verbs whose subject is the person of a predicative role
#: (``X ist seit 2019 CTO bei der Muster AG``, ``X bleibt Vorsitzender``, ``X wird Leiterin``).
PREDICATE_LEMMAS = frozenset({"sein", "bleiben", "werden"})

#: Lemmas of the verbs of an activity or a move with the person as subject; the organisation
#: after ``bei`` (and after the links of ``MOVE_LINKS``) is an affiliation (``X arbeitet
#: bei Y``, ``X wechselte 2018 zu Y``, ``X kommt von Y``, ``X hat 2008 bei Y begonnen``).
ACTIVITY_LEMMAS = frozenset({
    "arbeiten", "wechseln", "kommen", "stoßen", "beginnen", "starten", "fungieren", "agieren",
    "verantworten", "aufbauen", "anfangen", "leiten", "betreuen", "verstärken", "übernehmen", "unterstützen",
    "beraten", "zurückkehren", "gehen", "treten", "beitreten", "führen", "gründen", "mitgründen"})

#: Auxiliaries whose participle at the clause's end decides (``X hat 2008 bei KPMG begonnen``; not
#: ``X hatte Klage beim Gericht eingereicht``).
PERFECT_LEMMAS = frozenset({"haben"})

#: Prepositions after which a clause of the person names its organisation, whatever the verb.
CLAUSE_ORG_LINKS = frozenset({"bei", "beim", "at"})

#: Prepositions that name the organisation a person moves to or comes from, by verb lemma.
MOVE_LINKS = {
    "wechseln": frozenset({"zu", "zur", "zum", "von", "vom"}),
    "kommen": frozenset({"von", "vom"}),
    "stoßen": frozenset({"zu", "zur", "zum"}),
    "gehen": frozenset({"zu", "zur", "zum"}),
    "zurückkehren": frozenset({"zu", "zur", "zum"}),
}

#: Adjectives of an activity that take an organisation after ``an``/``am`` too
#: (``ist an der Universität Salzburg tätig``).
ACTIVITY_ADJECTIVES = frozenset({"tätig", "beschäftigt", "aktiv", "angestellt"})

#: ``an der Universität``: prepositions that name an organisation only with an activity adjective.
ACTIVITY_ORG_LINKS = frozenset({"an", "am"})

#: ``Teil von KPMG``, ``Teil der Muster AG``: a membership noun and the links after it.
PART_OF = frozenset({"Teil"})
PART_OF_LINKS = frozenset({"von", "vom", "der", "des"})

#: Words between the verb and a predicative role that are no part of it (time and focus
#: adverbs: ``ist seit 2019 CTO``, ``war zuvor Partnerin``, ``ist unter anderem auch …``).
PREDICATE_ADVERBS = frozenset("""
seit ab bis mit zuvor bereits nun jetzt auch zudem ebenfalls künftig zukünftig weiterhin mittlerweile
inzwischen derzeit aktuell heute damals zuletzt bisher sofort schon noch erneut wieder zugleich
gleichzeitig außerdem seither seitdem nunmehr fortan unter anderem u.a. insgesamt rund über mehr als
knapp fast etwa circa ca. Jahren Jahre Jahr Monaten Monate vergangenen letzten Anfang Mitte Ende
Wirkung dem den
""".split())

#: Functions a person takes over with the organisation after them (``X übernimmt die Leitung
#: der Repräsentanz``, ``übernimmt den Vorsitz des Aufsichtsrats``): the function is the role.
TAKEN_FUNCTIONS = frozenset({
    "Leitung", "Vorsitz", "Geschäftsführung", "Führung", "Stellvertretung", "Präsidentschaft",
    "Chefredaktion", "Intendanz", "Direktion", "Co-Leitung", "Gesamtleitung", "Bereichsleitung"})

#: Lemmas of the verbs that take over a function (``übernimmt``, ``übernahm``).
TAKE_OVER_LEMMAS = frozenset({"übernehmen"})

#: Prepositions that close a title of any wording after ``Name,`` and open its organisation
#: (``Neil Murphy, Global Channel Chief bei ABBYY.``, ``Andreas Gauger, CEO von Open-Xchange``).
TITLE_ORG_LINKS = frozenset({"bei", "beim", "at", "von", "vom"})

#: Lower-case words that may stand inside such a title (``Manager im Bereich Deal Advisory``,
#: ``Vize Präsident für neue Technologien``, ``Head of IT``).
TITLE_INNER_WORDS = frozenset({"of", "for", "and", "&", "für", "im", "in", "der", "des", "und", "-", "/", "the"})

#: Links that split a title into two (``CEO und Gründer``, ``President & General Manager``).
TITLE_SPLITS = frozenset({"und", "and", "&", "sowie"})

#: Membership nouns whose body follows ``im``/``in der`` (``Mitglied im Fachsenat …``).
MEMBER_NOUNS = frozenset({"Mitglied", "Mitglieder", "Vorstandsmitglied", "Beiratsmitglied", "Aufsichtsratsmitglied"})
MEMBER_LINKS = frozenset({"im", "in"})

#: Openers of a sentence that names a plural title for the list of names after it
#: (``Unter den neuen Partner:innen sind A, B``, ``Zu Partnern ernannt wurden A und B``,
#: ``Neu im Vorstand: A, B``), as word sequences.
LIST_HEAD_OPENERS = (("Unter", "den"), ("Zu",), ("Zum",), ("Zur",), ("Neu", "im"), ("Neu", "in", "der"),
                     ("Neue", "im"), ("Neu", "an", "Bord"))

#: Words that close such a head before the names: a copula, a participle + ``wurden``, a colon.
LIST_HEAD_VERBS = frozenset({"sind", "waren", "wurden", "werden", "gehören", "ernannt", "berufen",
                             "bestellt", "gewählt", "befördert", ":"})

#: Lemmas of the verbs whose object is the person's organisation (``X verstärkt ab sofort KPMG
#: als Director``, ``X tritt der Muster AG als CFO bei``, ``X leitet die Muster GmbH``).
OBJECT_ORG_LEMMAS = frozenset({"verstärken", "treten", "beitreten", "leiten", "gründen", "mitgründen"})

#: Possessive pronouns before a function taken over (``dessen Stellvertretung übernimmt X``).
POSSESSIVE_PRONOUNS = frozenset({"dessen", "deren", "seine", "ihre"})

#: Articles that open no predicate noun: the predicate of ``sein``/``werden`` is nominative
#: (``X wird den Beirat leiten``, ``X war dem Aufsichtsrat …``).
OBLIQUE_ARTICLES = frozenset({"den", "dem", "des", "einen", "einem", "eines"})

#: Indefinite articles: ``X ist ein herausragender Spieler`` describes; only a role with an
#: organisation (``ist eine Partnerin der Muster AG``) is a statement.
INDEFINITE_ARTICLES = frozenset({"ein", "eine"})

#: ``einer der größten Investoren``: a partitive describes, it names no role.
PARTITIVES = frozenset({"einer", "eine", "eines"})

#: Possessives before a predicate noun, no part of the role (``ist ab heute unser Cheftrainer``).
PREDICATE_POSSESSIVES = frozenset({"unser", "unsere", "sein", "seine", "ihr", "ihre"})

#: Verbs of motion: ``bei`` after them names a place or an event, no workplace
#: (``kam beim Auswärtssieg bei den Nashville Predators``).
MOTION_LEMMAS = frozenset({"kommen", "gehen", "stoßen", "zurückkehren"})

#: Heads of event names: ``bei der Leichtathletik-WM``, ``beim Akkordeonfestival`` name no workplace.
EVENT_HEADS = ("wm", "em", "open", "spiele", "spielen", "olympia", "turnier", "meisterschaft",
               "meisterschaften", "konferenz", "messe", "festival", "gipfel", "cup", "pokal", "finale",
               "wahl", "wahlen", "tagung", "kongress", "award", "awards", "preisverleihung")

#: Prepositions of a time adverbial whose article is no predicate's (``ist seit dem 25. Februar …``).
ADVERBIAL_PREPOSITIONS = frozenset({"seit", "ab", "bis", "mit", "nach", "vor"})
