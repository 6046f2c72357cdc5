"""One synthetic press release: its cast, then its blocks in release order.

Genres: corporate (results, personnel, partnership, product, event), public
bodies, NGOs.  Every block is drawn from the frames of ``tables/frames.py``;
the cast (``cast.py``) gives the names, so the entity spans are known by
construction.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Dict, List, Tuple

import pipeline.training.synthetic.cast as C
from .lexicons import Pools
from .render import Ent, Frame, Rendered, fill
from .tables import frames as F
from .tables import names as N
from .tables import vocab as V

GENRES = [("results", 14), ("personnel", 12), ("partnership", 12), ("product", 14),
          ("event", 7), ("site", 7), ("public", 18), ("ngo", 16)]
CORPORATE = {"results", "personnel", "partnership", "product", "event", "site"}


@dataclass
class Release:
    """A generated release: text, entity spans ``(start, end, label)``, genre."""

    text: str
    ents: List[Tuple[int, int, str]]
    genre: str
    blocks: List[Tuple[int, int]] = field(default_factory=list)   # (start, end) of each block


# ---------------------------------------------------------------- plain values
def _date(rng: random.Random, year: int) -> Tuple[str, str, str, str]:
    """The release date (long, numeric, English) and a date two to four days later."""
    m, d = rng.randrange(12), rng.randint(1, 24)
    return (f"{d}. {V.MONTHS[m]} {year}", f"{d:02d}.{m + 1:02d}.{year}",
            f"{V.MONTHS_EN[m]} {d}, {year}", f"{d + rng.randint(2, 4)}. {V.MONTHS[m]} {year}")


def _money(rng: random.Random) -> str:
    unit = rng.choice(["Millionen Euro", "Mio. Euro", "Milliarden Euro", "Mrd. EUR", "Mio. EUR",
                       "Millionen US-Dollar", "Millionen Franken"])
    return f"{rng.randint(1, 999)},{rng.randint(0, 9)} {unit}"


def _plain(rng: random.Random, year: int, genre: str) -> Dict[str, object]:
    date, date_num, date_en, date2 = _date(rng, year)
    return {
        "year": str(year), "year_next": str(year + 1), "year_past": str(year - rng.randint(1, 6)),
        "year_past2": str(year - rng.randint(7, 14)), "year_founded": str(rng.choice(V.FOUNDING_YEARS)),
        "years_n": str(rng.randint(3, 30)), "date": date, "date2": date2, "date_num": date_num,
        "date_en": date_en, "time": f"{rng.randint(7, 18):02d}:{rng.choice(['00', '15', '30', '45'])}",
        "month": rng.choice(V.MONTHS), "quarter": rng.choice(V.QUARTERS),
        "pct": lambda r: f"{r.randint(1, 45)},{r.randint(0, 9)} Prozent" if r.random() < 0.7
        else f"{r.randint(1, 45)} %",
        "pct2": lambda r: f"{r.randint(1, 30)},{r.randint(0, 9)} Prozent",
        "money": _money, "money2": _money, "money3": _money,
        "eur_small": lambda r: f"{r.randint(0, 4)},{r.randint(10, 99)} Euro",
        "eur_price": lambda r: f"{r.randint(99, 4999)} Euro zzgl. MwSt.",
        "eur_donation": lambda r: f"{r.choice([10, 20, 25, 30, 50, 75, 100])} Euro",
        "count": lambda r: f"{r.randint(1, 99)}.{r.randint(100, 999)}",
        "count2": lambda r: f"{r.randint(1, 99)}.{r.randint(100, 999)}",
        "count_small": lambda r: str(r.randint(12, 950)), "n_small": lambda r: str(r.randint(2, 12)),
        "hall": lambda r: str(r.randint(1, 27)), "stand": lambda r: f"{r.choice('ABCDEFG')}{r.randint(10, 99)}",
        "jubilee": str(rng.choice([25, 50, 75, 100, 125])), "share": f"{rng.randint(51, 100)} Prozent",
        "generation": rng.choice(["zweiter", "dritter", "vierter", "fünfter"]),
        "eqs_topic": rng.choice(V.EQS_TOPICS), **dict(zip(("sector", "sector_acc"), rng.choice(V.SECTORS))),
        "sector_offer": rng.choice(V.SECTOR_OFFER), "sector_buyers": rng.choice(V.SECTOR_BUYERS),
        "segment": rng.choice(V.SEGMENTS), "customers": rng.choice(V.CUSTOMERS if genre in CORPORATE else V.BENEFICIARIES),
        "staff": rng.choice(V.STAFF), "feature": rng.choice(V.FEATURES),
        "feature2": rng.choice(V.FEATURES), "ngo_goal": rng.choice(V.NGO_GOALS),
        "topic_public": rng.choice(V.TOPICS_PUBLIC), "topic_ngo": rng.choice(V.TOPICS_NGO),
        "topic_public_sentence": Frame(rng.choice(V.TOPICS_PUBLIC_SENTENCE)),
        "topic_ngo_sentence": Frame(rng.choice(V.TOPICS_NGO_SENTENCE)),
        "programme_int": rng.choice(V.PROGRAMMES_INTERNAL), "nat": rng.choice(V.NATIONALITY_STEMS),
        "tel_label": rng.choice(V.TEL_LABELS), "mail_label": rng.choice(V.MAIL_LABELS),
        "ticker": f"ISIN: DE000{rng.choice('ABCDEFKLMN')}{rng.randint(1000000, 9999999)}",
        "isin": f"DE000{rng.choice('ABCDEFKLMN')}{rng.randint(1000000, 9999999)}",
        "wkn": f"{rng.choice('ABCDEFKLMN')}{rng.randint(10000, 99999)}",
        "house": str(rng.randint(1, 180)) + rng.choice(["", "", "", "a", "b", ""]),
    }


def _facility(rng: random.Random) -> Dict[str, object]:
    nom, acc = rng.choice(V.FACILITIES)
    return {"facility": nom, "facility_acc": acc}


def _region(rng: random.Random) -> list:
    r = rng.choice(V.REGIONS_WORLD)
    art, _, rest = r.partition(" ")
    if art in ("der", "dem") and rest:
        return [art + " ", rest if rest == "DACH-Region" else Ent(rest, "LOC")]
    return [Ent(r, "LOC")]


# ---------------------------------------------------------------- the cast
def _home(rng: random.Random, pools: Pools, genre: str) -> Dict[str, object]:
    if genre in CORPORATE and rng.random() < 0.18:
        town, code, pc = rng.choice(V.TOWNS_AT_CH)
    else:
        town, code, pc = C.town_choice(rng, pools), "DE", None
    country = {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz"}[code]
    return {"hq": Ent(town, "LOC"), "_hq": town, "_home": code,
            "postcode": C.postcode(rng, code, pc),
            "country": ["der ", Ent(country, "LOC")] if code == "CH" else Ent(country, "LOC"),
            "home_country": Ent(country, "LOC"), "phone": C.phone(rng, code),
            "mobile": C.phone(rng, code)}


def _org(rng: random.Random, pools: Pools, genre: str, town: str) -> C.Org:
    if genre == "public":
        return C.public_body(rng, pools, town)
    if genre == "ngo":
        return C.ngo(rng, pools, town)
    return C.company(rng, pools)


def _places(rng: random.Random, pools: Pools, home: Dict[str, object]) -> Dict[str, object]:
    fc, fcity = C.foreign_place(rng, pools)
    fc2, fcity2 = C.foreign_place(rng, pools)
    place = home["_hq"] if rng.random() < 0.7 else C.town_choice(rng, pools)
    return {
        "fcountry": Ent(fc, "LOC"), "fcity": Ent(fcity, "LOC"), "fcountry2": Ent(fc2, "LOC"),
        "fcity2": Ent(fcity2, "LOC"), "city": lambda r: Ent(C.town_choice(r, pools), "LOC"),
        "city2": lambda r: Ent(C.town_choice(r, pools), "LOC"), "land": Ent(rng.choice(V.LANDER), "LOC"),
        "place": Ent(place, "LOC"), "PLACE": Ent(place.upper(), "LOC"),
        "place2": Ent(C.town_choice(rng, pools), "LOC"), "region_world": lambda r: _region(r),
        "exchange_town": Ent(rng.choice(V.EXCHANGE_TOWNS), "LOC"),
        "exchange_town2": Ent(rng.choice(V.EXCHANGE_TOWNS), "LOC"),
        "street": C.street(rng, pools),
    }


def _people(rng: random.Random, pools: Pools, genre: str, org: C.Org) -> Tuple[Dict[str, object], dict]:
    top = {"ngo": "ngo_top"}.get(genre, "corporate_top")
    ps = {k: C.person(rng, pools) for k in ("p1", "p2", "p3", "pn", "pp")}
    roles = {"p1": C.public_role(rng, org.full, ps["p1"].female) if genre == "public"
             else C.role(rng, top, ps["p1"].female),
             "p2": C.role(rng, rng.choice(["corporate_top", "corporate", "expert"]), ps["p2"].female),
             "p3": C.role(rng, "press", ps["p3"].female),
             "pn": C.role(rng, rng.choice(["corporate_top", "corporate"]), ps["pn"].female),
             "pp": C.role(rng, "corporate", ps["pp"].female)}
    slots: Dict[str, object] = {}
    for k, p in ps.items():
        slots.update(C.person_slots(k, p, roles[k], rng))
    slots["pn_role_prev"] = C.role(rng, "corporate", ps["pn"].female)
    return slots, {"persons": ps, "roles": roles}


def _things(rng: random.Random, org: C.Org, year: int, pools: Pools, genre: str) -> Dict[str, object]:
    kind_pl, kind_sg = C.product_kind(rng)
    brand = org.short if len(org.short.split()) == 1 and len(org.short) < 14 else ""
    uni = lambda r: Ent(r.choice(N.UNIVERSITIES_DAT).format(town=C.town_choice(r, pools)), "ORG")  # noqa: E731
    last = rng.choice(pools.surnames)
    agency = rng.choice(N.PR_AGENCY_FORMS).format(last=last, en=rng.choice(N.EN_FIRST))
    ngo_org = C.ngo(rng, pools, "Berlin")
    real = rng.sample(N.REAL_COMPANIES, 2)
    return {
        "product": C.product(rng, brand), "product2": C.product(rng, brand),
        "product_kind": kind_pl, "product_kind_sg": kind_sg,
        "real_product": Ent(rng.choice(N.REAL_PRODUCTS), "MISC"),
        **C.event(rng, year, genre in CORPORATE), **C.law_slots(rng), "green_label": Ent(rng.choice(N.GREEN_LABELS), "MISC"),
        "programme": Ent(rng.choice(N.PROGRAMMES), "MISC"),
        "real_s": Ent(real[0][0], "ORG"), "real2_s": Ent(real[1][0], "ORG"),
        "university": uni, "university2": uni,
        "authority": Ent(rng.choice(N.AUTHORITIES), "ORG"), "agency": Ent(rng.choice(N.AGENCIES), "ORG"),
        "ministry_gen": Ent(rng.choice(N.MINISTRIES_GEN), "ORG"),
        "ngo_gen": ngo_org.slots("x")["x_gen"],
        "lawfirm": Ent(rng.choice(V.LAW_FIRMS_STEMS), "ORG"), "wire_org": Ent("news aktuell", "ORG"),
        "pr_agency": Ent(agency, "ORG"), "department": rng.choice(N.DEPARTMENTS),
        "cert": Ent(rng.choice(N.CERTIFICATES), "MISC"),
        # a fresh name per use: enumerations (``A, B und C``)
        "any_person": lambda r: Ent(C.person(r, pools).name, "PER"),
        "any_org": lambda r: Ent(C.company(r, pools).full if r.random() < 0.5 else C.company(r, pools).short,
                                 "ORG"),
        "any_city": lambda r: Ent(C.town_choice(r, pools), "LOC"),
    }


def _contact(org: C.Org, rng: random.Random) -> Dict[str, object]:
    dom = org.domain or "example.de"
    return {"url": rng.choice([f"www.{dom}", f"https://www.{dom}", f"https://{dom}/presse", f"{dom}"]),
            "url_press": f"https://www.{dom}/{rng.choice(['presse', 'newsroom', 'media', 'de/presse'])}",
            "email": rng.choice([f"presse@{dom}", f"press@{dom}", f"info@{dom}", f"kommunikation@{dom}"]),
            "email_ir": f"ir@{dom}", "contact_org": Ent(org.full, "ORG")}


def _intro(org: C.Org, genre: str, town: str, rng: random.Random) -> Frame:
    if genre not in CORPORATE:
        return Frame("{org_nom}")
    kind = rng.choice(V.ORG_KINDS)
    adj = V.PLACE_ADJECTIVES.get(town)
    if adj and rng.random() < 0.7:
        return Frame(f"der {adj} {kind} {{org}}")
    return Frame(f"der {kind} {{org}} aus {{hq}}")


def build_cast(rng: random.Random, pools: Pools, genre: str) -> Dict[str, object]:
    """All slot values of one release."""
    year = rng.choice([2023, 2024, 2025, 2025, 2026])
    home = _home(rng, pools, genre)
    org = _org(rng, pools, genre, home["_hq"])
    par_genre = genre if genre != "public" or rng.random() < 0.5 else "results"
    par = _org(rng, pools, par_genre, C.town_choice(rng, pools))
    par2 = C.company(rng, pools)
    cast: Dict[str, object] = {**_plain(rng, year, genre), **home, **_places(rng, pools, home)}
    cast.update(org.slots("org"))
    cast.update(par.slots("par"))
    cast["par2"] = Ent(par2.full, "ORG")
    people, meta = _people(rng, pools, genre, org)
    cast.update(people)
    cast.update(_things(rng, org, year, pools, genre))
    cast.update(_contact(org, rng))
    cast.update(_facility(rng))
    cast["org_intro"] = _intro(org, genre, home["_hq"], rng)
    adj = V.PLACE_ADJECTIVES.get(home["_hq"])
    cast["hq_team"] = Frame(f"das {adj} Team") if adj else Frame("das Team in {hq}")
    cast["_orgs"] = {"org": org, "par": par}
    cast["_meta"] = meta
    return cast


# ---------------------------------------------------------------- quotes
def speaker_slots(cast: Dict[str, object], who: str, org_key: str, rng: random.Random) -> Dict[str, object]:
    """The ``s…`` slots: person ``who`` (``p1``, ``pn``…) of organisation ``org_key``."""
    out = {("s" + k[len(who):]): v for k, v in cast.items() if k.startswith(who + "_") or k == who}
    out["S_pron"] = cast[C.Cap(who) + "_pron"]
    org: C.Org = cast["_orgs"][org_key]
    out.update({("s_org" + k[1:]): v for k, v in org.slots("x").items()})
    return out


def quote(cast: Dict[str, object], texts: str, who: str, org_key: str, rng: random.Random) -> list:
    o, c = rng.choice(F.QUOTE_MARKS)
    sub = dict(cast)
    sub.update(speaker_slots(cast, who, org_key, rng))
    q = ". ".join(rng.sample(F.QUOTE_TEXTS[texts], rng.choice([1, 1, 2])))
    sub.update({"o": o, "c": c, "q": Frame(q)})
    return fill(rng.choice(F.QUOTE_FRAMES), sub, rng)


# ---------------------------------------------------------------- the release
def _speakers(genre: str) -> List[Tuple[str, str, str]]:
    """(person, organisation, quote texts) of the first and second quote."""
    if genre == "personnel":
        return [("pn", "org", "personnel_new"), ("p1", "org", "personnel")]
    if genre in ("partnership", "product"):
        return [("p1", "org", genre), ("p2", "par", genre + "_par")]
    if genre in ("public", "ngo"):
        return [("p1", "org", genre), ("p2", "par", genre)]
    return [("p1", "org", genre), ("p1", "org", genre)]


def _bullets(cast, genre: str, rng: random.Random) -> list:
    mark = rng.choice(F.BULLET_MARKS)
    items = rng.sample(F.BULLETS[genre], min(len(F.BULLETS[genre]), rng.randint(3, 5)))
    frame = rng.choice(F.BULLET_INTROS[genre]) + "".join("\n" + mark + it for it in items)
    return fill(frame, cast, rng)


def _contact_block(cast, rng: random.Random) -> list:
    layout = rng.choice(F.CONTACT_LAYOUTS)
    lines = [rng.choice(F.CONTACT_HEADINGS)] + [F.CONTACT_LINES[k] for k in layout]
    return fill("\n".join(lines), cast, rng)


def _opening(cast, genre: str, rng: random.Random) -> List[list]:
    headline = fill(rng.choice(F.HEADLINES[genre]), cast, rng)
    if genre in ("results", "personnel", "partnership") and rng.random() < 0.25:
        return [fill(rng.choice(F.EQS_HEADER), {**cast, "headline": _as_value(headline)}, rng)]
    blocks = [headline]
    if rng.random() < 0.45:
        blocks.append(fill(rng.choice(F.SUBHEADLINES[genre]), cast, rng))
    return blocks


def _as_value(pieces) -> list:
    return [Ent(t, lab) if lab else t for t, lab in pieces]


def _body(cast, genre: str, rng: random.Random) -> List[list]:
    lead = fill(rng.choice(F.DATELINES) + rng.choice(F.LEADS[genre]), cast, rng)
    frames = rng.sample(F.BODY[genre], min(len(F.BODY[genre]), rng.randint(2, 4)))
    generic = F.GENERIC_BODY if genre in CORPORATE else F.GENERIC_PUBLIC
    for _ in range(rng.choice([0, 1, 1, 2])):
        frames.insert(rng.randrange(len(frames) + 1), rng.choice(generic))
    blocks = [lead] + [fill(f, cast, rng) for f in frames]
    speakers = _speakers(genre)
    for i in range(rng.choice([1, 1, 2])):
        who, org_key, texts = speakers[i]
        blocks.insert(rng.randint(1, len(blocks)), quote(cast, texts, who, org_key, rng))
    if rng.random() < 0.5:
        blocks.insert(rng.randint(1, len(blocks)), _bullets(cast, genre, rng))
    return blocks


def _closing(cast, genre: str, rng: random.Random) -> List[list]:
    blocks: List[list] = []
    if rng.random() < 0.5:
        blocks.append(fill(rng.choice(F.CLOSERS), cast, rng))
    if rng.random() < 0.35:
        blocks.append([(rng.choice(F.SEPARATORS), None)])
    if rng.random() < 0.75:
        family = genre if genre in ("public", "ngo") else "corporate"
        blocks.append(fill(rng.choice(F.ABOUT_HEADINGS[family]) + "\n" + rng.choice(F.ABOUT[family]),
                           cast, rng))
    if rng.random() < 0.85:
        blocks.append(_contact_block(cast, rng))
    return blocks


def release(rng: random.Random, pools: Pools, genre: str = "") -> Release:
    """One release of ``genre`` (drawn from :data:`GENRES` when empty)."""
    genre = genre or C.weighted(rng, GENRES)
    cast = build_cast(rng, pools, genre)
    cast.update(speaker_slots(cast, "p1", "org", rng))   # frames naming the head of the organisation
    opening = _opening(cast, genre, rng)
    blocks = opening + _body(cast, genre, rng) + _closing(cast, genre, rng)
    if opening[0] and opening[0][0][0].startswith("EQS-News"):
        blocks.append([("Ende der Mitteilung", None)])
        blocks.append(fill(rng.choice(F.EQS_FOOTER), cast, rng))
    out = Rendered()
    spans = []
    for b in blocks:
        if out.text:
            out.add_text("\n\n")
        start = len(out.text)
        out.add(b)
        spans.append((start, len(out.text)))
    return Release(out.text, out.ents, genre, spans)
