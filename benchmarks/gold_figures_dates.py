"""Quick gold-dev check of figures and dates without the full pipeline.

    python benchmarks/gold_figures_dates.py [--gold ../shared/gold-dev] [-v]

Runs ``spacy.blank("de")`` + ``press_dates`` + ``press_figures`` over the gold
documents (``doc._.doc_date`` left empty, so the first-paragraph fallback is
exercised; no structure blocks) and scores like ``shared/tools/score.py``:
span overlap + value/unit/kind for figures, span overlap + date for dates.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from peer_harness import build_figures_dates  # noqa: E402
from pipeline.text.normalise import normalise  # noqa: E402

ROOT = Path(__file__).resolve().parents[2] / "shared"


def fig_ok(g, p):
    return (max(g["start"], p.start) < min(g["end"], p.end)
            and abs(p.value - g["value"]) <= 1e-6 * max(1.0, abs(g["value"]))
            and (p.unit or "") == (g.get("unit") or "") and p.kind == g["kind"])


def date_ok(g, p):
    return max(g["start"], p.start) < min(g["end"], p.end) and p.date == g["date"]


def match(gold, pred, ok):
    used, pairs = set(), []
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and ok(g, p):
                used.add(i)
                pairs.append((g, p))
                break
    return pairs, used


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(ROOT / "gold-dev"))
    ap.add_argument("-v", action="store_true", help="print misses and extras")
    a = ap.parse_args()
    nlp = build_figures_dates()
    tot = {"figures": [0, 0, 0], "qualifier": [0, 0], "dates": [0, 0, 0]}
    for gf in sorted(Path(a.gold).glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        text = normalise((Path(a.gold).parent / g["doc"]).read_text(encoding="utf-8"))
        doc = nlp(text)
        for table, ok in (("figures", fig_ok), ("dates", date_ok)):
            gold, pred = g[table], getattr(doc._, table)
            pairs, used = match(gold, pred, ok)
            t = tot[table]
            t[0] += len(pairs); t[1] += len(pred) - len(pairs); t[2] += len(gold) - len(pairs)
            if table == "figures":
                tot["qualifier"][0] += sum(gg.get("qualifier", "eq") == p.qualifier for gg, p in pairs)
                tot["qualifier"][1] += len(pairs)
            if a.v:
                hit = {id(gg) for gg, _ in pairs}
                for gg in gold:
                    if id(gg) not in hit:
                        print(f"  FN {gf.stem} {table}: {gg['text']!r} {gg.get('value', gg.get('date'))} {gg.get('unit','')} {gg.get('kind','')}")
                for i, p in enumerate(pred):
                    if i not in used:
                        print(f"  FP {gf.stem} {table}: {p.text!r} {getattr(p, 'value', getattr(p, 'date', ''))} {getattr(p, 'unit', '')} {getattr(p, 'kind', '')}")
                for gg, p in pairs:
                    if table == "figures" and gg.get("qualifier", "eq") != p.qualifier:
                        print(f"  Q  {gf.stem}: {p.text!r} {p.qualifier} (gold {gg.get('qualifier')})")
    for table in ("figures", "dates"):
        tp, fp, fn = tot[table]
        p, r, f = prf(tp, fp, fn)
        print(f"{table:8s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (tp {tp}, fp {fp}, fn {fn})")
    q = tot["qualifier"]
    print(f"qualifier accuracy on matched figures: {q[0]}/{q[1]}")


if __name__ == "__main__":
    main()
