"""Quotation attribution against the Wikinews gold (Petersen-Frey & Biemann 2024).

    python benchmarks/quotes_gold.py --split dev
    python benchmarks/quotes_gold.py --split train --cache /tmp/qcache --errors 30

Runs the pipeline on the ``train`` or ``dev`` documents of
``../shared/corpus/wikinews_de_quotes/manifest.tsv`` (the ``test`` split is
evaluation-only: this script never reads its texts or its gold rows) and prints,
per type and overall, P/R/F1 of

- quotes: a predicted row matches a gold quotation when their tokens overlap (each
  gold row matches at most one predicted row, the one with most shared tokens);
- speakers: a matched row whose speaker tokens overlap the gold speaker's (P over
  predicted rows with a speaker, R over gold rows with one);
- cues: the same for the cue.

Per type: recall counts the gold rows of that type (``Direct`` → direct, ``Indirect``
→ indirect, ``FreeIndirect`` and ``IndirectFreeIndirect`` → free_indirect, ``Reported``
→ reported), precision the predicted rows of that type. ``--cache DIR`` keeps the
model's output (all components but ``press_quotes``) so that a rerun only times the
quote rules.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews_de_quotes"
SPLITS = ("train", "dev")     # never ``test``
TYPES = {"Direct": "direct", "Indirect": "indirect", "FreeIndirect": "free_indirect",
         "IndirectFreeIndirect": "free_indirect", "Reported": "reported"}
_TOKEN = re.compile(r"\w+|[^\w\s]")


def split_files(split: str) -> list[str]:
    if split not in SPLITS:
        raise SystemExit(f"split must be one of {SPLITS}")
    rows = [line.split("\t") for line in (CORPUS / "manifest.tsv").read_text(encoding="utf-8").splitlines()]
    f, s = rows[0].index("file"), rows[0].index("split")
    return sorted(r[f] for r in rows[1:] if len(r) > s and r[s] == split)


def gold_rows(files: set[str]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    with open(CORPUS / "quotes_gold.jsonl", encoding="utf-8") as fh:
        for line in fh:
            # the file name comes first in every record: test-split records are skipped unparsed
            m = re.match(r'\{"file": "([^"]+)"', line)
            if not m or m.group(1) not in files:
                continue
            rec = json.loads(line)
            out[rec["file"]] = rec["quotes"]
    return out


def tokens(text: str, spans) -> frozenset[int]:
    """Start offsets of the tokens inside the character ranges ``spans``."""
    out = set()
    for a, b in spans:
        out.update(m.start() for m in _TOKEN.finditer(text, a, b))
    return frozenset(out)


def _pred_spans(q) -> list[tuple[int, int]]:
    if q.spans:
        return [tuple(int(x) for x in p.split("-")) for p in q.spans.split(";")]
    return [(q.start, q.end)]


def process(split: str, files: list[str], cache: Path | None):
    """``{file: (text, [Quote])}`` for the files of ``split``."""
    import pipeline
    from spacy.tokens import DocBin
    from pipeline.text.normalise import normalise, remember_text

    nlp = pipeline.load()
    texts = [normalise((CORPUS / f).read_text(encoding="utf-8")) for f in files]
    cached = cache / f"{split}.spacy" if cache else None
    quotes_pipe = nlp.get_pipe("press_quotes")
    if cached and cached.exists():
        docs = list(DocBin().from_disk(cached).get_docs(nlp.vocab))
    else:
        with nlp.select_pipes(disable=["press_quotes"]):
            made = []
            for t in texts:
                d = nlp.make_doc(t)
                remember_text(d, t)
                made.append(d)
            docs = list(nlp.pipe(made, batch_size=16))
        if cached:
            cached.parent.mkdir(parents=True, exist_ok=True)
            DocBin(store_user_data=True, docs=docs).to_disk(cached)
    out = {}
    for f, t, d in zip(files, texts, docs):
        remember_text(d, t)
        out[f] = (t, quotes_pipe(d)._.quotes or [])
    return out


class Score:
    def __init__(self):
        self.tp, self.n_pred, self.n_gold = Counter(), Counter(), Counter()

    def line(self, key: str) -> str:
        tp, p, g = self.tp[key], self.n_pred[key], self.n_gold[key]
        prec = tp / p if p else 0.0
        rec = self.tp[key + ":gold"] / g if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return f"P {prec:.3f}  R {rec:.3f}  F1 {f1:.3f}   (pred {p}, gold {g})"


def match(text: str, gold: list[dict], pred: list) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index), most shared tokens first, each row used once."""
    g_toks = [tokens(text, g["quote"]) for g in gold]
    p_toks = [tokens(text, _pred_spans(p)) for p in pred]
    cand = sorted(((len(gt & pt), gi, pi) for gi, gt in enumerate(g_toks) for pi, pt in enumerate(p_toks)
                   if gt & pt), reverse=True)
    used_g, used_p, pairs = set(), set(), []
    for _n, gi, pi in cand:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _span(start, end):
    return [(start, end)] if start is not None and end is not None and end > start else []


