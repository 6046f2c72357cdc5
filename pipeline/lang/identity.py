"""What the cross-document index ignores when it compares names (contract v3, ``people.csv``).

Legal forms themselves come from ``rigour`` (it knows ``GmbH & Co. KG``, ``AG``,
``S.A.``, …) and country names from ``rigour.territories``; these tables hold
what those do not.
"""

#: Letters folded before names are compared, so that ``Müller`` and ``Mueller`` meet.
GERMAN_TRANSLIT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"}

#: Words of a German company name that describe the legal kind of business rather than
#: name it (``KPMG AG Wirtschaftsprüfungsgesellschaft`` is ``KPMG``).
ORG_DESCRIPTORS = frozenset({
    "wirtschaftsprüfungsgesellschaft", "steuerberatungsgesellschaft", "rechtsanwaltsgesellschaft",
    "aktiengesellschaft", "kommanditgesellschaft", "beteiligungsgesellschaft",
    "unternehmensberatungsgesellschaft", "treuhandgesellschaft", "mbh", "co.", "co", "&", "und",
    "ges.m.b.h.", "gesmbh", "inc.", "inc", "ltd.", "ltd", "llc", "llp", "plc", "corp.", "corp",
})

#: Group words that name the same company (``Lenovo Group``, ``Bosch-Gruppe``).
ORG_GROUP_WORDS = frozenset({"gruppe", "group", "konzern"})

#: Region words that make a regional variant of one company (``KPMG Europe``); countries come
#: from ``rigour.territories``. Cities and federal states are not here: ``Technische Universität
#: Berlin`` and ``… München`` are two organisations.
ORG_REGION_WORDS = frozenset({
    "europa", "europe", "dach", "emea", "apac", "international", "global", "worldwide",
    "nordamerika", "north america", "asien", "asia", "asia pacific", "lateinamerika", "latam",
    "middle east", "nahost", "afrika", "africa",
})

#: Words after which a trailing country belongs to the name (``Bank of China``, ``Bund für
#: Umwelt … Deutschland``).
ORG_COUNTRY_KEEPERS = frozenset({"of", "for", "für", "de", "der", "des", "du", "von", "in", "im", "and", "und"})

#: An organisation mention glued to a common noun by a hyphen is a compound, no mention of the
#: organisation itself (``KPMG-Studie``, ``Merkel-Regierung``): the characters that glue.
COMPOUND_HYPHENS = frozenset("-‐‑")

#: Adjectives of a country or region that an organisation's name may drop in a later mention
#: (``Deutscher Bundestag`` … ``Bundestag``, ``Deutsche Bahn`` … ``Bahn``): the folded stems.
ORG_DROPPABLE_ADJECTIVES = ("deutsch", "oesterreichisch", "schweizerisch", "europaeisch", "bayerisch",
                            "amerikanisch", "franzoesisch", "britisch", "chinesisch")

#: Endings of adjectival role nouns that only inflect (``Vorsitzender``/``Vorsitzenden`` →
#: ``vorsitzende``, ``Beauftragter``, ``Angestellter``, ``Abgeordneter``): one position however
#: the sentence declines it. ``Minister``, ``Partner`` are no such nouns.
ROLE_INFLECTED_ENDINGS = (("ragter", "ragte"), ("ragten", "ragte"), ("tellter", "tellte"),
                          ("tellten", "tellte"), ("ordneter", "ordnete"), ("ordneten", "ordnete"),
                          ("ender", "ende"), ("enden", "ende"))

#: Words of a role (case-folded) that make a position a directorship in FollowTheMoney terms
#: (board and management), as opposed to employment: ``Vorstand``, ``Geschäftsführerin``, ``CEO``;
#: a word beginning with one counts too (``Vorstandsvorsitzender``, ``Aufsichtsratsmitglied``).
BOARD_ROLE_WORDS = frozenset({
    "vorstand", "aufsichtsrat", "geschäftsführer", "geschäftsführerin", "vorsitzende", "vorsitzender",
    "präsident", "präsidentin", "ceo", "cfo", "coo", "cto", "cio", "board", "chairman", "chairwoman",
    "chair", "beirat", "verwaltungsrat", "stiftungsrat", "prokurist", "prokuristin",
})

