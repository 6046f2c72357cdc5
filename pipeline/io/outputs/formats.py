"""The dataset in other formats: typed pandas frames, an Excel workbook, Parquet, and CSV for a German Excel.

The contract CSVs are the dataset; these are made from them after a run
(``press-extract run --format xlsx --format parquet``), so they always hold
the same rows:

``dataset.xlsx`` (``--format xlsx``)
    one workbook, a sheet per table (XlsxWriter): numbers as numbers, period
    days as dates, header row frozen, autofilter on, column widths set; a text
    cell that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``,
    tab, CR first) keeps its value and gets Excel's quote prefix (shown and
    edited as text). A table longer than a sheet goes on in ``TABLE (2)`` ….

``press.duckdb`` (``--format duckdb``), ``press.ftm.json`` (``--format ftm``)
    every table in one DuckDB file, typed, with the view ``position_timeline``;
    the index as FollowTheMoney entities (``databases.py``).

``parquet/TABLE.parquet``
    one file per table, with an explicit Arrow schema: ``int64`` counts and
    offsets, ``float64`` values, ``string`` text, ``date32`` period columns;
    an empty cell is null.
``excel/TABLE.csv`` (``--format excel-csv``; ``excel`` is its deprecated old name)
    for Excel in a German locale: ``;`` separator, decimal comma, UTF-8 BOM,
    ``\\r\\n`` line ends, and text cells that a spreadsheet would run as a
    formula (``=``, ``+``, ``-``, ``@``, tab, CR first) prefixed with ``'``
    (OWASP CSV injection).

:func:`read_dataset` loads the tables with the intended dtypes, also when a
column or a table is empty:

    >>> tables = read_dataset("outputs")                    # doctest: +SKIP
    >>> tables["figures"].dtypes["value"], tables["dates"].dtypes["period_start"]   # doctest: +SKIP
    (Float64Dtype(), dtype('<M8[s]'))
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

from pipeline.model.document import INDEX_TABLES, TABLES, column_types
from pipeline.io.outputs.databases import DUCKDB_FILE, FTM_FILE, write_duckdb, write_ftm
from pipeline.io.outputs.writer import CSV_FILES, atomic_write

PARQUET_DIR, EXCEL_DIR, WORKBOOK = "parquet", "excel", "dataset.xlsx"
#: Every table a folder can hold: the documents' and the index's (``people`` … exist once it is built).
_ALL_TABLES = {**TABLES, **INDEX_TABLES}


def table_files(out: Path) -> dict[str, str]:
    """``{table: CSV file name}`` of the folder: the contract's tables, and the index's when present."""
    return {**CSV_FILES, **{t: f"{t}.csv" for t in INDEX_TABLES if (Path(out) / f"{t}.csv").is_file()}}


#: pandas dtype of each column kind (nullable: an empty cell is <NA>/NaT, never a float NaN in an int column).
PANDAS_DTYPES = {"int": "Int64", "float": "Float64", "str": "string", "date": "datetime64[s]"}
#: First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def dtypes(table: str) -> dict[str, str]:
    """``{column: pandas dtype}`` of a table."""
    return {c: PANDAS_DTYPES[k] for c, k in column_types(_ALL_TABLES[table]).items()}


def read_table(path, table: str):
    """One contract CSV as a typed DataFrame (empty cell → <NA>; ``NA`` or ``null`` stay text)."""
    import pandas as pd

    types = column_types(_ALL_TABLES[table])
    raw = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8")
    df = pd.DataFrame(index=raw.index)
    for col, kind in types.items():
        s = raw[col].replace("", None) if col in raw else pd.Series([None] * len(raw), dtype=object)
        if kind == "int":
            df[col] = pd.to_numeric(s).astype("Int64")
        elif kind == "float":
            df[col] = pd.to_numeric(s).astype("Float64")
        elif kind == "date":
            df[col] = pd.to_datetime(s, format="%Y-%m-%d").astype("datetime64[s]")
        else:
            df[col] = s.astype("string")
    return df


def read_dataset(out_dir) -> dict:
    """Every table of an output folder: ``{"documents": DataFrame, …}`` with the intended dtypes."""
    out = Path(out_dir)
    return {t: read_table(out / f, t) for t, f in table_files(out).items()}


def arrow_schema(table: str):
    """The explicit Parquet schema of a table."""
    import pyarrow as pa

    arrow = {"int": pa.int64(), "float": pa.float64(), "str": pa.string(), "date": pa.date32()}
    return pa.schema([pa.field(c, arrow[k], nullable=True) for c, k in column_types(_ALL_TABLES[table]).items()])


def parquet_bytes(df, table: str) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    buf = io.BytesIO()
    pq.write_table(pa.Table.from_pandas(df, schema=arrow_schema(table), preserve_index=False), buf)
    return buf.getvalue()


def neutralise(cell: str) -> str:
    """A text cell that a spreadsheet will not run: ``=SUMME(A1)`` → ``'=SUMME(A1)``."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def excel_csv(path, table: str) -> bytes:
    """A contract CSV rewritten for Excel in a German locale (see the module docstring)."""
    types = column_types(_ALL_TABLES[table])
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    with open(path, encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh)
        header = next(rows)
        w.writerow(header)
        kinds = [types.get(c, "str") for c in header]
        for row in rows:
            w.writerow([cell.replace(".", ",") if kind == "float" else
                        cell if kind in ("int", "date") else neutralise(cell)
                        for cell, kind in zip(row, kinds)])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _stale(target: Path, source: Path) -> bool:
    try:
        return target.stat().st_mtime_ns < source.stat().st_mtime_ns
    except FileNotFoundError:
        return True


