"""Parts of personal names that are not capitalised words, for the persons component."""
from functools import lru_cache


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


def _lines(name: str) -> list[str]:
    """The entries of the table file ``name`` beside this module (comment lines left out)."""
    from pathlib import Path
    lines = Path(__file__).with_name(name).read_text(encoding="utf-8").splitlines()
    return [n for n in lines if n and not n.startswith("#")]


@lru_cache(maxsize=1)
def first_name_genders() -> dict:
    """``{first name: "f" | "m"}`` of ``first_name_genders.txt`` (loaded once): ``Anna`` → f."""
    return dict(n.split("\t", 1) for n in _lines("first_name_genders.txt"))


@lru_cache(maxsize=1)
def first_names() -> frozenset:
    """The first names of ``first_names.txt`` (loaded once)."""
    return frozenset(_lines("first_names.txt"))


@lru_cache(maxsize=1)
def surnames() -> frozenset:
    """The surnames of ``surnames.txt`` (loaded once): evidence that a lone name is a person."""
    return frozenset(_lines("surnames.txt"))
