"""``press-extract run``: every input format, bad inputs, logging and exit codes."""
from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from pipeline.cli import main

from .run_inputs import MODEL, cli, column, make_corpus, release, write_jsonl

HTML = ("<html><head><title>Titel der Seite</title><script>var x = 1;</script></head><body>"
        "<nav><a href='/'>Start</a> | <a href='/presse'>Presse</a></nav><article><h1>Beispiel AG wächst</h1>"
        + "".join(f"<p>{release(i).splitlines()[2]}</p>" for i in range(3))
        + "</article><footer>Impressum</footer></body></html>")


def invoke(*args, input=None):
    return CliRunner().invoke(main, ["run", *map(str, args), "--model", MODEL], input=input)


@pytest.mark.parametrize("name,data,n_docs", [
    ("a.txt", release(1).encode(), 1),
    ("a.md", ("# " + release(2)).encode(), 1),
    ("a.html", HTML.encode(), 1),
    ("a.json", json.dumps({"text": release(3), "title": "T", "date": "2024-03-01"}).encode(), 1),
    ("a.jsonl", (json.dumps({"text": release(4)}) + "\n" + json.dumps({"text": release(5)}) + "\n").encode(), 2),
])
def test_each_input_format(tmp_path, name, data, n_docs):
    f = tmp_path / name
    f.write_bytes(data)
    out = tmp_path / "out"
    r = invoke(f, "--out", out)
    assert r.exit_code == 0, r.output
    assert column(out, "documents", "status") == ["ok"] * n_docs
    assert int(column(out, "documents", "n_sentences")[0]) > 0
    assert f"processed {n_docs}, skipped 0, failed 0" in r.stderr
    if name == "a.html":
        text = " ".join(column(out, "sentences", "text"))
        assert "Beispiel AG" in text and "var x" not in text


def test_stdin(tmp_path):
    out = tmp_path / "out"
    r = invoke("-", "--out", out, input=release(7))
    assert r.exit_code == 0, r.output
    assert column(out, "documents", "source") == ["stdin"]


@pytest.fixture
def bad_inputs(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (src / "latin1.txt").write_bytes("Köln – Die Größe wächst um 12 Prozent.".encode("cp1252"))
    (src / "empty.txt").write_bytes(b"")
    (src / "truncated.json").write_text('{"text": "Berlin – Die Bei', encoding="utf-8")
    write_jsonl(src / "feed.jsonl", [{"text": release(1)}, '{"text": "kaputt', {"text": release(2)}])
    (src / "huge.txt").write_text("x" * 2_100_000, encoding="utf-8")   # ~2 MB, no newline
    (src / "good.txt").write_text(release(3), encoding="utf-8")
    return src


def test_bad_inputs_give_one_error_row_each_and_the_run_goes_on(tmp_path, bad_inputs):
    out = tmp_path / "out"
    log = tmp_path / "run.log"
    r = invoke(bad_inputs, "--out", out, "--log-file", log)
    assert r.exit_code == 0, r.output
    rows = dict(zip(column(out, "documents", "source"), zip(column(out, "documents", "status"),
                                                            column(out, "documents", "error"),
                                                            column(out, "documents", "warnings"))))
    b = str(bad_inputs)
    assert rows[f"{b}/binary.txt"][:2] == ("error", "binary file (NUL bytes), not text")
    assert rows[f"{b}/latin1.txt"] == ("ok", "", "decoded as cp1252")
    assert rows[f"{b}/empty.txt"][:2] == ("error", "empty document")
    assert rows[f"{b}/truncated.json"][1].startswith("malformed JSON:")
    assert rows[f"{b}/feed.jsonl#2"][1].startswith("malformed JSON line:")
    assert rows[f"{b}/feed.jsonl#1"][0] == rows[f"{b}/feed.jsonl#3"][0] == "ok"
    assert rows[f"{b}/huge.txt"][1].startswith("document too long: 2100000 characters")
    assert rows[f"{b}/good.txt"][0] == "ok"
    assert all("\n" not in e for _, e, _ in rows.values())
    # One log line per problem document, "source: error", on stderr and in the log file.
    for text in (r.stderr, log.read_text()):
        assert text.count(f"{b}/binary.txt: binary file") == 1
        assert f"{b}/latin1.txt: warning: decoded as cp1252" in text
        assert "processed 4, skipped 0, failed 5" in text
    # --strict turns failures into exit 1.
    assert invoke(bad_inputs, "--out", tmp_path / "strict", "--strict").exit_code == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path):
    f = tmp_path / "secret.txt"
    f.write_text(release(1))
    f.chmod(0)
    r = invoke(f, "--out", tmp_path / "out")
    assert "cannot read file" in column(tmp_path / "out", "documents", "error")[0]
    assert r.exit_code == 1


