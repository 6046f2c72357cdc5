"""Does an entity ruler built from ``../shared/data/lexicons`` help the bundled NER?

    python benchmarks/lexicon_ruler.py [--model pipeline/data/de_press_core]

Adds spaCy's built-in ``entity_ruler`` after ``ner`` (``overwrite_ents=False``:
it only labels tokens the model left without an entity) with patterns from
the lexicons, one variant at a time, and prints entity F1 on the selection dev
set of the training recipes (the held-out 10 % of GermEval 2014 dev, UNER
German-PUD and the plenary protocols, built as ``convert.build_corpora``
builds it; never anything under ``data/eval``):

* ``countries+towns`` -> LOC: every country name, and the towns whose
  lower-case form is not a common German word (``Essen``, ``Hof``);
* ``first+surname`` -> PER: a first name followed by a surname, both not
  common words;
* ``companies`` -> ORG: the multi-word company names (OSM shop names, e.g.
  ``Buchhandlung Schütze``).

The GermEval train split is not scored: its masked entity tokens were filled
*from* these lexicons (``masks.py``), so every filled name is a lexicon hit.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"


def _lines(name: str) -> list:
    from pipeline.training.masks import _read_lines

    return _read_lines(DATA / "lexicons" / name)


def variants() -> dict:
    """Pattern lists per variant."""
    from pipeline.training.vectors import lookups_tables

    prob = lookups_tables()[1]

    def word(w: str) -> bool:     # a common German word in its own right
        return prob.get(w.lower(), -100.0) > -13.0

    loc = [{"label": "LOC", "pattern": w} for w in _lines("laendernamen.list")]
    loc += [{"label": "LOC", "pattern": w} for w in _lines("stadtnamen.list") if not word(w)]
    first = _lines("germaner_vornamen.txt")
    first = [w for w in first if w[:1].isupper() and not word(w)]
    surnames = [w for w in _lines("personennamen.list") if w[:1].isupper() and not word(w)]
    per = [{"label": "PER", "pattern": [{"ORTH": {"IN": first}}, {"ORTH": {"IN": surnames}}]}]
    org = [{"label": "ORG", "pattern": w} for w in _lines("firmennamen.list") if " " in w]
    return {"none": [], "countries+towns": loc, "first+surname": per, "companies": org,
            "all three": loc + per + org}


def dev_docs(nlp, work: Path) -> list:
    from spacy.tokens import DocBin

    from pipeline.training.convert import DEFAULT_MIX, DEV_SOURCES, build_corpora

    # each source has its own random stream: the dev slices do not depend on the rest of the mix
    build_corpora(DATA, work, mix={k: DEFAULT_MIX[k] for k in DEV_SOURCES}, seed=0)
    return list(DocBin().from_disk(work / "ner-dev.spacy").get_docs(nlp.vocab))


def score(nlp, gold: list) -> dict:
    from spacy.scorer import Scorer
    from spacy.tokens import Doc
    from spacy.training import Example

    exs = [Example(nlp(Doc(nlp.vocab, words=[t.text for t in g])), g) for g in gold]
    s = Scorer.score_spans(exs, "ents")
    return {"f": round(s["ents_f"], 4), "p": round(s["ents_p"], 4), "r": round(s["ents_r"], 4),
            **{k: round(v["f"], 4) for k, v in sorted(s["ents_per_type"].items())}}


def main() -> None:
    import spacy

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default=str(ROOT / "pipeline" / "data" / "de_press_core"))
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        gold = dev_docs(spacy.blank("de"), Path(tmp))
    print(f"{'variant':<16} {'patterns':>8}  F1 (P / R)  per label")
    for name, patterns in variants().items():
        nlp = spacy.load(a.model)
        if patterns:
            nlp.add_pipe("entity_ruler", after="ner", config={"overwrite_ents": False}).add_patterns(patterns)
        s = score(nlp, gold)
        labels = " ".join(f"{k} {v:.3f}" for k, v in s.items() if k not in ("f", "p", "r"))
        print(f"{name:<16} {len(patterns):>8}  {s['f']:.4f} ({s['p']:.3f} / {s['r']:.3f})  {labels}", flush=True)


if __name__ == "__main__":
    main()
