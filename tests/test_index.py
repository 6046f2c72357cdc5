"""The cross-document index (contract v3): names, identities, stable ids, the three tables.

Tables of made-up names in the style of real releases; each has rows that must not match.
"""
from __future__ import annotations

import pytest

from pipeline.index.build import build_index, organization_rows, people_rows, position_rows, role_key
from pipeline.index.names import is_compound_use, org_name, person_name
from pipeline.index.registry import Registry
from pipeline.index.resolve import abbreviates, _first_name_variant

# ------------------------------------------------------------------ names

SAME_ORG = [
    ("KPMG", "KPMG Austria GmbH"),
    ("KPMG", "KPMG Österreich"),
    ("KPMG", "KPMG AG Wirtschaftsprüfungsgesellschaft"),
    ("KPMG", "KPMG Europe LLP"),
    ("Bosch", "Bosch-Gruppe"),
    ("Lenovo", "Lenovo Group Ltd."),
    ("Muster", "Muster GmbH & Co. KG"),
    ("Beispiel", "Beispiel SE"),
]
NOT_SAME_ORG = [
    ("KPMG", "KPMG Law"),                                             # a separately named unit
    ("Siemens", "Siemens Healthineers AG"),
    ("Bank of China", "Bank"),                                        # the country belongs to the name
    ("Technische Universität Berlin", "Technische Universität München"),   # cities are no region variant
    ("Deutsche Bank", "Deutsche Telekom"),
]


@pytest.mark.parametrize("a,b", SAME_ORG)
def test_one_organisation_across_legal_form_country_and_group(a, b):
    assert org_name(a).key == org_name(b).key


@pytest.mark.parametrize("a,b", NOT_SAME_ORG)
def test_separate_organisations_keep_their_keys(a, b):
    assert org_name(a).key != org_name(b).key


@pytest.mark.parametrize("name,form", [("KPMG Austria GmbH", "GmbH"), ("Siemens AG", "AG"),
                                       ("Muster GmbH & Co. KG", "GmbH & Co. KG"), ("KPMG", "")])
def test_legal_form_as_written(name, form):
    assert org_name(name).legal_form == form


SAME_PERSON = [
    ("Prof. Dr. Klaus Mühlhahn", "Klaus Mühlhahn"),
    ("Thomas Müller", "Thomas Mueller"),
    ("Klaus M. Mühlhahn", "Klaus Mühlhahn"),                 # middle initial
    ("Demokratin Kirsten Gillibrand", "Kirsten Gillibrand"),  # a noun the span took in front
    ("Ursula von der Leyen", "Ursula von der Leyen"),
]
NOT_SAME_PERSON = [
    ("Kurt Beck", "Volker Beck"),
    ("Anna Muster", "Anna Probe"),
    ("Johannes Hahn", "Thomas Hahn"),
]


@pytest.mark.parametrize("a,b", SAME_PERSON)
def test_one_person_across_spellings(a, b):
    assert person_name(a)[:2] == person_name(b)[:2]


@pytest.mark.parametrize("a,b", NOT_SAME_PERSON)
def test_different_people_keep_their_keys(a, b):
    assert person_name(a)[:2] != person_name(b)[:2]


def test_surname_only_and_initial():
    assert person_name("von der Leyen") == ("", "von der leyen", False)
    assert person_name("K. Mühlhahn") == ("k", "muehlhahn", True)
    assert person_name("Da Mussawi").first == ""             # a function word is no first name


@pytest.mark.parametrize("text,end,expected", [
    ("Die KPMG-Studie zeigt", 8, True),
    ("laut Merkel-Regierung", 11, True),
    ("Die KPMG - eine Firma", 8, False),     # a dash between words, no compound
    ("bei KPMG.", 8, False),
    ("bei KPMG", 8, False),
    ("die CDU/FDP-Landesregierung", 7, True),    # the first part of a coordinated compound
    ("CDU- und FDP-Politiker", 3, True),
    ("die CDU/CSU hat", 7, False),                # ``CDU/CSU`` is a name
    ("die CDU - und die SPD", 7, False),
])
def test_compound_use(text, end, expected):
    assert is_compound_use(text, end) is expected


