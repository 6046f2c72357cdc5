"""Rebuild the bundled German pipeline ``de_press_core`` from scratch.

Steps (see MODEL.md):

0. ``vectors.build_cluster_vectors``: static vectors from the Brown clusters
   of spacy-lookups-data (one row per cluster; see vectors.py).
1. ``convert.build_corpora``: German NER corpora and UD treebanks under
   ``data_dir/train`` -> DocBins in a scratch directory (10 % of each training
   corpus held out as spaCy's dev set; ``data_dir/eval`` is never read).
2. ``spacy train config.cfg`` -> tok2vec + tagger (STTS) + morphologizer
   (UPOS+features) + senter + lookup lemmatizer, on UD German-GSD test + PUD.
3. ``spacy train config_ner.cfg`` -> tok2vec + ner (PER/ORG/LOC/MISC) on
   the full NER mix, then ``config_ner_ft.cfg`` continues training it on the
   news/wiki-heavy ``FINETUNE_MIX`` (lower learning rate).
4. Assemble: the UD pipeline plus the ``ner`` component sourced from the NER
   pipeline, with its own tok2vec copied in (``replace_listeners``), so the
   result contains only standard spaCy components.  ``meta.json`` records the
   seed, the data files used with their sha256 and the labels.

Run: ``python -m pipeline.training.train --data ../shared/data --out DIR
[--quick] [--seed N]`` (single process; set OMP_NUM_THREADS=1 on shared
machines).
"""
from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import json
import shutil
import tempfile
import time
from pathlib import Path
from typing import Dict, Optional, Sequence

import spacy

from .masks import MODES
from .convert import (DEFAULT_MIX, DEV_FRACTIONS_SYNTHETIC, DEV_FRACTIONS_V3, DEV_SOURCES,
                      DEV_SOURCES_SYNTHETIC, DEV_SOURCES_V3, FINETUNE_MIX, LABELS, MIX_ALL_REAL,
                      MIX_SYNTHETIC, MIX_SYNTHETIC_HALF, MIX_V3, build_corpora)
from .vectors import build_cluster_vectors, extend_cluster_vectors

HERE = Path(__file__).resolve().parent
UD_CONFIG = HERE / "config.cfg"
NER_CONFIG = HERE / "config_ner.cfg"
NER_FT_CONFIG = HERE / "config_ner_ft.cfg"

# NER recipes (see MODEL.md, "v3 runs"): mix, selection-dev sources and
# held-out fractions, NER config, NER steps of a full run, cluster-vector keys
RECIPES = {
    "v2": {"mix": DEFAULT_MIX, "dev_sources": DEV_SOURCES, "dev_fractions": {},
           "ner_config": NER_CONFIG, "ner_steps": None, "eval_frequency": None,
           "vector_words": None},
    # run r1: GermEval-style mix and selection dev, 40k NORM rows (worse than v2)
    "v3-germeval-dev": {"mix": MIX_V3, "dev_sources": DEV_SOURCES_V3,
                        "dev_fractions": DEV_FRACTIONS_V3,
                        "ner_config": HERE / "config_ner_v3.cfg", "ner_steps": 4000,
                        "eval_frequency": 500, "vector_words": None},
}
# run r2 (best): v2's mix and dev, cluster-vector keys for the 600k most
# frequent forms instead of 200k
RECIPES["v3"] = {**RECIPES["v2"], "vector_words": 600_000, "ner_steps": 3500,
                 "eval_frequency": 500}
