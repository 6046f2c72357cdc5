"""Refactoring guard: a hash of every document's rows over the development corpus.

    python tools/snapshot.py record            # writes tools/snapshot.json
    python tools/snapshot.py check             # lists the documents whose rows moved

It runs ``press-extract run`` (``--full``) over ``../shared/seeds`` and every folder
of ``../shared/corpus`` except the evaluation-only ``business_press/``, then hashes
each document's rows table by table.  A folder whose ``manifest.tsv`` has a ``split``
column (``wikinews_de_quotes/``) gives only its non-test documents: the ``test`` split
is evaluation-only, and its annotation files are no documents.  Only the columns recorded in the snapshot
are hashed, so a change that *adds* a column (a new contract version) does not
move it; a change of any recorded value does.  ``pipeline_version`` is left out.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SNAPSHOT = ROOT / "tools" / "snapshot.json"
TABLES = ("sentences", "entities", "roles", "figures", "dates", "quotes")
#: The digest of a table without rows (what a table the old snapshot did not have counts as).
EMPTY = hashlib.sha256(b"[]").hexdigest()[:16]
#: Never read while developing (see ../shared/corpus/README.md).
EVALUATION_ONLY = ("business_press",)
#: Splits of a manifest that are evaluation-only.
EVALUATION_SPLITS = ("test",)
IGNORED = ("pipeline_version", "source")  # source is the key, made relative


def held_out(folder: Path) -> set[str] | None:
    """The names of the files that a folder's manifest puts in an evaluation-only split; None
    when the folder has no manifest with a ``split`` column (the whole folder is development)."""
    manifest = folder / "manifest.tsv"
    if not manifest.is_file():
        return None
    rows = [line.split("\t") for line in manifest.read_text(encoding="utf-8").splitlines()]
    if not rows or "split" not in rows[0]:
        return None
    f, s = rows[0].index("file"), rows[0].index("split")
    return {r[f] for r in rows[1:] if len(r) > s and r[s] in EVALUATION_SPLITS}


def inputs(shared: Path) -> list[str]:
    corpus = shared / "corpus"
    out = [str(shared / "seeds")]
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir() and p.name not in EVALUATION_ONLY):
        held = held_out(folder)
        out.extend([str(folder)] if held is None else
                   [str(p) for p in sorted(folder.glob("*.txt")) if p.name not in held])
    return out


def run_pipeline(shared: Path, out: Path, workers: int) -> Path:
    cmd = [sys.executable, "-m", "pipeline.cli", "run", *inputs(shared), "--out", str(out),
           "--full", "--quiet", "--workers", str(workers)]
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    subprocess.run(cmd, check=True, cwd=ROOT, env=env)
    return out / "dataset.jsonl"


def _digest(rows: list[dict], cols: list[str]) -> str:
    blob = json.dumps([[r.get(c) for c in cols] for r in rows], ensure_ascii=False, sort_keys=False)
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _key(source: str, shared: Path) -> str:
    """The source relative to ``shared`` (the snapshot must not depend on where the clone is)."""
    path, sep, line = source.partition("#")
    try:
        path = Path(path).resolve().relative_to(shared.resolve()).as_posix()
    except ValueError:
        pass
    return path + sep + line


def hash_dataset(jsonl: Path, columns: dict[str, list[str]], shared: Path = SHARED) -> dict:
    """``{"columns": {table: [...]}, "docs": {source: {table: digest}}}``."""
    docs: dict[str, dict[str, str]] = {}
    with open(jsonl, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            entry = {"documents": _digest([rec], columns["documents"])}
            for t in TABLES:
                entry[t] = _digest(rec.get(t) or [], columns.get(t, []))
            docs[_key(rec["source"], shared)] = entry
    return {"columns": columns, "docs": docs}


def _complete_columns(jsonl: Path) -> dict[str, list[str]]:
    """Column lists from the first document that has rows in each table."""
    cols: dict[str, list[str]] = {}
    with open(jsonl, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if "documents" not in cols:
                cols["documents"] = [k for k in rec if k not in TABLES and k not in IGNORED and k != "text"]
            for t in TABLES:
                if t not in cols and rec.get(t):
                    cols[t] = list(rec[t][0])
            if len(cols) == len(TABLES) + 1:
                break
    return cols


def diff(old: dict, new: dict) -> list[tuple[str, list[str]]]:
    """(source, tables that moved) for every document that moved, appeared or vanished."""
    moved = []
    for src in sorted(set(old["docs"]) | set(new["docs"])):
        a, b = old["docs"].get(src), new["docs"].get(src)
        if a is None or b is None:
            moved.append((src, ["(new)" if a is None else "(gone)"]))
        else:
            # a table the old snapshot did not know (a new contract table) moves only where it has rows
            tables = [t for t in dict.fromkeys([*a, *b]) if a.get(t, EMPTY) != b.get(t, EMPTY)]
            if tables:
                moved.append((src, tables))
    return moved


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("record", "check"))
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--snapshot", type=Path, default=SNAPSHOT)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", type=Path, help="keep the run's output here (default: a temporary folder)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="snapshot-") as tmp:
        out = args.out or Path(tmp)
        jsonl = run_pipeline(args.shared, out, args.workers)
        if args.mode == "record":
            snap = hash_dataset(jsonl, _complete_columns(jsonl), args.shared)
            args.snapshot.write_text(json.dumps(snap, indent=0, sort_keys=True) + "\n", encoding="utf-8")
            print(f"recorded {len(snap['docs'])} documents -> {args.snapshot}")
            return 0
        old = json.loads(args.snapshot.read_text(encoding="utf-8"))
        new = hash_dataset(jsonl, old["columns"], args.shared)
        moved = diff(old, new)
        print(f"{len(new['docs'])} documents, {len(moved)} moved")
        for src, tables in moved:
            print(f"  {src}: {' '.join(tables)}")
        return 1 if moved else 0


if __name__ == "__main__":
    sys.exit(main())