@pytest.mark.parametrize("short,long_,expected", [
    ("OeNB", "Oesterreichische Nationalbank", True),
    ("IDC", "International Data Corporation", True),
    ("UNDP", "United Nations Development Programme", True),
    ("SAP", "Siemens AG", False),
    ("BMW", "Bundesministerium für Wirtschaft", True),       # letters in order: the document decides
    ("IBM", "Microsoft", False),
    ("BND", "Bundesnachrichtendienst", True),                # capitals at the parts of a compound
    ("HSV", "Hamburger SV", True),
    ("BND", "Bundesregierung", False),                       # ``N``, ``D`` no part of ``Bundesregierung``
    ("SPD", "SPD-Bezirk Weser-Ems", False),                  # a compound of the acronym, no long form
    ("HSV", "HSV-Sieg", False),
])
def test_abbreviates(short, long_, expected):
    assert abbreviates(short, long_) is expected


@pytest.mark.parametrize("a,b,same", [
    ("Vorsitzender des Vorstands", "Vorsitzenden des Vorstands", True),
    ("Beauftragter", "Beauftragte", True),
    ("Partner", "Partnerin", False),
    ("Director", "Partner", False),
])
def test_role_key(a, b, same):
    assert (role_key(a) == role_key(b)) is same


# ------------------------------------------------------------------ identities over documents

def ent(doc, entity, label, name, start=0, **kw):
    return {"doc_id": doc, "entity": entity, "label": label, "canonical": name, "text": name, "start": start, **kw}


def role(doc, person_entity, role_, org_entity="", organization=""):
    return {"doc_id": doc, "person": "", "person_entity": person_entity, "role": role_,
            "organization": organization, "org_entity": org_entity}


def ids_of(index, *keys):
    return [index.ids.get(k, "") for k in keys]


def test_person_variants_across_documents_are_one_person():
    rows = [ent("d1", "PER1", "PER", "Anna Muster"), ent("d2", "PER1", "PER", "Dr. Anna Muster"),
            ent("d3", "PER1", "PER", "A. Muster"), ent("d4", "PER2", "PER", "Muster"),
            ent("d5", "PER1", "PER", "Anna Mustermann")]
    index = build_index(rows, [], {})
    a, b, c, d, e = ids_of(index, ("d1", "PER1"), ("d2", "PER1"), ("d3", "PER1"), ("d4", "PER2"), ("d5", "PER1"))
    assert a == b == c == d and a.startswith("P-")
    assert e != a                                              # another surname


def test_a_surname_shared_by_two_people_stays_unlinked():
    rows = [ent("d1", "PER1", "PER", "Kurt Beck"), ent("d2", "PER1", "PER", "Volker Beck"),
            ent("d3", "PER1", "PER", "Beck")]
    index = build_index(rows, [], {})
    kurt, volker, beck = ids_of(index, ("d1", "PER1"), ("d2", "PER1"), ("d3", "PER1"))
    assert len({kurt, volker, beck}) == 3


def test_same_name_at_different_organisations_at_the_same_time_are_two_people():
    rows = [ent("d1", "PER1", "PER", "Thomas Muster"), ent("d1", "ORG1", "ORG", "Siemens AG"),
            ent("d2", "PER1", "PER", "Thomas Muster"), ent("d2", "ORG1", "ORG", "Deloitte")]
    roles = [role("d1", "PER1", "CFO", "ORG1"), role("d2", "PER1", "Partner", "ORG1")]
    same_year = build_index(rows, roles, {"d1": "2024-03-01", "d2": "2024-05-01"})
    assert same_year.ids[("d1", "PER1")] != same_year.ids[("d2", "PER1")]
    years_apart = build_index(rows, roles, {"d1": "2018-03-01", "d2": "2024-05-01"})   # moved on
    assert years_apart.ids[("d1", "PER1")] == years_apart.ids[("d2", "PER1")]
    no_dates = build_index(rows, roles, {})
    assert no_dates.ids[("d1", "PER1")] == no_dates.ids[("d2", "PER1")]


def test_organisation_variants_units_and_compounds():
    text = "Die KPMG-Studie"
    rows = [ent("d1", "ORG1", "ORG", "KPMG Austria GmbH"), ent("d1", "ORG1", "ORG", "KPMG"),
            ent("d2", "ORG1", "ORG", "KPMG Österreich"), ent("d3", "ORG1", "ORG", "KPMG Law"),
            ent("d4", "ORG1", "ORG", "KPMG", compound=is_compound_use(text, 8))]
    index = build_index(rows, [], {})
    a, b, law = ids_of(index, ("d1", "ORG1"), ("d2", "ORG1"), ("d3", "ORG1"))
    assert a == b and a.startswith("O-") and law != a
    assert ("d4", "ORG1") not in index.ids                      # ``KPMG-Studie`` is no mention of KPMG


