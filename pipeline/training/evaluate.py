"""Evaluate a German spaCy pipeline on the held-out evaluation sets.

``evaluate_model(model, data_dir)`` returns a JSON-serialisable dict:

* ``ner.germeval2014_test``: exact-span P/R/F1 (micro, and per label) on
  ``eval/germeval2014-test.tsv`` (outer column, OTH->MISC, ``*deriv``/``*part``
  -> O), predicted on the gold tokenisation.
* ``ner.europarl_test``: the same on ``eval/europarl/de-europarl.test.conll02``.
* ``ud.gsd_dev``: sentence-boundary P/R/F1 (documents of 10 consecutive
  sentences, gold tokens), STTS tag accuracy, UPOS accuracy, morph accuracy
  and lemma accuracy on ``eval/de_gsd-ud-dev.conllu`` (multi-word tokens such
  as ``im`` kept as one token, tag APPRART, see convert.py).
* ``speed``: words per second for ``nlp.pipe`` over raw text (GermEval test
  sentences joined with spaces, batch 256, a single process).

Run: ``python -m pipeline.training.evaluate MODEL --data ../shared/data [--out FILE]``
"""
from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Dict, List, Sequence, Union

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .convert import Sentence, group_ud, iob_to_spans, read_conll_4class, read_conllu, read_germeval

GERMEVAL_TEST = "eval/germeval2014-test.tsv"
EUROPARL_TEST = "eval/europarl/de-europarl.test.conll02"
GSD_DEV = "eval/de_gsd-ud-dev.conllu"


def _prf(tp: int, fp: int, fn: int) -> Dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4),
            "tp": tp, "fp": fp, "fn": fn}


def count_spans(gold: set, pred: set, tp: Counter, fp: Counter, fn: Counter) -> None:
    """Add the (start, end, label) spans of one document to the per-label counts."""
    for s in pred & gold:
        tp[s[2]] += 1
    for s in pred - gold:
        fp[s[2]] += 1
    for s in gold - pred:
        fn[s[2]] += 1


def score_ner(nlp: Language, sents: Sequence[Sentence], batch_size: int = 256) -> dict:
    """Exact-span NER scores of ``nlp`` on gold-tokenised sentences."""
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    docs = (Doc(nlp.vocab, words=w) for w, _ in sents)
    for (words, tags), doc in zip(sents, nlp.pipe(docs, batch_size=batch_size)):
        count_spans(set(iob_to_spans(tags)), {(e.start, e.end, e.label_) for e in doc.ents}, tp, fp, fn)
    labels = sorted(set(tp) | set(fp) | set(fn))
    out = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    out["per_label"] = {lab: _prf(tp[lab], fp[lab], fn[lab]) for lab in labels}
    out["n_sentences"] = len(sents)
    return out


def score_ud(nlp: Language, path: Path, n_sents: int = 10) -> dict:
    sents = read_conllu(path)
    n = tag_ok = pos_ok = morph_ok = lemma_ok = 0
    n_tag = n_pos = 0
    sb_tp = sb_fp = sb_fn = 0
    docs_in: List[Doc] = []
    golds = []
    for g, starts in group_ud(sents, n_sents):
        bounds = set(zip(starts, starts[1:] + [len(g.words)]))
        docs_in.append(Doc(nlp.vocab, words=g.words, spaces=g.spaces))
        golds.append((g.tags, g.pos, g.morphs, g.lemmas, bounds))
    for doc, (tags, pos, morphs, lemmas, bounds) in zip(nlp.pipe(docs_in), golds):
        for tok, gt, gp, gm, gl in zip(doc, tags, pos, morphs, lemmas):
            n += 1
            if gt:
                n_tag += 1
                tag_ok += tok.tag_ == gt
            if gp:
                n_pos += 1
                pos_ok += tok.pos_ == gp
            morph_ok += str(tok.morph) == gm
            lemma_ok += tok.lemma_ == gl
        if doc.has_annotation("SENT_START"):
            pred = {(s.start, s.end) for s in doc.sents}
        else:
            pred = {(0, len(doc))}
        sb_tp += len(pred & bounds)
        sb_fp += len(pred - bounds)
        sb_fn += len(bounds - pred)
    sent = _prf(sb_tp, sb_fp, sb_fn)
    return {
        "sents_p": sent["p"], "sents_r": sent["r"], "sents_f": sent["f"],
        "tag_acc": round(tag_ok / max(n_tag, 1), 4),
        "pos_acc": round(pos_ok / max(n_pos, 1), 4),
        "morph_acc": round(morph_ok / max(n, 1), 4),
        "lemma_acc": round(lemma_ok / max(n, 1), 4),
        "n_tokens": n, "n_sentences": len(sents),
    }


def measure_speed(nlp: Language, texts: Sequence[str], batch_size: int = 256) -> dict:
    # warm-up
    list(nlp.pipe(texts[:50]))
    t0 = time.perf_counter()
    n_words = 0
    for doc in nlp.pipe(texts, batch_size=batch_size, n_process=1):
        n_words += len(doc)
    dt = time.perf_counter() - t0
    return {"words_per_second": int(n_words / dt), "n_words": n_words,
            "seconds": round(dt, 2), "n_process": 1}


def evaluate_model(model_path_or_name: Union[str, Path], data_dir: Path) -> dict:
    """Score a pipeline on the evaluation sets under ``data_dir/eval``."""
    data_dir = Path(data_dir)
    t0 = time.perf_counter()
    nlp = spacy.load(model_path_or_name)
    load_s = time.perf_counter() - t0
    result: dict = {
        "model": str(model_path_or_name),
        "meta": {k: nlp.meta.get(k) for k in ("lang", "name", "version")},
        "pipeline": list(nlp.pipe_names),
        "load_seconds": round(load_s, 2),
    }
    ge = read_germeval(data_dir / GERMEVAL_TEST)
    result["ner"] = {"germeval2014_test": score_ner(nlp, ge)}
    ep = read_conll_4class(data_dir / EUROPARL_TEST)
    result["ner"]["europarl_test"] = score_ner(nlp, ep)
    result["ud"] = {"gsd_dev": score_ud(nlp, data_dir / GSD_DEV)}
    texts = [" ".join(w) for w, _ in ge[:3000]]
    result["speed"] = measure_speed(nlp, texts)
    return result


def main(argv=None) -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model")
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=None)
    a = ap.parse_args(argv)
    res = evaluate_model(a.model, a.data)
    txt = json.dumps(res, indent=2, ensure_ascii=False)
    if a.out:
        a.out.parent.mkdir(parents=True, exist_ok=True)
        a.out.write_text(txt + "\n", encoding="utf-8")
    print(txt)


if __name__ == "__main__":
    main()
