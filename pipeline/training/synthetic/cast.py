"""The cast of one synthetic release: its organisations, people, places and
things, as slot values for the frames (``render.py``).

Names become :class:`Ent` values with their label; articles, honorifics,
roles and case words stay outside the span (``die`` + ORG ``Beispiel AG``,
``Dr.`` + PER ``Anna Muster``, ORG ``Kraftfahrt-Bundesamtes`` keeps its
genitive ending like GermEval).
"""
from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from typing import Dict, Optional, Tuple

from .lexicons import Pools
from .render import Ent
from .tables import names as N
from .tables import vocab as V

ARTICLES = {  # gender -> (nom, gen, dat, acc)
    "m": ("der", "des", "dem", "den"), "f": ("die", "der", "der", "die"),
    "n": ("das", "des", "dem", "das"), "pl": ("die", "der", "den", "die"),
}
_ADJ = re.compile(r"\b([A-ZÄÖÜ]\w*(?:isch|ig|ch|ot|al)e)\b(?= [A-ZÄÖÜ])")


def weighted(rng: random.Random, pairs):
    items, weights = zip(*pairs)
    return rng.choices(items, weights=weights)[0]


@dataclass
class Org:
    """An organisation: ``full`` (nominative), ``gen``/``dat`` name forms,
    ``short`` (articleless), grammatical ``gender`` (``-``: no article)."""

    full: str
    short: str
    gender: str = "f"
    gen: Optional[str] = None
    dat: Optional[str] = None
    domain: str = ""
    company: bool = True

    def _with_short(self, i: int, contracted: str) -> list:
        """``beim UBA``, ``von der KfW``: a body's short name needs an article."""
        name = self.short if self.short != self.full else (self.dat or _weak(self.full))
        if self.company or self.gender == "-":
            return [contracted.split()[0] + " ", Ent(self.short, "ORG")]
        if self.gender in ("m", "n"):
            return [contracted.split()[1] + " ", Ent(name, "ORG")]
        return [f"{contracted.split()[0]} der ", Ent(name, "ORG")]

    def case(self, i: int, name: str) -> list:
        if self.gender == "-":
            return ["von ", Ent(name, "ORG")] if i == 1 else [Ent(name, "ORG")]
        return [ARTICLES[self.gender][i] + " ", Ent(name, "ORG")]

    def slots(self, key: str) -> Dict[str, object]:
        gen = self.gen or self.full
        dat = self.dat or _weak(self.full)
        acc = dat if self.gender == "m" else self.full
        return {key: Ent(self.full, "ORG"), f"{key}_s": Ent(self.short, "ORG"),
                f"{key}_c": compound_form(self.short), f"{key}_nom": self.case(0, self.full),
                f"{key}_gen": self.case(1, gen), f"{key}_dat": self.case(2, dat),
                f"{key}_acc": self.case(3, acc),
                f"{key}_bei": self._with_short(2, "bei beim"), f"{key}_von": self._with_short(2, "von vom"),
                f"{key}_about": Ent(self.short, "ORG") if self.company or self.gender == "-"
                else self.case(3, acc),
                f"{key}_snom": Ent(self.short, "ORG") if self.company or self.gender == "-"
                else [ARTICLES[self.gender][0] + " ", Ent(self.short, "ORG")]}


def compound_form(short: str) -> str:
    """The name as first part of a compound (plain text): ``Save-the-Children``-Report."""
    return short.split(" & ")[0].split()[0] if " & " in short else short.replace(" ", "-")


def law_slots(rng: random.Random) -> Dict[str, object]:
    """``law`` and its case forms with article (``des Lieferkettengesetzes``)."""
    name, g = rng.choice(N.LAWS)
    gen = name
    if g in ("m", "n"):
        gen = name + ("es" if name.lower().endswith("gesetz") else
                      "s" if name.endswith(("Abkommen", "Protokoll")) else "")
    art = ARTICLES[g]
    return {"law": Ent(name, "MISC"), "law_nom": [art[0] + " ", Ent(name, "MISC")],
            "law_gen": [art[1] + " ", Ent(gen, "MISC")], "law_dat": [art[2] + " ", Ent(name, "MISC")],
            "law_acc": [art[3] + " ", Ent(name, "MISC")],
            "law_zu": ["zur " if g == "f" else "zum ", Ent(name, "MISC")]}


