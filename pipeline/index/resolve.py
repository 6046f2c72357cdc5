"""People and organisations across documents: which document-local entities are one referent.

The unit is a *document entity*: all mentions of one local id (``PER2`` of one document),
which the document's own coreference already joined (``Huang Yiyang`` … ``Huang``). Each
gets an identity key from its fullest name (:mod:`pipeline.index.names`); keys meet in a
union-find:

- organisations: equal keys (``KPMG``, ``KPMG Austria GmbH``, ``KPMG Österreich``); an
  acronym that a document introduces for a long name (``UNDP``) stands for that name
  elsewhere when only one long name claims it; keys that differ by inflection only
  (``Deutsche Bank`` / ``Deutschen Bank``); a descriptor before a name (``US-Weltraumbehörde
  NASA``), a level prefix (``Landes-SPD``), a party compound (``Linkspartei`` / ``Linken``), a
  club's form (``SV Werder Bremen``), a leading article (``Die Linke``), the name after a
  slash (``Bündnis 90/Die Grünen``);
- people: equal (first, last) names; ``K. Muster`` joins the one ``K…`` Muster; a
  surname-only entity joins the one full name with that surname (also without its particles:
  ``Guttenberg``); a last name one edit away with the same first name (``Steinmeier`` /
  ``Steinmaier``, rapidfuzz); a first name one vowel apart (``Sigmar`` / ``Siegmar``);
  transliterations (``Ahmadinedschad`` / ``Ahmadinejad``). An ORG entity that is the surname of
  its document's person (``Merkel`` beside ``Angela Merkel``) takes the person's id
  (:func:`surnames_labelled_otherwise`).

People of one name are then split when their documents conflict: disjoint organisations in
overlapping time (:func:`split_conflicts`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from pipeline.index.names import fold, is_acronym, org_name, person_name, spelling_skeleton
from pipeline.lang.organisations import CLUB_WORDS, GENERIC_BODIES, PARTIES, STATES, organisation_names
from pipeline.lang.identity import (CLUB_FORMS, ORG_DESCRIPTOR_HEADS, ORG_DROPPABLE_ADJECTIVES, ORG_LEADING_ARTICLES,
                                    ORG_LEVEL_PREFIXES, ORG_UNNAMED_PARTS,
                                    ORG_NAME_NOT_AFTER, PARTY_COMPOUND_HEAD, FIRST_NAME_VARIANT_LETTERS)


@dataclass
class DocEntity:
    """The mentions of one local entity id in one document."""
    doc_id: str
    entity: str
    label: str                                    # PER or ORG
    forms: dict = field(default_factory=dict)     # form → mentions
    date: str = ""                                # the document's date, ISO, "" when unknown
    orgs: set = field(default_factory=set)        # people: the organisation keys their roles name
    key: str = ""                                 # identity key, set by resolve_*

    @property
    def name(self) -> str:
        """The fullest form: most words, then most frequent, then first in order."""
        return max(self.forms, key=lambda f: (len(f.split()), self.forms[f], -len(f)))

    @property
    def n_mentions(self) -> int:
        return sum(self.forms.values())


class UnionFind:
    """Keys joined into groups; the representative is the smallest key (order-independent)."""

    def __init__(self):
        self.parent: dict[str, str] = {}

    def add(self, key: str) -> None:
        self.parent.setdefault(key, key)

    def find(self, key: str) -> str:
        self.add(key)
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo

    def groups(self) -> dict[str, list[str]]:
        out = defaultdict(list)
        for key in self.parent:
            out[self.find(key)].append(key)
        return out


# ---------------------------------------------------------------- organisations

def _stem(word: str) -> str:
    for end in ("en", "em", "er", "es", "e", "n", "s", "r", "m"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


def _near_keys(keys: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of keys that differ only by inflection (``deutsche bank`` / ``deutschen bank``):
    keys are blocked by the stems of their words, each checked against its block's first."""
    blocks = defaultdict(list)
    for k in keys:
        blocks[tuple(_stem(w) for w in k.split())].append(k)
    return [(block[0], other) for block in blocks.values() if len(block) > 1
            for other in block[1:] if _inflected_alike(block[0], other)]


#: What German inflection adds to a word of a name (``Deutsche``/``Deutschen``, ``Bund``/``Bundes``).
_INFLECTION = frozenset({"e", "en", "er", "es", "n", "s", "r", "m", "em"})


