"""Reading inputs: every format, every kind of bad input, one row each."""
import io
import json

import pytest

from pipeline.io.inputs.ingest import decode, iter_inputs, list_files, read_file
from pipeline.text.normalise import doc_id, normalise


def _docs(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return list(read_file(str(p)))


def test_normalise_and_doc_id():
    assert normalise("a\r\nb\rc") == "a\nb\nc"
    assert normalise("Cafe\u0301") == "Café"
    assert normalise("12\u00a0000") == "12\u00a0000"  # no-break spaces stay
    assert doc_id("x") == "2d711642b726b044"
    assert len(doc_id("irgendein Text")) == 16


def test_txt_utf8_with_bom(tmp_path):
    [d] = _docs(tmp_path, "a.txt", "\ufeffGrüße aus Köln\r\n".encode("utf-8"))
    assert d.text == "Grüße aus Köln\n" and not d.error and d.warnings == []


def test_latin1_is_read_as_cp1252_with_warning(tmp_path):
    [d] = _docs(tmp_path, "a.txt", "Grüße – 5 €".encode("cp1252"))
    assert d.text == "Grüße – 5 €"
    assert d.warnings == ["decoded as cp1252"]


@pytest.mark.parametrize("data, msg", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"", "empty"),
    (b"   \n\n\t ", "empty"),
    (bytes(range(1, 32)) * 20, "binary"),
])
def test_bad_txt(tmp_path, data, msg):
    [d] = _docs(tmp_path, "a.txt", data)
    assert msg in d.error and "\n" not in d.error and d.text == ""


def test_json_object(tmp_path):
    obj = {"text": "Berlin, 8. November 2011 – Text.", "title": "T", "id": "x", "date": "2011-11-08T10:00:00"}
    [d] = _docs(tmp_path, "a.json", json.dumps(obj).encode())
    assert (d.text, d.title, d.date, d.error) == (obj["text"], "T", "2011-11-08", "")


@pytest.mark.parametrize("data, msg", [
    (b'{"text": "abgeschnitten', "malformed JSON"),
    (b'"a"', "not an object"),
    (b'[]', "empty JSON list"),
    (b'{"title": "ohne Text"}', "no string field 'text' or 'body' or 'content'"),
])
def test_bad_json(tmp_path, data, msg):
    [d] = _docs(tmp_path, "a.json", data)
    assert msg in d.error


def test_jsonl_lines_and_bad_line(tmp_path):
    data = b'{"text": "Erster Text."}\n\n{"text": "Zweiter\n{"text": "Dritter Text."}\n'
    docs = _docs(tmp_path, "a.jsonl", data)
    assert [d.source.rsplit("#", 1)[1] for d in docs] == ["1", "3", "4"]
    assert docs[0].text == "Erster Text." and not docs[0].error
    assert "malformed JSON line" in docs[1].error
    assert docs[2].text == "Dritter Text."


def test_html_main_text(tmp_path):
    html = ("<html><head><title>Meldung</title><script>var x=1;</script><style>p{}</style></head><body>"
            "<nav><a href='/'>Startseite</a> | <a href='/k'>Kontakt</a></nav><article><h1>Neue Fabrik eröffnet</h1>"
            + "".join(f"<p>Die Beispiel AG hat in Stuttgart eine neue Fabrik mit {n} Mitarbeitern eröffnet, "
                      "teilte das Unternehmen am Montag mit.</p>" for n in (120, 130, 140)) +
            "</article><footer>Impressum</footer></body></html>")
    [d] = _docs(tmp_path, "a.html", html.encode())
    assert "120 Mitarbeitern" in d.text and "140 Mitarbeitern" in d.text
    assert "var x" not in d.text and "p{}" not in d.text and "Startseite" not in d.text


def test_html_without_text(tmp_path):
    [d] = _docs(tmp_path, "a.htm", b"<html><body><script>1</script></body></html>")
    assert d.error == "no main text found in HTML"


def test_unsupported_suffix_named_explicitly(tmp_path):
    [d] = _docs(tmp_path, "a.pdf", b"%PDF-1.4")
    assert d.error.startswith("unsupported file type .pdf")


def test_missing_file_is_an_error_row(tmp_path):
    [d] = list(read_file(str(tmp_path / "fehlt.txt")))
    assert d.error.startswith("cannot read file")


def test_huge_single_line(tmp_path):
    line = ("Wort " * 400_000).encode()
    [d] = _docs(tmp_path, "a.txt", line)
    assert len(d.text) == len(line) and not d.error


def test_folder_is_recursive_sorted_and_skips_other_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("zwei")
    (tmp_path / "1.md").write_text("eins")
    (tmp_path / "bild.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("versteckt")
    files = list_files([str(tmp_path)])
    assert [f.rsplit("/", 1)[1] for f in files] == ["1.md", "2.txt"]


def test_stdin():
    [d] = list(iter_inputs(["-"], stdin=io.BytesIO("Text von stdin.".encode())))
    assert (d.source, d.text) == ("stdin", "Text von stdin.")


def test_decode_reports_position_for_undecodable():
    text, warnings, error = decode("schön".encode("utf-8"))
    assert text == "schön" and not error