def test_an_acronym_introduced_in_one_document_links_it_elsewhere():
    # a made-up bank: the organisations tables know ``OeNB`` already
    rows = [ent("d1", "ORG1", "ORG", "Musterländische Nationalbank"), ent("d1", "ORG2", "ORG", "MlNB"),
            ent("d2", "ORG1", "ORG", "MlNB"), ent("d3", "ORG1", "ORG", "Musterländischen Nationalbank")]
    index = build_index(rows, [], {})
    assert len(set(ids_of(index, ("d1", "ORG1"), ("d1", "ORG2"), ("d2", "ORG1"), ("d3", "ORG1")))) == 1
    alone = build_index(rows[2:], [], {})                       # without d1 nothing says what MlNB is
    assert alone.ids[("d2", "ORG1")] != alone.ids[("d3", "ORG1")]


ORG_JOINS = [
    # (name in one document, name in another, one organisation?)
    ("Landes-SPD", "SPD", True),                          # a level of the party
    ("Bundes-Grünen", "Grünen", True),
    ("Linkspartei", "Linken", True),                      # a party compound names the party
    ("Piratenpartei", "Piraten", True),
    ("SV Werder Bremen", "Werder Bremen", True),          # a club's form
    ("1. FC Köln", "FC Köln", True),
    ("US-Weltraumbehörde NASA", "NASA", True),           # a descriptor before the name
    ("Softwarekonzern SAP", "SAP", True),
    ("Die Linke", "Linken", True),                        # the article of the full name
    ("Der Spiegel", "Spiegel", True),
    ("Bündnis 90/Die Grünen", "Grünen", True),            # the name after the slash
    ("CDU/CSU", "CSU", False),                            # no article after the slash: a union of two
    ("Die Zeit", "Zeitung", False),
    ("Salzburger SPÖ", "SPÖ", True),                      # a regional branch of an acronym
    ("Bayerische SPD", "SPD", True),
    ("Berliner Senat", "Senat", False),                   # no acronym: each city has its own
    ("Hamburger SV", "SV", False),                        # a club's form, two letters
    ("SPD-Bezirk Weser-Ems", "SPD", False),               # a unit named after the party
    ("Linksfraktion", "Linken", False),                   # a faction, not the party
    ("Fraktion der Grünen", "Grünen", True),              # a part without a name of its own
    ("Fraktion der Linken", "Linke", True),
    ("Rat der Europäischen Union", "Europäischen Union", False),   # an organ of its own
    ("Vorstand der Grünen", "Grünen", False),
    ("VfB Stuttgart", "Stuttgart", False),                # one word left: the city
    ("Landesbank Berlin", "Berlin", False),               # a place after the descriptor
    ("Kreis-SPD", "SPD", False),                          # ``Kreis`` is no level prefix of the table
    # the organisations tables: short forms and earlier names of one party or body
    ("PDS", "Linkspartei", True),
    ("Linkspartei.PDS", "Die Linke", True),
    ("EU-Kommission", "Europäische Kommission", True),
    ("Bundeskabinett", "Bundesregierung", True),
    ("BVerfG", "Bundesverfassungsgerichtes", True),
    ("Hamburger Grünen", "Grünen", True),                 # a regional branch of a party of the tables
    ("Berliner Linke", "PDS", True),
    ("WASG", "Linkspartei", False),                       # merged later, but its own party
    ("Grüne Jugend", "Grünen", False),                    # a youth organisation is its own
    ("Republikaner", "Republikanische Partei", False),    # a German party of that name, too
    ("Hamburger Abendblatt", "Grünen", False),
    ("Zweites Deutsches Fernsehen", "ZDF", True),         # media by their short names
    ("Spiegel Online", "Der Spiegel", False),             # a separately named unit
    ("Landtag", "Landtag", False),                        # a generic body: each state has one
    ("Landesregierung", "Landesregierung", False),
]


@pytest.mark.parametrize("a,b,same", ORG_JOINS)
def test_organisation_joins_across_documents(a, b, same):
    rows = [ent("d1", "ORG1", "ORG", a), ent("d2", "ORG1", "ORG", b), ent("d3", "LOC1", "LOC", "Berlin")]
    index = build_index(rows, [], {})
    assert (index.ids[("d1", "ORG1")] == index.ids[("d2", "ORG1")]) is same


