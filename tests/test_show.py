"""Issue 26.4: ``press-extract show FILE|-`` prints one document's results; ``--json`` one JSON object."""
from __future__ import annotations

import json

from click.testing import CliRunner

from pipeline.cli import main
from pipeline.io.outputs.terminal import render, table_text

from .run_inputs import MODEL, release

ANSI = "\x1b["


def _show(*args, input=None):
    return CliRunner().invoke(main, ["show", *map(str, args), "--model", MODEL], input=input)


def test_show_prints_tables_plain_when_not_a_tty(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(release(1), encoding="utf-8")
    r = _show(p)
    assert r.exit_code == 0, r.output
    assert ANSI not in r.output                         # must-not: colour codes in a pipe
    assert "doc_date: 2024-03-02" in r.output and "figures (" in r.output and "dates (" in r.output
    assert "101000000" in r.output and "Die Beispiel AG hat im Jahr 2023" in r.output
    assert not (tmp_path / "outputs").exists()          # nothing written


def test_show_colours_spans_when_asked(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(release(1), encoding="utf-8")
    r = _show(p, "--color")
    assert r.exit_code == 0, r.output
    assert ANSI + "32m" in r.output or ANSI + "32;1m" in r.output or "\x1b[32m\x1b[1m" in r.output   # green figures


def test_show_json_is_one_object_per_document(tmp_path):
    r = _show("-", "--json", input=json.dumps({"body": release(2), "id": "r-2"}))
    assert r.exit_code == 0, r.output
    [line] = r.output.strip().splitlines()
    rec = json.loads(line)
    assert rec["input_id"] == "r-2" and rec["source"] == "stdin" and rec["figures"]
    assert all(rec["text"][f["start"]:f["end"]] == f["text"] for f in rec["figures"])


def test_show_a_missing_file_is_a_usage_error(tmp_path):
    r = _show(tmp_path / "fehlt.txt")
    assert r.exit_code == 2 and "not a file" in r.output


def test_render_is_generic_over_tables_and_marks_spans():
    rec = {"doc_id": "x", "source": "a.txt", "status": "ok", "text": "Anna Test sagte: 5 Prozent.",
           "entities": [{"doc_id": "x", "sent": 0, "start": 0, "end": 9, "text": "Anna Test", "label": "PER",
                         "canonical": "Anna Test", "entity": "PER1", "source": "model"}],
           "figures": [{"doc_id": "x", "sent": 0, "start": 17, "end": 26, "text": "5 Prozent", "kind": "percent",
                        "value": 5.0, "value_max": None, "qualifier": "eq", "unit": "%", "quantity_of": ""}],
           "roles": [], "dates": []}
    plain = render(rec, color=False)
    assert "Anna Test sagte: 5 Prozent." in plain and "percent" in plain and "roles (" not in plain
    coloured = render(rec, color=True)
    assert "\x1b[" in coloured and "Anna Test" in coloured
    lines = table_text([{"a": "x" * 200, "b": "kurz"}], ("a", "b"), width=60).splitlines()
    assert all(len(ln) <= 60 for ln in lines) and lines[2].endswith("kurz")