def test_exit_1_when_nothing_could_be_processed(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    r = invoke(tmp_path / "empty.txt", "--out", tmp_path / "out")
    assert r.exit_code == 1 and "processed 0, skipped 0, failed 1" in r.stderr
    (tmp_path / "nothing").mkdir()
    r = invoke(tmp_path / "nothing", "--out", tmp_path / "out2")
    assert r.exit_code == 1 and "no input documents found" in r.stderr


def test_unchanged_rerun_exits_0(tmp_path):
    src = tmp_path / "in"
    make_corpus(src, 2)
    assert invoke(src, "--out", tmp_path / "out").exit_code == 0
    r = invoke(src, "--out", tmp_path / "out")
    assert r.exit_code == 0 and "processed 0, skipped 2, failed 0" in r.stderr


@pytest.mark.parametrize("args,message", [
    (["missing-folder"], "input not found"),
    (["{src}", "--since", "yesterday"], "not an ISO date"),
    (["{src}", "--scheduler", "tcp://x:1"], "--scheduler needs --engine dask"),
    (["{src}", "--workers", "0"], "--workers"),
    (["{src}", "--engine", "spark"], "--engine"),
    (["{src}", "--log-file", "/nonexistent/dir/x.log"], "cannot write the log file"),
])
def test_usage_errors_exit_2(tmp_path, args, message):
    make_corpus(tmp_path / "in", 1)
    r = invoke(*[a.format(src=tmp_path / "in") for a in args], "--out", tmp_path / "out")
    assert r.exit_code == 2 and message in r.output


def test_unknown_model_exits_2(tmp_path):
    make_corpus(tmp_path / "in", 1)
    r = CliRunner().invoke(main, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "o"),
                                  "--model", "no_such_model"])
    assert r.exit_code == 2 and "no_such_model" in r.output


def test_quiet_prints_nothing_but_errors_and_since_glob_filter(tmp_path):
    src = tmp_path / "in"
    make_corpus(src, 2)
    (src / "empty.txt").write_text("")
    r = invoke(src, "--out", tmp_path / "out", "--quiet")
    assert r.exit_code == 0 and r.stderr.strip() == f"press-extract: {src}/empty.txt: empty document"
    os.utime(src / "doc001.txt", (946684800, 946684800))   # 2000-01-01
    r = invoke(src, "--out", tmp_path / "o2", "--glob", "doc*", "--since-mtime", "2001-01-01")
    assert r.exit_code == 0
    assert column(tmp_path / "o2", "documents", "source") == [f"{src}/sub/doc000.txt"]


def test_real_process_no_progress_bar_without_tty(tmp_path):
    src = tmp_path / "in"
    make_corpus(src, 6)
    proc = cli("run", str(src), "--out", str(tmp_path / "out"), "--model", MODEL, "--workers", "2",
               "--batch-size", "1", "--verbose")
    assert proc.returncode == 0, proc.stderr.decode()
    err = proc.stderr.decode()
    assert "\r" not in err and "doc/s" not in err              # no tqdm bar
    # With --verbose, one line per worker that got work (with 6 one-document batches, usually both).
    assert 1 <= err.count("memory of ") <= 2 and "RSS" in err
    assert err.strip().splitlines()[-1] == "press-extract: processed 6, skipped 0, failed 0"