def test_an_acronym_needs_its_long_form_not_a_lookalike():
    """``BND`` beside ``Bundesregierung`` (no long form of it) stays apart from the government."""
    rows = [ent("d1", "ORG1", "ORG", "BND"), ent("d1", "ORG2", "ORG", "Bundesregierung"),
            ent("d2", "ORG1", "ORG", "Bundesregierung")]
    index = build_index(rows, [], {})
    assert index.ids[("d1", "ORG1")] != index.ids[("d2", "ORG1")]
    rows.append(ent("d3", "ORG1", "ORG", "Bundesnachrichtendienst"))
    rows.append(ent("d3", "ORG2", "ORG", "BND"))
    index = build_index(rows, [], {})
    assert index.ids[("d1", "ORG1")] == index.ids[("d3", "ORG1")] != index.ids[("d2", "ORG1")]


@pytest.mark.parametrize("a,b,same", [
    ("siegmar", "sigmar", True),          # a vowel dropped
    ("steffen", "steffan", True),         # a vowel changed
    ("christian", "christiane", False),   # the end marks gender
    ("mario", "maria", False),
    ("daniel", "daniela", False),
    ("martin", "marvin", False),          # a consonant
    ("karin", "katrin", False),
])
def test_first_name_variants(a, b, same):
    assert _first_name_variant(a, b) is same


PERSON_JOINS = [
    # (name in one document, name in another, one person?)
    ("Sigmar Gabriel", "Siegmar Gabriel", True),
    ("Steffen Seibert", "Steffan Seibert", True),
    ("Renate Künast von den Grünen", "Renate Künast", True),     # the span ran into the party
    ("Karl-Theodor zu Guttenberg", "Guttenberg", True),          # surname-only without the particle
    ("John F. Kennedys", "Kennedy", True),                        # a genitive full name
    ("Michael Peters", "Peter", False),                           # a given name alone is no genitive-free surname
    ("Mahmud Ahmadinedschad", "Mahmoud Ahmadinejad", True),      # German and English transliteration
    ("Chomeini", "Khomeini", True),
    ("Chomeini", "Chamenei", False),                              # another name
    ("Thomas Meier", "Thomas Meyer", False),
    ("Christian Muster", "Christiane Muster", False),
    ("Martin Probe", "Marvin Probe", False),
    ("Johann Wolfgang von Goethe", "Goethe", True),              # a given name before ``von``: the name's
]


@pytest.mark.parametrize("name,parts", [
    ("Renate Künast von den Grünen", ("renate", "kuenast")),        # an affiliation after the full name
    ("Johann Wolfgang von Goethe", ("johann", "von goethe")),      # a middle name before the particle
    ("Ursula von der Leyen", ("ursula", "von der leyen")),
    ("Karl-Theodor zu Guttenberg", ("karl theodor", "zu guttenberg")),
])
def test_person_name_parts(name, parts):
    assert person_name(name)[:2] == parts


@pytest.mark.parametrize("a,b,same", PERSON_JOINS)
def test_person_joins_across_documents(a, b, same):
    index = build_index([ent("d1", "PER1", "PER", a), ent("d2", "PER1", "PER", b)], [], {})
    assert (index.ids[("d1", "PER1")] == index.ids[("d2", "PER1")]) is same


def test_a_surname_labelled_org_or_loc_takes_its_documents_person():
    """``Muster`` (ORG) beside ``Anna Muster``, not ``Probes`` (LOC: the contract gives places no id); not
    ``Porsche``, which another document names as an organisation without the person."""
    rows = [ent("d1", "PER1", "PER", "Anna Muster"), ent("d1", "ORG1", "ORG", "Muster", start=20),
            ent("d1", "PER2", "PER", "Lea Probe", start=40), ent("d1", "LOC1", "LOC", "Probes", start=60),
            ent("d2", "PER1", "PER", "Anna Muster"),
            ent("d3", "PER1", "PER", "Ferdinand Porsche"), ent("d3", "ORG1", "ORG", "Porsche", start=30),
            ent("d4", "ORG1", "ORG", "Porsche")]
    roles = [role("d1", "PER2", "Partnerin", "ORG1")]
    index = build_index(rows, roles, {})
    anna, org, lea, loc, anna2 = ids_of(index, ("d1", "PER1"), ("d1", "ORG1"), ("d1", "PER2"), ("d1", "LOC1"),
                                        ("d2", "PER1"))
    assert anna == org == anna2 and anna.startswith("P-") and lea.startswith("P-") and loc == ""
    assert index.org_id("d1", "ORG1", "Muster") == ""            # a person is no role's organisation
    descriptor = build_index([ent("d5", "PER1", "PER", "Wäscheriese Muster"), ent("d5", "ORG1", "ORG", "Muster")], [], {})
    assert descriptor.ids[("d5", "ORG1")].startswith("O-")        # a company the model called PER
    porsche, company = ids_of(index, ("d3", "ORG1"), ("d4", "ORG1"))
    assert porsche == company and porsche.startswith("O-")
    assert all(o["name"] != "Muster" for o in organization_rows(index))


