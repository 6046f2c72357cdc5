"""Throughput of `press-extract run` against raw spaCy, on a sample of ../shared/corpus.

    python benchmarks/throughput.py [--n 200] [--repeat 5] [--model auto] [--configs 2,dask,rawfull]
    python benchmarks/throughput.py --rerun     # whole corpus: first run vs unchanged re-run (CLI)

In one process, on the same documents (every k-th .txt of the corpus, sorted):

* raw: ``spacy.load`` of the same model path with the components press-extract
  runs (its senter/parser excluded, as ours sets sentences itself), ``nlp.pipe``;
  ``--configs rawfull`` adds the model with every component;
* ours, 1 worker: ``runner.run`` (read, extract, store, rebuild the seven files);
* ours, 2 workers: the same with a process pool;
* ours, Dask: the same on a 2-worker ``LocalCluster``.

The model is loaded before the clock starts in every case (pool and cluster
workers are warmed first), so the numbers compare steady-state throughput.
Each configuration runs ``--repeat`` times and its best run counts; raw and
1 worker take turns, round by round, so both see the same machine.
Peak memory is the sum of the peak RSS of this process and of its children
while the configuration runs (kernel high-water marks, no sampling thread); for
raw and 1 worker the process holds both pipelines at once. Prints words/s, documents/s, peak memory and ratios.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"

sys.path.insert(0, str(ROOT / "tools"))
from snapshot import held_out  # noqa: E402  (the evaluation-only split of a manifest, as the guard reads it)


class PeakRSS:
    """Peak memory of this process and its children while the block runs.

    Read from the kernel's per-process high-water mark (``VmHWM``), reset on
    entry through ``/proc/PID/clear_refs``: a sampling thread would take the GIL
    from the timed code every few milliseconds and slow pure-Python work more
    than the model's matrix code, which releases the GIL. The figure is the sum
    of each process's own peak (processes alive at the end of the block).
    """

    def __enter__(self):
        for proc in self._procs():
            try:
                Path(f"/proc/{proc.pid}/clear_refs").write_text("5")
            except OSError:
                pass   # not Linux, or not ours: the lifetime peak is reported instead
        return self

    @staticmethod
    def _procs() -> list:
        me = psutil.Process()
        return [me, *me.children(recursive=True)]

    @staticmethod
    def _hwm(proc) -> int:
        try:
            for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
        except OSError:
            pass
        try:
            return proc.memory_info().rss
        except psutil.Error:
            return 0

    def __exit__(self, *exc):
        self.peak = sum(self._hwm(p) for p in self._procs())


def sample(corpus: Path, n: int) -> list[Path]:
    # business_press/ and test splits are evaluation-only (../shared/corpus/README.md): never read here
    held = {d: held_out(d) or set() for d in corpus.iterdir() if d.is_dir()}
    files = sorted(p for p in corpus.rglob("*.txt")
                   if p.parent.name != "business_press" and p.name not in held.get(p.parent, ()))
    step = max(len(files) // n, 1)
    return files[::step][:n]


#: The clock of ``measure``: wall time, or with ``--cpu`` this process's CPU time.
CLOCK = time.perf_counter


def measure(configs: list, words: int, docs: int, rows: list, repeat: int) -> dict[str, list[float]]:
    """Run every (name, fn) of ``configs`` ``repeat`` times, round-robin, and record each one's best run.

    ``fn.setup``, when present, runs before each timed call, outside the clock.

    The machine is noisy: interleaving spreads slow spells over all configurations,
    and the best of several runs is the least disturbed one (as ``timeit`` advises).
    """
    times: dict[str, list[float]] = {name: [] for name, _ in configs}
    peak: dict[str, float] = {name: 0.0 for name, _ in configs}
    for _ in range(repeat):
        for name, fn in configs:
            getattr(fn, "setup", lambda: None)()   # untimed
            with PeakRSS() as mem:
                t0 = CLOCK()
                fn()
                times[name].append(CLOCK() - t0)
            peak[name] = max(peak[name], mem.peak / 2**20)
    for name, _ in configs:
        secs = min(times[name])
        rows.append((name, secs, words / secs, docs / secs, peak[name]))
        spread = " ".join(f"{t:.1f}" for t in times[name])
        print(f"  {name:<38} {secs:7.1f} s {words / secs:9.0f} words/s {docs / secs:7.1f} docs/s "
              f"{peak[name]:7.0f} MB   (runs: {spread} s)", flush=True)
    return times


def throughput(args) -> None:
    import spacy

    from pipeline.batch import runner

    from pipeline.batch.engines import local, units
    from pipeline.api import REPLACED
    from pipeline.base_model import resolve

    choice = resolve(args.model)
    files = sample(Path(args.corpus), args.n)
    tmp = Path(tempfile.mkdtemp(prefix="press-bench-"))
    src = tmp / "in"
    src.mkdir()
    texts = []
    for i, f in enumerate(files):   # a flat copy: the same bytes for every configuration
        data = f.read_bytes()
        (src / f"{i:05d}.txt").write_bytes(data)
        texts.append(data.decode("utf-8", "replace"))
    words, docs = sum(len(t.split()) for t in texts), len(texts)
    print(f"{docs} documents, {words} words, {sum(map(len, texts))} characters; model {choice.label} "
          f"({choice.name}); batch size {args.batch_size}", flush=True)
    rows: list = []

    run = set(args.configs.split(","))
    rep = args.repeat

    def ours(engine, label):
        """A run on the local engine (``engine`` None) or on ``engine``, an engine object made here."""
        out = tmp / f"out-{label}"

        def go():
            runner.run([str(src)], out, runner.RunOptions(model=choice.name, batch_size=args.batch_size),
                       engine=engine)
        go.setup = lambda: shutil.rmtree(out, ignore_errors=True)   # every repetition is a first run
        return go

    # raw and 1 worker take turns in one process, so they see the same machine
    units.warm(choice.name)
    configs = [("ours, 1 worker", ours(None, "1"))]
    if choice.name != "blank:de":
        # the baseline: the same model with the same components press-extract runs (no senter/parser)
        raw = spacy.load(choice.name, exclude=list(REPLACED))
        base = [("raw nlp.pipe (without senter/parser)",
                 lambda: [None for _ in raw.pipe(texts, batch_size=args.batch_size)])]
        if "rawfull" in run:   # every component of the model, senter included
            full = spacy.load(choice.name)
            base.append((f"raw nlp.pipe ({'+'.join(full.pipe_names)})",
                         lambda: [None for _ in full.pipe(texts, batch_size=args.batch_size)]))
        configs = base + configs
    paired = measure(configs, words, docs, rows, rep)

    if "2" in run:
        pool = local.PoolEngine(choice.name, args.batch_size, 2)
        # Two slow warm-up tasks land on two different workers: both have loaded the model before timing.
        list(pool.pool.map(_warm_slowly, [choice.name] * 2))
        measure([("ours, 2 workers (process pool)", ours(pool, "2"))], words, docs, rows, rep)
        pool.close()

    if "dask" in run:
        from pipeline.batch.engines.dask_engine import DaskEngine

        dask = DaskEngine(choice.name, args.batch_size, workers=2)   # warms every worker itself
        measure([("ours, Dask LocalCluster (2 workers)", ours(dask, "dask"))], words, docs, rows, rep)
        dask.close()

    from pipeline.io.outputs.writer import OUTPUT_FILES

    differ = [f"out-{k}/{f}" for k in ("2", "dask") if k in run for f in OUTPUT_FILES
              if (tmp / "out-1" / f).read_bytes() != (tmp / f"out-{k}" / f).read_bytes()]
    by = {r[0]: r for r in rows}
    print(f"\noutputs of every engine byte-identical to 1 worker: {not differ} {' '.join(differ)}")
    one = by["ours, 1 worker"][2]
    for name, _, wps, _, _ in rows:
        if name.startswith("raw"):
            # per round: the raw run and the 1-worker run right after it saw the same machine
            per_round = [r / o for r, o in zip(paired[name], paired["ours, 1 worker"])]
            print(f"ours 1 worker / {name}: {one / wps:.2f}x best runs, "
                  f"{statistics.median(per_round):.2f}x median of {len(per_round)} rounds "
                  f"({' '.join(f'{x:.2f}' for x in per_round)}) (target >= 0.85)")
    if "2" in run:
        print(f"2 workers / 1 worker: {by['ours, 2 workers (process pool)'][2] / one:.2f}x (target >= 1.6)")
    if "dask" in run:
        print(f"Dask (2 workers) / 1 worker: {by['ours, Dask LocalCluster (2 workers)'][2] / one:.2f}x")
    if differ:
        print(f"kept for inspection: {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)


def _warm_slowly(model: str) -> int:
    from pipeline.batch.engines.units import warm

    pid = warm(model)
    time.sleep(1.0)
    return pid


def rerun(args) -> None:
    """Whole corpus through the CLI: a first run, then a re-run on unchanged input."""
    out = Path(tempfile.mkdtemp(prefix="press-rerun-"))
    log = out.parent / f"{out.name}.log"
    cmd = ["press-extract", "run", str(args.corpus), "--out", str(out), "--model", args.model, "-q",
           "--workers", str(args.workers), "--log-file", str(log), *(["--glob", args.glob] if args.glob else [])]
    times = []
    for label in ("first run", "unchanged re-run"):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=False)
        times.append(time.perf_counter() - t0)
        print(f"{label}: {times[-1]:.1f} s   ({' '.join(cmd)})", flush=True)
    n = len((out / "dataset.jsonl").read_text(encoding="utf-8").splitlines())
    print(f"{n} documents in the tables; unchanged re-run is {times[0] / times[1]:.0f}x faster (target >= 50)")
    for line in log.read_text(encoding="utf-8").splitlines():
        if "memory of" in line or "processed" in line or "nothing new" in line:
            print("  log:", line)
    shutil.rmtree(out, ignore_errors=True)
    log.unlink()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--n", type=int, default=200, help="documents in the sample")
    ap.add_argument("--model", default="auto")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--repeat", type=int, default=5, help="runs of each configuration; the best one counts")
    ap.add_argument("--configs", default="2,dask",
                    help="which to measure besides raw and '1' (always): 2 (process pool), dask, "
                         "rawfull (the model with every component, senter included)")
    ap.add_argument("--cpu", action="store_true",
                    help="time this process's CPU (time.process_time) instead of the wall clock: "
                         "steadier on a shared machine; leaves out I/O waits and worker processes "
                         "(only raw and 1 worker)")
    ap.add_argument("--rerun", action="store_true", help="measure first run vs unchanged re-run instead")
    ap.add_argument("--workers", type=int, default=2, help="workers of the --rerun runs")
    ap.add_argument("--glob", default="*.txt", help="--glob of the --rerun runs ('' for every file)")
    args = ap.parse_args()
    if not Path(args.corpus).is_dir():
        sys.exit(f"corpus not found: {args.corpus}")
    if args.cpu:
        global CLOCK
        CLOCK = time.process_time
        args.configs = ""     # worker processes' CPU is not this process's
    rerun(args) if args.rerun else throughput(args)


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    main()