# run r3: as v3 with all of SmartData, MobIE and LER
RECIPES["v3-all-real"] = {**RECIPES["v3"], "mix": MIX_ALL_REAL, "ner_steps": 3000}
# v4 runs: v3's mix, dev and NER config, floret vectors trained on the
# training text (floret_vectors.py) instead of the cluster vectors.  One
# vectors table per pipeline, so the UD part is retrained on them too
# (``--ud-from`` is refused: its tok2vec was trained on the cluster table).
RECIPES["v4-floret"] = {**RECIPES["v3"], "vectors": "floret", "floret": {}}
# run f2: as v4-floret, the floret text extended by pseudo-sentences of
# Brown-cluster mates of the 600k most frequent forms (floret_vectors.cluster_lines)
RECIPES["v4-floret-clusters"] = {**RECIPES["v4-floret"], "floret": {"cluster_words": 600_000}}
# v5 runs: r2 (v3) trained about three times longer (r2 peaked after about
# two epochs of its mix, r3's dev was still rising when it stopped), with the
# whole GermEval train split (v3 held 10 % out and used it nowhere); the
# selection dev set stays r2's.  "v5-all-real-wide": r3's mix, a deeper NER
# tok2vec and a wider NER hidden layer.  Measured: neither beats r2 (MODEL.md, "v5 runs").
RECIPES["v5-long"] = {**RECIPES["v3"], "dev_fractions": {"germeval_train": 0.0},
                      "ner_steps": 12000, "eval_frequency": 750}
RECIPES["v5-all-real-wide"] = {**RECIPES["v5-long"], "mix": MIX_ALL_REAL,
                               "ner_overrides": {"components.tok2vec.model.encode.depth": 6,
                                                 "components.ner.model.hidden_width": 128}}
# substitute names with a cluster vector as often as real names have one
# (masks.py, mode "lexicon-vectors"), on r2's recipe and on v5-all-real-wide
RECIPES["v5-vector-names"] = {**RECIPES["v3"], "mask_mode": "lexicon-vectors"}
RECIPES["v5-vector-names-wide"] = {**RECIPES["v5-all-real-wide"], "mask_mode": "lexicon-vectors",
                                   "ner_steps": 3500, "eval_frequency": 500}
# v6 runs: r2's recipe plus the generated press releases (synthetic/, issue 28),
# a slice of them in the selection dev set (MODEL.md, "v6 runs")
RECIPES["v6-synthetic"] = {**RECIPES["v3"], "mix": MIX_SYNTHETIC, "dev_sources": DEV_SOURCES_SYNTHETIC,
                           "dev_fractions": DEV_FRACTIONS_SYNTHETIC}
# half of the synthetic releases in the training mix (the selection dev unchanged)
RECIPES["v6-synthetic-half"] = {**RECIPES["v6-synthetic"], "mix": MIX_SYNTHETIC_HALF}

MODEL_NAME = "press_core"
MODEL_VERSION = "0.2.0"

# max_steps per run (full / quick); wall-clock times on one shared CPU core
# are in MODEL.md.
STEPS = {
    "ud": {"full": 3000, "quick": 800},
    "ner": {"full": 12000, "quick": 1600},
    "ner_ft": {"full": 0, "quick": 0},     # 0: no fine-tuning stage (v2)
}


def _spacy_train(config: Path, output: Path, train: Path, dev: Path, overrides: Dict) -> Path:
    from spacy.cli.train import train as spacy_train

    ov = {"paths.train": str(train), "paths.dev": str(dev)}
    ov.update(overrides)
    spacy_train(config, output, use_gpu=-1, overrides=ov)
    best = output / "model-best"
    return best if best.exists() else output / "model-last"