def test_a_full_name_labelled_org_is_the_person_most_documents_see():
    rows = [ent("d1", "PER1", "PER", "Barack Obama"), ent("d2", "PER1", "PER", "Barack Obama"),
            ent("d3", "ORG1", "ORG", "Barack Obama"),
            ent("d4", "ORG1", "ORG", "Hugo Boss"), ent("d5", "ORG1", "ORG", "Hugo Boss"), ent("d6", "PER1", "PER", "Hugo Boss")]
    index = build_index(rows, [], {})
    assert index.ids[("d3", "ORG1")] == index.ids[("d1", "PER1")]
    assert index.ids[("d4", "ORG1")].startswith("O-")              # mostly the company: stays one


def test_party_and_its_faction_are_no_conflict_of_two_people():
    rows = [ent("d1", "PER1", "PER", "Petra Muster"), ent("d1", "ORG1", "ORG", "Linkspartei"),
            ent("d2", "PER1", "PER", "Petra Muster"), ent("d2", "ORG1", "ORG", "Linksfraktion")]
    roles = [role("d1", "PER1", "Vorsitzende", "ORG1"), role("d2", "PER1", "Abgeordnete", "ORG1")]
    index = build_index(rows, roles, {"d1": "2024-03-01", "d2": "2024-05-01"})
    assert index.ids[("d1", "PER1")] == index.ids[("d2", "PER1")]


# ------------------------------------------------------------------ stable ids

def test_adding_documents_never_renames(tmp_path):
    path = tmp_path / "index.sqlite"
    first = [ent("d1", "PER1", "PER", "Anna Muster"), ent("d1", "ORG1", "ORG", "Muster AG")]
    reg = Registry(path)
    before = build_index(first, [], {}, reg).ids
    reg.save()
    more = first + [ent("d2", "PER1", "PER", "Anna Muster"), ent("d2", "ORG1", "ORG", "Muster GmbH"),
                    ent("d3", "PER1", "PER", "Otto Probe")]
    after = build_index(more, [], {}, Registry(path)).ids
    assert all(after[k] == v for k, v in before.items())
    assert after[("d2", "PER1")] == before[("d1", "PER1")]
    assert after[("d3", "PER1")] not in before.values()


def test_ids_do_not_depend_on_the_order_of_documents():
    rows = [ent("d1", "PER1", "PER", "Anna Muster"), ent("d2", "PER1", "PER", "Otto Probe"),
            ent("d3", "ORG1", "ORG", "Muster AG")]
    assert build_index(rows, [], {}).ids == build_index(rows[::-1], [], {}).ids


def test_a_merge_keeps_the_older_id_and_lists_the_other(tmp_path):
    path = tmp_path / "index.sqlite"
    run1 = [ent("d1", "ORG1", "ORG", "UNDP"), ent("d2", "ORG1", "ORG", "United Nations Development Programme")]
    reg = Registry(path)
    first = build_index(run1, [], {}, reg)
    reg.save()
    short, long_ = first.ids[("d1", "ORG1")], first.ids[("d2", "ORG1")]
    assert short != long_
    run2 = run1 + [ent("d3", "ORG1", "ORG", "United Nations Development Programme"), ent("d3", "ORG2", "ORG", "UNDP")]
    second = build_index(run2, [], {}, Registry(path))
    survivor = second.ids[("d1", "ORG1")]
    assert survivor in (short, long_) and second.ids[("d2", "ORG1")] == survivor == second.ids[("d3", "ORG2")]
    row = next(r for r in organization_rows(second) if r["org_id"] == survivor)
    assert row["merged_ids"] == ({short, long_} - {survivor}).pop()
    assert survivor == short            # the older id (registered first) survives


