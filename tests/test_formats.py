"""Issue 13: typed loading, Parquet, the Excel CSV variant, the data dictionary."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.model.document import TABLES, column_types

from .run_inputs import column, outputs, release, write_jsonl
from .test_cli import invoke


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    """A small run with every extra format: a release with figures and dates, a formula-like
    sentence, a record with an id, and an error row (so that some columns are empty)."""
    tmp = tmp_path_factory.mktemp("formats")
    src = tmp / "in"
    src.mkdir()
    (src / "a.txt").write_text(release(1) + "\n=SUMME(A1:A9) war die Formel, der Anteil stieg auf 1,5 Prozent.\n",
                               encoding="utf-8")
    write_jsonl(src / "feed.jsonl", [{"id": 7, "text": release(2)}])
    (src / "empty.txt").write_text("", encoding="utf-8")
    out = tmp / "out"
    r = invoke(src, "--out", out, "--format", "parquet", "--format", "excel-csv", "--format", "xlsx")
    assert r.exit_code == 0, r.output
    return out


def test_workbook_reads_back_like_the_csvs(dataset):
    """Issue 26: dataset.xlsx has a sheet per table with the CSVs' rows and typed cells."""
    import pandas as pd
    from pandas.api import types as pdt

    import pipeline

    from pipeline.model.document import INDEX_TABLES

    every = {**TABLES, **INDEX_TABLES}          # the index's tables are sheets too
    tables = pipeline.read_dataset(dataset)
    sheets = pd.read_excel(dataset / "dataset.xlsx", sheet_name=None, engine="openpyxl")
    assert list(sheets) == list(every)
    # pandas guesses a number in text cells ("7" as input_id): read those as text, as a user would
    texts = {t: {c: str for c, k in column_types(every[t]).items() if k == "str"} for t in every}
    sheets = {t: pd.read_excel(dataset / "dataset.xlsx", sheet_name=t, engine="openpyxl", dtype=texts[t])
              for t in every}
    checked = set()
    for table, df in tables.items():
        book = sheets[table]
        assert list(book.columns) == list(df.columns) and len(book) == len(df), table
        for col, kind in column_types(every[table]).items():
            if df[col].isna().all():
                continue     # an empty column reads back untyped
            test = {"int": pdt.is_numeric_dtype, "float": pdt.is_numeric_dtype,
                    "date": pdt.is_datetime64_any_dtype, "str": pdt.is_object_dtype}[kind]
            # must-not: a number or a date stored as text (object) would fail here
            assert test(book[col]) or (kind == "str" and pdt.is_string_dtype(book[col])), (table, col, book[col].dtype)
            checked.add(kind)
        ints = [c for c, k in column_types(every[table]).items() if k == "int"]
        assert (book[ints].fillna(-1).astype("int64").values == df[ints].fillna(-1).astype("int64").values).all()
    assert checked == {"int", "float", "date", "str"}