def _inflected_alike(a: str, b: str) -> bool:
    """Two keys whose words differ only by inflection endings: ``deutsche bank`` / ``deutschen bank``."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or wa == wb:
        return False
    for x, y in zip(wa, wb):
        short, long_ = sorted((x, y), key=len)
        if x != y and not (long_.startswith(short) and long_[len(short):] in _INFLECTION and len(short) >= 3):
            return False
    return True


def _majority_key(e: DocEntity) -> str:
    """The key most of an organisation entity's mentions give: a document that once glued a
    product to the name (``KPMG Lease Bike`` among ``KPMG``, ``KPMG Austria GmbH``) keeps ``kpmg``;
    between a name and its acronym, the name."""
    counts: dict[str, int] = {}
    longest: dict[str, int] = {}
    for form, n in e.forms.items():
        k = org_name(form).key
        counts[k] = counts.get(k, 0) + n
        longest[k] = max(longest.get(k, 0), len(form))
    return "O:" + max(counts, key=lambda k: (counts[k], not is_acronym(k.upper()), longest[k], k))


@lru_cache(maxsize=1)
def _generic_keys() -> dict[str, str]:
    """The keys of :data:`GENERIC_BODIES` → their base form (``landtages`` → ``landtag``)."""
    keys = {fold(w) for w in GENERIC_BODIES}
    return {k: next((k[:-len(x)] for x in ("es", "s") if k.endswith(x) and k[:-len(x)] in keys), k) for k in keys}


@lru_cache(maxsize=1)
def _state_words() -> dict[str, str]:
    """``{folded word: state}``: a state's name, its capital and the adjectives of both
    (``niedersaechsischen``, ``stuttgarter``), for :func:`_generic_bodies`."""
    out = {}
    for state, (adjective, capital) in STATES.items():
        st = fold(state)
        out[st] = out[fold(capital)] = st
        out[fold(capital) + "er"] = st
        for end in ("e", "en", "er", "es", "em"):
            out[fold(adjective) + end] = st
    return out


def _generic_bodies(entities: list[DocEntity], doc_places: dict[str, Counter]) -> None:
    """``Landtag``, ``Landesregierung``: each state has one, so the key is the one organisation of
    its document whose name ends in it (``Bundesverfassungsgericht`` … ``Verfassungsgericht``,
    ``US-Senat`` … ``Senat``), else names the state — the one an adjective before it names (``niedersächsischen Landtag``, ``Stuttgarter Landtag``),
    else the one state its document names most (its LOC entities: the state or its capital) —
    or, when the document names none or several alike, the document alone."""
    generic, states = _generic_keys(), _state_words()
    named = defaultdict(set)   # the document's other organisations, for ``Verfassungsgericht``
    for e in entities:
        named[e.doc_id].add(e.key[2:])
    for e in entities:
        words = e.key[2:].split()
        base = generic.get(words[-1]) if words else None
        if base is None or (len(words) > 1 and not (len(words) == 2 and words[0] in states)):
            continue
        heads = {k for k in named[e.doc_id] if k.endswith(base) and k != e.key[2:] and k.split()[-1] not in generic}
        if len(words) == 1 and len(heads) == 1:
            e.key = "O:" + heads.pop()   # ``Bundesverfassungsgericht`` … ``Verfassungsgericht``
            continue
        state = states[words[0]] if len(words) == 2 else _document_state(doc_places.get(e.doc_id), states)
        e.key = f"O:{base} @{state or e.doc_id}"


def _document_state(places: Counter | None, states: dict[str, str]) -> str:
    """The state a document names most often, "" when none or a tie."""
    counts = Counter()
    for place, n in (places or {}).items():
        if place in states:
            counts[states[place]] += n
    top = counts.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else ""


def abbreviates(short: str, long_: str) -> bool:
    """``OeNB`` / ``Oesterreichische Nationalbank``, ``IDC`` / ``International Data Corporation``,
    ``BND`` / ``Bundesnachrichtendienst``: the short form's letters in order inside the long one,
    from its first letter on; a capital of the short form stands at a word's start, at a capital
    or a part of a compound (three letters on at least), not ``BND`` in ``Bundesregierung``. A long
    form that holds the short one is a compound of it (``SPD-Bezirk Weser-Ems``), no long form."""
    s = short.replace(".", "")
    if len(s) < 2 or not long_ or s[0].casefold() != long_[0].casefold() or len(long_) <= len(s) + 2:
        return False
    folded, pos = long_.casefold(), 0
    for ch in s.casefold():   # the letters in order at all (fast), before where they stand
        pos = folded.find(ch, pos) + 1
        if pos == 0:
            return False
    if s.casefold() in _SPLIT_WORDS.split(folded):
        return False
    pos = 0
    for ch in s[1:]:
        pos = _next_letter(ch, long_, pos)
        if pos < 0:
            return False
    return True


_SPLIT_WORDS = re.compile(r"[\s\-‐‑/]+")


def _next_letter(ch: str, long_: str, prev: int) -> int:
    """Where the short form's next letter ``ch`` stands after ``prev`` in ``long_``, -1 when nowhere:
    a lower-case letter anywhere (``Oe``), a capital at a word's start, at a capital, or three
    letters on (a part of a compound: ``Bundes|nachrichten|dienst``)."""
    folded = ch.casefold()
    for i in range(prev + 1, len(long_)):
        if long_[i].casefold() != folded:
            continue
        if ch.islower() or not long_[i - 1].isalnum() or long_[i].isupper() or i - prev >= 3:
            return i
    return -1


def _document_acronyms(entities: list[DocEntity]) -> dict[str, set[str]]:
    """``{acronym key: long-name keys}``: acronyms a document uses beside the long name they
    abbreviate (``Internationale Atomenergie-Organisation (IAEO)``), in one local entity or two."""
    by_doc = defaultdict(set)
    for e in entities:
        by_doc[e.doc_id].update(e.forms)
    found: dict[str, set[str]] = defaultdict(set)
    for forms in by_doc.values():
        shorts = [f for f in forms if is_acronym(f)]
        if not shorts:
            continue
        longs = [f for f in forms if not is_acronym(f) and len(f) > 6]
        for f in shorts:
            hits = {"O:" + org_name(lf).key for lf in longs if abbreviates(f, lf)}
            if len(hits) == 1:
                found["O:" + fold(f)] |= hits
    return found


def _dropped_adjective(keys: Iterable[str]) -> list[tuple[str, str]]:
    """``deutschen bundestag`` → ``bundestag`` when both are organisations of the index."""
    known = set(keys)
    pairs = []
    for k in known:
        first, _, rest = k.partition(" ")
        if rest in known and len(rest) >= 7 and first.startswith(ORG_DROPPABLE_ADJECTIVES):   # not ``Union``
            pairs.append((k, rest))
    return pairs


def _place_tails(keys: Iterable[str], places: set[str]) -> list[tuple[str, str]]:
    """``kpmg klagenfurt`` → ``kpmg`` when ``kpmg`` is an organisation and ``klagenfurt`` a place
    (a LOC of the documents, a country or region): a regional variant of one organisation."""
    from pipeline.index.names import _country

    known = set(keys)
    pairs = []
    for k in known:
        words = k.split()
        for cut in range(len(words) - 1, 0, -1):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            if head in known and (tail in places or all(_country(w.title()) for w in words[cut:])):
                pairs.append((k, head))
                break
    return pairs


def _descriptor_before_name(keys: Iterable[str], places: set[str]) -> list[tuple[str, str]]:
    """``us weltraumbehoerde nasa`` → ``nasa``, ``softwarekonzern sap`` → ``sap``: a descriptor the
    span took in front of a known organisation's name (not a place: ``Landesbank Baden-Württemberg``;
    not after a function word: ``Fraktion der Grünen`` is a unit of the party)."""
    known = set(keys)
    pairs = []
    for k in known:
        words = k.split()
        for j in range(len(words) - 2, -1, -1):
            rest = " ".join(words[j + 1:])
            if words[j].endswith(ORG_DESCRIPTOR_HEADS) and rest in known and len(rest) >= 3 \
                    and words[j + 1] not in ORG_NAME_NOT_AFTER and rest not in places and not _all_countries(rest):
                pairs.append((k, rest))
                break
    return pairs


def _all_countries(key: str) -> bool:
    from pipeline.index.names import _country

    return all(_country(w.title()) for w in key.split())


def _level_prefixes(keys: Iterable[str]) -> list[tuple[str, str]]:
    """``landes spd`` → ``spd``, ``bundes gruenen`` → ``gruenen`` (``Landes-SPD``, ``Bundes-Grünen``):
    a level of one organisation."""
    known = set(keys)
    return [(k, rest) for k in known for first, _, rest in [k.partition(" ")]
            if first in ORG_LEVEL_PREFIXES and rest in known]


def _party_compounds(keys: Iterable[str]) -> list[tuple[str, str]]:
    """``linkspartei`` → ``linke``/``linken``, ``piratenpartei`` → ``piraten``: a party compound
    names the party its first part names (one word each, by the stem)."""
    by_stem = defaultdict(list)
    for k in keys:
        if " " not in k:
            by_stem[_stem(k)].append(k)
    pairs = []
    for k in keys:
        first = k[: -len(PARTY_COMPOUND_HEAD)]
        if " " not in k and k.endswith(PARTY_COMPOUND_HEAD) and len(first) >= 4:
            pairs.extend((k, other) for other in by_stem.get(_stem(first), ()))
    return pairs


def _club_forms(keys: Iterable[str]) -> list[tuple[str, str]]:
    """``sv werder bremen`` → ``werder bremen``, ``1 fc nuernberg`` → ``fc nuernberg``: a club's form
    before its name, dropped while two words are left (``vfb stuttgart`` is no ``stuttgart``)."""
    known = set(keys)
    pairs = []
    for k in known:
        words = k.split()
        i = 0
        while i < len(words) - 2 and words[i] in CLUB_FORMS:
            i += 1
            if " ".join(words[i:]) in known:
                pairs.append((k, " ".join(words[i:])))
                break
    return pairs


def _regional_acronyms(entities: Iterable[DocEntity], keys: Iterable[str]) -> list[tuple[str, str]]:
    """``Salzburger SPÖ``, ``Berliner CDU`` → ``SPÖ``, ``CDU``: a place adjective before an
    acronym of three letters or more is a regional branch of one organisation (``Berliner Senat``
    and ``Hamburger SV`` are not: no acronym, a club's form)."""
    known = set(keys)
    pairs = []
    for e in entities:
        for form in e.forms:
            words = form.split() if form.count(" ") == 1 else ()
            if len(words) == 2 and words[0][:1].isupper() and words[0].endswith(_PLACE_ADJECTIVE_ENDS) \
                    and is_acronym(words[1]) and len(words[1]) >= 3 and fold(words[1]) not in CLUB_FORMS:
                rest = org_name(words[1]).key
                if rest in known and rest != e.key[2:]:
                    pairs.append((e.key[2:], rest))
    return pairs


#: Endings of a German place adjective (``Salzburger``, ``Bayerische``, ``Bayerischen``).
_PLACE_ADJECTIVE_ENDS = ("er", "ische", "ischen")


def _unnamed_parts(keys: Iterable[str]) -> list[tuple[str, str]]:
    """``fraktion der gruenen`` → ``gruenen`` (or inflected: ``fraktion der linken`` → ``linke``):
    a part of an organisation without a name of its own is named by the organisation."""
    blocks = defaultdict(list)
    for k in keys:
        blocks[tuple(_stem(w) for w in k.split())].append(k)
    pairs = []
    for k in keys:
        words = k.split()
        if len(words) >= 3 and words[0] in ORG_UNNAMED_PARTS and words[1] in ("der", "des"):
            rest = " ".join(words[2:])
            pairs.extend((k, other) for other in blocks.get(tuple(_stem(w) for w in words[2:]), ())
                         if other == rest or _inflected_alike(rest, other))
    return pairs


def _leading_articles(keys: Iterable[str]) -> list[tuple[str, str]]:
    """``die linke`` → ``linke``/``linken``, ``der spiegel`` → ``spiegel``: the article of a full
    name (the rest as it is or inflected)."""
    blocks = defaultdict(list)
    for k in keys:
        blocks[tuple(_stem(w) for w in k.split())].append(k)
    pairs = []
    for k in keys:
        first, _, rest = k.partition(" ")
        if first in ORG_LEADING_ARTICLES and len(rest) >= 3:
            pairs.extend((k, other) for other in blocks.get(tuple(_stem(w) for w in rest.split()), ())
                         if other == rest or _inflected_alike(rest, other))
    return pairs


#: ``Bündnis 90/Die Grünen``: a name after a slash that begins with an article.
_SLASH_NAME = re.compile(r"/\s*((?:Die|Der|Das)\s+\S.*)$")


def _slash_names(entities: Iterable[DocEntity], keys: Iterable[str]) -> list[tuple[str, str]]:
    """``Bündnis 90/Die Grünen`` → ``Grünen``: a party's joined name ends in the name its
    mentions use (not ``CDU/CSU``: no article after the slash)."""
    known = set(keys)
    pairs = []
    for e in entities:
        for form in e.forms:
            m = _SLASH_NAME.search(form) if "/" in form else None
            if m:
                tail = org_name(m[1]).key
                rest = tail.partition(" ")[2]
                pairs.extend((e.key[2:], k) for k in (tail, rest) if k in known and k != e.key[2:])
    return pairs


@lru_cache(maxsize=1)
def _table_keys() -> dict[str, str]:
    """``{key of a form: key of the name}`` of the organisations tables (``pds`` → ``die linke``,
    ``eu kommission`` → ``europaeische kommission``, ``bundeskabinett`` → ``bundesregierung``)."""
    out = {}
    for form, name in organisation_names().items():
        out.setdefault(org_name(form).key, org_name(name).key)
    return out


def _table_aliases(keys: Iterable[str]) -> list[tuple[str, str]]:
    """The short forms, other and earlier names the tables give one party or body:
    ``PDS`` / ``Linkspartei`` / ``Die Linke``, ``EU-Kommission`` / ``Europäische Kommission``."""
    table = _table_keys()
    return [(k, table[k]) for k in keys if k in table and table[k] != k]


@lru_cache(maxsize=1)
def _party_keys() -> dict[str, str]:
    table = _table_keys()
    return {k: v for k, v in table.items() if v in {org_name(p).key for p in PARTIES}}


def _regional_parties(entities: Iterable[DocEntity]) -> list[tuple[str, str]]:
    """``Hamburger Grünen``, ``Berliner Linke``, ``Bayerische SPD`` → the party: a place
    adjective before a party of the tables is its regional branch."""
    parties = _party_keys()
    pairs = []
    for e in entities:
        for form in e.forms:
            first, _, rest = form.partition(" ")
            if rest and " " not in rest and first[:1].isupper() and first.endswith(_PLACE_ADJECTIVE_ENDS):
                party = parties.get(org_name(rest).key)
                if party and party != e.key[2:]:
                    pairs.append((e.key[2:], party))
    return pairs


def _clubs_by_city(entities: list[DocEntity]) -> None:
    """``Stuttgart`` in a match report whose club of that city is ``VfB Stuttgart`` takes the
    club's key (``Dortmund`` → ``borussia dortmund``, ``Bayern`` → ``fc bayern muenchen``): a
    one-word organisation that is a word of exactly one club of its document (the city alone,
    in other documents, stays what it is there)."""
    club_words = {fold(w) for w in CLUB_WORDS} | CLUB_FORMS
    by_doc = defaultdict(list)
    for e in entities:
        by_doc[e.doc_id].append(e)
    for members in by_doc.values():
        clubs = [e.key[2:] for e in members if " " in e.key and club_words & set(e.key[2:].split())]
        if not clubs:
            continue
        for e in members:
            word = e.key[2:]
            if " " in word or word in CLUB_FORMS:
                continue
            owners = {c for c in clubs if word in c.split() or word.endswith("s") and word[:-1] in c.split()}
            if len(owners) == 1:
                e.key = "O:" + owners.pop()


def resolve_orgs(entities: list[DocEntity], places: Iterable[str] = (),
                 doc_places: dict[str, Counter] | None = None) -> UnionFind:
    """Give each organisation entity its key and join the keys of one organisation;
    ``doc_places``: the folded LOC names of each document, counted (whose ``Landtag``)."""
    uf = UnionFind()
    for e in entities:
        e.key = _majority_key(e)
    _clubs_by_city(entities)
    _generic_bodies(entities, doc_places or {})
    for e in entities:
        uf.add(e.key)
    acronyms = _document_acronyms(entities)
    for longs in acronyms.values():
        for k in longs:
            uf.add(k)
    keys = [k[2:] for k in uf.parent]
    table = _table_keys()   # the tables' names join their inflected forms too (``Demokratischen Partei``)
    keys += sorted({table[k] for k in keys if k in table} - set(keys))
    squashed: dict[str, str] = {}
    for k in keys:   # ``Atomenergie-Organisation`` / ``Atomenergieorganisation``
        uf.union("O:" + squashed.setdefault(k.replace(" ", ""), k), "O:" + k)
    places = set(places)
    joins = (_near_keys(keys) + _place_tails(keys, places) + _dropped_adjective(keys) + _level_prefixes(keys)
             + _party_compounds(keys) + _club_forms(keys) + _descriptor_before_name(keys, places)
             + _leading_articles(keys) + _slash_names(entities, keys) + _regional_acronyms(entities, keys)
             + _unnamed_parts(keys) + _table_aliases(keys) + _regional_parties(entities))
    for a, b in joins:
        uf.union("O:" + a, "O:" + b)
    for short, longs in acronyms.items():   # an acronym that stands for one organisation only
        roots = {uf.find(k) for k in longs}
        if len(roots) == 1:
            uf.union(short, roots.pop())
    return uf


# ---------------------------------------------------------------- people

def _person_key(first: str, last: str) -> str:
    return f"P:{first}|{last}"


def _given_names_shared(by_last: dict[str, set[str]], uf: UnionFind) -> None:
    """``Mir Hossein Mussawi`` / ``Hossein Mussawi``: one surname, a given name in common."""
    for last, keys in by_last.items():
        if len(keys) < 2:
            continue
        ordered = sorted(keys)
        given = {k: set(k[2:].split("|")[0].split()) for k in ordered}
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if given[a] & given[b]:
                    uf.union(a, b)


def _genitive_lasts(by_last: dict[str, set[str]], uf: UnionFind) -> None:
    """``Barack Obamas`` (a genitive the entity kept) is ``Barack Obama``."""
    for last, keys in list(by_last.items()):
        base = last[:-1] if last.endswith("s") else ""
        if base in by_last:
            firsts = {k[2:].split("|")[0]: k for k in by_last[base]}
            for k in keys:
                other = firsts.get(k[2:].split("|")[0])
                if other:
                    uf.union(k, other)


def _attach_partial(by_last: dict[str, set[str]], uf: UnionFind, partial: list[tuple[DocEntity, "object"]]):
    """Initial-only and surname-only entities join the one full name that fits, if exactly one."""
    from pipeline.lang.name_parts import first_names

    family, given = _family_words(by_last), {n.casefold() for n in first_names()}
    for e, pn in partial:
        base = pn.last[:-1] if pn.last.endswith("s") else ""
        genitive = by_last.get(pn.last + "s", set()) if pn.last not in given else set()   # not ``Peter``/``Peters``
        fulls = by_last.get(pn.last, set()) or by_last.get(base, set()) \
            or family.get(pn.last, set()) or family.get(base, set()) or genitive
        if pn.initial:
            fulls = {k for k in fulls if k.split("|")[0][2:].startswith(pn.first[:1])}
        roots = {uf.find(k) for k in fulls}
        if len(roots) == 1:
            uf.union(e.key, roots.pop())


def _family_words(by_last: dict[str, set[str]]) -> dict[str, set[str]]:
    """``{"guttenberg": keys of Karl-Theodor zu Guttenberg}``: full names by their family name
    without its particles, for a surname-only mention that leaves them out."""
    out = defaultdict(set)
    for full, keys in by_last.items():
        if " " in full:
            out[full.rsplit(" ", 1)[1]] |= keys
    return out


def _near_last_names(by_first: dict[str, set[str]], uf: UnionFind) -> None:
    """``Steinmeier`` / ``Steinmaier`` with the same first name: one edit apart, seven letters or more."""
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz import process

    for first, keys in by_first.items():
        lasts = sorted({k.split("|", 1)[1] for k in keys if len(k.split("|", 1)[1]) >= 7})
        if len(lasts) < 2:
            continue
        dist = process.cdist(lasts, lasts, scorer=Levenshtein.distance, score_cutoff=1)
        for i, j in zip(*(dist <= 1).nonzero()):
            if i < j:
                uf.union(_person_key(first, lasts[i]), _person_key(first, lasts[j]))


def _first_name_variant(a: str, b: str) -> bool:
    """``siegmar``/``sigmar``, ``steffen``/``steffan``: one vowel inserted, dropped or changed
    inside a first name of six letters or more; not at its end, where German names mark gender
    (``Christian``/``Christiane``, ``Mario``/``Maria``), and no consonant (``Martin``/``Marvin``)."""
    if min(len(a), len(b)) < 6 or a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    tail_a, tail_b = a[i:], b[i:]
    if len(a) == len(b):
        ok = tail_a[1:] == tail_b[1:] and {tail_a[0], tail_b[0]} <= FIRST_NAME_VARIANT_LETTERS
    else:
        longer, shorter = (tail_a, tail_b) if len(a) > len(b) else (tail_b, tail_a)
        ok = longer[1:] == shorter and longer[0] in FIRST_NAME_VARIANT_LETTERS
    return ok and i < min(len(a), len(b)) - 1


def _near_first_names(by_last: dict[str, set[str]], uf: UnionFind) -> None:
    """``Siegmar Gabriel`` / ``Sigmar Gabriel``: one surname, first names that are spelling variants."""
    for last, keys in by_last.items():
        if len(keys) < 2:
            continue
        ordered = sorted(keys)
        first = {k: k[2:].split("|")[0] for k in ordered}
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if _first_name_variant(first[a].split(" ")[0], first[b].split(" ")[0]):
                    uf.union(a, b)


def _spelling_variants(keys: Iterable[str], uf: UnionFind) -> None:
    """``Mahmud Ahmadinedschad`` / ``Mahmoud Ahmadinejad``, ``Chomeini`` / ``Khomeini``: names
    whose parts have one skeleton (:func:`spelling_skeleton`), family names of five letters or more."""
    groups = defaultdict(list)
    for k in keys:
        first, _, last = k[2:].partition("|")
        if len(last) >= 5 and not k.startswith("P:?"):
            groups[(spelling_skeleton(first), spelling_skeleton(last))].append(k)
    for members in groups.values():
        for other in members[1:]:
            uf.union(members[0], other)


def resolve_people(entities: list[DocEntity]) -> UnionFind:
    """Give each person entity its key and join the keys of one person (before conflict splits)."""
    uf = UnionFind()
    by_last: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    partial = []
    for e in entities:
        pn = person_name(e.name)
        if pn is None:
            e.key = "P:?" + fold(e.name)
            uf.add(e.key)
            continue
        e.key = _person_key(("" if not pn.first else pn.first[:1] + "." if pn.initial else pn.first), pn.last)
        uf.add(e.key)
        if pn.first and not pn.initial:
            by_last[pn.last].add(e.key)
            by_first[pn.first].add(e.key)
        else:
            partial.append((e, pn))
    _near_last_names(by_first, uf)
    _spelling_variants(list(uf.parent), uf)
    _given_names_shared(by_last, uf)
    _near_first_names(by_last, uf)
    _genitive_lasts(by_last, uf)
    _attach_partial(by_last, uf, partial)
    return uf


def _surnames_by_document(people: Iterable[DocEntity]) -> dict[str, dict[str, str]]:
    """``{doc: {family name: local PER id}}`` of the full names (``zu guttenberg`` and
    ``guttenberg``); "" where two people of a document share it. A PER span whose "first name"
    is a descriptor (``Wäscheriese Palmers``, ``Recyclingunternehmens Häusle``) is a company."""
    surnames: dict[str, dict[str, str]] = defaultdict(dict)
    for e in people:
        pn = person_name(e.name)
        if pn and pn.first and not pn.initial and not pn.first.split()[0].rstrip("s").endswith(ORG_DESCRIPTOR_HEADS):
            for last in {pn.last, pn.last.rsplit(" ", 1)[-1]}:
                seen = surnames[e.doc_id].get(last, e.entity)
                surnames[e.doc_id][last] = e.entity if seen == e.entity else ""
    return surnames


def surnames_labelled_otherwise(people: Iterable[DocEntity], others: list[tuple[tuple[str, str], Iterable[str]]]) -> dict:
    """Organisation or place entities that are a person's surname: ``{(doc, local id): local
    PER id}``. ``Merkel``, ``Obamas`` labelled ORG, ``Guttenberg`` LOC in a document whose one
    person of that family name is ``Angela Merkel`` … — when that name is no organisation or
    place in any document without such a person (``Porsche`` stays the company where other
    documents name it without ``Ferdinand Porsche``). ``others``: (entity, its forms) pairs."""
    single = {g for _, forms in others for f in forms if " " not in f and f.isalpha() for g in _with_base(fold(f))}
    if not single:   # no organisation or place is written like a surname
        return {}
    # only the people whose family name could be one of those words are parsed (fast at scale)
    surnames = _surnames_by_document(e for e in people if any(fold(f).rpartition(" ")[2] in single for f in e.forms))
    found, names_of = _surname_entities(others, surnames)
    claimed = set().union(*names_of.values())
    elsewhere = {g for key, forms in others if key not in found for f in forms
                 for g in _with_base(fold(f)) if g in claimed}
    return {k: v for k, v in found.items() if not names_of[k] & elsewhere}


def _surname_entities(others, surnames: dict[str, dict[str, str]]) -> tuple[dict, dict]:
    """The entities whose every form is the family name of one person of their document:
    ``{entity: local PER id}`` and ``{entity: its folded forms, genitive-free too}``."""
    found, names_of = {}, {}
    for key, forms in others:
        names = surnames.get(key[0])
        if names:
            persons = {names.get(g) or names.get(g[:-1] if g.endswith("s") else "") for g in map(fold, forms)}
            if len(persons) == 1 and (person := persons.pop()):
                found[key] = person
                names_of[key] = {g for f in forms for g in _with_base(fold(f))}
    return found, names_of


def _with_base(name: str) -> tuple[str, ...]:
    """A name and, for a genitive ``-s``, the name without it."""
    return (name, name[:-1]) if name.endswith("s") else (name,)


#: Two organisations of one name count as "at the same time" when their documents lie closer
#: than this; a move between them is seen as such only further apart, or when one document
#: names both (``wechselt von X zu Y`` joins X and Y for that person).
CONFLICT_WINDOW_DAYS = 365


def _day(iso: str) -> int:
    import datetime

    try:
        return datetime.date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return 0


def _overlap(a: tuple[str, str], b: tuple[str, str], window: int = CONFLICT_WINDOW_DAYS) -> bool:
    if not (a[0] and b[0]):
        return False
    (a0, a1), (b0, b1) = (_day(a[0]), _day(a[1])), (_day(b[0]), _day(b[1]))
    return bool(a0 and b0) and a0 <= b1 + window and b0 <= a1 + window


def split_conflicts(members: list[DocEntity]) -> list[list[DocEntity]]:
    """One name, several people: entities whose organisations are disjoint *and* whose dates
    overlap stay apart (two Thomas Müllers, at Siemens and at KPMG in the same year); a person
    who moved from one organisation to another later stays one. Entities without an
    organisation join the largest group.
    """
    uf = UnionFind()
    with_orgs = [e for e in members if e.orgs]
    for i, e in enumerate(with_orgs):
        uf.add(str(i))
        for o in e.orgs:
            uf.union(str(i), "org:" + o)
    groups = defaultdict(list)
    for i, e in enumerate(with_orgs):
        groups[uf.find(str(i))].append(e)
    parts = sorted(groups.values(), key=lambda g: (-len(g), min(x.doc_id for x in g)))
    merged: list[list[DocEntity]] = []
    for g in parts:
        span = (min((x.date for x in g if x.date), default=""), max((x.date for x in g if x.date), default=""))
        home = next((m for m in merged if not _overlap(span, _span(m))), None) if merged else None
        if home is not None:
            home.extend(g)
        else:
            merged.append(list(g))
    if not merged:
        return [list(members)]
    merged[0].extend(e for e in members if not e.orgs)
    return merged


def _span(group: list[DocEntity]) -> tuple[str, str]:
    dates = [x.date for x in group if x.date]
    return (min(dates), max(dates)) if dates else ("", "")


def clusters(entities: list[DocEntity], uf: UnionFind) -> list[list[DocEntity]]:
    """The entities grouped by the union-find of their keys, in the order of the groups' roots
    (the order ids are registered in: a rebuild gives the same)."""
    by_root = defaultdict(list)
    for e in entities:
        by_root[uf.find(e.key)].append(e)
    return [by_root[r] for r in sorted(by_root)]


def primary_key(members: list[DocEntity]) -> str:
    """The key a cluster is known by when it is new: that of its most mentioned full name."""
    counts: dict[str, int] = {}
    for e in members:
        counts[e.key] = counts.get(e.key, 0) + e.n_mentions
    return min(counts, key=lambda k: (-(k.count(" ") + (0 if "|" not in k or k.startswith("P:|") else 1)),
                                      -counts[k], k))


def _plain_form(form: str, label: str, key: str) -> bool:
    """A form that is the cluster's name itself: an organisation's form with the cluster's key
    (not ``KPMG Customer Experience Report``, a product the document glued to it); a person's
    form that starts with the first name (not ``CDU-Kanzlerkandidatin Angela Merkel``)."""
    if label == "ORG":
        return "O:" + org_name(form).key == key
    pn = person_name(form)
    return bool(pn and pn.first and not pn.initial and fold(form.split()[0]) == pn.first.split()[0])


def fullest_name(members: list[DocEntity]) -> tuple[str, list[str]]:
    """The name to show — the fullest plain form (most words, then most mentions) — and the
    variants by frequency."""
    counts: dict[str, int] = {}
    for e in members:
        for f, n in e.forms.items():
            counts[f] = counts.get(f, 0) + n
    variants = sorted(counts, key=lambda f: (-counts[f], f))
    rank = {f: i for i, f in enumerate(variants)}
    key = primary_key(members)
    plain = [f for f in variants if _plain_form(f, members[0].label, key)] or variants
    name = max(plain, key=lambda f: (len(f.split()), counts[f], -rank[f]))
    return name, variants


def conflict_key(key: str, group: list[DocEntity], first: bool) -> str:
    """The registry key of one part of a split name: the plain key for the largest part,
    the key with its main organisation for the others (stable across runs)."""
    if first:
        return key
    orgs = Counter(o for e in group for o in e.orgs)
    return f"{key}@{min(orgs, key=lambda o: (-orgs[o], o))}" if orgs else f"{key}@{min(e.doc_id for e in group)}"


__all__ = ["DocEntity", "UnionFind", "resolve_orgs", "resolve_people", "split_conflicts", "clusters",
           "surnames_labelled_otherwise",
           "primary_key", "fullest_name", "conflict_key"]