def _parquet(source: Path, table: str) -> bytes:
    return parquet_bytes(read_table(source, table), table)


#: Rows of one worksheet (Excel's limit, the header row included).
SHEET_ROWS = 1_048_576
#: Column widths in characters: at least the header's, at most this.
MAX_WIDTH = 60


def _sheet_names(table: str, n_rows: int) -> list[str]:
    """``["figures"]``, or ``["sentences", "sentences (2)", …]`` for a table longer than a sheet."""
    n = max(1, -(-n_rows // (SHEET_ROWS - 1)))
    return [table if i == 0 else f"{table} ({i + 1})"[:31] for i in range(n)]


def _write_cell(ws, r: int, c: int, value, kind: str, styles: dict) -> None:
    import pandas as pd

    if value is None or value is pd.NA or value is pd.NaT:
        return
    if kind in ("int", "float"):
        ws.write_number(r, c, float(value))
    elif kind == "date":
        ws.write_datetime(r, c, value.to_pydatetime(), styles["date"])
    else:
        ws.write_string(r, c, value, styles["text"] if value.startswith(FORMULA_START) else None)


def _fill_sheet(ws, df, types: dict[str, str], styles: dict) -> None:
    cols = list(types)
    widths = [len(c) + 3 for c in cols]    # room for the filter button
    ws.write_row(0, 0, cols, styles["head"])
    for r, row in enumerate(df.itertuples(index=False, name=None), 1):
        for c, (value, kind) in enumerate(zip(row, types.values())):
            _write_cell(ws, r, c, value, kind, styles)
            if r <= 1000:   # widths from the first rows: enough to size a column
                widths[c] = max(widths[c], 10 if kind == "date" else len(str(value)) if value is not None else 0)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(len(df), 1), len(cols) - 1)
    for c, w in enumerate(widths):
        ws.set_column(c, c, min(w + 1, MAX_WIDTH))


def workbook(out: Path) -> bytes:
    """``dataset.xlsx`` of the output folder ``out`` (see the module docstring)."""
    import xlsxwriter

    buf = io.BytesIO()
    # constant_memory: rows go to temporary files as they are written, not into one tree
    wb = xlsxwriter.Workbook(buf, {"constant_memory": True, "strings_to_formulas": False,
                                   "strings_to_urls": False, "strings_to_numbers": False})
    styles = {"head": wb.add_format({"bold": True, "bg_color": "#EEEEEE"}),
              "date": wb.add_format({"num_format": "yyyy-mm-dd"}),
              "text": wb.add_format({"quote_prefix": True})}
    for table, fname in table_files(out).items():
        df = read_table(out / fname, table)
        types = column_types(_ALL_TABLES[table])
        for i, name in enumerate(_sheet_names(table, len(df))):
            part = df.iloc[i * (SHEET_ROWS - 1):(i + 1) * (SHEET_ROWS - 1)]
            _fill_sheet(wb.add_worksheet(name), part, types, styles)
    wb.close()
    return buf.getvalue()


@dataclass(frozen=True)
class Format:
    """An extra format: one file per table in its own folder, made from the table's contract CSV."""
    folder: str
    file_name: Callable[[str, str], str]   # (table, CSV file name) -> the file's name in ``folder``
    convert: Callable[[Path, str], bytes]  # (CSV path, table) -> the file's bytes


@dataclass(frozen=True)
class OneFile:
    """An extra format written as one file of the output folder from all the contract CSVs."""
    name: str
    build: Callable[[Path], bytes]         # (output folder) -> the file's bytes


@dataclass(frozen=True)
class FolderFile:
    """An extra format that a library writes to a path, from all the tables (the index's too)."""
    name: str
    write: Callable[[Path, Path], object]  # (output folder, target path)


_EXCEL_CSV = Format(EXCEL_DIR, lambda table, fname: fname, excel_csv)
#: ``--format`` names, in the order their files are written: ``csv`` is the contract itself (always
#: written, by the run); the others are made from it. ``excel`` is the deprecated name of ``excel-csv``.
FORMATS: dict[str, Optional[Format | OneFile | FolderFile]] = {
    "csv": None,
    "xlsx": OneFile(WORKBOOK, workbook),
    "parquet": Format(PARQUET_DIR, lambda table, fname: f"{table}.parquet", _parquet),
    "excel-csv": _EXCEL_CSV,
    "excel": _EXCEL_CSV,
    "duckdb": FolderFile(DUCKDB_FILE, write_duckdb),
    "ftm": FolderFile(FTM_FILE, write_ftm),
}


def _stale_any(target: Path, sources: list[Path]) -> bool:
    return not target.exists() or any(_stale(target, p) for p in sources)


def write_formats(out_dir, formats: Iterable[str], *, force: bool = False) -> list[Path]:
    """Write the requested extra formats of ``out_dir`` from its CSVs; the files written.

    A file newer than its CSV(s) is left alone unless ``force``: an unchanged re-run writes nothing.
    """
    out = Path(out_dir)
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown format {sorted(unknown)[0]!r}; expected one of {', '.join(FORMATS)}")
    wanted = list(dict.fromkeys(f for name, f in FORMATS.items() if f is not None and name in formats))
    files = table_files(out)
    sources = [out / f for f in files.values()]
    written = []
    for fmt in (f for f in wanted if isinstance(f, (OneFile, FolderFile))):
        target = out / fmt.name
        if force or _stale_any(target, sources):
            if isinstance(fmt, OneFile):
                atomic_write(target, fmt.build(out))
            else:
                fmt.write(out, target)
            written.append(target)
    per_table = [f for f in wanted if isinstance(f, Format)]
    for (table, fname), fmt in ((tf, f) for tf in files.items() for f in per_table):
        target = out / fmt.folder / fmt.file_name(table, fname)
        if force or _stale(target, out / fname):
            atomic_write(target, fmt.convert(out / fname, table))
            written.append(target)
    return written


def format_files(out_dir) -> list[Path]:
    """The extra-format files present in ``out_dir`` (for cleaning up and the report)."""
    out = Path(out_dir)
    kinds = list(dict.fromkeys(f for f in FORMATS.values() if f is not None))
    return ([out / f.name for f in kinds if isinstance(f, (OneFile, FolderFile)) and (out / f.name).is_file()]
            + [p for f in kinds if isinstance(f, Format) for p in sorted((out / f.folder).glob("*")) if p.is_file()])


__all__ = ["FORMATS", "workbook", "dtypes", "read_dataset", "read_table", "arrow_schema", "write_formats",
           "excel_csv", "neutralise", "format_files"]
