"""Build the index over the rows of every document: ids, then the three index tables.

    >>> index = build_index(entity_rows, role_rows, doc_dates, registry)     # doctest: +SKIP
    >>> index.ids[("3f2a…", "PER1")]                                        # doctest: +SKIP
    'P-9c1d0e2f4a'

Input rows are dicts with the contract's columns (``entities.csv``: doc_id, entity,
label, canonical, text, plus ``compound`` when the mention is glued to a following word;
``roles.csv``: doc_id, person, person_entity, role, organization, org_entity).
:func:`read_folder` reads them from an output folder with DuckDB.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from pipeline.index.names import COMPOUND_LOOKAHEAD, fold, is_compound_use, org_name
from pipeline.index.registry import Registry
from pipeline.lang.identity import ORG_FAMILY_HEADS, ROLE_INFLECTED_ENDINGS
from pipeline.index.resolve import (DocEntity, clusters, conflict_key, fullest_name, primary_key, split_conflicts,
                                    resolve_orgs, resolve_people, surnames_labelled_otherwise)


@dataclass
class Cluster:
    """One person or organisation of the index."""
    id: str
    label: str
    members: list[DocEntity]
    merged: list[str] = field(default_factory=list)

    @property
    def doc_ids(self) -> set[str]:
        return {e.doc_id for e in self.members}

    @property
    def names(self) -> tuple[str, list[str]]:
        """The name to show and the variants by frequency (computed once)."""
        if not hasattr(self, "_names"):
            self._names = fullest_name(self.members)
        return self._names


@dataclass
class Index:
    ids: dict[tuple[str, str], str]               # (doc_id, local entity) → global id
    people: list[Cluster]
    organizations: list[Cluster]
    org_keys: dict[str, str]                      # org key → org id (for role organisations without entity)
    registry: Registry

    def org_id(self, doc_id: str, org_entity: str, organization: str) -> str:
        """The organisation id of a roles row: its entity's, else the id its name's key has
        (not a person's: an ORG entity that is a person's surname has the person's id)."""
        if org_entity and self.ids.get((doc_id, org_entity), "").startswith("O-"):
            return self.ids[(doc_id, org_entity)]
        return self.org_keys.get("O:" + org_name(organization).key, "") if organization else ""

    def person_id(self, doc_id: str, person_entity: str) -> str:
        return self.ids.get((doc_id, person_entity), "") if person_entity else ""


def doc_entities(entity_rows: Iterable[dict], doc_dates: dict[str, str]) -> dict[tuple[str, str], DocEntity]:
    """Group PER and ORG mentions by (document, local id); compound uses (``KPMG-Studie``) are left out."""
    out: dict[tuple[str, str], DocEntity] = {}
    for r in entity_rows:
        if r.get("label") not in ("PER", "ORG") or r.get("compound"):
            continue
        local = r.get("entity") or f"#{r.get('start')}"
        key = (r["doc_id"], local)
        e = out.get(key)
        if e is None:
            e = out[key] = DocEntity(r["doc_id"], local, r["label"], date=doc_dates.get(r["doc_id"], "") or "")
        form = (r.get("canonical") or r.get("text") or "").strip()
        e.forms[form] = e.forms.get(form, 0) + 1
    for e in out.values():
        e.forms.pop("", None)
    return {k: e for k, e in out.items() if e.forms}


def _assign(registry: Registry, prefix: str, groups: list[list[DocEntity]], split_keys: dict[int, str]):
    found = []
    for i, members in enumerate(groups):
        keys = {split_keys[i]} if i in split_keys else {e.key for e in members}
        id_, merged = registry.assign(prefix, sorted(keys), split_keys.get(i) or primary_key(members))
        found.append(Cluster(id_, members[0].label, members, merged))
    return found


def _people_groups(people: list[DocEntity]) -> tuple[list[list[DocEntity]], dict[int, str]]:
    """The people clusters, a name split where its documents conflict, and the registry keys of
    the split-off parts (``{group index: key}``)."""
    groups, split_keys = [], {}
    for members in clusters(people, resolve_people(people)):
        for n, part in enumerate(split_conflicts(members)):
            if n:
                split_keys[len(groups)] = conflict_key(primary_key(part), part, first=False)
            groups.append(part)
    return groups, split_keys


def _organisations(orgs: list[DocEntity], places: set[str], registry: Registry,
                   doc_places: dict[str, Counter] | None = None) -> tuple[list[Cluster], dict[str, str]]:
    """The organisation clusters and ``{org key: org id}`` (for organisations named without entity)."""
    uf = resolve_orgs(orgs, places, doc_places)
    clusters_ = _assign(registry, "O", clusters(orgs, uf), {})
    id_of_root = {uf.find(c.members[0].key): c.id for c in clusters_}
    return clusters_, {k: id_of_root[uf.find(k)] for k in uf.parent if uf.find(k) in id_of_root}


def _family(key: str) -> str:
    """The first word of an organisation's key, without a party's compound head: ``linkspartei``
    and ``linksfraktion`` are ``links``, ``abbyy software`` is ``abbyy``."""
    first = key.split(" ")[0]
    for head in ORG_FAMILY_HEADS:
        if first.endswith(head) and len(first) > len(head) + 2:
            return first[: -len(head)]
    return first


def _note_organisations(ents: dict, role_rows: list[dict], index: Index) -> None:
    """A person's organisations, for telling two people of one name apart: by the first word of
    the organisation's key, so that ``ABBYY Software`` and ``ABBYY`` are no conflict; only
    organisations that are entities (a department written as organisation is no evidence)."""
    family = {c.id: _family(primary_key(c.members)[2:]) for c in index.organizations}
    for r in role_rows:
        e = ents.get((r["doc_id"], r.get("person_entity") or ""))
        org = index.ids.get((r["doc_id"], r.get("org_entity") or ""), "")
        if e is not None and org:
            e.orgs.add(family.get(org, org))


def _full_names_labelled_org(ents: dict[tuple[str, str], DocEntity]) -> None:
    """``Barack Obama`` labelled ORG in one document is the person: an ORG entity whose every form
    has two words or more and is called PER by more document entities than ORG (``Hugo Boss``,
    mostly the company, stays one)."""
    votes: dict[str, int] = {}
    orgs = []
    for e in ents.values():
        if e.label == "ORG" and all(" " in f and f.replace(" ", "").replace("-", "").isalpha() for f in e.forms):
            orgs.append(e)
            for f in e.forms:
                votes[f] = votes.get(f, 0) - 1
    if not votes:   # no organisation is written like a person's name (no digits, two words or more)
        return
    for e in ents.values():
        if e.label == "PER":
            for f in e.forms:
                if f in votes:
                    votes[f] += 1
    for e in orgs:
        if all(votes[f] > 0 for f in e.forms):
            e.label = "PER"


def _person_aliases(loc_forms: dict[tuple[str, str], set[str]], ents: dict[tuple[str, str], DocEntity]) -> dict:
    """ORG entities that are a person's surname (``Merkel`` labelled ORG beside ``Angela Merkel``):
    ``{(doc, local id): local PER id}``; their mentions join the person's entity and leave the
    organisations. LOC entities (``loc_forms``: one-word folded forms) count as evidence only:
    the contract gives them no id."""
    _full_names_labelled_org(ents)
    others = list(loc_forms.items()) + [(k, e.forms) for k, e in ents.items() if e.label == "ORG"]
    people = [e for e in ents.values() if e.label == "PER"]
    aliases = {k: v for k, v in surnames_labelled_otherwise(people, others).items() if k in ents}
    for (doc, local), person in aliases.items():
        e = ents.pop((doc, local), None)
        if e is not None:
            for form, n in e.forms.items():
                ents[(doc, person)].forms[form] = ents[(doc, person)].forms.get(form, 0) + n
    return aliases


def _places(entity_rows: list[dict]) -> tuple[set[str], dict[tuple[str, str], set[str]], dict[str, Counter]]:
    """The folded LOC names of the documents, the one-word LOC forms by entity, and the LOC
    names of each document, counted."""
    places: set[str] = set()
    by_entity: dict[tuple[str, str], set[str]] = {}
    by_doc: dict[str, Counter] = {}
    for r in entity_rows:
        if r.get("label") == "LOC":
            name = fold(r.get("canonical") or r.get("text") or "")
            places.add(name)
            by_doc.setdefault(r["doc_id"], Counter())[name] += 1
            if name and " " not in name and not r.get("compound"):
                by_entity.setdefault((r["doc_id"], r.get("entity") or f"#{r.get('start')}"), set()).add(name)
    return places, by_entity, by_doc


def build_index(entity_rows: Iterable[dict], role_rows: Iterable[dict], doc_dates: dict[str, str],
                registry: Optional[Registry] = None) -> Index:
    """Resolve every PER and ORG mention to a person or organisation id. The cyclic garbage
    collector pauses meanwhile, and what the build made is frozen out of its later walks
    (``gc.freeze``, as the engine's workers do after loading the model): the build makes
    millions of small objects and no cycles — refcounting frees them — and each full pass of
    the collector over them cost seconds at 100,000 documents, during the build and after it."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build_index(entity_rows, role_rows, doc_dates, registry)
    finally:
        gc.freeze()   # what the build made stays out of the collector's walks (no cycles: freed by refcount)
        if enabled:
            gc.enable()


def _build_index(entity_rows: Iterable[dict], role_rows: Iterable[dict], doc_dates: dict[str, str],
                 registry: Optional[Registry]) -> Index:
    registry = registry if registry is not None else Registry()
    role_rows, entity_rows = list(role_rows), list(entity_rows)
    ents = doc_entities(entity_rows, doc_dates)
    places, loc_forms, doc_places = _places(entity_rows)
    aliases = _person_aliases(loc_forms, ents)
    org_clusters, org_keys = _organisations([e for e in ents.values() if e.label == "ORG"], places, registry,
                                            doc_places)
    ids = {(e.doc_id, e.entity): c.id for c in org_clusters for e in c.members}
    index = Index(ids, [], org_clusters, org_keys, registry)
    _note_organisations(ents, role_rows, index)
    groups, split_keys = _people_groups([e for e in ents.values() if e.label == "PER"])
    index.people = _assign(registry, "P", groups, split_keys)
    ids.update({(e.doc_id, e.entity): c.id for c in index.people for e in c.members})
    ids.update({(doc, local): ids[(doc, person)] for (doc, local), person in aliases.items() if (doc, person) in ids})
    merged = registry.merged_into()
    for c in index.people + index.organizations:
        c.merged = merged.get(c.id, [])
    return index


# ---------------------------------------------------------------- the three tables

def _seen(members: list[DocEntity]) -> tuple[str, str]:
    dates = sorted(e.date for e in members if e.date)
    return (dates[0], dates[-1]) if dates else ("", "")


def people_rows(index: Index) -> list[dict]:
    rows = []
    for c in sorted(index.people, key=lambda c: c.id):
        name, variants = c.names
        first, last = _seen(c.members)
        rows.append({"person_id": c.id, "name": name, "variants": ";".join(variants),
                     "n_docs": len(c.doc_ids), "n_mentions": sum(e.n_mentions for e in c.members),
                     "first_seen": first, "last_seen": last, "merged_ids": ";".join(c.merged)})
    return rows


def organization_rows(index: Index) -> list[dict]:
    rows = []
    for c in sorted(index.organizations, key=lambda c: c.id):
        name, variants = c.names
        forms = Counter()
        for e in c.members:
            for v, n in e.forms.items():
                forms[org_name(v).legal_form] += n
        forms.pop("", None)
        first, last = _seen(c.members)
        rows.append({"org_id": c.id, "name": name, "variants": ";".join(variants),
                     "legal_form": min(forms, key=lambda f: (-forms[f], f)) if forms else "",
                     "n_docs": len(c.doc_ids), "n_mentions": sum(e.n_mentions for e in c.members),
                     "first_seen": first, "last_seen": last, "merged_ids": ";".join(c.merged)})
    return rows


@lru_cache(maxsize=100_000)
def role_key(role: str) -> str:
    """``"Vorsitzenden des Vorstands"`` → ``"vorsitzende des vorstands"``; ``"Partnerin"`` stays."""
    words = fold(role).split()
    if words:
        for end, repl in ROLE_INFLECTED_ENDINGS:
            if words[0].endswith(end):
                words[0] = words[0][: -len(end)] + repl
                break
    return " ".join(words)


def _most(counts: Counter) -> str:
    """The most frequent string, the first in order among equals; "" for none."""
    return min(counts, key=lambda s: (-counts[s], s)) if counts else ""


def _position_groups(index: Index, role_rows: Iterable[dict]) -> dict[tuple, dict]:
    """Roles rows grouped by (person id, normalised role, organisation id or name)."""
    groups: dict[tuple, dict] = {}
    for r in role_rows:
        pid = index.person_id(r["doc_id"], r.get("person_entity") or "")
        if not pid:
            continue
        oid = index.org_id(r["doc_id"], r.get("org_entity") or "", r.get("organization") or "")
        organization = (r.get("organization") or "").strip()
        okey = oid or ("~" + fold(organization) if organization else "")
        g = groups.setdefault((pid, role_key(r.get("role") or ""), okey),
                              {"roles": Counter(), "orgs": Counter(), "docs": set()})
        g["roles"][(r.get("role") or "").strip()] += 1
        g["orgs"][organization] += 1 if organization else 0
        g["docs"].add(r["doc_id"])
    return groups


def position_rows(index: Index, role_rows: Iterable[dict], doc_dates: dict[str, str]) -> list[dict]:
    """Who held which role at which organisation, first and last seen by document date."""
    people = {c.id: c.names[0] for c in index.people}
    orgs = {c.id: c.names[0] for c in index.organizations}
    rows = []
    for (pid, _, okey), g in _position_groups(index, role_rows).items():
        dates = sorted(d for d in (doc_dates.get(x, "") for x in g["docs"]) if d) or [""]
        oid = "" if okey.startswith("~") else okey
        g["orgs"].pop("", None)
        rows.append({"person_id": pid, "person": people.get(pid, ""), "role": _most(g["roles"]), "org_id": oid,
                     "organization": orgs.get(oid) or _most(g["orgs"]),
                     "first_seen": dates[0], "last_seen": dates[-1], "n_docs": len(g["docs"]),
                     "doc_ids": ";".join(sorted(g["docs"], key=lambda d: (doc_dates.get(d, "") or "9999", d)))})
    rows.sort(key=lambda r: (r["person_id"], r["first_seen"] or "9999", r["role"], r["org_id"]))
    return rows


# ---------------------------------------------------------------- reading an output folder

#: DuckDB's line limit for the folder's CSVs: above any row a document within the size limits makes.
MAX_LINE_BYTES = 1 << 30


def read_folder(out: Path) -> tuple[list[dict], list[dict], dict[str, str]]:
    """Entity mentions (PER/ORG, with ``compound``), roles rows and document dates of an output
    folder's CSVs, read with DuckDB (a hundred thousand documents' rows in seconds)."""
    import duckdb

    out = Path(out)
    con = duckdb.connect()

    def csv(name):
        # max_line_size: a sentence may be a whole document (2 M characters of ``1 % ``); DuckDB's
        # default of 2 MB per line would stop the read
        return (f"read_csv('{(out / name).as_posix()}', all_varchar=true, header=true, quote='\"', escape='\"', "
                f"max_line_size={MAX_LINE_BYTES})")

    entity_sql = f"""
        SELECT e.doc_id, e.entity, e.label, e.canonical, e.text, e.start,
               substr(s.text, CAST(e."end" AS INTEGER) - CAST(s.start AS INTEGER) + 1, {COMPOUND_LOOKAHEAD})
                 AS after
        FROM {csv('entities.csv')} e
        LEFT JOIN {csv('sentences.csv')} s ON s.doc_id = e.doc_id AND s.sent = e.sent
        WHERE e.label IN ('PER', 'ORG', 'LOC')"""
    cols = ("doc_id", "entity", "label", "canonical", "text", "start", "after")
    entities = []
    for row in con.execute(entity_sql).fetchall():
        r = dict(zip(cols, row))
        after = r.pop("after") or ""
        r["compound"] = is_compound_use(after, 0)   # ``after``: the characters after the mention
        entities.append(r)
    if not entities:   # nothing to index (a folder of figures only): the other tables need no reading
        con.close()
        return [], [], {}
    docs = dict(con.execute(f"SELECT doc_id, coalesce(nullif(doc_date, ''), '') FROM {csv('documents.csv')}").fetchall())
    role_cols = ("doc_id", "person", "person_entity", "role", "organization", "org_entity")
    roles = [dict(zip(role_cols, row)) for row in con.execute(
        f"SELECT {', '.join(role_cols)} FROM {csv('roles.csv')}").fetchall()]
    con.close()
    return entities, roles, docs


__all__ = ["Index", "Cluster", "build_index", "doc_entities", "people_rows", "organization_rows",
           "position_rows", "role_key", "read_folder"]