# ------------------------------------------------------------------ the tables

def test_positions_separate_role_changes_with_their_dates():
    rows = [ent(d, "PER1", "PER", "Lea Probe") for d in ("d1", "d2", "d3")] + \
           [ent(d, "ORG1", "ORG", "KPMG Austria GmbH") for d in ("d1", "d2", "d3")]
    roles = [role("d1", "PER1", "Director", "ORG1"), role("d2", "PER1", "Director", "ORG1"),
             role("d3", "PER1", "Partnerin", "ORG1")]
    dates = {"d1": "2022-01-10", "d2": "2022-11-30", "d3": "2023-06-01"}
    index = build_index(rows, roles, dates)
    pos = position_rows(index, roles, dates)
    assert [(p["role"], p["first_seen"], p["last_seen"], p["n_docs"]) for p in pos] == [
        ("Director", "2022-01-10", "2022-11-30", 2), ("Partnerin", "2023-06-01", "2023-06-01", 1)]
    assert {p["organization"] for p in pos} == {"KPMG Austria GmbH"} and pos[0]["doc_ids"] == "d1;d2"


def test_people_and_organisation_rows():
    rows = [ent("d1", "PER1", "PER", "Anna Muster"), ent("d1", "PER1", "PER", "Muster"),
            ent("d2", "PER1", "PER", "Anna Mueller"), ent("d2", "ORG1", "ORG", "Muster AG"),
            ent("d3", "ORG1", "ORG", "Muster Österreich")]
    index = build_index(rows, [], {"d1": "2024-01-02", "d2": "2023-05-06"})
    people = people_rows(index)
    anna = next(p for p in people if p["name"] == "Anna Muster")
    assert (anna["n_docs"], anna["n_mentions"], anna["first_seen"], anna["last_seen"]) == (1, 2, "2024-01-02", "2024-01-02")
    orgs = organization_rows(index)
    assert [(o["name"], o["legal_form"], o["n_docs"]) for o in orgs] == [("Muster Österreich", "AG", 2)] or \
        [(o["legal_form"], o["n_docs"]) for o in orgs] == [("AG", 2)]


# ------------------------------------------------------------------ an output folder

def _write_folder(out, docs):
    """A folder of contract CSVs for ``docs``: {doc_id: (date, [(entity, label, name)], [roles])}."""
    import csv as _csv

    from pipeline.model.document import TABLES, columns

    tables = {t: [] for t in TABLES}
    for doc_id, (date, ents, roles) in docs.items():
        tables["documents"].append({"doc_id": doc_id, "doc_date": date, "status": "ok"})
        text = " ".join(name for _, _, name in ents) + "."
        tables["sentences"].append({"doc_id": doc_id, "sent": 0, "start": 0, "end": len(text), "text": text})
        pos = 0
        for entity, label, name in ents:
            tables["entities"].append({"doc_id": doc_id, "sent": 0, "start": pos, "end": pos + len(name),
                                       "text": name, "label": label, "canonical": name, "entity": entity})
            pos += len(name) + 1
        for person_entity, role_, org_entity in roles:
            tables["roles"].append({"doc_id": doc_id, "person_entity": person_entity, "role": role_,
                                    "org_entity": org_entity, "person": "x", "text": "x"})
    for t, rows in tables.items():
        with open(out / f"{t}.csv", "w", encoding="utf-8", newline="") as fh:
            w = _csv.writer(fh, lineterminator="\n")
            cols = columns(TABLES[t])
            w.writerow(cols)
            w.writerows([r.get(c, "") for c in cols] for r in rows)


def _read(path):
    import csv as _csv

    with open(path, encoding="utf-8", newline="") as fh:
        return list(_csv.DictReader(fh))


