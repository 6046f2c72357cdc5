"""Roles against the DFKI SmartData corpus v1, **train** split only: its
``OrganizationLeadership`` relations (person, organisation, position).

    python benchmarks/roles_smartdata.py [--shared ../shared] [--model auto] [--show]

Runs the pipeline on the train documents that have such relations and prints
person+org and person+role P/R/F1, matched like ``tools/score.py``: the row's
span overlaps the relation's span (the smallest span over its three arguments),
person and organisation/role compared after the contract's normalisation
(case, articles, punctuation), one containing the other.

- SmartData's *position* is compared with our ``role``: it is the title as
  written (``Geschäftsführer``, ``Chef`` of ``Thyssenkrupp-Chef``), so ours, which
  keeps modifiers (``neuer Geschäftsführer``), contains it.
- The gold does not cover every person: precision counts only the predicted rows
  whose person is the person of some relation of that document.
- The test split (``test.json.gz``) is evaluation-only and is never opened.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.roles_gold import build  # noqa: E402
from pipeline.text.normalise import normalise  # noqa: E402

TRAIN = "data/train/ner/smartdata/v1_20180119/train.json.gz"
ARTICLES = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen"}


def objects(path: Path):
    """The concatenated JSON objects of the file."""
    if path.name.startswith("test"):
        raise SystemExit("the SmartData test split is evaluation-only")
    s = gzip.open(path, "rt", encoding="utf-8").read()
    dec, i = json.JSONDecoder(), 0
    while i < len(s):
        while i < len(s) and s[i].isspace():
            i += 1
        if i >= len(s):
            break
        o, i = dec.raw_decode(s, i)
        yield o


def norm(s: str) -> str:
    """The contract scorer's normalisation: case, spaces, edge punctuation, leading articles."""
    import re
    import unicodedata
    s = unicodedata.normalize("NFC", s or "").casefold()
    s = re.sub(r"\s+", " ", s).strip(" ,.;:()\"'„“”")
    words = s.split(" ")
    while words and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


def same(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    return bool(a and b) and (a == b or a in b or b in a)


def gold_docs(shared: Path):
    """(normalised text, relations) for every train document with a leadership relation;
    a relation is a dict of person/organization/position strings and its span in the
    normalised text."""
    for d in objects(shared / TRAIN):
        rels = [r for r in ((d.get("relationMentions") or {}).get("array") or [])
                if r.get("name") == "OrganizationLeadership"]
        if not rels:
            continue
        raw = d["text"]["string"]
        text = normalise(raw)
        at = (lambda k: len(normalise(raw[:k]))) if len(text) != len(raw) else (lambda k: k)
        out = []
        for r in rels:
            args = {a["role"]: a["conceptMention"]["span"] for a in r["args"]["array"]}
            if not {"person", "organization", "position"} <= set(args):
                continue
            rel = {k: raw[v["start"]:v["end"]] for k, v in args.items()}
            rel["start"] = at(min(v["start"] for v in args.values()))
            rel["end"] = at(max(v["end"] for v in args.values()))
            out.append(rel)
        if out:
            yield d.get("id", ""), text, out


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def row(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (tp {self.tp}, fp {self.fp}, fn {self.fn})"


def score(gold, pred, field: str, gkey: str, tally: Tally, show, did) -> None:
    """Greedy one-to-one matching of the gold relations and the predicted rows with a ``field``."""
    cands = [p for p in pred if getattr(p, field).strip() and any(same(p.person, g["person"]) for g in gold)]
    used = set()
    for g in gold:
        hit = next((i for i, p in enumerate(cands) if i not in used and max(g["start"], p.start) < min(g["end"], p.end)
                    and same(p.person, g["person"]) and same(getattr(p, field), g[gkey])), None)
        if hit is None:
            tally.fn += 1
            show(f"FN {field:12s} {did[:70]}\t{g['person']!r} / {g[gkey]!r}")
        else:
            used.add(hit)
            tally.tp += 1
    for i, p in enumerate(cands):
        if i not in used:
            tally.fp += 1
            show(f"FP {field:12s} {did[:70]}\t{p.person!r} / {getattr(p, field)!r}  [{p.text!r}]")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--model", default="auto")
    ap.add_argument("--show", action="store_true", help="print the misses (FN) and the extra rows (FP)")
    a = ap.parse_args()
    nlp = build(a.model)
    show = print if a.show else (lambda *_: None)
    docs = list(gold_docs(Path(a.shared)))
    t_org, t_role = Tally(), Tally()
    n_rel = 0
    for (did, _text, gold), doc in zip(docs, nlp.pipe(text for _, text, _ in docs)):
        pred = doc._.roles or []
        n_rel += len(gold)
        score(gold, pred, "organization", "organization", t_org, show, did)
        score(gold, pred, "role", "position", t_role, show, did)
    print(f"SmartData v1 train: {len(docs)} documents, {n_rel} OrganizationLeadership relations")
    print(f"roles_person_role    {t_role.row()}")
    print(f"roles_person_org     {t_org.row()}")


if __name__ == "__main__":
    main()