def build_lemma_table(ud_docbins: Sequence[Path]) -> Dict[str, str]:
    """German ``lemma_lookup`` table of spacy-lookups-data, adapted to UD lemmas.

    0. keep only forms that occur in the 1M-word ``de_lexeme_prob`` frequency
       list of spacy-lookups-data (82k of 355k forms: the rest are rare
       inflections; this makes the table 5x smaller and ~5x faster to load
       at no measurable accuracy cost on held-out UD training data),
    1. for every lower-case key whose capitalised form is neither a key nor a
       (noun) lemma, add the capitalised form (sentence-initial "Danach", "Die"),
    2. forms seen in the UD *training* treebanks get their most frequent gold
       lemma (pronouns: "er" -> "er" instead of "ich"; "im" -> "in"; ...),
    3. identity entries are dropped (the lookup falls back to the token text).
    """
    import gzip
    from collections import Counter, defaultdict

    import spacy_lookups_data
    from spacy.tokens import DocBin

    data = Path(spacy_lookups_data.__file__).parent / "data"
    with gzip.open(data / "de_lemma_lookup.json.gz", "rt", encoding="utf-8") as fh:
        base: Dict[str, str] = json.load(fh)
    with gzip.open(data / "de_lexeme_prob.json.gz", "rt", encoding="utf-8") as fh:
        freq_words = set(json.load(fh))
    tab = {k: v for k, v in base.items() if k in freq_words}
    values_cap = {v for v in base.values() if v[:1].isupper()}
    for k, v in list(tab.items()):
        if k[:1].islower() and k.isalpha():
            cap = k[0].upper() + k[1:]
            if cap not in base and cap not in values_cap:
                tab[cap] = v
    counts: Dict[str, Counter] = defaultdict(Counter)
    vocab = spacy.blank("de").vocab
    for path in ud_docbins:
        for doc in DocBin().from_disk(path).get_docs(vocab):
            for t in doc:
                if t.lemma_ and t.lemma_ != "_":
                    counts[t.text][t.lemma_] += 1
    for form, c in counts.items():
        lem = c.most_common(1)[0][0]
        tab[form] = lem
        cap = form[0].upper() + form[1:]
        if form[:1].islower() and cap not in counts and cap not in values_cap:
            tab[cap] = lem
    return {k: v for k, v in tab.items() if k != v}


