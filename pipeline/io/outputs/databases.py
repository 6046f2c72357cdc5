"""The whole output folder in one file: ``press.duckdb`` (``--format duckdb``) and
FollowTheMoney entities (``--format ftm``, ``press.ftm.json``).

``press.duckdb`` holds every table of the folder with its column types (``BIGINT``,
``DOUBLE``, ``VARCHAR``, ``DATE``) and the view ``position_timeline``: each person's
positions in time order with the one before and after. Open it with
``duckdb.connect("outputs/press.duckdb", read_only=True)``.

``press.ftm.json`` is one FollowTheMoney entity per line (``Person``, ``Organization`` or
``Company``, and ``Directorship``/``Employment``/``Membership`` for positions), the shape the
OpenSanctions tools (``ftm``, ``nomenklatura``, Aleph) read.
"""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Iterable, Iterator, Optional

import re

from pipeline.lang.identity import BOARD_ROLE_WORDS
from pipeline.model.document import INDEX_TABLES, TABLES, column_types

DUCKDB_FILE, FTM_FILE = "press.duckdb", "press.ftm.json"
_SQL_TYPES = {"int": "BIGINT", "float": "DOUBLE", "str": "VARCHAR", "date": "DATE"}

POSITION_TIMELINE = """
CREATE VIEW position_timeline AS
SELECT p.person_id, p.person, p.role, p.org_id, p.organization, p.first_seen, p.last_seen, p.n_docs,
       lag(p.role) OVER w AS previous_role, lag(p.organization) OVER w AS previous_organization,
       lead(p.role) OVER w AS next_role, lead(p.organization) OVER w AS next_organization
FROM positions p
WINDOW w AS (PARTITION BY p.person_id ORDER BY p.first_seen NULLS LAST, p.last_seen NULLS LAST, p.role)
"""


def _tables() -> dict:
    return {**TABLES, **INDEX_TABLES}


def write_duckdb(out: Path, target: Optional[Path] = None) -> Path:
    """Write ``press.duckdb`` from the folder's CSVs (replaced atomically)."""
    import duckdb

    out = Path(out)
    target = Path(target) if target else out / DUCKDB_FILE
    tmp = target.parent / f".{target.name}.tmp"
    tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        for table, row_type in _tables().items():
            types = column_types(row_type)
            cols = ", ".join(f'"{c}" {_SQL_TYPES[k]}' for c, k in types.items())
            con.execute(f'CREATE TABLE "{table}" ({cols})')
            path = out / f"{table}.csv"
            if path.exists() and path.stat().st_size:
                spec = ", ".join(f"'{c}': '{_SQL_TYPES[k]}'" for c, k in types.items())
                con.execute(f'INSERT INTO "{table}" SELECT * FROM read_csv(?, header=true, quote=\'"\', escape=\'"\', '
                            f'columns={{{spec}}}, nullstr=\'\', max_line_size={1 << 30})', [str(path)])
        con.execute(POSITION_TIMELINE)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(tmp, target)
    return target


def _read(path: Path) -> Iterator[dict]:
    if not path.exists():
        return iter(())
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


def _position_schema(role: str) -> tuple[str, str, str]:
    """FtM schema of a position and its two property names: board and management roles are a
    ``Directorship``, other titles ``Employment``, an affiliation without a title ``Membership``."""
    if not role:
        return "Membership", "member", "organization"
    words = set(re.split(r"[\W_]+", role.casefold()))
    if words & BOARD_ROLE_WORDS or any(w.startswith(tuple(BOARD_ROLE_WORDS)) for w in words if w):
        return "Directorship", "director", "organization"
    return "Employment", "employee", "employer"


def ftm_entities(out: Path) -> Iterable[dict]:
    """FollowTheMoney entities of the index tables."""
    out = Path(out)
    for p in _read(out / "people.csv"):
        props = {"name": [p["name"]]}
        aliases = [v for v in p["variants"].split(";") if v and v != p["name"]]
        if aliases:
            props["alias"] = aliases
        yield {"id": p["person_id"], "schema": "Person", "properties": props}
    for o in _read(out / "organizations.csv"):
        props = {"name": [o["name"]]}
        aliases = [v for v in o["variants"].split(";") if v and v != o["name"]]
        if aliases:
            props["alias"] = aliases
        if o["legal_form"]:
            props["legalForm"] = [o["legal_form"]]
        yield {"id": o["org_id"], "schema": "Company" if o["legal_form"] else "Organization", "properties": props}
    for n, pos in enumerate(_read(out / "positions.csv")):
        if not pos["org_id"]:
            continue
        schema, holder, org = _position_schema(pos["role"])
        props = {holder: [pos["person_id"]], org: [pos["org_id"]]}
        if pos["role"]:
            props["role"] = [pos["role"]]
        if pos["first_seen"]:
            props["startDate"] = [pos["first_seen"]]
        if pos["last_seen"]:
            props["endDate"] = [pos["last_seen"]]
        props["recordId"] = pos["doc_ids"].split(";")
        yield {"id": f"pos-{pos['person_id']}-{pos['org_id']}-{n}", "schema": schema, "properties": props}


def write_ftm(out: Path, target: Optional[Path] = None) -> Path:
    """Write ``press.ftm.json`` (one entity per line, replaced atomically)."""
    out = Path(out)
    target = Path(target) if target else out / FTM_FILE
    tmp = target.parent / f".{target.name}.tmp"
    with tmp.open("w", encoding="utf-8") as fh:
        for entity in ftm_entities(out):
            fh.write(json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n")
    os.replace(tmp, target)
    return target


__all__ = ["write_duckdb", "write_ftm", "ftm_entities", "DUCKDB_FILE", "FTM_FILE", "POSITION_TIMELINE"]