def _weak(name: str) -> str:
    """``Deutsche Wetterdienst`` -> ``Deutschen Wetterdienst`` (dative after an article)."""
    return _ADJ.sub(lambda m: m.group(1) + "n", name)


def _genitive_head(name: str) -> str:
    head, _, rest = name.partition(" ")
    head = head + ("ses" if head.endswith("nis") else "s")
    return f"{head} {rest}".strip()


def slug(text: str) -> str:
    t = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ä", "ae")
                              .replace("ö", "oe").replace("ü", "ue"))
    return re.sub(r"[^a-z0-9-]", "", t.encode("ascii", "ignore").decode().lower().replace(" ", "-"))


# ---------------------------------------------------------------- companies
def company(rng: random.Random, pools: Pools) -> Org:
    """A company name with its legal form (part of the ORG span)."""
    kind = rng.choices(["invented", "surname", "english", "osm", "real", "foreign", "acronym"],
                       weights=[26, 16, 18, 12, 8, 12, 8])[0]
    return _COMPANY_MAKERS[kind](rng, pools)


def _invented(rng, pools) -> Org:
    short = rng.choice(N.COMPANY_ROOTS) + rng.choice(N.COMPANY_ENDINGS)
    if rng.random() < 0.15:   # brand names in capitals (``ARQUM GmbH``)
        short = short.upper()
    desc = rng.choice(N.COMPANY_DESCRIPTORS) + " " if rng.random() < 0.5 else ""
    form = weighted(rng, N.GERMAN_LEGAL_FORMS)
    return Org(f"{short} {desc}{form}", short, domain=slug(short) + rng.choice([".de", ".com", ".eu"]))


def _surname_co(rng, pools) -> Org:
    a = rng.choice(pools.surnames)
    shape = rng.randrange(4)
    base = [a, f"{a} & {rng.choice(pools.surnames)}", f"{a} {rng.choice(N.COMPANY_DESCRIPTORS)}",
            f"{a} & Söhne"][shape]
    form = weighted(rng, N.GERMAN_LEGAL_FORMS)
    return Org(f"{base} {form}", base if shape != 2 else a, domain=slug(a) + ".de")


def _english(rng, pools) -> Org:
    short = rng.choice(N.EN_FIRST) + rng.choice(["", " "]) + rng.choice(N.EN_SECOND)
    form = weighted(rng, N.FOREIGN_LEGAL_FORMS + [("GmbH", 10)])
    return Org(f"{short} {rng.choice(N.EN_BUSINESS)} {form}", short,
               domain=slug(short.replace(" ", "")) + rng.choice([".com", ".io", ".de"]))


def _osm(rng, pools) -> Org:
    if not pools.osm_companies:
        return _invented(rng, pools)
    full = rng.choice(pools.osm_companies)
    short = re.sub(r"\s(GmbH & Co\. KG|GmbH|AG|KG|e\.V\.|SE|eG|mbH)$", "", full)
    return Org(full, short, domain=slug(short.split()[0]) + ".de")


def _real(rng, pools) -> Org:
    short, full = rng.choice(N.REAL_COMPANIES)
    return Org(full, short, domain=slug(short.split()[0]) + ".com")


def _foreign(rng, pools) -> Org:
    base = rng.choice(N.INTL_LAST)
    shape = rng.randrange(3)
    short = [base, f"Groupe {base}", f"{base} {rng.choice(N.EN_BUSINESS)}"][shape]
    form = weighted(rng, N.FOREIGN_LEGAL_FORMS)
    return Org(f"{short} {form}", short if shape != 1 else base, domain=slug(base) + ".com")


