"""Sentence-boundary F1 of press-extract's splitter on UD German-GSD dev and on the seeds.

    python benchmarks/sentence_f1.py [--data ../shared/data]

UD sentences are joined with single spaces into one running text per
document (``# newdoc``), so only punctuation and abbreviations can tell the
boundaries; a predicted sentence counts when its (start, end) span equals a
gold one, as spaCy's ``sents_f`` does.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import spacy

from pipeline.components.structure import analyse, set_sentence_starts
from pipeline.text.tokenizer import add_abbreviations


def ud_documents(path: Path) -> list[list[str]]:
    """Sentence texts of a CoNLL-U file, grouped by ``# newdoc`` (or 50 a group)."""
    docs, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc") and cur:
            docs.append(cur)
            cur = []
        elif line.startswith("# text = "):
            cur.append(line[len("# text = "):].strip())
            if len(cur) >= 50:
                docs.append(cur)
                cur = []
    if cur:
        docs.append(cur)
    return docs


def predicted_spans(nlp, text: str) -> set[tuple[int, int]]:
    doc = nlp.make_doc(text)
    set_sentence_starts(doc, analyse(text).blocks)
    out = set()
    for s in doc.sents:
        raw = s.text
        if raw.strip():
            a = s.start_char + len(raw) - len(raw.lstrip())
            out.add((a, a + len(raw.strip())))
    return out


def prf(gold: set, pred: set) -> dict:
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "gold": len(gold), "pred": len(pred)}


def score_ud(nlp, path: Path) -> dict:
    gold_all, pred_all = set(), set()
    for n, sents in enumerate(ud_documents(path)):
        text, gold, pos = "", set(), 0
        for s in sents:
            gold.add((n, pos, pos + len(s)))
            text += s + " "
            pos = len(text)
        gold_all |= gold
        pred_all |= {(n, a, b) for a, b in predicted_spans(nlp, text.rstrip())}
    return prf(gold_all, pred_all)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="../shared/data")
    args = ap.parse_args()
    nlp = spacy.blank("de")
    add_abbreviations(nlp)
    result = {"ud_gsd_dev": score_ud(nlp, Path(args.data) / "eval" / "de_gsd-ud-dev.conllu")}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