def assemble(ud_model: Path, ner_model: Path, out_dir: Path, meta_extra: Optional[dict] = None,
             lemma_table: Optional[Dict[str, str]] = None,
             vectors_from: Optional[Path] = None) -> Path:
    """Combine the UD and NER pipelines into one and save it (atomically) to
    ``out_dir``; ``vectors_from``: a pipeline whose vectors replace the UD
    pipeline's (the table the NER was trained with, a superset of the UD one)."""
    nlp = spacy.load(ud_model)
    if vectors_from is not None:
        nlp.vocab.vectors = spacy.load(vectors_from).vocab.vectors
    if "ner" in nlp.pipe_names:        # --ud-from an existing full pipeline
        nlp.remove_pipe("ner")
    if lemma_table is not None and "lemmatizer" in nlp.pipe_names:
        from spacy.lookups import Lookups

        lookups = Lookups()
        lookups.add_table("lemma_lookup", lemma_table)
        nlp.get_pipe("lemmatizer").lookups = lookups
    ner_nlp = spacy.load(ner_model)
    if "tok2vec" in ner_nlp.pipe_names:
        ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp, after="lemmatizer" if "lemmatizer" in nlp.pipe_names else None)
    nlp.meta["name"] = MODEL_NAME
    nlp.meta["version"] = MODEL_VERSION
    nlp.meta["lang"] = "de"
    nlp.meta["description"] = (
        "Small German CNN pipeline of press-extract: tok2vec, tagger (STTS), "
        "morphologizer (UPOS+features), senter, lookup lemmatizer, ner "
        "(PER/ORG/LOC/MISC). Trained from openly licensed corpora; see MODEL.md.")
    nlp.meta["author"] = "press-extract"
    nlp.meta["license"] = "CC BY-SA 4.0 (derived from UD treebanks; see MODEL.md)"
    nlp.meta["spacy_version"] = f">={spacy.__version__.rsplit('.', 1)[0]}.0,<3.9.0"
    if meta_extra:
        nlp.meta.update(meta_extra)
    nlp.meta.setdefault("labels", {})
    nlp.meta["labels"] = {name: list(pipe.labels) for name, pipe in nlp.pipeline
                          if hasattr(pipe, "labels") and name != "lemmatizer"}
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    nlp.to_disk(tmp)
    os.chmod(tmp, 0o755)
    old = None
    if out_dir.exists():
        old = out_dir.parent / f".{out_dir.name}.old-{int(time.time())}"
        os.rename(out_dir, old)
    os.rename(tmp, out_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return out_dir


def train(data_dir: Path, out_dir: Path, *, quick: bool = False, seed: int = 0,
          work_dir: Optional[Path] = None, ud_from: Optional[Path] = None,
          ner_steps: Optional[int] = None, mask_mode: Optional[str] = None,
          recipe: str = "v3", vectors_from: Optional[Path] = None) -> Path:
    """Rebuild the shipped model from scratch; returns the saved model path.

    ``ud_from``: reuse the tok2vec/tagger/morphologizer/senter/lemmatizer and
    the vectors of an existing pipeline (e.g. the shipped one) and retrain
    only the NER; its ``ner`` is replaced.  ``recipe``: a key of
    :data:`RECIPES` (NER mix, selection dev set, NER config).
    ``vectors_from``: a pipeline whose vectors table is used as is instead of
    building the recipe's (e.g. the floret table of an earlier run's
    ``--work`` dir, ``WORK/floret/vectors``, to skip the ~8 min rebuild).
    """
    rc = RECIPES[recipe]
    mask_mode = mask_mode or rc.get("mask_mode", "lexicon")
    floret = rc.get("vectors") == "floret"
    if floret and ud_from is not None:
        raise ValueError(f"recipe {recipe} trains its own vectors: the UD components of "
                         "--ud-from were trained on another table; retrain them (no --ud-from)")
    data_dir = Path(data_dir).resolve()
    out_dir = Path(out_dir)
    work = Path(work_dir) if work_dir else Path(tempfile.mkdtemp(prefix="press_train_"))
    work.mkdir(parents=True, exist_ok=True)
    mode = "quick" if quick else "full"
    t0 = time.time()
    manifest = build_corpora(data_dir, work / "corpus", seed=seed, mask_mode=mask_mode,
                             mix=rc["mix"], dev_sources=rc["dev_sources"],
                             dev_fractions=rc["dev_fractions"])
    c = work / "corpus"
    vec_meta = None
    if vectors_from is not None:
        vectors = Path(vectors_from)
        vec_meta = json.loads((vectors / "meta.json").read_text()).get("press_vectors")
    elif floret:
        from .floret_vectors import build_floret_vectors

        vectors, vec_meta = build_floret_vectors(
            data_dir, work / "floret", seed=seed, mask_mode=mask_mode,
            exclude_docbins=[c / "ner-dev.spacy", c / "ud-dev.spacy"], **rc["floret"])
    if ud_from is not None:
        # copy: the source may be the output directory, replaced at the end
        ud_best = work / "ud_from"
        if ud_best.exists():
            shutil.rmtree(ud_best)
        shutil.copytree(ud_from, ud_best)
        vectors = ud_best if vectors_from is None else vectors
        if rc.get("vector_words") and vectors_from is None:
            vectors = extend_cluster_vectors(ud_best, work / "vectors", seed=seed,
                                             n_words=rc["vector_words"])
    elif vectors_from is None and not floret:
        vectors = build_cluster_vectors(work / "vectors", seed=seed,
                                        n_words=rc.get("vector_words") or 200_000)
    common = {"system.seed": seed, "training.seed": seed, "paths.vectors": str(vectors)}
    if ud_from is None:
        ud_best = _spacy_train(UD_CONFIG, work / "ud", c / "ud-train.spacy", c / "ud-dev.spacy",
                               {**common, "training.max_steps": STEPS["ud"][mode]})
    n_ner = ner_steps or (rc["ner_steps"] if not quick else None) or STEPS["ner"][mode]
    eval_freq = rc["eval_frequency"] or min(1000, max(200, n_ner // 5))
    ner_best = _spacy_train(rc["ner_config"], work / "ner", c / "ner-train.spacy",
                            c / "ner-dev.spacy",
                            {**common, "training.max_steps": n_ner,
                             "training.eval_frequency": min(eval_freq, max(100, n_ner // 4)),
                             **rc.get("ner_overrides", {})})
    ft = {"mix": None}
    if STEPS["ner_ft"][mode]:
        ft = build_corpora(data_dir, work / "corpus_ft", mix=FINETUNE_MIX, seed=seed)
        cf = work / "corpus_ft"
        ner_best = _spacy_train(NER_FT_CONFIG, work / "ner_ft", cf / "ner-train.spacy",
                                cf / "ner-dev.spacy",
                                {**common, "paths.base_model": str(ner_best),
                                 "training.max_steps": STEPS["ner_ft"][mode]})
    import spacy_lookups_data

    from .convert import sha256

    lk = Path(spacy_lookups_data.__file__).parent / "data"
    files = dict(manifest["files"])
    if vec_meta is not None:
        vec_meta = dict(vec_meta)
        files.update(vec_meta.pop("files", {}))
    for name in ("de_lemma_lookup.json.gz", "de_lexeme_prob.json.gz", "de_lexeme_cluster.json.gz"):
        files[f"spacy-lookups-data=={getattr(spacy_lookups_data, '__version__', '?')}/{name}"] = \
            sha256(lk / name)
    meta_extra = {
        "seed": seed,
        "quick": quick,
        "data_files": files,
        "data_counts": manifest["counts"],
        "ner_mix": manifest["mix"],
        "ner_finetune_mix": ft["mix"],
        "training_seconds": int(time.time() - t0),
        "ner_labels": list(LABELS),
        "mask_fill": mask_mode,
        "recipe": recipe,
        "ner_dev_sources": list(rc["dev_sources"]),
        "ner_steps_max": n_ner,
        "ud_from": str(ud_from) if ud_from is not None else None,
        # not "vectors": spaCy writes its own table summary there on save
        "press_vectors": vec_meta or (str(vectors_from) if vectors_from is not None else "clusters"),
    }
    table = None if ud_from is not None else \
        build_lemma_table([c / "ud-train.spacy", c / "ud-dev.spacy"])
    return assemble(ud_best, ner_best, out_dir, meta_extra, lemma_table=table,
                    vectors_from=vectors if ud_from is not None and vectors != ud_best else None)


def main(argv=None) -> None:
    import argparse

    ap = argparse.ArgumentParser(description="Train the de_press_core spaCy pipeline")
    ap.add_argument("--data", type=Path, required=True, help="shared data dir (with train/)")
    ap.add_argument("--out", type=Path, required=True, help="output model directory")
    ap.add_argument("--quick", action="store_true", help="short training run")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--work", type=Path, default=None, help="scratch dir (default: temp dir)")
    ap.add_argument("--ud-from", type=Path, default=None,
                    help="reuse the UD components and vectors of this pipeline; train only the NER")
    ap.add_argument("--ner-steps", type=int, default=None, help="override max_steps of the NER run")
    ap.add_argument("--mask-fill", choices=MODES, default=None,
                    help="how the masked GermEval train words are filled (see masks.py; "
                         "default: the recipe's, else lexicon)")
    ap.add_argument("--recipe", choices=sorted(RECIPES), default="v3",
                    help="NER mix, selection dev set and config (see MODEL.md)")
    ap.add_argument("--vectors-from", type=Path, default=None,
                    help="use the vectors table of this pipeline instead of building it")
    a = ap.parse_args(argv)
    path = train(a.data, a.out, quick=a.quick, seed=a.seed, work_dir=a.work, ud_from=a.ud_from,
                 ner_steps=a.ner_steps, mask_mode=a.mask_fill, recipe=a.recipe,
                 vectors_from=a.vectors_from)
    print(path)


if __name__ == "__main__":
    main()