def test_update_index_fills_ids_writes_tables_and_skips_an_unchanged_folder(tmp_path):
    from pipeline.index.folder import update_index

    _write_folder(tmp_path, {
        "a" * 16: ("2024-01-05", [("PER1", "PER", "Lea Probe"), ("ORG1", "ORG", "Muster AG"), ("LOC1", "LOC", "Wien")],
                   [("PER1", "CFO", "ORG1")]),
        "b" * 16: ("2024-09-01", [("PER1", "PER", "Lea Probe"), ("ORG1", "ORG", "Muster GmbH")], [("PER1", "CEO", "ORG1")]),
    })
    first = update_index(tmp_path)
    assert first.built and (first.people, first.organizations, first.positions) == (1, 1, 2)
    ents = _read(tmp_path / "entities.csv")
    per = {r["global_id"] for r in ents if r["label"] == "PER"}
    assert len(per) == 1 and per.pop().startswith("P-")
    assert [r["global_id"] for r in ents if r["label"] == "LOC"] == [""]          # LOC and MISC get none
    roles = _read(tmp_path / "roles.csv")
    assert {r["person_id"] for r in roles} == {ents[0]["global_id"]} and all(r["org_id"].startswith("O-") for r in roles)
    positions = _read(tmp_path / "positions.csv")
    assert [(p["role"], p["first_seen"]) for p in positions] == [("CFO", "2024-01-05"), ("CEO", "2024-09-01")]
    assert update_index(tmp_path).built is False                                   # unchanged: not rebuilt
    assert update_index(tmp_path, full=True).built is True
    assert _read(tmp_path / "entities.csv") == ents                                # and the same ids


def test_duckdb_and_ftm_exports(tmp_path):
    import duckdb

    from pipeline.io.outputs.databases import ftm_entities, write_duckdb
    from pipeline.index.folder import update_index

    _write_folder(tmp_path, {
        "c" * 16: ("2023-02-01", [("PER1", "PER", "Otto Muster"), ("ORG1", "ORG", "Beispiel AG")], [("PER1", "Director", "ORG1")]),
        "d" * 16: ("2024-03-01", [("PER1", "PER", "Otto Muster"), ("ORG1", "ORG", "Beispiel AG")],
                   [("PER1", "Vorstand", "ORG1")]),
    })
    update_index(tmp_path)
    con = duckdb.connect(str(write_duckdb(tmp_path)), read_only=True)
    types = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                             "WHERE table_name = 'positions'").fetchall())
    assert (types["first_seen"], types["n_docs"]) == ("DATE", "BIGINT")
    timeline = con.execute("SELECT role, previous_role, next_role FROM position_timeline ORDER BY first_seen").fetchall()
    assert timeline == [("Director", None, "Vorstand"), ("Vorstand", "Director", None)]
    assert con.execute("SELECT count(*) FROM entities WHERE global_id IS NOT NULL").fetchone()[0] == 4
    con.close()
    entities = list(ftm_entities(tmp_path))
    schemas = sorted(e["schema"] for e in entities)
    assert schemas == ["Company", "Directorship", "Employment", "Person"]
    director = next(e for e in entities if e["schema"] == "Directorship")
    assert director["properties"]["role"] == ["Vorstand"] and director["properties"]["startDate"] == ["2024-03-01"]


def test_runs_build_the_index_incrementally(tmp_path):
    """Through ``press-extract run`` with the shipped model: an unchanged re-run leaves the index
    alone, a new document updates it without renaming anyone, ``--full`` rebuilds it the same."""
    from click.testing import CliRunner

    from pipeline.cli import main

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text("Berlin, 12. März 2024 – Max Muster, Vorstandsvorsitzender der Beispiel AG, "
                               "eröffnete das Werk.\n", encoding="utf-8")

    def run(*extra):
        r = CliRunner().invoke(main, ["run", str(src), "--out", str(out), *extra])
        assert r.exit_code == 0, r.output
        return {p["name"]: p["person_id"] for p in _read(out / "people.csv")}

    first = run()
    assert "Max Muster" in first
    stamp = (out / "people.csv").stat().st_mtime_ns
    assert run() == first and (out / "people.csv").stat().st_mtime_ns == stamp      # unchanged: not rebuilt
    (src / "b.txt").write_text("Hamburg, 3. Juni 2024 – Auch Max Muster von der Beispiel AG und Lea Probe, "
                               "Finanzvorständin der Beispiel AG, waren dort.\n", encoding="utf-8")
    second = run()
    assert second["Max Muster"] == first["Max Muster"] and "Lea Probe" in second
    muster = [r for r in _read(out / "entities.csv") if r["text"] == "Max Muster"]
    assert len(muster) == 2 and {r["global_id"] for r in muster} == {first["Max Muster"]}
    assert run("--full") == second


