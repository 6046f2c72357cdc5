"""NER scores of one or more models on the held-apart synthetic press releases.

The slice is ``synthetic.held_apart`` (200 releases, a seed no training run
uses; same frames and name pools as training, so it measures how well a model
learned the press-release cues, not how it does on real releases).  Exact
spans, predicted on the gold tokens (the run-time tokenizer: blank ``de`` +
the project's abbreviations), one Doc per block as in training.

    python benchmarks/synthetic_ner.py pipeline/data/de_press_core /work/models/v6-synth \
        --data ../shared/data [--n 200] [--out FILE]
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import Doc

from pipeline.training import synthetic
from pipeline.training.evaluate import _prf, count_spans


def score(nlp, gold_docs, genres) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    by_genre = {g: Counter() for g in set(genres)}
    plain = (Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d])
             for d in gold_docs)
    for gold_doc, genre, doc in zip(gold_docs, genres, nlp.pipe(plain, batch_size=64)):
        gold = {(e.start, e.end, e.label_) for e in gold_doc.ents}
        pred = {(e.start, e.end, e.label_) for e in doc.ents}
        count_spans(gold, pred, tp, fp, fn)
        by_genre[genre].update(tp=len(pred & gold), fp=len(pred - gold), fn=len(gold - pred))
    out = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    out["per_label"] = {lab: _prf(tp[lab], fp[lab], fn[lab]) for lab in sorted(set(tp) | set(fn))}
    out["per_genre_f"] = {g: _prf(c["tp"], c["fp"], c["fn"])["f"] for g, c in sorted(by_genre.items())}
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("models", nargs="+")
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--n", type=int, default=synthetic.HELD_APART_DOCS)
    ap.add_argument("--out", type=Path, default=None)
    a = ap.parse_args(argv)
    tok = synthetic.tokenizer_nlp()
    rels = synthetic.held_apart(a.data, a.n)
    gold, genres = [], []
    for rel in rels:
        docs = synthetic.to_docs(tok, [rel])
        gold += docs
        genres += [rel.genre] * len(docs)
    res = {"slice": {"releases": len(rels), "blocks": len(gold),
                     "entities": sum(len(d.ents) for d in gold), "seed": synthetic.HELD_APART_SEED}}
    for m in a.models:
        t0 = time.perf_counter()
        nlp = spacy.load(m)
        res[m] = score(nlp, gold, genres)
        res[m]["seconds"] = round(time.perf_counter() - t0, 1)
        r = res[m]
        print(f"{m}: P {r['p']:.3f} R {r['r']:.3f} F1 {r['f']:.3f} | "
              + " ".join(f"{k} {v['f']:.3f}" for k, v in r["per_label"].items()))
    if a.out:
        a.out.parent.mkdir(parents=True, exist_ok=True)
        a.out.write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
