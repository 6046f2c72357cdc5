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
