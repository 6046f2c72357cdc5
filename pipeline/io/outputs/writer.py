"""Writing the dataset: six CSV tables and ``dataset.jsonl``, replaced together and atomically.

A document is rendered once into its *fragments* (its CSV lines per table and
its JSONL line, see :func:`render`); the files are the headers plus the
fragments of every document in order. Incremental runs keep fragments on disk
(``pipeline.batch.state``) so that rebuilding the files is plain concatenation.
"""
from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterable

from pipeline.model.document import TABLES, Document, columns

CSV_FILES = {name: f"{name}.csv" for name in TABLES}
JSONL_FILE = "dataset.jsonl"
#: Every file of the dataset, in the order they are written.
OUTPUT_FILES = (*CSV_FILES.values(), JSONL_FILE)


def format_value(value) -> str:
    """A cell as the contract wants it: ``.`` decimals, no exponent, empty for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        import numpy as np  # only figures have floats; keeps numpy off the import path

        return np.format_float_positional(value, trim="-")
    return str(value)


def _finite(value) -> bool:
    return value is None or not isinstance(value, float) or math.isfinite(value)


def guard_values(doc: Document) -> Document:
    """Drop every figure whose value is not a finite number (a 400-digit number parses as ``inf``).

    Neither a CSV reader nor a JSON parser takes ``inf``/``Infinity``/``nan``, and an empty
    ``value`` would break the contract (every figure has a value): the row goes, ``n_figures``
    follows, and the document says so in ``warnings``. Idempotent: rendering twice warns once.
    """
    bad = [f for f in doc.figures if not (_finite(f.value) and _finite(f.value_max))]
    if bad:
        doc.figures = [f for f in doc.figures if f not in bad]
        doc.info.n_figures = len(doc.figures)
        note = f"dropped {len(bad)} figure(s) with a value that is not a finite number"
        doc.info.warnings = ";".join(filter(None, [doc.info.warnings, note]))
    return doc


def _json_value(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _umask() -> int:
    mask = os.umask(0o22)
    os.umask(mask)
    return mask


#: Mode of the files we create: what ``open()`` would give (mkstemp alone makes them private).
FILE_MODE = 0o666 & ~_umask()


def temp_file(path: Path) -> tuple[int, str]:
    """A temporary file beside ``path`` (same file system, so a rename replaces ``path`` atomically)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.fchmod(fd, FILE_MODE)
    return fd, tmp


def atomic_write(path: Path, data: str | bytes, *, sync: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = temp_file(path)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            if sync:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _hard_link_backup(path: Path) -> str | None:
    """A second name for the current ``path`` (None when there is none, or links are not supported)."""
    backup = path.parent / f".{path.name}.{os.getpid()}.old"
    with contextlib.suppress(FileNotFoundError):
        os.unlink(backup)
    try:
        os.link(path, backup)
    except OSError:
        return None
    return str(backup)


def csv_text(rows: Iterable[list[str]]) -> str:
    # The csv module with these settings writes what pandas' to_csv wrote before (same quoting).
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def csv_header(table: str) -> str:
    return csv_text([list(columns(TABLES[table]))])


def table_rows_csv(table: str, doc: Document) -> str:
    """The CSV lines (no header) of one document in one table."""
    guard_values(doc)
    cols = columns(TABLES[table])
    return csv_text([format_value(r[c]) for c in cols] for r in doc.rows(table))


def jsonl_line(doc: Document) -> str:
    """The ``dataset.jsonl`` line of one document (with its newline)."""
    rec = guard_values(doc).to_json()
    for row in rec["figures"]:
        row["value"] = _json_value(row["value"])
        row["value_max"] = _json_value(row["value_max"])
    return json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n"


def render(doc: Document) -> dict[str, str]:
    """Every output file's fragment of ``doc``: ``{file name: text}``."""
    guard_values(doc)
    out = {fname: table_rows_csv(table, doc) for table, fname in CSV_FILES.items()}
    out[JSONL_FILE] = jsonl_line(doc)
    return out


def table_csv(table: str, docs: Iterable[Document]) -> str:
    """The CSV text of one table (header always present)."""
    return csv_header(table) + "".join(table_rows_csv(table, d) for d in docs)


def dataset_jsonl(docs: Iterable[Document]) -> str:
    """One nested JSON object per document."""
    return "".join(jsonl_line(d) for d in docs)


def _headers() -> dict[str, str]:
    heads = {fname: csv_header(table) for table, fname in CSV_FILES.items()}
    heads[JSONL_FILE] = ""
    return heads


def _copy_into(path: Path, fh) -> None:
    """Append the bytes of ``path`` to the open file ``fh`` (in the kernel where it can)."""
    fh.flush()
    with open(path, "rb") as src:
        size = os.fstat(src.fileno()).st_size
        try:
            done = 0
            while done < size:
                n = os.copy_file_range(src.fileno(), fh.fileno(), size - done)
                if n == 0:
                    break
                done += n
            if done == size:
                return
        except (OSError, AttributeError):   # another file system, an older kernel
            pass
        src.seek(0)
        fh.buffer.seek(0)
        fh.buffer.truncate()
        shutil.copyfileobj(src, fh.buffer, 2**20)


class DatasetWriter:
    """Streams fragments into temporary files and renames all seven into place on success.

    All or nothing: the renames happen only once every temporary file is
    complete and synced, and a rename that fails puts back the files already
    renamed (kept as hard links until the last rename is done), so a failed
    commit leaves the previous generation of all seven files. Whatever fails,
    no temporary file is left behind. (A kill in the middle of the renames can
    still leave two generations; the state then no longer matches the files,
    and the next run rebuilds them.)
    """

    def __init__(self, out: Path, *, extend: bool = False):
        """``extend``: the new files start with the bytes of the current ones (rows are appended)."""
        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        self._files: dict[str, tuple[str, object]] = {}
        try:
            for fname, head in _headers().items():
                fd, tmp = temp_file(self.out / fname)
                fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
                self._files[fname] = (tmp, fh)
                if extend:
                    _copy_into(self.out / fname, fh)
                else:
                    fh.write(head)
        except BaseException:
            self.abort()
            raise

    def add(self, fragments: dict[str, str]) -> None:
        for fname, (_, fh) in self._files.items():
            fh.write(fragments[fname])

    def commit(self) -> None:
        try:
            for _, fh in self._files.values():
                fh.flush()
                os.fsync(fh.fileno())
                fh.close()
        except BaseException:
            self.abort()
            raise
        backups: dict[str, str | None] = {}
        done: list[str] = []
        try:
            for fname in self._files:
                backups[fname] = _hard_link_backup(self.out / fname)
            for fname, (tmp, _) in self._files.items():
                os.replace(tmp, self.out / fname)
                done.append(fname)
        except BaseException:
            for fname in reversed(done):    # back to the previous generation
                with contextlib.suppress(OSError):
                    if backups.get(fname):
                        os.replace(backups.pop(fname), self.out / fname)
                    else:
                        os.unlink(self.out / fname)
            self.abort()
            raise
        finally:
            for b in backups.values():
                if b:
                    with contextlib.suppress(OSError):
                        os.unlink(b)
        self._files = {}

    def abort(self) -> None:
        for tmp, fh in self._files.values():
            with contextlib.suppress(OSError):
                fh.close()       # may fail again on a full disk: the file goes anyway
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        self._files = {}

    def __enter__(self) -> "DatasetWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


def write_dataset(out: Path, docs: Iterable[Document]) -> None:
    """Write every table for ``docs`` into ``out``."""
    with DatasetWriter(out) as w:
        for d in docs:
            w.add(render(d))
