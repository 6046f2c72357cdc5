"""Issue 26.3 (and 22.4): inputs that just work — stdin sniffed, JSON lists, record fields, error rows keep keys."""
from __future__ import annotations

import io
import json

import pytest

from pipeline.io.inputs.ingest import read_file
from pipeline.io.inputs.readers import RecordFields, sniff

from .run_inputs import column, release
from .test_cli import HTML, invoke


@pytest.mark.parametrize("text, kind", [
    (HTML, ".html"),
    ("<!DOCTYPE html>\n<html lang=de><body><p>Berlin</p></body></html>", ".html"),
    ("\n  <!-- Kommentar --><div><p>Text</p></div>", ".html"),
    ('{"text": "Berlin, 3. März 2024 – Die Stadt baut."}', ".json"),
    ('[{"text": "a"}, {"text": "b"}]', ".json"),
    ('{"text": "a"}\n{"text": "b"}\n', ".jsonl"),
    # must-not rows: text that only looks like markup or JSON stays text
    ("Berlin, 3. März 2024 – Die Stadt <baut> mehr.", ".txt"),
    ("<3 Prozent mehr als im Vorjahr", ".txt"),
    ("{Klammer} am Anfang, dann Text.\nZweite Zeile.", ".txt"),
    ("[1] Fußnote am Anfang", ".txt"),
])
def test_sniff(text, kind):
    assert sniff(text) == kind


def _stdin(data: str, **kw):
    return list(read_file("-", io.BytesIO(data.encode("utf-8")), **kw))


def test_stdin_html_is_read_as_html():
    [d] = _stdin(HTML)
    assert not d.error and "Beispiel AG" in d.text
    assert "<" not in d.text and "DOCTYPE" not in d.title and "var x" not in d.text


def test_stdin_format_forces_the_reader():
    [d] = _stdin(HTML, stdin_format="txt")
    assert d.text.startswith("<html>")     # as asked: the markup stays text
    [d] = _stdin('{"text": "x"}', stdin_format="txt")
    assert d.text == '{"text": "x"}'


def test_stdin_json_object_and_lines():
    [d] = _stdin(json.dumps({"body": release(1), "id": "a-1", "url": "https://example.org/1"}))
    assert (d.input_id, d.input_url, d.error) == ("a-1", "https://example.org/1", "")
    docs = _stdin(json.dumps({"text": release(1)}) + "\n" + json.dumps({"content": release(2)}) + "\n")
    assert [d.source for d in docs] == ["stdin#1", "stdin#2"] and all(not d.error for d in docs)


def test_json_file_with_a_list_of_records(tmp_path):
    p = tmp_path / "feed.json"
    p.write_text(json.dumps([{"text": release(1), "id": 1}, {"body": release(2), "id": 2}, {"id": 3, "title": "leer"},
                             "kein Objekt"]), encoding="utf-8")
    docs = list(read_file(str(p)))
    assert [d.source.rsplit("/", 1)[1] for d in docs] == ["feed.json#1", "feed.json#2", "feed.json#3", "feed.json#4"]
    assert [bool(d.error) for d in docs] == [False, False, True, True]
    assert docs[1].text.startswith("Beispiel AG") and docs[1].input_id == "2"
    assert docs[2].input_id == "3" and "no string field" in docs[2].error     # the error row keeps its key


@pytest.mark.parametrize("record, fields, text, key", [
    ({"text": "T1", "body": "B", "id": "x"}, RecordFields(), "T1", "x"),
    ({"body": "B1", "id": "x"}, RecordFields(), "B1", "x"),
    ({"content": "C1", "id": "x"}, RecordFields(), "C1", "x"),
    ({"text": "", "content": "C2", "id": "x"}, RecordFields(), "C2", "x"),
    ({"inhalt": "I1", "guid": "g"}, RecordFields.named(text="inhalt", id="guid"), "I1", "g"),
    # must-not: a named field replaces the fallbacks
    ({"text": "T", "guid": "g"}, RecordFields.named(text="inhalt", id="guid"), None, "g"),
])
def test_record_fields(tmp_path, record, fields, text, key):
    p = tmp_path / "r.json"
    p.write_text(json.dumps(record), encoding="utf-8")
    [d] = list(read_file(str(p), fields=fields))
    assert d.input_id == key
    if text is None:
        assert "no string field 'inhalt'" in d.error and d.text == ""
    else:
        assert d.text == text and not d.error


