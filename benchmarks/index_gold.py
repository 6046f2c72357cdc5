"""Cross-document identity against the index dev gold (issue 25).

    python benchmarks/index_gold.py [--gold benchmarks/index-gold] [--shared ../shared] [--out DIR]
    python benchmarks/index_gold.py --out DIR --reuse [--misses]    # re-score after an index change


Runs the pipeline on the gold's documents (business_press_dev, and wikinews_de_quotes
*train* documents with their manifest dates), builds the index over the output folder and
prints, per corpus and label, pairwise P/R/F1 over pairs of gold mentions in different
documents (same gold identity ↔ same ``global_id``) and B-cubed, for the index and for a
plain case-folded-name baseline. A gold mention takes the id of the predicted PER/ORG
mention that overlaps it most; a gold mention without one is a singleton.

``--reuse`` skips the pipeline run: the index is always rebuilt in memory from the stored
tables of ``--out`` with the current index code (seconds), so it re-scores an index change.
``--misses`` lists the missed cross-document pairs by gold identity and why: ``ner`` (no
PER/ORG mention overlaps one side), ``label`` (a mention of the other label), ``index``.
"""
from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.index.build import build_index, read_folder  # noqa: E402
from pipeline.text.normalise import doc_id, normalise  # noqa: E402


def load_gold(folder: Path, shared: Path) -> list[dict]:
    manifests: dict[str, dict] = {}
    docs = []
    for path in sorted(folder.glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        src = shared / g["doc"]
        corpus = src.parent.name
        if corpus not in manifests:
            m = src.parent / "manifest.tsv"
            manifests[corpus] = ({r["file"]: r for r in csv.DictReader(m.open(encoding="utf-8"), delimiter="\t")}
                                 if m.exists() else {})
        row = manifests[corpus].get(src.name, {})
        if row.get("split") == "test":   # evaluation-only: never scored here
            continue
        text = normalise(src.read_text(encoding="utf-8"))
        docs.append({"corpus": corpus, "file": src.name, "text": text, "doc_id": doc_id(text),
                     "date": row.get("date", ""), "mentions": g["mentions"]})
    return docs


def run_pipeline(docs: list[dict], out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        inp = Path(tmp) / "gold.jsonl"
        with inp.open("w", encoding="utf-8") as fh:
            for d in docs:
                rec = {"id": f"{d['corpus']}/{d['file']}", "text": d["text"]}
                if d["date"]:
                    rec["date"] = d["date"]
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        subprocess.run([sys.executable, "-m", "pipeline.cli", "run", str(inp), "--out", str(out), "--full", "-q"],
                       check=True, cwd=ROOT)


def predicted_ids(docs, entities, ids_of) -> dict[tuple, str]:
    """(doc index, mention index) → predicted id of the best-overlapping PER/ORG mention."""
    by_doc = defaultdict(list)
    for r in entities:
        by_doc[r["doc_id"]].append(r)
    out = {}
    for i, d in enumerate(docs):
        for j, m in enumerate(d["mentions"]):
            best, best_overlap = None, 0
            for r in by_doc.get(d["doc_id"], ()):
                s, e = int(r["start"]), int(r["start"]) + len(r["text"])
                overlap = min(e, m["end"]) - max(s, m["start"])
                if overlap > best_overlap:
                    best, best_overlap = r, overlap
            gid = ids_of(best) if best is not None else ""
            out[(i, j)] = gid or f"unmatched-{i}-{j}"
    return out


def _cross_pairs(members: list[int]) -> int:
    """Pairs of mentions in different documents: C(n,2) minus the pairs inside one document."""
    n = len(members)
    return n * (n - 1) // 2 - sum(k * (k - 1) // 2 for k in Counter(members).values())


def scores(items: list[tuple[int, str, str]]) -> dict:
    """items: (document, gold identity, predicted id) per gold mention."""
    gold, pred, both = defaultdict(list), defaultdict(list), defaultdict(list)
    for doc, g, p in items:
        gold[g].append(doc)
        pred[p].append(doc)
        both[(g, p)].append(doc)
    tp = sum(_cross_pairs(v) for v in both.values())
    gp = sum(_cross_pairs(v) for v in gold.values())
    pp = sum(_cross_pairs(v) for v in pred.values())
    p = tp / pp if pp else 1.0
    r = tp / gp if gp else 1.0
    g_size = {g: len(v) for g, v in gold.items()}
    p_size = {k: len(v) for k, v in pred.items()}
    cell = {k: len(v) for k, v in both.items()}
    n = len(items) or 1
    b3p = sum(cell[(g, q)] / p_size[q] for _, g, q in items) / n
    b3r = sum(cell[(g, q)] / g_size[g] for _, g, q in items) / n
    f = lambda a, b: 2 * a * b / (a + b) if a + b else 0.0  # noqa: E731
    return {"P": p, "R": r, "F1": f(p, r), "B3-P": b3p, "B3-R": b3r, "B3-F1": f(b3p, b3r),
            "pairs": gp, "mentions": len(items)}


def _mention_rows(docs, entities, ids_of) -> list[dict]:
    """Per gold mention: its document, gold identity and label, the predicted mention's text
    and label, and its id."""
    by_doc = defaultdict(list)
    for r in entities:
        by_doc[r["doc_id"]].append(r)
    rows = []
    for i, d in enumerate(docs):
        for j, m in enumerate(d["mentions"]):
            best = max(by_doc.get(d["doc_id"], ()), default=None,
                       key=lambda r: min(int(r["start"]) + len(r["text"]), m["end"]) - max(int(r["start"]), m["start"]))
            if best is not None and min(int(best["start"]) + len(best["text"]), m["end"]) <= max(int(best["start"]), m["start"]):
                best = None
            rows.append({"doc": i, "file": d["file"], "gold": m["identity"], "label": m["label"], "text": m["text"],
                         "pred": best["text"] if best else "", "pred_label": best["label"] if best else "",
                         "id": (ids_of(best) if best else "") or f"unmatched-{i}-{j}"})
    return rows


def print_misses(docs, entities, ids_of) -> None:
    """The missed pairs (same gold identity, different ids, different documents), counted by
    gold identity, cause and the two predicted forms."""
    rows = _mention_rows(docs, entities, ids_of)
    cause = lambda r: ("ner" if r["pred_label"] not in ("PER", "ORG") else  # noqa: E731
                       "label" if r["pred_label"] != r["label"] else "index")
    missed = Counter()
    for a_i, a in enumerate(rows):
        for b in rows[a_i + 1:]:
            if a["doc"] != b["doc"] and a["gold"] == b["gold"] and a["id"] != b["id"]:
                sides = sorted((f"{cause(a)}:{a['text']}->{a['pred'] or '-'}", f"{cause(b)}:{b['text']}->{b['pred'] or '-'}"))
                kind = "index" if cause(a) == cause(b) == "index" else "ner" if "ner" in (cause(a), cause(b)) else "label"
                missed[(a["label"], kind, a["gold"], *sides)] += 1
    totals = Counter()
    for (label, kind, *_), n in missed.items():
        totals[(label, kind)] += n
    print("missed pairs by cause:", ", ".join(f"{l} {k} {n}" for (l, k), n in sorted(totals.items())))
    for (label, kind, gold, a, b), n in missed.most_common():
        print(f"{n:6d} {label} {kind:5} {gold:32} {a} | {b}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "benchmarks" / "index-gold")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, help="keep the run here (default: a temporary folder)")
    ap.add_argument("--reuse", action="store_true",
                    help="score an existing --out without running the pipeline (the index is rebuilt from its tables)")
    ap.add_argument("--misses", action="store_true", help="list the missed cross-document pairs of the index")
    args = ap.parse_args(argv)
    docs = load_gold(args.gold, args.shared)
    out = args.out or Path(tempfile.mkdtemp(prefix="index-gold-"))
    if not args.reuse:
        run_pipeline(docs, out)
    entities, roles, dates = read_folder(out)
    index = build_index(entities, roles, dates)
    systems = {
        # as entities.csv's ``global_id``: PER and ORG rows only
        "index": lambda r: index.ids.get((r["doc_id"], r["entity"] or f"#{r['start']}"), "")
        if r["label"] in ("PER", "ORG") else "",
        "baseline": lambda r: r["label"] + ":" + (r["canonical"] or r["text"]).casefold(),
    }
    print(f"{len(docs)} documents, {sum(len(d['mentions']) for d in docs)} gold mentions; run in {out}")
    print(f"{'system':9} {'corpus':20} {'label':5} {'pairs':>7} {'P':>6} {'R':>6} {'F1':>6}   {'B3-P':>6} {'B3-R':>6} {'B3-F1':>6}")
    for name, ids_of in systems.items():
        pred = predicted_ids(docs, entities, ids_of)
        for corpus in sorted({d["corpus"] for d in docs}) + ["all"]:
            for label in ("PER", "ORG"):
                items = [(i, m["identity"], pred[(i, j)]) for i, d in enumerate(docs) if corpus in ("all", d["corpus"])
                         for j, m in enumerate(d["mentions"]) if m["label"] == label]
                s = scores(items)
                print(f"{name:9} {corpus:20} {label:5} {s['pairs']:7d} {s['P']:6.3f} {s['R']:6.3f} {s['F1']:6.3f}"
                      f"   {s['B3-P']:6.3f} {s['B3-R']:6.3f} {s['B3-F1']:6.3f}")
    if args.misses:
        print_misses(docs, entities, systems["index"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
