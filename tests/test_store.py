"""The SQLite store of an output folder (issue 22): migration, committed batches, the rows a run
writes for odd inputs, and one-line failure messages."""
from __future__ import annotations

import errno
import json
import logging
import os
import sqlite3
import subprocess
import sys

import pytest

from pipeline.batch import runner
from pipeline.batch.state import (RESULTS_DIR, STATE_DIR, STATE_FILE, STORE_FILE, Store, _legacy_json, load_state,
                                  stored_keys)
from pipeline.io.outputs.writer import OUTPUT_FILES

from .run_inputs import MODEL, column, make_corpus, outputs, release, write_jsonl


def run(inputs, out, *, fault=None, **options):
    options.setdefault("model", MODEL)
    return runner.run([str(i) for i in inputs], out, runner.RunOptions(**options), fault=fault)


def _to_format_1(out):
    """Turn the store of ``out`` into the layout of format 1: state.json plus results/KEY.json."""
    store = Store(out)
    state = store.load(docs=True)
    res = out / STATE_DIR / RESULTS_DIR
    res.mkdir()
    for key, doc_id, source, status, data in store.db.execute(
            "SELECT key, doc_id, source, status, data FROM results JOIN result_data USING (key)"):
        fragments = dict(zip(OUTPUT_FILES, store.unpack(key, data)))
        (res / f"{key}.json").write_text(json.dumps({"key": key, "doc_id": doc_id, "source": source, "status": status,
                                                     "error": "", "warnings": "", "fragments": fragments}))
    store.close()
    (out / STATE_DIR / STATE_FILE).write_text(json.dumps(_legacy_json(state)))
    for suffix in ("", "-wal", "-shm"):
        (out / STATE_DIR / f"{STORE_FILE}{suffix}").unlink(missing_ok=True)
    return state


def test_an_old_folder_is_migrated_once_and_nothing_is_extracted_again(tmp_path, caplog):
    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 3)
    write_jsonl(src / "feed.jsonl", [{"text": release(10), "id": "a"}, "{kaputt"])
    run([src], out)
    before = outputs(out)
    old = _to_format_1(out)
    assert len(old.keys()) == 5 and not (out / STATE_DIR / STORE_FILE).exists()
    with caplog.at_level(logging.INFO, logger="press_extract"):
        s = run([src], out)
    assert "migrated 4 input(s) and 5 stored document(s)" in caplog.text
    assert (s.processed, s.skipped, s.failed) == (0, 5, 0)
    assert outputs(out) == before
    assert not (out / STATE_DIR / STATE_FILE).exists() and not (out / STATE_DIR / RESULTS_DIR).exists()
    assert load_state(out).keys() == old.keys() == stored_keys(out)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="press_extract"):
        run([src], out)
    assert "migrated" not in caplog.text      # once


def test_a_damaged_old_result_is_extracted_again_after_migration(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 3)
    run([src], out)
    before = outputs(out)
    _to_format_1(out)
    victim = sorted((out / STATE_DIR / RESULTS_DIR).glob("*.json"))[0]
    victim.write_text('{"key": "x", "fragm')
    (out / "documents.csv").unlink()    # the tables are rebuilt from the store
    s = run([src], out)
    assert (s.processed, s.skipped) == (1, 2)
    assert outputs(out) == before


def test_an_interrupted_run_keeps_the_committed_batches(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 7)

    def stop(step):
        if step == "result-5":      # in the third batch of two: the first two are committed
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run([src], out, fault=stop, batch_size=2)
    assert len(stored_keys(out)) == 6          # the batch of result-5 was committed before the step
    assert load_state(out) is None             # no state: the run never reached its commit
    assert not any((out / f).exists() for f in OUTPUT_FILES)
    s = run([src], out, batch_size=2)
    assert (s.processed, s.skipped) == (1, 6)
    fresh = tmp_path / "fresh"
    run([src], fresh)
    assert outputs(out) == outputs(fresh)