def _acronym(rng, pools) -> Org:
    letters = "ABCDEFGHKLMNPRSTVWX"
    short = "".join(rng.choice(letters) for _ in range(rng.choice([2, 3, 3, 4])))
    desc = rng.choice(N.COMPANY_DESCRIPTORS)
    form = weighted(rng, N.GERMAN_LEGAL_FORMS)
    return Org(f"{short} {desc} {form}", short, domain=slug(short) + ".de")


_COMPANY_MAKERS = {"invented": _invented, "surname": _surname_co, "english": _english, "osm": _osm,
                   "real": _real, "foreign": _foreign, "acronym": _acronym}


def public_body(rng: random.Random, pools: Pools, town: str) -> Org:
    if rng.random() < 0.45:
        nom, gen, g, short = rng.choice(N.PUBLIC_BODIES)
        return Org(nom, short or nom, g, gen=gen, domain=slug(short or nom.split()[0]) + ".de",
                   company=False)
    pattern, g, short = rng.choice(N.PUBLIC_PATTERNS)
    fill = {"town": town, "land": rng.choice(V.LANDER), "field": rng.choice(N.RESEARCH_FIELDS)}
    nom = pattern.format(**fill)
    gen = _genitive_head(nom) if g in ("m", "n") else nom
    return Org(nom, short.format(**fill) if short else nom, g, gen=gen,
               domain=slug(nom.split()[0]) + ".de", company=False)


def ngo(rng: random.Random, pools: Pools, town: str) -> Org:
    if rng.random() < 0.5:
        nom, gen, g, short = rng.choice(N.NGOS)
        return Org(nom, short or nom, g, gen=gen, domain=slug(short or nom) + ".de", company=False)
    pattern, g = rng.choice(N.NGO_PATTERNS)
    nom = pattern.format(topic=rng.choice(N.NGO_TOPICS), town=town, land=rng.choice(V.LANDER))
    full = nom + " e.V." if rng.random() < 0.6 else nom
    gen = _genitive_head(full) if g in ("m", "n") else full
    return Org(full, nom, g, gen=gen, dat=full, domain=slug(nom) + ".org", company=False)


# ---------------------------------------------------------------- people
@dataclass
class Person:
    first: str
    last: str
    female: bool
    hon: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def person(rng: random.Random, pools: Pools) -> Person:
    female = rng.random() < 0.5
    if rng.random() < 0.72:
        first = rng.choice(pools.first_f if female else pools.first_m)
        last = rng.choice(pools.surnames)
    else:
        first = rng.choice(N.INTL_FIRST["f" if female else "m"])
        last = rng.choice(N.INTL_LAST)
    if rng.random() < 0.04:
        last = f"{last}-{rng.choice(pools.surnames)}"
    elif rng.random() < 0.04 and "-" not in first:
        first = f"{first} {rng.choice(pools.first_f if female else pools.first_m)}"
    return Person(first, last, female, weighted(rng, N.HONORIFICS))


def public_role(rng: random.Random, org_name: str, female: bool) -> str:
    """The head of a public body, by its name (``Landratsamt`` -> ``Landrat``)."""
    for word, roles in N.PUBLIC_ROLES:
        if word in org_name:
            m, f = rng.choice(roles)
            return f if female else m
    return ""


def role(rng: random.Random, group: str, female: bool) -> str:
    m, f = rng.choice(N.ROLES[group])
    return f if female else m


def person_slots(key: str, p: Person, role_text: str, rng: random.Random) -> Dict[str, object]:
    f = p.female
    return {
        key: Ent(p.name, "PER"), f"{key}_last": Ent(p.last, "PER"), f"{key}_hon": p.hon,
        f"{key}_role": role_text, f"{key}_herrfrau": "Frau" if f else "Herr",
        f"{key}_der": "die" if f else "der", f"{key}_neu": "neue" if f else "neuer",
        f"{Cap(key)}_pron": "Sie" if f else "Er", f"{key}_dat_pron": "ihr" if f else "ihm",
        f"{key}_in": "in" if f else "", f"{key}_expert": "eine ausgewiesene Expertin" if f
        else "einen ausgewiesenen Experten",
        f"{key}_zum_role": ("zur " if f else "zum ") + role_text,
        f"{key}_role_short": rng.choice(V.ROLE_SHORT)[1 if f else 0],
    }


