"""Pass rate per peer suite file (``shared/peer-tests``) for figures and dates.

``rate`` counts every case; ``adjusted`` leaves out the cases where our
contract deliberately differs (``tools/peer_harness.py: DELIBERATE``,
``docs/peer-tests.md``); a deliberate case never counts as a pass.

    python benchmarks/peer_tests.py [-v]      # -v also lists failed case ids
    python benchmarks/peer_tests.py --markdown   # the table of docs/peer-tests.md
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
from peer_harness import run_suites  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--markdown", action="store_true", help="print the table for docs/peer-tests.md")
    a = ap.parse_args()
    res = run_suites()
    if a.markdown:
        print("| suite | cases | pass | rate | deliberate | adjusted |\n|---|---:|---:|---:|---:|---:|")
        for name, r in res.items():
            print(f"| {name} | {r['n']} | {r['passed']} | {r['rate']:.1%} | {r['n_deliberate']} | "
                  f"{r['adjusted']:.1%} |")
        return
    print(f"{'suite':42s} {'cases':>5s} {'pass':>5s} {'rate':>7s} {'deliberate':>10s} {'adjusted':>8s}")
    for name, r in res.items():
        print(f"{name:42s} {r['n']:5d} {r['passed']:5d} {r['rate']:7.1%} {r['n_deliberate']:10d} "
              f"{r['adjusted']:8.1%}")
        if a.v and r["failed"]:
            print("    failed:", " ".join(r["failed"]))


if __name__ == "__main__":
    main()
