"""Entities against the hand-made press-release gold (issue 28).

    python benchmarks/entities_gold.py [--gold benchmarks/entities-gold] [--shared ../shared]
                                       [--model auto|PATH] [--out DIR --reuse] [--errors N]

Runs the pipeline on the gold's documents (``business_press_dev`` and the two seeds, read
from ``../shared`` at run time) and prints precision, recall and F1 per label and overall:
(a gold of the index's format, ``mentions`` of PER and ORG only, such as
``benchmarks/index-gold``, is scored on those two labels: a news check of the entity rules)
*strict* (same span and label) and *lenient* (overlapping span, same label), the two
scores of the contract's scoring table. ``--errors N`` also lists up to N missed and N
spurious rows per label (for reading, never for tests).
"""
from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.text.normalise import doc_id, normalise  # noqa: E402

sys.path.insert(0, str(ROOT / "tools"))
from snapshot import EVALUATION_ONLY, held_out  # noqa: E402  (the evaluation-only splits, as the guard reads them)

LABELS = ("PER", "ORG", "LOC", "MISC")


@lru_cache(maxsize=None)
def _held(folder: Path) -> frozenset:
    """The files of ``folder`` in an evaluation-only split (the snapshot guard's reading)."""
    return frozenset(held_out(folder) or ())


def load_gold(folder: Path, shared: Path) -> list[dict]:
    docs = []
    for path in sorted(folder.glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        src = shared / g["doc"]
        if src.parent.name in EVALUATION_ONLY or src.name in _held(src.parent):   # never scored here
            continue
        text = normalise(src.read_text(encoding="utf-8"))
        mentions_only = "entities" not in g   # the index gold: PER and ORG mentions only
        if mentions_only:
            g["entities"] = [{k: m[k] for k in ("start", "end", "text", "label")} for m in g["mentions"]]
        for e in g["entities"]:
            assert text[e["start"]:e["end"]] == e["text"], (path.name, e)
        docs.append({"name": path.stem, "text": text, "doc_id": doc_id(text), "gold": g["entities"],
                     "mentions_only": mentions_only})
    return docs


def run_pipeline(docs: list[dict], out: Path, model: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        inp = Path(tmp) / "gold.jsonl"
        with inp.open("w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps({"id": d["name"], "text": d["text"]}, ensure_ascii=False) + "\n")
        subprocess.run([sys.executable, "-m", "pipeline.cli", "run", str(inp), "--out", str(out), "--full",
                        "-q", "--model", model], check=True, cwd=ROOT)


def predicted(out: Path) -> dict[str, list[dict]]:
    by_doc = defaultdict(list)
    with (out / "entities.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            by_doc[r["doc_id"]].append({"start": int(r["start"]), "end": int(r["end"]), "label": r["label"],
                                        "text": r["text"]})
    return by_doc


def _overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def match(gold: list[dict], pred: list[dict], lenient: bool) -> tuple[list[bool], list[bool]]:
    """Which gold rows are found and which predicted rows are right (one-to-one, same label)."""
    g_hit, p_hit = [False] * len(gold), [False] * len(pred)
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if p_hit[j] or p["label"] != g["label"]:
                continue
            if (p["start"], p["end"]) == (g["start"], g["end"]) or (lenient and _overlaps(g, p)):
                g_hit[i] = p_hit[j] = True
                break
    return g_hit, p_hit


def prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else 1.0
    r = tp_g / n_g if n_g else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(docs: list[dict], pred: dict[str, list[dict]], lenient: bool, errors: int = 0) -> dict:
    counts = {lab: [0, 0, 0, 0] for lab in LABELS}   # right predicted, predicted, found gold, gold
    missed, spurious = defaultdict(list), defaultdict(list)
    for d in docs:
        gold, rows = d["gold"], pred.get(d["doc_id"], [])
        g_hit, p_hit = match(gold, rows, lenient)
        for g, hit in zip(gold, g_hit):
            counts[g["label"]][2] += hit
            counts[g["label"]][3] += 1
            if not hit:
                missed[g["label"]].append((d["name"], g["text"], _context(d["text"], g)))
        for p, hit in zip(rows, p_hit):
            if p["label"] not in counts:
                continue
            counts[p["label"]][0] += hit
            counts[p["label"]][1] += 1
            if not hit:
                spurious[p["label"]].append((d["name"], p["text"], _context(d["text"], p)))
    out = {lab: prf(*c) + (c[3], c[1]) for lab, c in counts.items()}
    total = [sum(c[k] for c in counts.values()) for k in range(4)]
    out["all"] = prf(*total) + (total[3], total[1])
    if errors:
        for lab in LABELS:
            for kind, rows in (("missed", missed[lab]), ("spurious", spurious[lab])):
                for name, text, ctx in rows[:errors]:
                    print(f"  {lab} {kind:8} {name}: {text!r}  … {ctx}")
    return out


def _context(text: str, row: dict) -> str:
    s, e = row["start"], row["end"]
    return (text[max(0, s - 30):s] + "[" + text[s:e] + "]" + text[e:e + 30]).replace("\n", "⏎")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "benchmarks" / "entities-gold")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--model", default="auto", help="as `press-extract run --model`")
    ap.add_argument("--out", type=Path, help="keep the run here (default: a temporary folder)")
    ap.add_argument("--reuse", action="store_true", help="score an existing --out without running the pipeline")
    ap.add_argument("--errors", type=int, default=0, help="list up to N missed and spurious rows per label")
    args = ap.parse_args(argv)
    docs = load_gold(args.gold, args.shared)
    out = args.out or Path(tempfile.mkdtemp(prefix="entities-gold-"))
    if not args.reuse:
        run_pipeline(docs, out, args.model)
    pred = predicted(out)
    if any(d["mentions_only"] for d in docs):   # PER/ORG gold: other labels are not annotated, not wrong
        pred = {k: [r for r in v if r["label"] in {"PER", "ORG"}] for k, v in pred.items()}
    print(f"{len(docs)} documents, {sum(len(d['gold']) for d in docs)} gold entities ({args.gold.name}, "
          f"model {args.model})")
    for mode in ("strict", "lenient"):
        res = score(docs, pred, mode == "lenient", args.errors if mode == "strict" else 0)
        print(f"{mode:8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}")
        for lab in (*LABELS, "all"):
            p, r, f, n_g, n_p = res[lab]
            print(f"  {lab:6} {p:6.3f} {r:6.3f} {f:6.3f} {n_g:5d} {n_p:5d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