def test_a_store_is_one_database_whatever_the_number_of_documents(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    write_jsonl(src / "feed.jsonl", [{"text": release(i)} for i in range(40)])
    run([src], out)
    from pipeline.index.folder import REGISTRY_FILE

    # the store, and the index's id registry (issue 25), whatever the number of documents
    assert sorted(p.name for p in (out / STATE_DIR).iterdir()) == sorted(["lock", STORE_FILE, REGISTRY_FILE])
    # The rows are there to query: every document as its dataset.jsonl record.
    store = Store(out)
    docs = list(store.documents())
    store.close()
    assert [d["doc_id"] for d in docs] == column(out, "documents", "doc_id")
    assert docs[3]["figures"] and docs[3]["sentences"][0]["text"]


# --- the rows of odd inputs ---------------------------------------------------------------------

@pytest.mark.parametrize("depth", [1000, 300, 3])
def test_a_release_inside_1000_nested_divs_comes_out_whole(tmp_path, depth):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    paras = ["Beispiel AG wächst kräftig",
             "Berlin, 3. März 2024 – Die Beispiel AG hat 2023 rund 120 Mio. Euro umgesetzt.",
             "Vorstandschef Dr. Max Muster sagte, man plane 300 neue Stellen."]
    body = f"<h1>{paras[0]}</h1>" + "".join(f"<p>{p}</p>" for p in paras[1:])
    (src / "deep.html").write_text(f"<html><head><title>Presse</title></head><body>{'<div>' * depth}"
                                   f"{body}{'</div>' * depth}</body></html>", encoding="utf-8")
    run([src], out)
    assert column(out, "documents", "status") == ["ok"]
    assert json.loads((out / "dataset.jsonl").read_text())["text"] == "\n\n".join(paras)


@pytest.mark.parametrize("html, error", [
    ("<html><body><script>var x = 1;</script></body></html>", "no main text found in HTML"),   # nothing there
    ("<html><body>" + "<div>" * 1000 + "</div>" * 1000 + "</body></html>", "no main text found in HTML"),
])
def test_html_without_text_stays_an_error_row(tmp_path, html, error):
    from pipeline.io.inputs.ingest import read_file

    page = tmp_path / "a.html"
    page.write_text(html, encoding="utf-8")
    [doc] = read_file(str(page))
    assert doc.error == error and not doc.text


def test_a_rejected_document_keeps_its_size_and_hash_not_its_text(monkeypatch, blank_nlp):
    import pipeline.api as api
    from pipeline.io.outputs.writer import render
    from pipeline.model.document import SourceDoc
    from pipeline.text.normalise import doc_id

    monkeypatch.setattr(api, "MAX_CHARS", 50)
    long, short = "Die Beispiel AG wächst. " * 10, "Die Beispiel AG wächst."
    rejected, kept = api.extract_docs([SourceDoc("a.txt", long), SourceDoc("b.txt", short)], nlp=blank_nlp)
    row = json.loads(render(rejected)["dataset.jsonl"])
    assert row["status"] == "error" and row["error"] == f"document too long: {len(long)} characters (limit 50)"
    assert (row["text"], row["n_chars"], row["doc_id"]) == ("", len(long), doc_id(long))
    assert "wächst" not in "".join(render(rejected).values())
    assert kept.info.status == "ok" and kept.text == short          # must not: a short one keeps its text


@pytest.mark.parametrize("lines, warned", [
    ([("7", "Die Beispiel AG wächst um 5 Prozent."), ("7", "Die Muster GmbH schrumpft um 2 Prozent.")], [False, True]),
    ([("7", "Die Beispiel AG wächst um 5 Prozent."), ("8", "Die Muster GmbH schrumpft um 2 Prozent.")], [False, False]),
    ([("7", "Die Beispiel AG wächst um 5 Prozent."), ("", "Die Muster GmbH schrumpft um 2 Prozent."),
      ("", "Die Firma X wächst um 1 Prozent.")], [False, False, False]),
])
def test_duplicate_input_ids_with_other_texts_are_warned(tmp_path, lines, warned):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    write_jsonl(src / "feed.jsonl", [{"id": i, "text": t} if i else {"text": t} for i, t in lines])
    run([src], out)
    warnings = column(out, "documents", "warnings")
    assert ["duplicate input_id 7: another text has it" in w for w in warnings] == warned


def test_a_symlink_loop_in_an_input_folder_is_logged(tmp_path, caplog):
    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 1)
    (src / "a.txt").symlink_to(src / "b.txt")
    (src / "b.txt").symlink_to(src / "a.txt")
    with caplog.at_level(logging.INFO, logger="press_extract"):
        s = run([src], out)
    assert s.total == 1
    assert "2 symbolic link(s) that lead nowhere (a loop or a missing target) skipped" in caplog.text


