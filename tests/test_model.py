"""Fast checks of the shipped German pipeline and the corpus converters."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from pipeline.training.convert import (iob_to_spans, map_germeval_label,
                                       read_conllu, read_germeval, read_ler, read_mobie,
                                       stts_from_ud)

MODEL_DIR = Path(__file__).resolve().parents[1] / "pipeline" / "models" / "de_press_core"
STTS = {"ADJA", "ADJD", "ADV", "APPR", "APPRART", "APPO", "APZR", "ART", "CARD", "FM", "ITJ",
        "KOUI", "KOUS", "KON", "KOKOM", "NN", "NE", "PDS", "PDAT", "PIS", "PIAT", "PIDAT",
        "PPER", "PPOSS", "PPOSAT", "PRELS", "PRELAT", "PRF", "PWS", "PWAT", "PWAV", "PAV",
        "PTKZU", "PTKNEG", "PTKVZ", "PTKANT", "PTKA", "TRUNC", "VVFIN", "VVIMP", "VVINF",
        "VVIZU", "VVPP", "VAFIN", "VAIMP", "VAINF", "VAPP", "VMFIN", "VMINF", "VMPP", "XY",
        "$,", "$.", "$("}


@pytest.fixture(scope="module")
def core_nlp():
    return spacy.load(MODEL_DIR)


def test_model_loads_with_meta():
    # Load time is measured by `press-extract evaluate-model` (MODEL.md), not asserted here.
    nlp = spacy.load(MODEL_DIR)
    assert nlp.lang == "de"
    assert nlp.meta["name"] == "press_core"
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert "seed" in meta and meta["data_files"]
    assert not any("/eval/" in f or f.startswith("eval/") for f in meta["data_files"])


def test_model_size_budget():
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 40 * 1024 * 1024


def test_components_and_labels(core_nlp):
    nlp = core_nlp
    for name in ("tok2vec", "tagger", "morphologizer", "senter", "lemmatizer", "ner"):
        assert name in nlp.pipe_names
    # only standard spaCy factories
    factories = {nlp.get_pipe_meta(n).factory for n in nlp.pipe_names}
    assert factories <= {"tok2vec", "tagger", "morphologizer", "senter", "lemmatizer", "ner",
                         "parser", "attribute_ruler"}
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "MISC"}
    assert {"NN", "NE", "VVFIN", "APPRART", "$."} <= set(nlp.get_pipe("tagger").labels)


def test_stts_tags_and_lemmas(core_nlp):
    nlp = core_nlp
    doc = nlp("Die Polizei hat am Montag einen Mann in Berlin festgenommen.")
    tags = [t.tag_ for t in doc]
    assert all(t in STTS for t in tags)
    assert doc[0].tag_ == "ART"
    assert doc[1].tag_ == "NN"
    assert doc[3].tag_ == "APPRART"
    assert doc[-1].tag_ == "$."
    assert doc[1].pos_ == "NOUN"
    assert doc[2].lemma_ == "haben"


def test_sentences(core_nlp):
    nlp = core_nlp
    doc = nlp("Der Zug fuhr ab. Danach kam der Bus. Alle stiegen ein.")
    assert [s.text for s in doc.sents] == ["Der Zug fuhr ab.", "Danach kam der Bus.",
                                          "Alle stiegen ein."]


def test_ner_per_org_loc(core_nlp):
    nlp = core_nlp
    doc = nlp("Bundeskanzler Olaf Scholz besuchte am Montag die Siemens AG in München.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Olaf Scholz", "PER") in ents or ("Bundeskanzler Olaf Scholz", "PER") in ents
    assert any(lab == "ORG" and "Siemens" in text for text, lab in ents)
    assert ("München", "LOC") in ents


# ---------------------------------------------------------------- converters

def test_germeval_mapping(tmp_path):
    p = tmp_path / "ge.tsv"
    p.write_text(
        "#\thttp://example.org [2010-01-01]\n"
        "1\tDer\tO\tO\n2\tdeutsche\tB-LOCderiv\tO\n3\tTatort\tB-OTH\tO\n"
        "4\tmit\tO\tO\n5\tAngela\tB-PER\tO\n6\tMerkel\tI-PER\tO\n7\tin\tO\tO\n"
        "8\tEU-Staaten\tB-ORGpart\tO\n9\tbei\tO\tO\n10\tVW\tB-ORG\tB-LOC\n\n",
        encoding="utf-8")
    (words, tags), = read_germeval(p)
    assert words[1] == "deutsche"
    assert tags == ["O", "O", "B-MISC", "O", "B-PER", "I-PER", "O", "O", "O", "B-ORG"]
    assert iob_to_spans(tags) == [(2, 3, "MISC"), (4, 6, "PER"), (9, 10, "ORG")]
    assert map_germeval_label("OTHpart") is None
    assert map_germeval_label("PERderiv") is None


def test_ler_mapping(tmp_path):
    p = tmp_path / "ler.conll"
    p.write_text("Richter B-RR\nMüller I-RR\nam O\nBundesgerichtshof B-GRT\n"
                 "nach B-GS\n§ I-GS\nin O\nKöln B-ST\nbei B-UN\nX I-UN\n\n",
                 encoding="utf-8")
    (words, tags), = read_ler(p)
    assert tags == ["B-PER", "I-PER", "O", "B-ORG", "O", "O", "O", "B-LOC", "B-ORG", "I-ORG"]


def test_mobie_mapping(tmp_path):
    p = tmp_path / "m.conll"
    p.write_text("-DOCSTART- -1- O O\n\nStau\tNN\tI-NN\tB-trigger\nauf\tAPPR\tI-AP\tO\n"
                 "A\tNE\tI-NE\tB-location-route\n1\tCARD\tI-CA\tI-location-route\n"
                 "bei\tAPPR\tI-AP\tO\nDB\tNE\tI-NE\tB-organization-company\n"
                 "#\tXY\tI-XY\tO\n\n",
                 encoding="utf-8")
    (words, tags), = read_mobie(p)
    assert tags == ["O", "O", "B-LOC", "I-LOC", "O", "B-ORG", "O"]
    assert words[-1] == "#"  # a "#" token is not a comment line


def test_iob1_repair():
    from pipeline.training.convert import CONLL_MAP, map_tags
    assert map_tags(["I-PER", "I-PER", "O", "I-LOC", "B-LOC"], CONLL_MAP.get) == \
        ["B-PER", "I-PER", "O", "B-LOC", "B-LOC"]


def test_conllu_mwt_and_stts(tmp_path):
    p = tmp_path / "x.conllu"
    p.write_text(
        "# text = Er war im Haus.\n"
        "1\tEr\ter\tPRON\tPPER\tCase=Nom\t2\tnsubj\t_\t_\n"
        "2\twar\tsein\tAUX\tVAFIN\t_\t0\troot\t_\t_\n"
        "3-4\tim\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "3\tin\tin\tADP\tAPPR\t_\t5\tcase\t_\t_\n"
        "4\tdem\tder\tDET\tART\tCase=Dat\t5\tdet\t_\t_\n"
        "5\tHaus\tHaus\tNOUN\tNN\t_\t2\tobl\t_\tSpaceAfter=No\n"
        "6\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_\n\n", encoding="utf-8")
    (s,) = read_conllu(p)
    assert s.words == ["Er", "war", "im", "Haus", "."]
    assert s.tags == ["PPER", "VAFIN", "APPRART", "NN", "$."]
    assert s.lemmas[2] == "in"
    assert s.spaces == [True, True, True, False, True]
    # PUD-style (non-STTS) tags are converted or left missing
    assert stts_from_ud("kommt", "kommen", "VERB", "VBC", "", "root") == "VVFIN"
    assert stts_from_ud("die", "der", "DET", "DT", "PronType=Art", "det") == "ART"
    assert stts_from_ud("dies", "dies", "DET", "DT", "PronType=Dem", "nsubj") == ""