#: CLDR territory codes that are no country (``UN`` is ``Vereinte Nationen``, ``EU``, ``EZ`` the euro zone).
NOT_COUNTRIES = frozenset({"UN", "EU", "EZ", "QO", "XA", "XB", "ZZ"})

#: Short country names CLDR does not list as names.
COUNTRY_EXTRA = frozenset({"usa", "uk", "brd", "österreich", "deutschland", "schweiz"})

#: Head nouns of a descriptor the entity span took in front of an organisation's name
#: (``US-Weltraumbehörde NASA``, ``Softwarekonzern SAP``, ``Mobilfunkanbieter Vodafone``): a
#: word ending in one of these, followed by a known organisation's name, is that organisation.
ORG_DESCRIPTOR_HEADS = (
    "behoerde", "agentur", "organisation", "partei", "gewerkschaft", "konzern", "verband", "unternehmen",
    "hersteller", "anbieter", "sender", "zeitung", "magazin", "ministerium", "institut", "bank", "dienst",
    "firma", "gesellschaft", "stiftung", "verein", "club", "klub", "riese", "haendler", "versicherer",
    "fonds", "kette", "airline", "rennstall", "team", "mannschaft", "hochschule", "universitaet",
)

#: Words that begin no organisation's name after a descriptor (``Fraktion der Grünen`` is a unit
#: of the party, not the party): folded function words.
ORG_NAME_NOT_AFTER = frozenset({"der", "des", "die", "den", "dem", "von", "vom", "fuer", "im", "in", "of", "for", "de",
                                "du", "und", "and", "zur", "zum", "bei"})

#: Prefixes glued by a hyphen that make a level of one organisation (``Landes-SPD``,
#: ``Bundes-Grünen``), folded; a suffix unit (``SPD-Bezirk Weser-Ems``) is its own.
ORG_LEVEL_PREFIXES = frozenset({"bundes", "landes", "bezirks", "orts"})

#: The German word for party as the head of a compound (``Linkspartei`` … ``Linke``,
#: ``Piratenpartei`` … ``Piraten``): the compound names the party its first part names.
PARTY_COMPOUND_HEAD = "partei"

#: Forms of a sports club written before its name (``SV Werder Bremen`` … ``Werder Bremen``,
#: ``1. FC Nürnberg`` … ``FC Nürnberg``), folded; dropped only while two words are left
#: (``VfB Stuttgart`` is not ``Stuttgart``).
CLUB_FORMS = frozenset({"1", "fc", "sv", "sc", "tsv", "vfb", "vfl", "bv", "tsg", "spvgg", "fsv", "ssv", "sg", "ac",
                        "as", "cf", "afc", "rb", "bsc", "sk", "ssc", "fk", "ks"})

#: Letters whose change inside a first name makes a spelling variant of one name
#: (``Sigmar``/``Siegmar``, ``Steffen``/``Steffan``): vowels, inserted, dropped or changed.
FIRST_NAME_VARIANT_LETTERS = frozenset("aeiouy")

#: Heads of compounds that name a party's parts (``Linkspartei``, ``Linksfraktion``): a person
#: named with either is no conflict of two people of one name, folded.
ORG_FAMILY_HEADS = ("partei", "fraktion")

#: Articles that begin an organisation's full name and that mentions drop (``Die Linke`` …
#: ``der Linken``, ``Der Spiegel`` … ``Spiegel``), folded.
ORG_LEADING_ARTICLES = frozenset({"die", "der", "das", "the"})

#: Spellings of one sound in German and English transliterations of a foreign name
#: (``Ahmadinedschad``/``Ahmadinejad``, ``Chomeini``/``Khomeini``, ``Mahmud``/``Mahmoud``),
#: folded; replaced in order (``dsch`` before ``sch``), then doubled letters are written once.
TRANSLIT_VARIANTS = (("dsch", "j"), ("tsch", "ch"), ("sch", "sh"), ("kh", "ch"), ("ou", "u"), ("ph", "f"),
                     ("th", "t"), ("ck", "k"))

#: Nouns of a part of an organisation that has no name of its own (``Fraktion der Grünen``,
#: ``Fraktion der SPD``): a span ``<noun> der <organisation>`` names that organisation, folded.
#: A named unit (``KPMG Law``) or an organ of its own (``Rat der Europäischen Union``,
#: ``Sicherheitsrat der Vereinten Nationen``) is no such part.
ORG_UNNAMED_PARTS = frozenset({"fraktion"})
