"""The data dictionary (``docs/data-dictionary.md``): reading it, and checking it against the row types.

    >>> documented_columns(dictionary_text())["dates"]["period_start"]
    'date'
"""
from __future__ import annotations

import re
from pathlib import Path

from pipeline.model.document import INDEX_TABLES, TABLES, column_types

PATH = Path(__file__).resolve().parents[2] / "docs" / "data-dictionary.md"
_SECTION = re.compile(r"^## (\w+)\.csv\s*$")
_ROW = re.compile(r"^\| (\w+) \| (int|float|str|date) \|")


def dictionary_text() -> str:
    """The dictionary; without the docs folder (an installed wheel), the columns and types alone."""
    try:
        return PATH.read_text(encoding="utf-8")
    except OSError:
        lines = ["# Data dictionary (columns and types; see docs/data-dictionary.md for meanings)", ""]
        for table, row_type in {**TABLES, **INDEX_TABLES}.items():
            lines += [f"## {table}.csv", "", "| column | type |", "|---|---|"]
            lines += [f"| {c} | {k} |" for c, k in column_types(row_type).items()] + [""]
        return "\n".join(lines)


def documented_columns(text: str) -> dict[str, dict[str, str]]:
    """``{table: {column: type}}`` as the dictionary's tables list them, in their order."""
    out: dict[str, dict[str, str]] = {}
    table = None
    for line in text.splitlines():
        if m := _SECTION.match(line):
            table = m[1]
            out[table] = {}
        elif line.startswith("## "):
            table = None
        elif table and (m := _ROW.match(line)):
            out[table][m[1]] = m[2]
    return out
