"""The index of one output folder: built after a run from the folder's tables.

:func:`update_index` reads every document's PER/ORG mentions and roles (whichever run
added them), resolves them (:mod:`pipeline.index.build`), writes ``people.csv``,
``organizations.csv`` and ``positions.csv``, and fills the id columns of ``entities.csv``
(``global_id``) and ``roles.csv`` (``person_id``, ``org_id``). Ids stay stable through the
registry in ``.press-extract/index.sqlite``. An unchanged folder is not rebuilt.
"""
from __future__ import annotations

import csv
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from pipeline.index.build import Index, build_index, organization_rows, people_rows, position_rows, read_folder
from pipeline.index.registry import Registry
from pipeline.io.outputs.writer import atomic_write, csv_text, format_value, temp_file
from pipeline.model.document import INDEX_TABLES, columns

STATE_DIR, REGISTRY_FILE = ".press-extract", "index.sqlite"
INDEX_FILES = tuple(f"{t}.csv" for t in INDEX_TABLES)
#: The tables the index reads; their sizes and times decide whether it is stale.
SOURCE_FILES = ("documents.csv", "sentences.csv", "entities.csv", "roles.csv")


@dataclass
class IndexSummary:
    built: bool
    people: int = 0
    organizations: int = 0
    positions: int = 0
    merged: int = 0


def _digest(out: Path) -> str:
    h = hashlib.sha256()
    for name in SOURCE_FILES + INDEX_FILES:
        try:
            st = (out / name).stat()
            h.update(f"{name}:{st.st_size}:{st.st_mtime_ns};".encode())
        except FileNotFoundError:
            h.update(f"{name}:-;".encode())
    return h.hexdigest()


def _rows_csv(table: str, rows: list[dict]) -> str:
    cols = columns(INDEX_TABLES[table])
    return csv_text([list(cols), *([format_value(r.get(c)) for c in cols] for r in rows)])


def _fill_ids(path: Path, fill: Callable[[dict], dict]) -> bool:
    """Rewrite one table with its id columns filled, streamed (the table may be large); a table
    whose ids are already right is left as it is (its time too). Whether it was rewritten."""
    if not path.exists():
        return False
    fd, tmp = temp_file(path)
    changed = False
    try:
        with path.open(encoding="utf-8", newline="") as src, os.fdopen(fd, "w", encoding="utf-8", newline="") as dst:
            reader = csv.reader(src)
            header = next(reader, None) or []
            w = csv.writer(dst, lineterminator="\n")
            w.writerow(header)
            for row in reader:
                rec = dict(zip(header, row))
                new = fill(rec)
                if any(rec.get(c, "") != v for c, v in new.items()):
                    changed = True
                    rec.update(new)
                w.writerow([rec.get(c, "") for c in header])
            dst.flush()
            if changed:
                os.fsync(dst.fileno())
        if changed:
            os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return changed


def _entity_ids(index: Index) -> Callable[[dict], dict]:
    def fill(r: dict) -> dict:
        return {"global_id": index.ids.get((r["doc_id"], r.get("entity") or f"#{r.get('start')}"), "")
                if r.get("label") in ("PER", "ORG") else ""}
    return fill


def _role_ids(index: Index) -> Callable[[dict], dict]:
    def fill(r: dict) -> dict:
        return {"person_id": index.person_id(r["doc_id"], r.get("person_entity") or ""),
                "org_id": index.org_id(r["doc_id"], r.get("org_entity") or "", r.get("organization") or "")}
    return fill


def update_index(out: Path, *, full: bool = False) -> IndexSummary:
    """Build or refresh the index of ``out``; a folder unchanged since the last build is left alone."""
    out = Path(out)
    registry = Registry(out / STATE_DIR / REGISTRY_FILE)
    if not full and registry.meta.get("digest") == _digest(out):
        return IndexSummary(False)
    if not (out / "entities.csv").exists():
        return IndexSummary(False)
    entities, roles, dates = read_folder(out)
    index = build_index(entities, roles, dates, registry)
    people, orgs = people_rows(index), organization_rows(index)
    positions = position_rows(index, roles, dates)
    _fill_ids(out / "entities.csv", _entity_ids(index))
    _fill_ids(out / "roles.csv", _role_ids(index))
    quotes = out / "quotes.csv"
    if quotes.exists():
        speaker = lambda r: {"speaker_id": index.ids.get((r["doc_id"], r.get("speaker_entity") or ""), "")}  # noqa: E731
        _fill_ids(quotes, speaker)
    for table, rows in (("people", people), ("organizations", orgs), ("positions", positions)):
        atomic_write(out / f"{table}.csv", _rows_csv(table, rows))
    registry.meta["digest"] = _digest(out)
    registry.save()
    return IndexSummary(True, len(people), len(orgs), len(positions),
                        sum(1 for r in people + orgs if r["merged_ids"]))


__all__ = ["update_index", "IndexSummary", "INDEX_FILES", "REGISTRY_FILE"]
