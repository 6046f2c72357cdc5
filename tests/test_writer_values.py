"""Never a non-finite number in the outputs (issue 15 point 7): such a figure is dropped with a warning."""
from __future__ import annotations

import csv
import io
import json
import math

import pytest

from pipeline.batch import runner
from pipeline.model.document import Document, DocumentInfo, Figure, Sentence
from pipeline.io.outputs.writer import dataset_jsonl, render, table_csv

from .run_inputs import MODEL, column


def _strict_json(line: str):
    def refuse(name):
        raise ValueError(f"not JSON: {name}")

    return json.loads(line, parse_constant=refuse)


def _doc(*values):
    text = "Umsatz: 5 Euro."
    figs = [Figure(8, 9, "5", "money", v, vmax, unit="EUR", doc_id="d") for v, vmax in values]
    info = DocumentInfo("d", source="a.txt", n_sentences=1, n_figures=len(figs))
    return Document(info, text, sentences=[Sentence("d", 0, 0, len(text), 0, "body", text)], figures=figs)


@pytest.mark.parametrize("bad", [(math.inf, None), (-math.inf, None), (math.nan, None), (5.0, math.inf)])
def test_non_finite_figure_is_dropped_with_a_warning(bad):
    doc = _doc((5.0, None), bad)
    frags = render(doc)
    rec = _strict_json(frags["dataset.jsonl"])
    assert [f["value"] for f in rec["figures"]] == [5]
    assert rec["n_figures"] == 1
    assert "dropped 1 figure(s) with a value that is not a finite number" in rec["warnings"]
    rows = list(csv.DictReader(io.StringIO(table_csv("figures", [doc]))))
    assert [r["value"] for r in rows] == ["5"]
    [row] = csv.DictReader(io.StringIO(table_csv("documents", [doc])))
    assert row["n_figures"] == "1" and "not a finite number" in row["warnings"]
    _strict_json(dataset_jsonl([doc]))   # the guard is idempotent: rendered twice, warned once
    assert doc.info.warnings.count("dropped") == 1


def test_400_digit_number_gives_no_infinity_in_the_outputs(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text("Die Firma meldet einen Umsatz von " + "9" * 400 + " Euro und 5 Prozent mehr.\n",
                               encoding="utf-8")
    s = runner.run([str(src)], out, runner.RunOptions(model=MODEL))
    assert (s.processed, s.failed) == (1, 0)
    for line in (out / "dataset.jsonl").read_text(encoding="utf-8").splitlines():
        rec = _strict_json(line)
        assert all(math.isfinite(f["value"]) for f in rec["figures"])
    assert not {"inf", "-inf", "nan"} & set(column(out, "figures", "value") + column(out, "figures", "value_max"))
    # the figures rule refuses the number itself (numbers.parse_digits), so the writer's guard
    # (test_non_finite_figure_is_dropped_with_a_warning) has nothing left to drop here
    assert column(out, "documents", "status") == ["ok"]