# --- failures of the output folder or the scheduler: one line ------------------------------------

@pytest.mark.parametrize("exc, stored, expected", [
    (OSError(errno.ENOSPC, "No space left on device"), 0,
     "run broke off: output folder OUT: the disk is full (No space left on device); nothing was stored, "
     "the tables are unchanged"),
    (OSError(errno.EROFS, "Read-only file system"), 0,
     "run broke off: output folder OUT: the file system is read-only (Read-only file system); nothing was stored, "
     "the tables are unchanged"),
    (sqlite3.OperationalError("database or disk is full"), 12,
     "run broke off: output folder OUT: the store cannot be written (database or disk is full); 12 document(s) "
     "stored; the next run resumes from them"),
    (OSError("Timed out trying to connect to tcp://10.0.0.1:8786 after 30 s\nmore"), 0,
     "run broke off: Dask scheduler tcp://10.0.0.1:8786: OSError: Timed out trying to connect to "
     "tcp://10.0.0.1:8786 after 30 s; nothing was stored, the tables are unchanged"),
])
def test_broke_off_is_one_line_that_says_what_failed(exc, stored, expected):
    from pipeline.cli import broke_off

    if stored:
        exc.stored = stored
    scheduler = "tcp://10.0.0.1:8786" if "Timed out" in str(exc) else None
    assert broke_off(exc, "OUT", scheduler) == expected


_FULL_DISK = """
import errno, sys
from pipeline.batch import runner
from pipeline.cli import main

def full(*a, **kw):
    raise OSError(errno.ENOSPC, "No space left on device")

runner.run = full
main()
"""


@pytest.mark.parametrize("verbose", [False, True])
def test_a_full_disk_is_one_line_on_stderr_and_the_traceback_only_in_the_log_file(tmp_path, verbose):
    src, out, log_file = tmp_path / "in", tmp_path / "out", tmp_path / "run.log"
    make_corpus(src, 1)
    args = ["run", str(src), "--out", str(out), "--model", MODEL, "--log-file", str(log_file)]
    proc = subprocess.run([sys.executable, "-c", _FULL_DISK, *args, *(["-v"] if verbose else [])],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if "broke off" in line or "Traceback" in line]
    assert errors == [f"press-extract: run broke off: output folder {out}: the disk is full (No space left on "
                      "device); nothing was stored, the tables are unchanged"]
    assert "Traceback" not in proc.stderr
    assert ("Traceback" in log_file.read_text()) == verbose


def test_appended_rows_keep_the_same_text_once(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(release(1), encoding="utf-8")
    run([src], out)
    (src / "b.txt").write_text(release(1), encoding="utf-8")       # the same text again: no new row
    (src / "c.txt").write_text(release(2), encoding="utf-8")       # a new text: appended
    s = run([src], out)
    assert (s.processed, s.total) == (2, 3)
    assert [os.path.basename(p) for p in column(out, "documents", "source")] == ["a.txt", "c.txt"]
    fresh = tmp_path / "fresh"
    run([src], fresh)
    assert outputs(out) == outputs(fresh)


@pytest.mark.parametrize("fail_at, stored", [(1, 0), (2, 2)])
def test_a_run_that_broke_off_knows_what_it_stored(tmp_path, monkeypatch, fail_at, stored):
    from pipeline.batch import state

    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 5)
    real, calls = state._insert, []

    def full(db, rows):
        calls.append(rows)
        if len(calls) >= fail_at:     # full from then on
            raise sqlite3.OperationalError("database or disk is full")
        return real(db, rows)

    monkeypatch.setattr(state, "_insert", full)
    with pytest.raises(sqlite3.OperationalError) as info:
        run([src], out, batch_size=2)
    assert info.value.stored == stored == len(stored_keys(out))
