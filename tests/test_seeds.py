"""The two sample releases end to end: layout, sentences, entities, tables."""
import json
from pathlib import Path

import pytest

import pipeline
from pipeline.io.inputs.ingest import read_file

DATA = Path(__file__).parent / "data"
CORPUS = Path(__file__).resolve().parent.parent / "corpus"
EXPECTED = json.loads((DATA / "seed_sentences.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seeds(nlp):
    out = {}
    for name in EXPECTED:
        [src] = list(read_file(str(CORPUS / name)))
        out[name] = next(pipeline.extract_docs([src], nlp=nlp))
    return out


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sentences_match_hand_checked_list(seeds, name):
    got = [[s.section, s.text] for s in seeds[name].sentences]
    assert got == EXPECTED[name]


def test_seed_000_layout(seeds):
    info = seeds["000_9f337369fbc0aced.txt"].info
    assert info.title.startswith("Das Subforum „Kohlenstoffneutrale Industrieparks“")
    assert (info.dateline_place, info.dateline_date, info.wire, info.doc_date) == ("", "", "", "")
    assert info.n_sentences == 34 and info.status == "ok"


def test_seed_004_layout(seeds):
    info = seeds["004_c4341fafd374ff74.txt"].info
    assert info.title == ""
    assert (info.dateline_place, info.dateline_date, info.wire, info.doc_date) == (
        "Baoting, China", "2025-10-23", "PRNewswire", "2025-10-23")
    assert info.n_sentences == 58


def test_abbreviations_and_ordinals_inside_sentences(seeds):
    texts = [s.text for s in seeds["000_9f337369fbc0aced.txt"].sentences]
    assert any(t.startswith("Als thematischer Bestandteil des 2. Chinesisch-Europäischen Forums") for t in texts)
    assert any("Prof. Dr. Klaus Mühlhahn (Freie Universität Berlin)" in t for t in texts)
    assert any(t.startswith("·Parkplanung: Zhang Yunqing, stellv. Direktor") for t in texts)


def test_seed_entities(seeds):
    doc = seeds["000_9f337369fbc0aced.txt"]
    pers = {e.text for e in doc.entities if e.label == "PER"}
    assert {"Huang Yiyang", "Thilo Cunz", "Mihoko Kumamoto", "Klaus Mühlhahn"} <= pers
    assert not any(p.startswith(("Generalkonsul", "Prof.", "Dr.")) for p in pers)
    locs = {e.text for e in doc.entities if e.label == "LOC"}
    assert "Stuttgart" in locs
    ids = {e.entity for e in doc.entities if e.text == "China"}
    assert len(ids) == 1  # every "China" is one referent


def test_seed_004_genitive_canonical(seeds):
    doc = seeds["004_c4341fafd374ff74.txt"]
    chinas = [e for e in doc.entities if e.text == "Chinas"]
    assert chinas and all(e.canonical == "China" for e in chinas)
    china_ids = {e.entity for e in doc.entities if e.canonical == "China" and e.label == chinas[0].label}
    assert len(china_ids) == 1


#: Every ``X betonte/blickte/berichtete …`` statement of the seeds: (release, cue word, speaker).
SEED_STATEMENTS = [
    ("000_9f337369fbc0aced.txt", "betonte", "Generalkonsul Huang Yiyang"),
    ("000_9f337369fbc0aced.txt", "blickte", "Thilo Cunz (dena)"),
    ("000_9f337369fbc0aced.txt", "betonte", "Mihoko Kumamoto (UNITAR)"),
    ("000_9f337369fbc0aced.txt", "berichtete", "Zhang Luoyin (stellv. Direktor, Hi-Tech-Bezirk Taicang)"),
    ("004_c4341fafd374ff74.txt", "betonte", "Laurence Tubiana, Sonderbeauftragte der COP30 für Europa und "
                                            "Geschäftsführerin der European Climate Foundation"),
    ("004_c4341fafd374ff74.txt", "berichtete", "Mu Kerui, Parteisekretär des autonomen Kreises Baoting Li und "
                                               "Miao in der Provinz Hainan"),
    ("004_c4341fafd374ff74.txt", "betonte", "Peng Yiting, Vorsitzender von Asia Allied Infrastructure Holdings"),
    ("004_c4341fafd374ff74.txt", "betonte", "Tang Hua, Generaldirektor des Büros für internationale "
                                            "Wirtschaftsentwicklung der Provinz Hainan"),
]


def test_every_seed_statement_is_a_quote_row_with_its_speaker(seeds):
    import re

    for name in sorted({n for n, _c, _s in SEED_STATEMENTS}):
        doc = seeds[name]
        cues = [m for m in re.finditer(r"\b(betont|blickt|berichtet)e\b", doc.text)]
        expected = [(c, s) for n, c, s in SEED_STATEMENTS if n == name]
        assert len(cues) == len(expected)           # every such statement of the release is listed
        got = []
        for m in cues:
            rows = [q for q in doc.quotes if q.cue_start is not None and q.cue_start <= m.start() < q.cue_end]
            assert len(rows) == 1, m.group()
            got.append((m.group(), rows[0].speaker))
            assert rows[0].speaker_entity.startswith("PER")
        assert got == expected
