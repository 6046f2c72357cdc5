"""Inputs that used to stop a whole run (issue 15): each becomes one row, or is read correctly."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from pipeline.batch import runner
from pipeline.io.inputs.ingest import read_file

from .run_inputs import MODEL, column, outputs, release


def _docs(tmp_path, name, data: bytes, **kw):
    p = tmp_path / name
    p.write_bytes(data)
    return list(read_file(str(p), **kw))


# --- 1. deeply nested JSON --------------------------------------------------------------------

@pytest.mark.parametrize("name", ["a.json", "a.jsonl"])
def test_deeply_nested_json_is_an_error_row(tmp_path, name):
    [d] = _docs(tmp_path, name, b"[" * 100_000 + b"]" * 100_000)
    assert "nested too deeply" in d.error and "\n" not in d.error


def test_deeply_nested_jsonl_line_spares_the_other_lines(tmp_path):
    data = (json.dumps({"text": "Erster Text."}) + "\n" + "[" * 5000 + "]" * 5000 + "\n"
            + json.dumps({"text": "Dritter Text."}) + "\n").encode()
    docs = _docs(tmp_path, "a.jsonl", data)
    assert [d.text for d in docs] == ["Erster Text.", "", "Dritter Text."]
    assert "nested too deeply" in docs[1].error


# --- 2. lone surrogates -------------------------------------------------------------------------

def test_lone_surrogate_becomes_replacement_character_with_warning():
    from pipeline.text.normalise import normalise_with_warnings

    text, warnings = normalise_with_warnings("Jubel \ud83d und mehr")
    assert text == "Jubel \ufffd und mehr" and len(text) == len("Jubel \ud83d und mehr")
    assert warnings == ["replaced 1 lone surrogate(s) with U+FFFD"]
    # A surrogate pair that JSON escapes as two halves is one real character, not lone.
    assert normalise_with_warnings(json.loads('"\\ud83d\\ude00"')) == ("\U0001f600", [])


def test_lone_surrogate_in_json_text_and_title_is_written(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.json").write_text('{"text": "Berlin, 8. Mai 2024 \\u2013 Toll \\ud83d! 5 Prozent mehr.", '
                                '"title": "Titel \\ud800"}', encoding="utf-8")
    s = runner.run([str(src)], out, runner.RunOptions(model=MODEL))
    assert (s.processed, s.failed) == (1, 0)
    assert column(out, "documents", "title") == ["Titel \ufffd"]
    assert "lone surrogate" in column(out, "documents", "warnings")[0]
    assert "\ufffd" in (out / "sentences.csv").read_text(encoding="utf-8")


def test_extract_accepts_a_lone_surrogate(blank_nlp):
    from pipeline import extract

    doc = extract("Text. \ud800 Die Firma setzte 5 Mio. Euro um.", nlp=blank_nlp)
    assert doc.info.status == "ok" and "\ud800" not in doc.text and "\ufffd" in doc.text
    assert "lone surrogate" in doc.info.warnings
    doc.text.encode("utf-8")


# --- 3. file names that are not UTF-8 -----------------------------------------------------------

@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse non-UTF-8 names")
def test_file_name_that_is_not_utf8_is_processed(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    raw = os.path.join(os.fsencode(src), b"M\xe4rz.txt")
    with open(raw, "wb") as fh:
        fh.write(release(3).encode())
    s = runner.run([str(src)], out, runner.RunOptions(model=MODEL))
    assert (s.processed, s.failed) == (1, 0)
    assert column(out, "documents", "source") == [f"{src}/M\\xe4rz.txt"]
    again = runner.run([str(src)], out, runner.RunOptions(model=MODEL))   # the state remembers that name
    assert (again.processed, again.skipped) == (0, 1)


# --- 5. line separators inside JSONL strings ----------------------------------------------------

@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\u0085"])
def test_jsonl_splits_on_newline_only(tmp_path, sep):
    lines = [json.dumps({"text": f"Erster{sep}Text."}, ensure_ascii=False),
             json.dumps({"text": "Zweiter Text."}, ensure_ascii=False)]
    docs = _docs(tmp_path, "a.jsonl", ("\n".join(lines) + "\r\n").encode())
    assert [d.error for d in docs] == ["", ""]
    assert [d.source.rsplit("#", 1)[1] for d in docs] == ["1", "2"]
    assert sep in docs[0].text


# --- 6. UTF-16 and UTF-32 with a byte order mark -----------------------------------------------

@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_unicode_with_bom_is_decoded(tmp_path, codec):
    text = "Grüße aus Köln – 5 € mehr.\n"
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(codec, b"")
    [d] = _docs(tmp_path, "a.txt", bom + text.encode(codec))
    assert (d.text, d.error, d.warnings) == (text, "", [])


def test_utf16_json(tmp_path):
    [d] = _docs(tmp_path, "a.json", '{"text": "Grüße."}'.encode("utf-16"))
    assert (d.text, d.error) == ("Grüße.", "")


# --- 10. size limit, non-regular files -----------------------------------------------------------

def test_file_over_the_size_limit_is_refused_without_reading(tmp_path):
    p = tmp_path / "big.txt"
    with open(p, "wb") as fh:
        fh.truncate(3 * 2**30)    # sparse: 3 GB that take no disk
    [d] = list(read_file(str(p), max_bytes=20 * 2**20))
    assert d.error == "file too large: 3,221,225,472 bytes (limit 20,971,520)"
    assert d.text == ""


def test_fifo_and_devices_are_refused(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    [d] = list(read_file(str(fifo)))       # would block forever if opened
    assert d.error == "not a regular file (a FIFO)"
    [d] = list(read_file("/dev/zero"))
    assert d.error == "not a regular file (a character device)"
    [d] = list(read_file(str(tmp_path)))
    assert d.error == "not a regular file (a directory)"


def test_stdin_is_read_with_a_bound():
    import io

    [d] = list(read_file("-", io.BytesIO(b"x" * 101), max_bytes=100))
    assert d.error == "input too large: more than 100 bytes (limit 100)"


def test_cli_fifo_named_on_the_command_line_does_not_hang(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text(release(1), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", "from pipeline.cli import main; main()", "run", str(fifo),
                           str(good), "--out", str(tmp_path / "out"), "--model", MODEL],
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    assert "not a regular file" in proc.stderr.decode()


def test_max_file_size_is_configurable(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(release(1), encoding="utf-8")
    s = runner.run([str(src)], out, runner.RunOptions(model=MODEL, max_file_size=100))
    assert s.failed == 1 and column(out, "documents", "error")[0].startswith("file too large")


# --- 17. a NUL byte after the first 8 KB ------------------------------------------------------

def test_nul_byte_after_8k_is_replaced_with_warning(tmp_path):
    data = ("Wort " * 2000).encode() + b"\x00 Ende."
    [d] = _docs(tmp_path, "a.txt", data)
    assert "\x00" not in d.text and d.text.endswith("\ufffd Ende.") and len(d.text) == len(data)
    assert d.warnings == ["replaced 1 NUL character(s) with U+FFFD"]


def test_outputs_never_hold_raw_nul(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.jsonl").write_text(json.dumps({"text": "Ein\u0000Text.", "title": "T\u0000"}) + "\n")
    runner.run([str(src)], out, runner.RunOptions(model=MODEL))
    assert all(b"\x00" not in v for v in outputs(out).values())


def test_cli_max_file_size(tmp_path):
    from .run_inputs import cli

    src = tmp_path / "in"
    src.mkdir()
    (src / "big.txt").write_text(release(1) + "x" * 2**20, encoding="utf-8")
    (src / "small.txt").write_text(release(2), encoding="utf-8")
    proc = cli("run", str(src), "--out", str(tmp_path / "out"), "--model", MODEL, "--max-file-size", "1")
    assert proc.returncode == 0, proc.stderr.decode()
    assert "file too large" in proc.stderr.decode()
    assert column(tmp_path / "out", "documents", "status") == ["error", "ok"]
