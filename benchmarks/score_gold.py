"""Run press-extract on the gold-dev documents and score them with ../shared/tools/score.py.

    python benchmarks/score_gold.py [--model auto] [--out /tmp/gold-out]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="auto")
    ap.add_argument("--out", default="/tmp/gold-out")
    args = ap.parse_args()
    gold = SHARED / "gold-dev"
    docs = [str(SHARED / json.loads(f.read_text(encoding="utf-8"))["doc"]) for f in sorted(gold.glob("*.json"))]
    subprocess.run([sys.executable, "-m", "pipeline.cli", "run", *docs, "--out", args.out,
                    "--model", args.model, "--full", "--quiet"], check=True)
    subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(gold), args.out], check=True)


if __name__ == "__main__":
    main()
