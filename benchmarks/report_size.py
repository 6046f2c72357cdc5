"""Size of ``press-extract report`` on N development documents of ``../shared/corpus`` (issue 26).

    PYTHONPATH=. python benchmarks/report_size.py [--n 300] [--out /tmp/report-300] [--keep]

Samples N ``.txt`` files the way ``benchmarks/throughput.py`` does (never
``business_press/`` nor a manifest's test split), runs the pipeline on them
(``--model``, default auto) into ``OUT/data``, writes the report into
``OUT/data/report`` and prints its size: the whole folder, the index, the
largest and the median document page, the shared assets. With ``--before
REPO`` the report module of another checkout (``/work/main``) writes into
``OUT/data/report-before`` from the same dataset, for a before/after line.

Measured (issue 26, 300 documents, bundled de_press_core-0.3.0): 2.53 MB in 303
files (index 268 kB, pages median 6.4 kB, largest 24.2 kB, assets 9.8 kB);
the report before issue 26 on the same dataset: 7.81 MB in 301 files.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from throughput import CORPUS, sample  # noqa: E402


def folder_size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--out", default="/tmp/report-size")
    ap.add_argument("--model", default="auto")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--before", help="another checkout whose report module writes report-before/")
    args = ap.parse_args()
    from pipeline.batch.runner import RunOptions, run
    from pipeline.io.outputs.report import write_report

    files = sample(CORPUS, args.n)
    data = Path(args.out) / "data"
    summary = run([str(f) for f in files], data, RunOptions(model=args.model, workers=args.workers))
    print(f"documents: {len(files)} files, {summary.line()}")
    index = write_report(data)
    total, n_files = folder_size(index.parent)
    pages = sorted(p.stat().st_size for p in (index.parent / "doc").glob("*.html"))
    assets, _ = folder_size(index.parent / "assets")
    print(f"report: {total / 1e6:.2f} MB in {n_files} files; index {index.stat().st_size / 1e3:.0f} kB; "
          f"document pages median {statistics.median(pages) / 1e3:.1f} kB, largest {pages[-1] / 1e3:.1f} kB; "
          f"assets {assets / 1e3:.1f} kB")
    if args.before:
        target = data / "report-before"
        subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; "
                        "from pipeline.io.outputs.report import write_report; "
                        "write_report(Path(sys.argv[1]), Path(sys.argv[2]))", str(data), str(target)],
                       env={"PYTHONPATH": args.before, "PATH": "/usr/bin:/bin"}, cwd=args.before, check=True)
        before, n_before = folder_size(target)
        print(f"before ({args.before}): {before / 1e6:.2f} MB in {n_before} files")


if __name__ == "__main__":
    main()
