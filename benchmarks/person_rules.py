"""Which person rules does a model still need? Each rule of ``press_persons`` switched off in turn.

    python benchmarks/person_rules.py [--model auto] [--n 200] [--rules a,b]

For the base model given, on the sample of ``throughput.py`` (every k-th .txt of
../shared/corpus) and on both dev golds (``../shared/gold-dev``, the corporate
``benchmarks/gold-business-dev``), prints per rule:

* how many sample documents get other PER entities without the rule, and how
  many PER spans differ (added or lost): how often the rule fires on this model;
* person+role F1 of ``../shared/tools/score.py`` on each gold without the rule
  (the baseline row has every rule on).

A rule the better model no longer needs fires rarely and costs no F1 when off.
"""
from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from roles_gold import write_roles  # noqa: E402
from throughput import CORPUS, sample  # noqa: E402

SHARED = ROOT.parent / "shared"
GOLDS = {"gold-dev": SHARED / "gold-dev", "corporate dev": ROOT / "benchmarks" / "gold-business-dev"}

#: rule -> (module of pipeline.components.persons that looks the rule up, its attribute there,
#: what it returns when switched off)
ABLATIONS = {
    "_not_a_person": ("relabel", "_not_a_person", lambda *a, **k: None),
    "_name_after_org_word": ("relabel", "_name_after_org_word", lambda *a, **k: None),
    "_grow_right": ("grow", "_grow_right", lambda doc, spans, owner, n, s, e, skip: (e, False)),
    "_grow_left": ("grow", "_grow_left", lambda doc, owner, s, e: (s, False)),
    "_grow": ("relabel", "_grow", lambda doc, s, e: (s, e)),
    "_trim_start": ("trim", "_trim_start", lambda doc, s, e: s),
    "_trim_end": ("trim", "_trim_end", lambda doc, s, e: e),
    "_NO_NAME": ("trim", "_NO_NAME", ()),
    "_repeated_surname": ("add", "_repeated_surname", lambda *a, **k: None),
    "_name_in_slot": ("add", "_name_in_slot", lambda *a, **k: None),
    "_coordinated_name": ("add", "_coordinated_name", lambda *a, **k: None),
    "_first_name_in_slot": ("add", "_first_name_in_slot", lambda *a, **k: None),
    "_function_word_name": ("add", "_function_word_name", lambda *a, **k: None),
}


def _patch(stack: ExitStack, module: str, name: str, value) -> None:
    owner = importlib.import_module(f"pipeline.components.persons.{module}")
    stack.enter_context(mock.patch.object(owner, name, value))


def _pers(doc) -> set:
    return {(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"}


def _gold_f1(nlp, gold: Path, out: Path) -> float:
    write_roles(nlp, gold, SHARED, out)
    res = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(gold), str(out),
                          "--corpus", str(SHARED), "--json"], capture_output=True, text=True, check=True)
    return _person_role_f1(json.loads(res.stdout))


def _person_role_f1(score: dict) -> float:
    """The person+role F1 in score.py's JSON (searched by key, whatever the nesting)."""
    stack = [score]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for k, v in node.items():
                if "role" in k.lower() and "person" in k.lower() and isinstance(v, dict) and "f1" in v:
                    return float(v["f1"])
                stack.append(v)
        elif isinstance(node, list):
            stack.extend(node)
    raise KeyError("no person+role F1 in score.py's output")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="auto")
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--rules", default="", help="comma-separated subset of the rules")
    args = ap.parse_args()
    import pipeline

    nlp = pipeline.load(args.model)
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in sample(CORPUS, args.n)]
    tmp = Path(tempfile.mkdtemp(prefix="press-person-rules-"))
    base = [_pers(d) for d in nlp.pipe(texts)]
    base_f1 = {g: _gold_f1(nlp, p, tmp / f"base-{i}") for i, (g, p) in enumerate(GOLDS.items())}
    print(f"model {nlp.meta.get('press_extract', {}).get('model')}; {len(texts)} sample documents, "
          f"{sum(map(len, base))} PER spans; person+role F1 with every rule: "
          + ", ".join(f"{g} {f:.3f}" for g, f in base_f1.items()))
    print(f"{'rule off':<24} {'docs moved':>10} {'PER spans':>10}  " + "  ".join(f"{g:>14}" for g in GOLDS))
    rules = [r for r in ABLATIONS if not args.rules or r in args.rules.split(",")]
    for rule in rules:
        with ExitStack() as stack:
            _patch(stack, *ABLATIONS[rule])
            now = [_pers(d) for d in nlp.pipe(texts)]
            f1 = {g: _gold_f1(nlp, p, tmp / f"{rule}-{i}") for i, (g, p) in enumerate(GOLDS.items())}
        moved = sum(a != b for a, b in zip(base, now))
        spans = sum(len(a ^ b) for a, b in zip(base, now))
        print(f"{rule:<24} {moved:>10} {spans:>10}  " + "  ".join(f"{f1[g]:>14.3f}" for g in GOLDS), flush=True)


if __name__ == "__main__":
    main()