def test_workbook_sheets_are_set_up_for_work(dataset):
    import openpyxl

    wb = openpyxl.load_workbook(dataset / "dataset.xlsx")
    ws = wb["sentences"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    assert ws.column_dimensions["G"].width > ws.column_dimensions["B"].width   # text wider than sent
    formula = [c for row in ws.iter_rows(min_row=2) for c in row if str(c.value).startswith("=SUMME")]
    assert formula and all(c.data_type == "s" and c.quotePrefix for c in formula)   # text, not a formula
    plain = ws.cell(row=2, column=7)
    assert not plain.quotePrefix    # must-not: ordinary text gets no prefix
    dates = wb["dates"]
    col = [c.value for c in dates[1]].index("period_start") + 1
    cell = next(dates.iter_rows(min_row=2, min_col=col, max_col=col, values_only=False))[0]
    assert cell.is_date and cell.number_format == "yyyy-mm-dd"
    figures = wb["figures"]
    head = [c.value for c in figures[1]]
    row = [c for c in figures[2]]
    assert row[head.index("value")].data_type == "n" and row[head.index("start")].data_type == "n"
    assert row[head.index("unit")].data_type == "s"     # must-not: text stays text


def test_excel_is_the_deprecated_name_of_excel_csv(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(release(1), encoding="utf-8")
    r = invoke(src, "--out", tmp_path / "out", "--format", "excel")
    assert r.exit_code == 0 and "deprecated" in r.output
    assert (tmp_path / "out" / "excel" / "figures.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    help_text = CliRunner().invoke(main, ["run", "--help"]).output
    assert "xlsx" in help_text and "excel-csv" in help_text and "workbook" in help_text


def test_read_dataset_dtypes(dataset):
    import pipeline

    tables = pipeline.read_dataset(dataset)
    from pipeline.model.document import INDEX_TABLES

    assert set(tables) == set(TABLES) | set(INDEX_TABLES)
    docs = tables["documents"]
    assert str(docs.dtypes["n_chars"]) == "Int64"
    # An all-empty column is a nullable string, not float64 full of NaN.
    assert docs["input_url"].isna().all() and str(docs.dtypes["input_url"]) == "string"
    assert docs["input_id"].dropna().tolist() == ["7"]
    fig = tables["figures"]
    assert str(fig.dtypes["value"]) == "Float64" and str(fig.dtypes["value_max"]) == "Float64"
    assert 101000000.0 in fig["value"].tolist()
    dates = tables["dates"]
    assert str(dates.dtypes["period_start"]).startswith("datetime64")
    assert (dates["period_start"] <= dates["period_end"]).dropna().all()
    # Empty tables keep their dtypes too.
    assert str(tables["roles"].dtypes["sent"]) == "Int64"


def test_read_table_keeps_na_text(tmp_path):
    from pipeline.io.outputs.formats import read_table

    p = tmp_path / "entities.csv"
    p.write_text("doc_id,sent,start,end,text,label,canonical,entity,source\n"
                 "x,0,0,2,NA,ORG,NA,ORG1,model\n", encoding="utf-8")
    df = read_table(p, "entities")
    assert df["text"].tolist() == ["NA"]


def test_parquet_schema_and_rows(dataset):
    import pyarrow.parquet as pq

    import pipeline

    tables = pipeline.read_dataset(dataset)
    for table in TABLES:
        t = pq.read_table(dataset / "parquet" / f"{table}.parquet")
        want = {"int": "int64", "float": "double", "str": "string", "date": "date32[day]"}
        assert {f.name: str(f.type) for f in t.schema} == {c: want[k] for c, k in column_types(TABLES[table]).items()}
        assert t.num_rows == len(tables[table])
    docs = pq.read_table(dataset / "parquet" / "documents.parquet").to_pandas()
    assert str(docs["n_chars"].dtype) == "Int64"   # the pandas metadata brings the nullable dtype back


def test_excel_variant(dataset):
    raw = (dataset / "excel" / "figures.csv").read_bytes()
    assert raw.startswith("\ufeff".encode()) and b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows and set(rows[0]) == set(column_types(TABLES["figures"]))
    values = [r["value"] for r in rows]
    assert "101000000" in values and "1,5" in values
    assert all("." not in v for v in values)
    sentences = list(csv.DictReader(io.StringIO((dataset / "excel" / "sentences.csv").read_bytes()
                                                .decode("utf-8-sig"), newline=""), delimiter=";"))
    formula = [s["text"] for s in sentences if "SUMME" in s["text"]]
    assert formula and all(t.startswith("'=") for t in formula)
    # The contract CSVs are untouched: the formula stays as written there.
    assert any(t.startswith("=SUMME") for t in column(dataset, "sentences", "text"))


@pytest.mark.parametrize("cell, safe", [
    ("=1+1", "'=1+1"), ("+49 30 123", "'+49 30 123"), ("-5 Grad", "'-5 Grad"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("Beispiel AG", "Beispiel AG"), ("", ""),
])
def test_neutralise(cell, safe):
    from pipeline.io.outputs.formats import neutralise

    assert neutralise(cell) == safe


def test_excel_float_cells_get_a_decimal_comma(tmp_path):
    from pipeline.io.outputs.formats import excel_csv

    p = tmp_path / "figures.csv"
    p.write_text("doc_id,sent,start,end,text,kind,value,value_max,qualifier,unit,quantity_of\n"
                 "x,0,0,5,\"1,5 %\",percent,1.5,,eq,%,\n"
                 "x,0,6,12,-5 °C,temperature,-5,,eq,°C,\n", encoding="utf-8")
    text = excel_csv(p, "figures").decode("utf-8-sig")
    assert text.splitlines()[1] == "x;0;0;5;1,5 %;percent;1,5;;eq;%;"
    assert text.splitlines()[2] == "x;0;6;12;'-5 °C;temperature;-5;;eq;°C;"


def test_formats_follow_the_tables_and_csv_is_the_default(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(release(1), encoding="utf-8")
    out = tmp_path / "out"
    assert invoke(src, "--out", out).exit_code == 0
    assert not (out / "parquet").exists() and not (out / "excel").exists()
    before = outputs(out)
    assert invoke(src, "--out", out, "--format", "parquet").exit_code == 0   # nothing new: still written
    assert (out / "parquet" / "documents.parquet").exists() and outputs(out) == before
    (src / "b.txt").write_text(release(2), encoding="utf-8")
    assert invoke(src, "--out", out, "--format", "parquet").exit_code == 0
    import pyarrow.parquet as pq

    assert pq.read_table(out / "parquet" / "documents.parquet").num_rows == 2
    r = invoke(src, "--out", out, "--format", "sqlite")
    assert r.exit_code == 2 and "sqlite" in r.output


def test_data_dictionary_matches_the_row_types():
    from pipeline.model.dictionary import dictionary_text, documented_columns

    from pipeline.model.document import INDEX_TABLES

    doc = documented_columns(dictionary_text())
    for table, row_type in {**TABLES, **INDEX_TABLES}.items():
        assert list(doc.get(table, {}).items()) == list(column_types(row_type).items()), table
    text = dictionary_text()
    for code in ("percentage_point", "approx", "t CO2e", "boilerplate", "unresolved", "gazetteer", "age"):
        assert f"`{code}`" in text


def test_columns_command_prints_the_dictionary():
    r = CliRunner().invoke(main, ["columns"])
    assert r.exit_code == 0
    assert "## figures.csv" in r.output and "| period_end | date |" in r.output


def test_readme_links_dictionary_report_and_formats():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "docs/data-dictionary.md" in readme
    assert "press-extract report" in readme and "--format parquet" in readme
    assert "read_dataset" in readme


def test_jsonl_and_csv_agree_on_keys(dataset):
    recs = [json.loads(x) for x in (dataset / "dataset.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [str(r["input_id"]) for r in recs] == column(dataset, "documents", "input_id")