def test_a_sentence_longer_than_duckdbs_line_limit_is_read(tmp_path):
    """A whole document can be one sentence (2 M characters of ``1 % ``): DuckDB's default line
    limit (2 MB) stopped the index, and with it the run."""
    from pipeline.index.folder import update_index

    _write_folder(tmp_path, {"e" * 16: ("2024-01-05", [("PER1", "PER", "Lea Probe")], [])})
    rows = (tmp_path / "sentences.csv").read_text(encoding="utf-8").splitlines()
    long_text = "Lea Probe " + "1 % " * 600_000
    rows[1] = f"{'e' * 16},0,0,{len(long_text)},0,body,{long_text}"
    (tmp_path / "sentences.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert len(rows[1]) > 2 * 1024 * 1024
    assert update_index(tmp_path).people == 1


def test_an_index_failure_is_one_log_line_and_the_run_stands(tmp_path, monkeypatch, caplog):
    from click.testing import CliRunner

    import pipeline.index.folder as folder
    from pipeline.cli import main

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text("Max Muster, Vorstandsvorsitzender der Beispiel AG, eröffnete das Werk.\n", encoding="utf-8")
    real = folder.update_index

    def broken(*a, **kw):
        raise ValueError("made up")

    monkeypatch.setattr(folder, "update_index", broken)
    r = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "--model", "blank:de"])
    assert r.exit_code == 0 and (out / "entities.csv").exists() and not (out / "people.csv").exists()
    assert [m for m in caplog.messages if m.startswith("index not updated: ValueError: made up")]
    monkeypatch.setattr(folder, "update_index", real)
    r = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "--model", "blank:de"])
    assert r.exit_code == 0 and (out / "people.csv").exists()       # the next run builds it


def test_a_city_in_a_match_report_is_its_documents_club():
    rows = [ent("d1", "ORG1", "ORG", "VfB Stuttgart"), ent("d1", "ORG2", "ORG", "Stuttgart"),
            ent("d1", "ORG3", "ORG", "Borussia Dortmund"), ent("d1", "ORG4", "ORG", "Dortmunds"),
            ent("d2", "ORG1", "ORG", "VfB Stuttgart"), ent("d2", "ORG2", "ORG", "Dortmund"),
            ent("d3", "ORG1", "ORG", "Stuttgart"), ent("d4", "ORG1", "ORG", "FC Schalke 04"), ent("d4", "ORG2", "ORG", "Schalke")]
    index = build_index(rows, [], {})
    assert index.ids[("d1", "ORG2")] == index.ids[("d2", "ORG1")] == index.ids[("d1", "ORG1")]
    assert index.ids[("d1", "ORG4")] == index.ids[("d1", "ORG3")]     # the genitive too
    assert index.ids[("d3", "ORG1")] != index.ids[("d1", "ORG1")]     # no club in its document: the city
    assert index.ids[("d2", "ORG2")] != index.ids[("d1", "ORG3")]     # d2's clubs hold no Dortmund
    assert index.ids[("d4", "ORG2")] == index.ids[("d4", "ORG1")]     # a club's name without its form


def test_a_generic_body_is_its_states():
    """``Landtag`` names the state its document names (or an adjective before it), never
    another state's; a document naming no state keeps its own."""
    rows = [ent("d1", "ORG1", "ORG", "Landtag"), ent("d1", "LOC1", "LOC", "Niedersachsen"),
            ent("d2", "ORG1", "ORG", "Landtages"), ent("d2", "LOC1", "LOC", "Hannover"),
            ent("d3", "ORG1", "ORG", "niedersächsischen Landtag"),
            ent("d4", "ORG1", "ORG", "Landtag"), ent("d4", "LOC1", "LOC", "Stuttgart"),
            ent("d5", "ORG1", "ORG", "Stuttgarter Landtag"),
            ent("d6", "ORG1", "ORG", "Landtag"), ent("d7", "ORG1", "ORG", "Landtag")]
    index = build_index(rows, [], {})
    ids = ids_of(index, ("d1", "ORG1"), ("d2", "ORG1"), ("d3", "ORG1"), ("d4", "ORG1"), ("d5", "ORG1"),
                 ("d6", "ORG1"), ("d7", "ORG1"))
    assert ids[0] == ids[1] == ids[2]
    assert ids[3] == ids[4] != ids[0]
    assert len({ids[0], ids[3], ids[5], ids[6]}) == 4
