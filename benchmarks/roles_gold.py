"""Fast roles loop: run the pipeline on the gold-dev documents only and write
``roles.csv`` + ``documents.csv`` in the contract's format for ``score.py``.

    python benchmarks/roles_gold.py [--model PATH] [--out DIR]
    python ../shared/tools/score.py ../shared/gold-dev DIR
    python benchmarks/roles_gold.py --gold benchmarks/gold-business-dev --out DIR2   # corporate dev gold
    python ../shared/tools/score.py benchmarks/gold-business-dev DIR2 --corpus ../shared

Uses ``pipeline.load()`` when it can, else the model with our two components.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.model.document import Role, columns  # noqa: E402
from pipeline.text.normalise import doc_id, normalise  # noqa: E402


def build(model: str, minimal: bool = False):
    import spacy
    if minimal:  # only our two components on the model (or blank:de): no lead components
        import pipeline.components.persons, pipeline.components.roles  # noqa: F401,E401
        nlp = spacy.blank("de") if model == "blank:de" else spacy.load(
            ROOT / "pipeline/data/de_press_core" if model == "auto" else model)
        nlp.add_pipe("press_persons", after="ner" if "ner" in nlp.pipe_names else None)
        nlp.add_pipe("press_roles")
        return nlp
    try:
        import pipeline
        return pipeline.load(model)
    except Exception as exc:  # the lead's loader not there yet: minimal pipeline
        print(f"pipeline.load failed ({exc}); using model + press_persons + press_roles", file=sys.stderr)
        import pipeline.components.persons, pipeline.components.roles  # noqa: F401,E401
        nlp = spacy.load(model if model != "auto" else ROOT / "pipeline/data/de_press_core")
        nlp.add_pipe("press_persons", after="ner")
        nlp.add_pipe("press_roles")
        return nlp


def write_roles(nlp, gold: Path, shared: Path, out: Path, show: bool = False) -> Path:
    """``roles.csv`` and ``documents.csv`` of ``nlp`` over the documents of the gold folder."""
    out.mkdir(parents=True, exist_ok=True)
    cols = columns(Role)
    with (out / "roles.csv").open("w", encoding="utf-8", newline="") as fr, \
            (out / "documents.csv").open("w", encoding="utf-8", newline="") as fd:
        wr = csv.DictWriter(fr, fieldnames=cols, lineterminator="\n")
        wd = csv.DictWriter(fd, fieldnames=["doc_id", "source", "n_roles"], lineterminator="\n")
        wr.writeheader()
        wd.writeheader()
        for gf in sorted(gold.glob("*.json")):
            g = json.loads(gf.read_text(encoding="utf-8"))
            text = normalise((shared / g["doc"]).read_text(encoding="utf-8"))
            did = doc_id(text)
            roles = nlp(text)._.roles or []
            wd.writerow({"doc_id": did, "source": g["doc"], "n_roles": len(roles)})
            for r in roles:
                wr.writerow({**{c: getattr(r, c) for c in cols}, "doc_id": did})
                if show:
                    print(f"{g['doc']}\t{r.person}\t{r.honorific}\t{r.role}\t{r.organization}")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(ROOT.parent / "shared" / "gold-dev"))
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="folder the gold's doc paths are relative to")
    ap.add_argument("--model", default="auto")
    ap.add_argument("--out", default="/tmp/roles-gold-out")
    ap.add_argument("--show", action="store_true", help="print predicted rows")
    ap.add_argument("--minimal", action="store_true", help="model + press_persons + press_roles only")
    a = ap.parse_args()
    nlp = build(a.model, a.minimal)
    out = write_roles(nlp, Path(a.gold), Path(a.shared), Path(a.out), show=a.show)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
