"""CPU time of each press-extract component against the model's own time, in one process.

    python benchmarks/components.py [--n 200] [--repeat 5] [--model auto]

The same sample as ``throughput.py`` (every k-th .txt of ../shared/corpus, sorted).
Rounds alternate between

* the model: ``nlp.pipe`` of the base pipeline with the components press-extract
  runs (senter/parser excluded), as in ``throughput.py``'s raw baseline;
* our components: ``press_structure`` on fresh Docs, then the model's output
  restored from ``Doc.to_bytes`` (recorded once, untimed) and the components after
  the model, each timed on its own (the text view ``press_structure`` builds is
  rebuilt untimed, so it is counted once).

The clock is this process's CPU time (``time.process_time``), so the waits of a
shared machine drop out; the best round counts. Like a worker, the process freezes
the garbage collector's view of what it holds before timing (``gc.freeze()``). Prints each component's seconds and
its share of the model's time, and the ratio the rule layer allows,
model / (model + components): the ceiling of ``throughput.py``'s "ours / raw"
(which also pays for reading files and writing the tables).
"""
from __future__ import annotations

import argparse
import gc
import importlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import CORPUS, sample  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--model", default="auto")
    ap.add_argument("--batch-size", type=int, default=16)
    args = ap.parse_args()

    import spacy
    from spacy.tokens import Doc

    ex = importlib.import_module("pipeline.api")
    from pipeline.model.document import SourceDoc
    from pipeline.text.normalise import normalise_with_warnings
    from pipeline.text.view import view

    choice = ex.resolve(args.model)
    nlp = ex.load(args.model)
    raw = spacy.load(choice.name, exclude=list(ex.REPLACED))
    texts = [normalise_with_warnings(f.read_bytes().decode("utf-8", "replace"))[0]
             for f in sample(Path(args.corpus), args.n)]
    names = nlp.pipe_names
    cut = names.index(ex.AFTER_MODEL[0]) if ex.AFTER_MODEL[0] in names else names.index(ex.AFTER_MODEL[1])
    model_part = [n for n in names[:cut] if n != "press_structure"]
    after = [(n, nlp.get_pipe(n)) for n in names[cut:]]
    structure = nlp.get_pipe("press_structure")

    def fresh():
        return [ex._make_doc(nlp, SourceDoc("", t)) for t in texts]

    # the model's output, once, untimed: every round's components start from the same Docs
    recorded = []
    for d in fresh():
        d = structure(d)
        for n in model_part:
            d = nlp.get_pipe(n)(d)
        recorded.append((d.to_bytes(), d))
    texts_of = [ex.doc_text(d) for _, d in recorded]
    # as a worker does after loading its model (engines/units.get_nlp): without it, the
    # collector's full passes over the model's and the recorded Docs' objects land in
    # whichever component happens to allocate then, and move its time by a third
    gc.freeze()

    clock = time.process_time
    times: dict[str, list[float]] = {"model (raw nlp.pipe)": [], "press_structure": []}
    times.update({n: [] for n, _ in after})
    for _ in range(args.repeat):
        t0 = clock()
        for _ in raw.pipe(texts, batch_size=args.batch_size):
            pass
        times["model (raw nlp.pipe)"].append(clock() - t0)
        docs = fresh()
        t0 = clock()
        for d in docs:
            structure(d)
        times["press_structure"].append(clock() - t0)
        docs = []
        for (blob, _), text in zip(recorded, texts_of):
            d = Doc(nlp.vocab).from_bytes(blob)
            ex.remember_text(d, text)
            view(d)   # built by press_structure in a run (timed there); its tag columns are still read lazily
            docs.append(d)
        spent = dict.fromkeys(times, 0.0)
        for d in docs:
            for n, proc in after:
                t0 = clock()
                d = proc(d)
                spent[n] += clock() - t0
        for n, _ in after:
            times[n].append(spent[n])
    model = min(times["model (raw nlp.pipe)"])
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} documents, {words} words; model {choice.label}; CPU seconds, best of {args.repeat}")
    ours = 0.0
    for name, ts in times.items():
        best = min(ts)
        if not name.startswith("model"):
            ours += best
        print(f"  {name:<22} {best:7.3f} s  {best / model:6.1%} of the model   "
              f"(runs: {' '.join(f'{t:.3f}' for t in ts)})")
    print(f"  {'components together':<22} {ours:7.3f} s  {ours / model:6.1%} of the model")
    print(f"model / (model + components): {model / (model + ours):.3f}")


if __name__ == "__main__":
    main()
