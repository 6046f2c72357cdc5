"""Writing the dataset: six CSV tables and ``dataset.jsonl``, each replaced atomically."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd

from .document import TABLES, Document, columns

CSV_FILES = {name: f"{name}.csv" for name in TABLES}
JSONL_FILE = "dataset.jsonl"


def format_value(value) -> str:
    """A cell as the contract wants it: ``.`` decimals, no exponent, empty for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return np.format_float_positional(value, trim="-")
    return str(value)


def _json_value(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def atomic_write(path: Path, data: str) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def table_csv(table: str, docs: Iterable[Document]) -> str:
    """The CSV text of one table (header always present)."""
    cols = list(columns(TABLES[table]))
    rows = [[format_value(r[c]) for c in cols] for d in docs for r in d.rows(table)]
    frame = pd.DataFrame(rows, columns=cols, dtype=str)
    return frame.to_csv(index=False, lineterminator="\n")


def dataset_jsonl(docs: Iterable[Document]) -> str:
    """One nested JSON object per document."""
    lines = []
    for d in docs:
        rec = d.to_json()
        for t in ("figures",):
            for row in rec[t]:
                row["value"] = _json_value(row["value"])
                row["value_max"] = _json_value(row["value_max"])
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
    return "".join(line + "\n" for line in lines)


def write_dataset(out: Path, docs: list[Document]) -> None:
    """Write every table for ``docs`` into ``out``."""
    for table, fname in CSV_FILES.items():
        atomic_write(out / fname, table_csv(table, docs))
    atomic_write(out / JSONL_FILE, dataset_jsonl(docs))
