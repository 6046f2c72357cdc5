"""Small generated inputs and output readers for the runner, crash, lock, dask and CLI tests."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pipeline.io.outputs.writer import OUTPUT_FILES

MODEL = "blank:de"   # our components without a trained model: fast, and enough for run mechanics


def release(i: int) -> str:
    """A short press release, different for every ``i``."""
    return (f"Beispiel AG meldet Rekord Nummer {i}\n\n"
            f"Berlin, {i % 27 + 1}. März 2024 – Die Beispiel AG hat im Jahr 2023 rund {100 + i} Mio. Euro "
            f"umgesetzt, {i + 3} Prozent mehr als im Vorjahr. Vorstandschef Dr. Max Muster sagte am "
            f"12. Februar, man plane bis 2030 über {i * 10 + 5} neue Stellen.\n\n"
            f"Über Beispiel AG: Die Firma hat 2.500 Mitarbeiter.\n")


def make_corpus(folder: Path, n: int, *, start: int = 0) -> list[Path]:
    """``n`` .txt releases in ``folder`` (every third in a subfolder), plus nothing else."""
    paths = []
    for i in range(start, start + n):
        p = folder / ("sub" if i % 3 == 0 else "") / f"doc{i:03d}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(release(i), encoding="utf-8")
        paths.append(p)
    return paths


def write_jsonl(path: Path, lines: list) -> None:
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)) + "\n"
                            for x in lines), encoding="utf-8")


def outputs(out: Path) -> dict[str, bytes]:
    """The bytes of every output file."""
    return {name: (out / name).read_bytes() for name in OUTPUT_FILES}


def store_sql(out: Path, sql: str, params=()) -> list:
    """Run ``sql`` on the store of ``out`` (``.press-extract/store.sqlite3``) and commit: tests damage it so."""
    import sqlite3

    from pipeline.batch.state import STATE_DIR, STORE_FILE

    db = sqlite3.connect(out / STATE_DIR / STORE_FILE)
    try:
        rows = db.execute(sql, params).fetchall()
        db.commit()
        return rows
    finally:
        db.close()


def mtimes(out: Path) -> dict[str, int]:
    return {name: os.stat(out / name).st_mtime_ns for name in OUTPUT_FILES}


def column(out: Path, table: str, name: str) -> list[str]:
    import csv

    with open(out / f"{table}.csv", encoding="utf-8", newline="") as fh:
        return [row[name] for row in csv.DictReader(fh)]


def cli(*args: str, stdin: bytes | None = None, env: dict | None = None, timeout: float = 120,
        cwd: Path | None = None) -> subprocess.CompletedProcess:
    """``press-extract ARGS`` in a subprocess (stderr not a TTY: no progress bar)."""
    return subprocess.run([sys.executable, "-c", "from pipeline.cli import main; main()", *args], input=stdin, capture_output=True,
                          timeout=timeout, env={**os.environ, **(env or {})}, cwd=cwd)