def score(results, golds, errors: int):
    s = Score()
    shown = 0
    for f, (text, pred) in results.items():
        gold = golds.get(f, [])
        pairs = match(text, gold, pred)
        gmatched = {gi: pi for gi, pi in pairs}
        pmatched = {pi: gi for gi, pi in pairs}
        for gi, g in enumerate(gold):
            t = TYPES.get(g["type"], g["type"])
            for key in ("all", t):
                s.n_gold["quote:" + key] += 1
                s.n_gold["speaker:" + key] += bool(g["speaker"])
                s.n_gold["cue:" + key] += bool(g["cue"])
            pi = gmatched.get(gi)
            ok_sp = ok_cue = False
            if pi is not None:
                p = pred[pi]
                ok_sp = bool(tokens(text, g["speaker"]) & tokens(text, _span(p.speaker_start, p.speaker_end)))
                ok_cue = bool(tokens(text, g["cue"]) & tokens(text, _span(p.cue_start, p.cue_end)))
            for key in ("all", t):
                s.tp["quote:" + key + ":gold"] += pi is not None
                s.tp["speaker:" + key + ":gold"] += ok_sp
                s.tp["cue:" + key + ":gold"] += ok_cue
            if errors and shown < errors and (pi is None or (g["speaker"] and not ok_sp)):
                shown += 1
                what = "MISSED" if pi is None else f"SPEAKER got [{pred[pi].speaker}]"
                print(f"{f} {g['type']} {what}: Q[{' | '.join(text[a:b] for a, b in g['quote'])[:160]}]"
                      f" S[{' | '.join(text[a:b] for a, b in g['speaker'])}]"
                      f" C[{' | '.join(text[a:b] for a, b in g['cue'])}]")
        for pi, p in enumerate(pred):
            gi = pmatched.get(pi)
            for key in ("all", p.type):
                s.n_pred["quote:" + key] += 1
                s.n_pred["speaker:" + key] += bool(p.speaker)
                s.n_pred["cue:" + key] += bool(p.cue)
                if gi is None:
                    continue
                g = gold[gi]
                s.tp["quote:" + key] += 1
                s.tp["speaker:" + key] += bool(p.speaker) and bool(
                    tokens(text, g["speaker"]) & tokens(text, _span(p.speaker_start, p.speaker_end)))
                s.tp["cue:" + key] += bool(p.cue) and bool(
                    tokens(text, g["cue"]) & tokens(text, _span(p.cue_start, p.cue_end)))
            if errors and shown < errors and gi is None:
                shown += 1
                print(f"{f} SPURIOUS {p.type}: Q[{p.text[:160]}] S[{p.speaker}] C[{p.cue}]")
    return s


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=SPLITS, required=True)
    ap.add_argument("--cache", type=Path, help="keep the model's output here between runs")
    ap.add_argument("--errors", type=int, default=0, help="print this many errors (train only)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = ap.parse_args(argv)
    if args.errors and args.split != "train":
        raise SystemExit("--errors is for the train split (dev is for measuring)")
    files = split_files(args.split)
    if args.limit:
        files = files[:args.limit]
    golds = gold_rows(set(files))
    results = process(args.split, files, args.cache)
    s = score(results, golds, args.errors)
    print(f"split {args.split}: {len(files)} documents")
    for key in ("all", "direct", "indirect", "free_indirect", "reported"):
        print(f"{key}")
        for part in ("quote", "speaker", "cue"):
            print(f"  {part:8} {s.line(part + ':' + key)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
