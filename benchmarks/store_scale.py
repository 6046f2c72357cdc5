"""How the output folder scales with many tiny documents (issue 22).

    python benchmarks/store_scale.py                 # 20,000 records
    python benchmarks/store_scale.py --n 200000      # the target size
    python benchmarks/store_scale.py --model auto    # the bundled model (default: blank:de, see below)

Writes N tiny JSONL records (``{"id": ..., "text": "Die Firma 17 wächst um 18 Prozent."}``,
``--per-file`` records per file) into a temporary folder, then times the CLI
(``press-extract run``, one process each) on

1. the first run,
2. an unchanged re-run,
3. a re-run after appending 10 records to the last file (a feed that grows: re-read, 10 new
   documents, rows appended to the tables),
4. a re-run after adding a file of 10 records (rows appended),
5. a re-run after appending 10 records to the first file (rows in the middle: the tables are
   rendered whole from the store),

and prints each run's wall time and peak RSS, then the size of the output
folder against the size of the seven tables, and its file count. The default
model is ``blank:de`` (our components without a trained model): the numbers
are about the store and the tables, not the model, and the first run of
200,000 documents stays within minutes on a loaded machine.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.io.outputs.writer import OUTPUT_FILES  # noqa: E402


def record(i: int) -> str:
    return json.dumps({"id": f"r{i}", "text": f"Die Firma {i} wächst um {i % 90 + 1} Prozent."},
                      ensure_ascii=False) + "\n"


def write_inputs(folder: Path, n: int, per_file: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for k, start in enumerate(range(0, n, per_file)):
        p = folder / f"feed{k:05d}.jsonl"
        p.write_text("".join(record(i) for i in range(start, min(n, start + per_file))), encoding="utf-8")
        files.append(p)
    return files


def run_cli(src: Path, out: Path, model: str, workers: int) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds (user + system), peak RSS MB) of one ``press-extract run``
    (its workers included). On a machine shared with other work the CPU seconds are the number
    to compare: wall time includes the waits for a core."""
    cmd = [sys.executable, "-c", "from pipeline.cli import main; main()", "run", str(src), "--out", str(out),
           "--model", model, "-q", "--workers", str(workers)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"run failed with {os.waitstatus_to_exitcode(status)}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def load_only(model: str) -> tuple[float, float]:
    """Wall seconds of a process that only imports the pipeline and loads ``model``: the fixed cost
    every run with something to extract pays, whatever the store (the baseline of the re-runs)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", f"import pipeline.api as a; a.load({model!r})"], env=env)
    _, _, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - t0, usage.ru_utime + usage.ru_stime


def folder_size(out: Path) -> tuple[int, int]:
    """(bytes, files) of everything under ``out``."""
    total = count = 0
    for dirpath, _, files in os.walk(out):
        for f in files:
            total += os.path.getsize(os.path.join(dirpath, f))
            count += 1
    return total, count


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20_000, help="records (default 20,000)")
    ap.add_argument("--per-file", type=int, default=10_000, help="records per JSONL file")
    ap.add_argument("--model", default="blank:de")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--keep", help="work in this folder and keep it (default: a temporary one)")
    ap.add_argument("--reruns-only", action="store_true",
                    help="with --keep of an earlier run: put its inputs back, bring the tables up to date "
                         "(not timed), then time the re-runs only")
    args = ap.parse_args()
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="store-scale-"))
    src, out = base / "in", base / "out"
    (src / "zz_added.jsonl").unlink(missing_ok=True)
    files = write_inputs(src, args.n, args.per_file)
    print(f"{args.n:,} records in {len(files)} file(s), {sum(f.stat().st_size for f in files) / 1e6:.1f} MB; "
          f"model {args.model}, workers {args.workers}")
    rows = []
    if args.reruns_only:
        print(f"(tables brought up to date with the inputs in {run_cli(src, out, args.model, args.workers)[0]:.1f} s)")
    else:
        rows.append(("first run", *run_cli(src, out, args.model, args.workers)))
    rows.append(("unchanged re-run", *run_cli(src, out, args.model, args.workers)))
    with open(files[-1], "a", encoding="utf-8") as fh:     # a feed that grows: the last input
        fh.write("".join(record(args.n + 100 + i) for i in range(10)))
    rows.append((f"10 records appended to {files[-1].name} (last)", *run_cli(src, out, args.model, args.workers)))
    (src / "zz_added.jsonl").write_text("".join(record(args.n + i) for i in range(10)), encoding="utf-8")
    rows.append(("a new file of 10 records", *run_cli(src, out, args.model, args.workers)))
    with open(files[0], "a", encoding="utf-8") as fh:      # rows in the middle change: all rewritten
        fh.write("".join(record(args.n + 200 + i) for i in range(10)))
    rows.append((f"10 records appended to {files[0].name} (first)", *run_cli(src, out, args.model, args.workers)))
    base_load = load_only(args.model)
    for name, wall, cpu, rss in rows:
        print(f"{name:48s} wall {wall:8.2f} s   CPU {cpu:8.2f} s   peak RSS {rss:7.0f} MB")
    print(f"{'(baseline: import the pipeline, load the model)':48s} wall {base_load[0]:8.2f} s   "
          f"CPU {base_load[1]:8.2f} s")
    tables = sum((out / f).stat().st_size for f in OUTPUT_FILES)
    total, count = folder_size(out)
    store = total - tables
    print(f"tables {tables / 1e6:.1f} MB; output folder {total / 1e6:.1f} MB ({total / tables:.2f}x the tables; "
          f"store and lock {store / 1e6:.1f} MB); {count} files")
    print(f"peak RSS of any run: {max(r[3] for r in rows):.0f} MB "
          f"(children's maximum: {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB)")
    if not args.keep:
        import shutil

        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
