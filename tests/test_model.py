"""Fast checks of the shipped German pipeline and the corpus converters."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from pipeline.training.convert import (iob_to_spans, map_germeval_label,
                                       read_conllu, read_germeval, read_ler, read_mobie,
                                       stts_from_ud)

MODEL_DIR = Path(__file__).resolve().parents[1] / "pipeline" / "data" / "de_press_core"
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


def _lexicon_dir(tmp_path):
    lx = tmp_path / "lexicons"
    lx.mkdir()
    (lx / "personennamen.list").write_text("Trauboth\nManart\nMüller\n", encoding="utf-8")
    (lx / "germaner_vornamen.txt").write_text("Jonas\tVN\tMasc\nLena\tVN\tFem\n", encoding="utf-8")
    (lx / "stadtnamen.list").write_text("Oberhonnfeld\nBerlin\n", encoding="utf-8")
    (lx / "laendernamen.list").write_text("Ägypten\n", encoding="utf-8")
    (lx / "firmennamen.list").write_text("Kellerei Zentrum GmbH\n", encoding="utf-8")
    return tmp_path


def test_mask_filling_is_consistent_typed_and_new(tmp_path):
    from pipeline.training.masks import MaskFiller
    sents = [
        (["<MASK:900:initialUpper>", "<MASK:901:initialUpper>", "sagte", "in",
          "<MASK:902:initialUpper>", "<MASK:905:allLower>", "."],
         ["B-PER", "I-PER", "O", "O", "B-LOC", "O", "O"]),
        (["<MASK:901:allUpper>", "kam", "aus", "<MASK:902:initialUpper>", "<UNK>",
          "<MASK:905:initialUpper>"],
         ["B-PER", "O", "O", "B-LOC", "O", "O"]),
    ]
    known = {2: ",", 4: "der", 800: "müller", 850: "berlin"}
    filler = MaskFiller(_lexicon_dir(tmp_path), known=known, unk={"O": ["„"]},
                        lexemes=["der", ",", "Haus", "gehen", "schnell", "Müller", "Berlin"])
    (a, ta), (b, tb) = filler.fill(sents)
    assert ta == sents[0][1] and tb == sents[1][1]           # labels untouched
    assert a[0] in {"Jonas", "Lena"}                          # starts a two-token name
    assert a[1] in {"Trauboth", "Manart"}                     # never the recovered "Müller"
    assert b[0] == a[1].upper()                               # same INDEX, own casing
    assert a[4] == b[3] == "Oberhonnfeld"                     # LOC, not the recovered "Berlin"
    assert a[5] in {"gehen", "schnell"} and b[5] == a[5].capitalize()
    assert b[4] == "„"
    assert len({filler.table[i].lower() for i in filler.table}) == len(filler.table)


def test_mask_filling_prefers_names_with_a_vector(tmp_path, monkeypatch):
    from pipeline.training import masks
    # ten surnames masked as ten INDEXes; only "Manart" and "Trauboth" have a vector
    sur = ["Manart", "Trauboth"] + [f"Nachname{c}" for c in "abcdefghijklmn"]
    (_lexicon_dir(tmp_path) / "lexicons" / "personennamen.list").write_text("\n".join(sur) + "\n", "utf-8")
    sents = [([f"<MASK:{900 + i}:initialUpper>"], ["B-PER"]) for i in range(10)]
    picked = {}
    for mode in ("lexicon", "lexicon-vectors"):
        monkeypatch.setattr(masks, "VECTOR_SHARE", 1.0)
        filler = masks.MaskFiller(tmp_path, mode=mode, known={}, unk={}, lexemes=["der"],
                                  vector_words={"Manart", "Trauboth"}, seed=3)
        picked[mode] = [w for (ws, _) in filler.fill(sents) for w in ws]
    # with a vector first, as long as there are such names; then the others
    assert sorted(picked["lexicon-vectors"][:2]) == ["Manart", "Trauboth"]
    assert all(w.startswith("Nachname") for w in picked["lexicon-vectors"][2:])
    assert len(set(picked["lexicon-vectors"])) == 10
    # must not: the plain lexicon mode does not look at vectors
    assert sorted(picked["lexicon"][:2]) != ["Manart", "Trauboth"]
    with pytest.raises(ValueError, match="mask mode"):
        masks.MaskFiller(tmp_path, mode="lexicon-vector", known={}, unk={}, lexemes=[])


def test_mask_filling_unk_mode(tmp_path):
    from pipeline.training.masks import MaskFiller
    sents = [(["<MASK:7:initialUpper>", "<MASK:7:allLower>", "<UNK>"], ["B-ORG", "O", "O"])]
    filler = MaskFiller(_lexicon_dir(tmp_path), mode="unk", known={}, unk={}, lexemes=[])
    (words, _), = filler.fill(sents)
    assert words == ["Xmask7", "xmask7", "xunk"]


def test_plenar_reader(tmp_path):
    from pipeline.training.convert import read_plenar
    p = tmp_path / "Gold.conll"
    p.write_text("1\tSitzung\t_\t_\tO\t_\t_\n2\tBonn\t_\t_\tB-LOC\t_\t_\n3\tder\t_\t_\tO\t_\t_\n"
                 "4\tFDP\t_\t_\tB-ORG\t_\t_\n\n1\tDr.\t_\t_\tB-PER\t_\t_\n2\tAdenauer\t_\t_\tI-PER\t_\t_\n",
                 encoding="utf-8")
    assert read_plenar(p) == [(["Sitzung", "Bonn", "der", "FDP"], ["O", "B-LOC", "O", "B-ORG"]),
                              (["Dr.", "Adenauer"], ["B-PER", "I-PER"])]


def _tiny_data(tmp_path):
    """A data folder with 40 GermEval-style and 20 UNER-style sentences and one UD sentence."""
    ner = tmp_path / "train" / "ner"
    (ner / "uner_pud").mkdir(parents=True)
    (tmp_path / "train" / "ud").mkdir(parents=True)
    (ner / "germeval2014-dev.tsv").write_text("".join(
        f"#\tsrc {i}\n1\tSatz{i}\tO\tO\n2\tin\tO\tO\n3\tBerlin\tB-LOC\tO\n\n" for i in range(40)),
        encoding="utf-8")
    (ner / "uner_pud" / "de_pud-ud-test.iob2").write_text("".join(
        f"# sent_id = {i}\n1\tUNER{i}\tO\t-\t-\n2\tBonn\tB-LOC\t-\t-\n\n" for i in range(20)),
        encoding="utf-8")
    conllu = "1\tDas\tder\tDET\tART\tCase=Nom\t2\tdet\t_\t_\n2\tHaus\tHaus\tNOUN\tNN\t_\t0\troot\t_\t_\n\n"
    for name in ("de_gsd-ud-test.conllu", "de_pud-ud-test.conllu"):
        (tmp_path / "train" / "ud" / name).write_text(conllu, encoding="utf-8")
    return tmp_path


def test_build_corpora_dev_slice_per_source(tmp_path):
    from spacy.tokens import DocBin

    from pipeline.training.convert import build_corpora
    data = _tiny_data(tmp_path)
    vocab = spacy.blank("de").vocab

    def dev_words(out, **kw):
        build_corpora(data, tmp_path / out, **kw)
        return sorted(d[0].text for d in DocBin().from_disk(tmp_path / out / "ner-dev.spacy")
                      .get_docs(vocab))

    alone = dev_words("a", mix={"germeval": (1, 1.0)}, dev_sources=("germeval",))
    mixed = dev_words("b", mix={"uner_pud": (1, 1.0), "germeval": (1, 1.0)},
                      dev_sources=("germeval",))
    # a source's held-out slice does not depend on the other sources of the mix
    assert alone == mixed and len(alone) == 4 and all(w.startswith("Satz") for w in alone)
    m = build_corpora(data, tmp_path / "c", mix={"germeval": (2, 1.0), "uner_pud": (1, 1.0)},
                      dev_sources=("germeval", "uner_pud"), dev_fractions={"germeval": 0.25})
    assert m["counts"]["germeval"] == {"train_docs": 30, "dev_docs": 10, "repeat": 2}
    assert m["counts"]["uner_pud"]["dev_docs"] == 2
    train_docs = list(DocBin().from_disk(tmp_path / "c" / "ner-train.spacy").get_docs(vocab))
    assert len(train_docs) == 2 * 30 + 18


def test_recipes_point_to_existing_configs():
    from pipeline.training.convert import NER_SOURCES
    from pipeline.training.train import RECIPES
    for name, rc in RECIPES.items():
        assert rc["ner_config"].exists(), name
        assert set(rc["mix"]) <= set(NER_SOURCES) and set(rc["dev_sources"]) <= set(rc["mix"])
        assert set(rc["dev_fractions"]) <= set(rc["mix"])
    cfg = spacy.util.load_config(RECIPES["v3"]["ner_config"])
    assert cfg["components"]["ner"]["factory"] == "ner"


def test_conll_reader_tolerates_comments_bad_tags_and_bioes(tmp_path):
    from pipeline.training.convert import read_conll_4class
    p = tmp_path / "x.bio"
    p.write_text("# file:\t\tF_SBB_1\nDie O\nStadt\nBerlin S-LOC\nund v\nHans B-PER\nMeier E-PER\n"
                 "Müller B_PER\n\n-DOCSTART- -7- O O\nin O\nWien I-LOC\n", encoding="utf-8")
    assert read_conll_4class(p) == [
        (["Die", "Stadt", "Berlin", "und", "Hans", "Meier", "Müller"],
         ["O", "O", "B-LOC", "O", "B-PER", "I-PER", "O"]),
        (["in", "Wien"], ["O", "B-LOC"])]


def test_cli_train_passes_recipe_and_ud_from(tmp_path, monkeypatch):
    from click.testing import CliRunner

    import pipeline.training.train as tr
    from pipeline.cli import main
    seen = {}
    monkeypatch.setattr(tr, "train", lambda data, out, **kw: seen.update(kw) or out)
    (tmp_path / "ud").mkdir()
    r = CliRunner().invoke(main, ["train", "--data", str(tmp_path), "--out", str(tmp_path / "m"),
                                  "--recipe", "v2", "--ud-from", str(tmp_path / "ud")])
    assert r.exit_code == 0, r.output
    assert seen["recipe"] == "v2" and seen["ud_from"] == tmp_path / "ud"
    r = CliRunner().invoke(main, ["train", "--data", str(tmp_path), "--out", str(tmp_path / "m")])
    assert seen["recipe"] == "v3" and seen["ud_from"] is None


def test_extend_cluster_vectors_keeps_known_rows(tmp_path):
    import numpy
    from spacy.vectors import Vectors

    from pipeline.training.vectors import DIM, extend_cluster_vectors
    base = spacy.blank("de")
    table = numpy.arange(2 * DIM, dtype="float32").reshape(2, DIM)
    vec = Vectors(data=table, name="t")
    vec.add("Haus", row=0)
    vec.add("Bonn", row=1)
    base.vocab.vectors = vec
    base.to_disk(tmp_path / "base")
    clusters = {"Haus": 5, "Hof": 5, "Bonn": 9, "Kyjiw": 3, "rar": 5, "ohne": 0}
    prob = {"Haus": -1.0, "Bonn": -2.0, "Hof": -3.0, "Kyjiw": -4.0, "rar": -9.0, "ohne": -0.5}
    out = extend_cluster_vectors(tmp_path / "base", tmp_path / "ext", n_words=4,
                                 clusters=clusters, prob=prob)
    v = spacy.load(out).vocab.vectors
    assert v.shape == (3, DIM) and len(v.key2row) == 4
    assert numpy.array_equal(v["Haus"], table[0]) and numpy.array_equal(v["Bonn"], table[1])
    assert numpy.array_equal(v["Hof"], table[0])          # Haus's cluster row
    assert not numpy.array_equal(v["Kyjiw"], table[0])    # a new cluster: a new row
    assert "rar" not in v and "ohne" not in v              # past n_words / no cluster


def test_cli_recipe_choices_are_the_training_recipes():
    from pipeline.cli import train as cli_train
    from pipeline.training.train import RECIPES
    opt = next(p for p in cli_train.params if p.name == "recipe")
    assert set(opt.type.choices) == set(RECIPES)
    from pipeline.training.masks import MODES
    opt = next(p for p in cli_train.params if p.name == "mask_fill")
    assert set(opt.type.choices) == set(MODES)


def test_floret_recipe_refuses_ud_from(tmp_path):
    from pipeline.training.train import train
    with pytest.raises(ValueError, match="ud-from"):
        train(tmp_path, tmp_path / "m", ud_from=tmp_path, recipe="v4-floret")


def test_floret_text_drops_duplicates_dev_sentences_and_inner_spaces(tmp_path):
    from spacy.tokens import Doc, DocBin

    from pipeline.training.floret_vectors import docbin_sentences, write_text
    nlp = spacy.blank("de")
    dev = Doc(nlp.vocab, words=["Die", "Stadtwerke", "Bonn", ".", "Sie", "liefern", "."],
              sent_starts=[True, False, False, False, True, False, False])
    DocBin(docs=[dev]).to_disk(tmp_path / "dev.spacy")
    exclude = set(docbin_sentences(tmp_path / "dev.spacy"))
    assert exclude == {("Die", "Stadtwerke", "Bonn", "."), ("Sie", "liefern", ".")}
    sents = [["Frau", "Müller", "kommt", "."], ["Die", "Stadtwerke", "Bonn", "."],
             ["Frau", "Müller", "kommt", "."], ["Es", "sind", "10 000", "Euro", "."], []]
    counts = write_text(sents, tmp_path / "t.txt", exclude=exclude)
    assert (tmp_path / "t.txt").read_text(encoding="utf-8").splitlines() == [
        "Frau Müller kommt .", "Es sind 10_000 Euro ."]
    assert counts == {"sentences": 2, "tokens": 9, "excluded": 1}


def test_floret_vectors_on_a_tiny_text_load_as_a_spacy_floret_table(tmp_path):
    pytest.importorskip("floret")
    import numpy

    from pipeline.training.floret_vectors import floret_pipeline, train_floret
    lines = ["Die Stadtwerke Bonn liefern Strom .", "Frau Müller leitet die Stadtwerke .",
             "In Bonn scheint die Sonne ."] * 30
    (tmp_path / "t.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    fl = train_floret(tmp_path / "t.txt", tmp_path / "v.floret", dim=8, bucket=200, epoch=1,
                      minCount=1)
    header = fl.read_text(encoding="utf-8").splitlines()[0].split()
    assert header[:4] == ["200", "8", "4", "5"]     # bucket dim minn maxn
    v = spacy.load(floret_pipeline(fl, tmp_path / "p")).vocab.vectors
    assert v.mode == "floret" and v.shape == (200, 8)
    # a form never seen in the text still gets a (non-zero) vector from its n-grams
    assert numpy.abs(v.get_batch(["Stadtwerken"])).sum() > 0


def test_cluster_lines_group_the_most_frequent_forms_by_cluster():
    from pipeline.training.floret_vectors import cluster_lines
    clusters = {"Bonn": 9, "Wien": 9, "Kyjiw": 9, "Haus": 5, "Hof": 5, "Dach": 5, "rar": 5,
                "ohne": 0, "New York": 9, "Solo": 7}
    prob = {"Bonn": -1.0, "Wien": -2.0, "Kyjiw": -3.0, "Haus": -1.5, "Hof": -2.5, "Dach": -2.6,
            "rar": -9.0, "ohne": -0.1, "New York": -0.2, "Solo": -0.3}
    lines = list(cluster_lines(clusters, prob, n_words=7, per_line=3, repeats=2))
    # the 7 most frequent clustered forms end at "Dach" (Kyjiw, rar cut; cluster 0 "ohne"
    # never counts); "New York" has a space, "Solo" no cluster mate: no line
    assert sorted(sorted(line) for line in lines) == [["Bonn", "Wien"]] * 2 + \
        [["Dach", "Haus", "Hof"]] * 2
