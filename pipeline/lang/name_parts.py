"""Parts of personal names that are not capitalised words, for the persons component."""

#: Lower-case particles that belong to names (``Ursula von der Leyen``, ``Vincent van Gogh``).
NAME_PARTICLES = frozenset("von van der den de da di du le la bin al zu ten ter dos das y".split())

#: Particles that are also German articles: only inside ``von der``/``van den``.
ARTICLE_PARTICLES = frozenset({"der", "den", "das", "dos", "la", "le"})

#: Words that show a PER span is inside an English organisation name
#: (``Center for Sustainable Development``).
ORG_NAME_LINKS = frozenset({"of", "for", "and", "&", "the"})

#: Arabic name prefixes joined by a hyphen (``al-Assad``, ``Abu-Bakr``), in regex order.
ARABIC_NAME_PREFIXES = ("al", "el", "ad", "as", "asch", "ash", "ibn", "bin", "ben", "abu", "bint")

#: Words that join two persons' names (``Scott Opitz und Alex Elkin``, ``An Hyong-chan (56)
#: sowie Chol Ri-mun (50)``).
NAME_COORDINATORS = frozenset({"und", "sowie"})

#: Function words after which capitalised words may still be a name in a list slot
#: (``mit Anna Schmidt, Sprecherin …``, ``von Max Muster (dena)``); after any other
#: function word (``die``, ``seine``) they are a noun phrase.
NAME_LIST_WORDS = frozenset({"und", "sowie", "mit", "von"})

#: Entries of the first-name lexicon that in press text are mostly titles, departments,
#: months or nouns (``Sales``, ``Global``, ``August``): left out of ``first_names.txt``.
NOT_FIRST_NAMES = frozenset("""
Sales Global Art Will Justice Hunter August Mai Juni Juli April March May June Chief Lead Head Senior
Junior Group Partner Direktor Manager Bank Market Digital Central Finance Legal Data Cloud Customer
Public Human Region Summer Winter Sunny Grace Joy Hope Rich Rose Star Sky Golden Premier Major General
Prince King Queen Baron Earl Count Dean Rector Bishop Pastor
""".split())


def first_name_genders() -> dict:
    """``{first name: "f" | "m"}`` of ``first_name_genders.txt`` (loaded once): ``Anna`` → f."""
    global _GENDERS
    if _GENDERS is None:
        from pathlib import Path
        lines = (Path(__file__).with_name("first_name_genders.txt")).read_text(encoding="utf-8").splitlines()
        _GENDERS = dict(n.split("\t", 1) for n in lines if n and not n.startswith("#"))
    return _GENDERS


_GENDERS = None


def first_names() -> frozenset:
    """The first names of ``first_names.txt`` (loaded once)."""
    global _FIRST_NAMES
    if _FIRST_NAMES is None:
        from pathlib import Path
        lines = (Path(__file__).with_name("first_names.txt")).read_text(encoding="utf-8").splitlines()
        _FIRST_NAMES = frozenset(n for n in lines if n and not n.startswith("#"))
    return _FIRST_NAMES


_FIRST_NAMES = None
_SURNAMES = None


def surnames() -> frozenset:
    """The surnames of ``surnames.txt`` (loaded once): evidence that a lone name is a person."""
    global _SURNAMES
    if _SURNAMES is None:
        from pathlib import Path
        lines = (Path(__file__).with_name("surnames.txt")).read_text(encoding="utf-8").splitlines()
        _SURNAMES = frozenset(n for n in lines if n and not n.startswith("#"))
    return _SURNAMES