def Cap(key: str) -> str:  # noqa: N802 - the frames' capitalised slot name
    return key[0].upper() + key[1:]


# ---------------------------------------------------------------- things
def product(rng: random.Random, brand: str) -> Ent:
    words = rng.sample(N.PRODUCT_WORDS, rng.choice([1, 1, 2]))
    base = (brand + rng.choice(["", " "]) if rng.random() < 0.6 else "") + " ".join(words)
    if base == " ".join(words) and len(words) == 1:  # a lone product word is too generic
        base = rng.choice(N.COMPANY_ROOTS) + words[0]
    name = base + rng.choice(N.TRADEMARKS) + rng.choice(N.PRODUCT_VERSIONS)
    return Ent(name.strip(), "MISC")


def event(rng: random.Random, year: int, fair: bool) -> Dict[str, object]:
    """An event (MISC) with its article forms, the same event with its year where one is
    written (``Hannover Messe 2025``, inside the span), and the town it takes place in (LOC)."""
    numbered = not fair and rng.random() < 0.3
    name, g, town = rng.choice(N.EVENTS_NUMBERED if numbered else N.FAIRS if fair else N.CONFERENCES)
    with_year = f"{name} {year}" if not numbered and rng.random() < 0.6 else name
    art = ARTICLES[g]
    return {"event": Ent(name, "MISC"), "event_y": Ent(with_year, "MISC"),
            "event_nom": [art[0] + " ", Ent(name, "MISC")], "event_dat": [art[2] + " ", Ent(name, "MISC")],
            "auf_event": [f"auf {art[2]} ", Ent(name, "MISC")],
            "auf_event_y": [f"auf {art[2]} ", Ent(with_year, "MISC")],
            "event_city": Ent(town, "LOC")}


def street(rng: random.Random, pools: Pools) -> Ent:
    r = rng.random()
    if r < 0.35:
        name = rng.choice(V.STREET_FIXED)
    elif r < 0.55:
        name = f"{rng.choice(pools.first_m + pools.first_f)}-{rng.choice(pools.surnames)}-Straße"
    else:
        name = rng.choice(pools.surnames) + rng.choice(V.STREET_SUFFIXES)
    return Ent(name, "LOC")


def postcode(rng: random.Random, home: str, fixed: Optional[str]) -> str:
    if fixed:
        return {"AT": "A-", "CH": "CH-"}.get(home, "") * (rng.random() < 0.3) + fixed
    return ("D-" if rng.random() < 0.1 else "") + f"{rng.randint(1067, 99998):05d}"


def phone(rng: random.Random, home: str) -> str:
    cc = {"DE": "+49", "AT": "+43", "CH": "+41"}[home]
    area = str(rng.randint(30, 9999))
    block = f"{rng.randint(100, 9999)} {rng.randint(10, 9999)}"
    shape = rng.randrange(4)
    if shape == 0:
        return f"{cc} {area} {block}"
    if shape == 1:
        return f"{cc} (0){area} {block}-{rng.randint(0, 99)}"
    if shape == 2:
        return f"0{area} / {block}"
    return f"0{area}-{rng.randint(10000, 999999)}"


def town_choice(rng: random.Random, pools: Pools) -> str:
    if rng.random() < 0.5 or not pools.towns:
        return rng.choice(V.BIG_TOWNS_DE)
    return rng.choice(pools.towns)


def foreign_place(rng: random.Random, pools: Pools) -> Tuple[str, str]:
    """(country, city) of one country; frequent partner countries weighted up."""
    if rng.random() < 0.6:
        wanted = rng.choice(V.MAIN_COUNTRIES)
        for code, name in pools.countries:
            if name == wanted:
                return name, rng.choice(pools.cities[code])
    code, name = rng.choice(pools.countries)
    return name, rng.choice(pools.cities[code])


def product_kind(rng: random.Random) -> Tuple[str, str]:
    return rng.choice(V.PRODUCT_KINDS)