def test_error_rows_keep_input_id_and_url(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text(json.dumps({"id": "k-1", "url": "https://example.org/k", "title": "ohne Text"}) + "\n"
                 + json.dumps({"id": "k-2", "text": "   "}) + "\n"
                 + json.dumps({"id": "k-3", "text": release(3)}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    r = invoke(p, "--out", out)
    assert r.exit_code == 0, r.output
    assert column(out, "documents", "input_id") == ["k-1", "k-2", "k-3"]
    assert column(out, "documents", "status") == ["error", "error", "ok"]
    assert column(out, "documents", "input_url")[0] == "https://example.org/k"


def test_cli_reads_html_and_json_from_stdin(tmp_path):
    out = tmp_path / "html"
    r = invoke("-", "--out", out, input=HTML)
    assert r.exit_code == 0, r.output
    assert column(out, "documents", "title") != ["<!DOCTYPE html>"] and "Beispiel AG" in column(out, "documents", "title")[0]
    assert not any("<" in t for t in column(out, "entities", "text"))
    out = tmp_path / "json"
    r = invoke("-", "--out", out, "--id-field", "guid", "--date-field", "am", input=json.dumps(
        [{"body": release(1), "guid": "g1", "am": "2024-03-01"}, {"body": release(2), "guid": "g2"}]))
    assert r.exit_code == 0, r.output
    assert column(out, "documents", "input_id") == ["g1", "g2"]
    assert column(out, "documents", "source") == ["stdin#1", "stdin#2"]
    out = tmp_path / "forced"
    r = invoke("-", "--out", out, "--stdin-format", "txt", input=HTML)
    assert r.exit_code == 0 and column(out, "documents", "source") == ["stdin"]
    assert "<html>" in column(out, "sentences", "text")[0]


def test_since_takes_the_document_date(tmp_path):
    """Issue 26.5: --since filters by the document's date (dateline, else the input's), not the file's."""
    from .run_inputs import make_corpus

    src = tmp_path / "in"
    make_corpus(src, 3)                     # datelines 1., 2. and 3. März 2024
    (src / "undated.txt").write_text("Kurze Notiz\n\nDas Treffen fand statt.\n", encoding="utf-8")
    (src / "rec.json").write_text(json.dumps([{"text": "Die Stadt baut.", "date": "2024-01-05", "id": "alt"},
                                              {"text": "Die Stadt plant.", "date": "2024-06-05", "id": "neu"}]),
                                  encoding="utf-8")
    out = tmp_path / "out"
    r = invoke(src, "--out", out, "--since", "2024-03-02")
    assert r.exit_code == 0, r.output
    names = sorted(s.rsplit("/", 1)[1] for s in column(out, "documents", "source"))
    assert names == ["doc001.txt", "doc002.txt", "rec.json#2", "undated.txt"]   # must-not: doc000, rec.json#1
    # the file dates play no part: all were written just now
    r = invoke(src, "--out", out)           # without --since the left-out documents come in
    assert r.exit_code == 0, r.output
    assert len(column(out, "documents", "source")) == 6
    r = invoke(src, "--out", tmp_path / "o2", "--since", "März")
    assert r.exit_code == 2 and "not an ISO date" in r.output


def test_since_is_documented():
    from pathlib import Path

    from click.testing import CliRunner

    from pipeline.cli import main

    help_text = " ".join(CliRunner().invoke(main, ["run", "--help"]).output.split())
    assert "--since-mtime" in help_text and "dated on or after" in help_text
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "--since-mtime" in readme and "Python ≥ 3.11" in readme and "venv" in readme and "chromium" in readme


def test_stdin_feeds_that_share_a_first_record_are_not_taken_for_each_other(tmp_path):
    out = tmp_path / "out"
    first = {"text": "", "id": "leer"}              # an empty first record must not drop the feed either
    r = invoke("-", "--out", out, input=json.dumps([first, {"text": release(1), "id": "a"}]))
    assert r.exit_code == 0, r.output
    assert column(out, "documents", "input_id") == ["leer", "a"]
    r = invoke("-", "--out", out, input=json.dumps([first, {"text": release(2), "id": "b"}]))
    assert r.exit_code == 0, r.output
    assert set(column(out, "documents", "input_id")) == {"leer", "a", "b"}
