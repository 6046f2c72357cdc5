"""Incremental runs: state, replaced and appended rows, byte-identical re-runs, workers."""
from __future__ import annotations

import io
import json
import logging
import os
import time

import pytest

from pipeline.batch import runner
from pipeline.batch.state import STATE_DIR, STORE_FILE, load_state, stored_keys
from pipeline.io.outputs.writer import OUTPUT_FILES

from .run_inputs import MODEL, column, make_corpus, mtimes, outputs, release, store_sql, write_jsonl


def run(inputs, out, *, stdin=None, fault=None, **options):
    options.setdefault("model", MODEL)
    return runner.run([str(i) for i in inputs], out, runner.RunOptions(**options), stdin=stdin, fault=fault)


def test_first_run_writes_every_file_and_a_state(tmp_path):
    src = tmp_path / "in"
    paths = make_corpus(src, 4)
    out = tmp_path / "out"
    s = run([src], out)
    assert (s.processed, s.skipped, s.failed, s.total) == (4, 0, 0, 4)
    assert s.line() == "processed 4, skipped 0, failed 0"
    assert all((out / f).exists() for f in OUTPUT_FILES)
    # Rows in input order: sorted paths of the folder, not completion order.
    assert column(out, "documents", "source") == sorted(str(p) for p in paths)
    state = load_state(out)
    assert state.model.startswith("blank_de-")
    entry = state.inputs[os.path.abspath(paths[0])]
    assert entry.size == paths[0].stat().st_size and entry.mtime_ns == paths[0].stat().st_mtime_ns
    assert [d.source for d in entry.docs] == [str(paths[0])]
    row = column(out, "documents", "source").index(str(paths[0]))
    assert entry.docs[0].doc_id == column(out, "documents", "doc_id")[row]


def test_unchanged_rerun_skips_everything_and_touches_no_file(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 3)
    run([src], out)
    before, times = outputs(out), mtimes(out)
    state_before = (out / STATE_DIR / STORE_FILE).read_bytes()
    s = run([src], out)
    assert (s.processed, s.skipped, s.failed) == (0, 3, 0)
    assert not s.rebuilt
    assert outputs(out) == before and mtimes(out) == times
    assert (out / STATE_DIR / STORE_FILE).read_bytes() == state_before


def test_changed_file_replaces_its_rows_in_place(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    paths = make_corpus(src, 3)
    run([src], out)
    old_ids = column(out, "documents", "doc_id")
    old_sources = column(out, "documents", "source")
    changed = paths[1]
    changed.write_text(release(1) + "\nNachtrag: 7 Prozent mehr.\n", encoding="utf-8")
    s = run([src], out)
    assert (s.processed, s.skipped) == (1, 2)
    ids = column(out, "documents", "doc_id")
    assert column(out, "documents", "source") == old_sources     # no duplicate, same position
    k = old_sources.index(str(changed))
    assert [i for n, i in enumerate(ids) if n != k] == [i for n, i in enumerate(old_ids) if n != k]
    assert ids[k] != old_ids[k]
    assert old_ids[k] not in column(out, "sentences", "doc_id")  # the old rows are gone everywhere
    assert "Nachtrag: 7 Prozent mehr." in column(out, "sentences", "text")


def test_new_files_are_appended_and_vanished_files_kept_until_full(tmp_path, caplog):
    src, out = tmp_path / "in", tmp_path / "out"
    paths = make_corpus(src, 3)
    run([src], out)
    new = src / "aaa_first_in_sort_order.txt"
    new.write_text(release(50), encoding="utf-8")
    paths[2].unlink()
    with caplog.at_level(logging.INFO, logger="press_extract"):
        s = run([src], out)
    assert (s.processed, s.skipped, s.total) == (1, 2, 4)
    sources = column(out, "documents", "source")
    assert sources[:3] == sorted(str(p) for p in paths) and sources[3] == str(new)   # appended
    assert "no longer exist; their rows are kept" in caplog.text
    # --full: exactly the current inputs, in input order, as a fresh run writes them.
    s = run([src], out, full=True)
    assert (s.processed, s.skipped) == (3, 0)
    fresh = tmp_path / "fresh"
    run([src], fresh)
    assert outputs(out) == outputs(fresh)


def test_touched_file_is_not_reprocessed_and_output_is_identical(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    paths = make_corpus(src, 2)
    run([src], out)
    before = outputs(out)
    os.utime(paths[0], ns=(time.time_ns(), time.time_ns() + 10**9))
    s = run([src], out)
    assert (s.processed, s.skipped) == (0, 2)
    assert outputs(out) == before


def test_rewrite_keeping_size_and_mtime_is_noticed(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    paths = make_corpus(src, 2)
    run([src], out)
    st = paths[0].stat()
    text = paths[0].read_text(encoding="utf-8")
    paths[0].write_text(text.replace("Rekord", "Rakord"), encoding="utf-8")   # same size
    os.utime(paths[0], ns=(st.st_atime_ns, st.st_mtime_ns))                    # same mtime (cp -p)
    s = run([src], out)
    assert (s.processed, s.skipped) == (1, 1)
    assert any("Rakord" in t for t in column(out, "sentences", "text"))


def test_growing_jsonl_processes_only_new_lines(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    feed = src / "feed.jsonl"
    lines = [{"text": release(i), "id": str(i)} for i in range(3)]
    write_jsonl(feed, lines)
    run([src], out)
    write_jsonl(feed, lines + [{"text": release(9)}])
    s = run([src], out)
    assert (s.processed, s.skipped) == (1, 3)
    assert column(out, "documents", "source") == [f"{feed}#{n}" for n in range(1, 5)]


def test_model_or_version_change_reprocesses_everything(tmp_path, caplog, monkeypatch):
    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 2)
    run([src], out)
    store_sql(out, "UPDATE meta SET v='de_press_core-0.0.1' WHERE k='model'")
    with caplog.at_level(logging.INFO, logger="press_extract"):
        s = run([src], out)
    assert (s.processed, s.skipped) == (2, 0)
    assert "model changed (de_press_core-0.0.1 -> blank_de-" in caplog.text
    monkeypatch.setattr(runner, "__version__", "99.0")
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="press_extract"):
        s = run([src], out)
    assert (s.processed, s.skipped) == (2, 0)
    assert "pipeline version changed" in caplog.text


def test_damaged_or_deleted_output_is_rebuilt(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 2)
    run([src], out)
    before = outputs(out)
    (out / "documents.csv").unlink()
    (out / "figures.csv").write_text("garbage")
    s = run([src], out)
    assert s.rebuilt and s.processed == 0
    assert outputs(out) == before


def test_deleted_stored_result_is_recomputed(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 2)
    run([src], out)
    before = outputs(out)
    store_sql(out, "DELETE FROM results WHERE key=(SELECT min(key) FROM results)")
    (out / "documents.csv").unlink()    # found when the tables are rendered from the store
    s = run([src], out)
    assert (s.processed, s.skipped) == (1, 1)
    assert outputs(out) == before


def test_results_of_replaced_documents_are_pruned(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    paths = make_corpus(src, 2)
    run([src], out)
    paths[0].write_text(release(77), encoding="utf-8")
    run([src], out)
    stored = stored_keys(out)
    assert stored == load_state(out).keys() and len(stored) == 2


def test_two_workers_write_the_same_bytes_as_one(tmp_path):
    src = tmp_path / "in"
    make_corpus(src, 6)
    (src / "bad.json").write_text('{"text": ', encoding="utf-8")
    one, two = tmp_path / "one", tmp_path / "two"
    run([src], one, batch_size=2)
    s = run([src], two, workers=2, batch_size=2)
    assert (s.processed, s.failed) == (6, 1)
    assert outputs(one) == outputs(two)
    assert len({m.name for m in s.memory}) >= 1 and all(m.rss > 0 for m in s.memory)


def test_output_folder_inside_the_input_folder_is_not_read(tmp_path):
    src = tmp_path / "in"
    make_corpus(src, 2)
    out = src / "out"
    run([src], out)
    s = run([src], out)
    assert s.total == 2 and s.processed == 0
    assert not any("dataset.jsonl" in x for x in column(out, "documents", "source"))


def test_glob_and_since_filter_the_inputs(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    paths = make_corpus(src, 4)
    write_jsonl(src / "feed.jsonl", [{"text": release(20)}])
    s = run([src], out, globs=["*.jsonl"])
    assert column(out, "documents", "source") == [f"{src / 'feed.jsonl'}#1"] and s.processed == 1
    old = time.time() - 10 * 86400
    for p in paths[1:]:
        os.utime(p, (old, old))
    s = run([src], out, since=time.time() - 86400, globs=["sub/*.txt", "doc00*"])
    # doc000 is in sub/ and recent; doc003 is in sub/ but old.
    assert s.processed == 1 and column(out, "documents", "source")[-1] == str(paths[0])
    assert runner.select_inputs([str(src)], out, globs=["doc001.txt"]) == [str(paths[1])]


def test_stdin_texts_accumulate(tmp_path):
    out = tmp_path / "out"
    run(["-"], out, stdin=io.BytesIO(release(1).encode()))
    s = run(["-"], out, stdin=io.BytesIO(release(1).encode()))
    assert (s.processed, s.skipped) == (0, 1)
    s = run(["-"], out, stdin=io.BytesIO(release(2).encode()))
    assert s.processed == 1 and column(out, "documents", "source") == ["stdin", "stdin"]


def test_same_file_named_twice_gives_one_row(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    paths = make_corpus(src, 2)
    s = run([src, paths[1]], out)
    assert s.total == 2 and len(column(out, "documents", "doc_id")) == 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_an_error_row_and_is_retried(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    paths = make_corpus(src, 2)
    paths[1].chmod(0)
    s = run([src], out)
    assert s.failed == 1 and "cannot read file" in column(out, "documents", "error")[1]
    paths[1].chmod(0o644)
    s = run([src], out)
    assert (s.processed, s.failed) == (1, 0)


def test_rendered_csv_quotes_like_pandas():
    """The fragments are written with the csv module; the bytes stay what pandas' to_csv wrote."""
    import pandas as pd

    from pipeline.model.document import Document, DocumentInfo, Sentence
    from pipeline.io.outputs.writer import table_csv

    tricky = ['a "quoted" word', "comma, here", "line\nbreak", " lead", "", "Prof. Dr.\u00a0X", "é€"]
    doc = Document(DocumentInfo("abc", source="x.txt", title='T "1", 2'),
                   sentences=[Sentence("abc", i, i, i + 1, 0, "body", t) for i, t in enumerate(tricky)])
    rows = [["abc", str(i), str(i), str(i + 1), "0", "body", t] for i, t in enumerate(tricky)]
    expected = pd.DataFrame(rows, columns=["doc_id", "sent", "start", "end", "para", "section", "text"],
                            dtype=str).to_csv(index=False, lineterminator="\n")
    assert table_csv("sentences", [doc]) == expected


def test_a_document_that_kills_its_worker_becomes_an_error_row(tmp_path, monkeypatch):
    from pipeline.batch.engines import units as workers

    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 4)
    poison = src / "poison.txt"
    poison.write_text("POISON\n\n" + release(9), encoding="utf-8")
    real = workers.extract_docs

    def deadly(sources, **kw):   # forked workers inherit this patch
        sources = list(sources)
        if any("POISON" in s.text for s in sources):
            os._exit(1)          # like the kernel's OOM killer: no exception, the process is gone
        return real(sources, **kw)

    monkeypatch.setattr(workers, "extract_docs", deadly)
    s = run([src], out, workers=2, batch_size=2)
    assert (s.processed, s.failed) == (4, 1)
    errors = dict(zip(column(out, "documents", "source"), column(out, "documents", "error")))
    assert "worker process died" in errors[str(poison)]
    assert sum(bool(e) for e in errors.values()) == 1
    # Perhaps it was transient: the next run tries that document again, and only that one.
    monkeypatch.undo()
    s = run([src], out, workers=2, batch_size=2)
    assert (s.processed, s.skipped, s.failed) == (1, 4, 0)
    assert column(out, "documents", "status") == ["ok"] * 5


def test_same_text_under_two_names_is_one_document(tmp_path):
    """doc_id is the text's hash, so two copies give one documents row and one set of rows."""
    import csv

    from pipeline.batch.runner import RunOptions, run

    src = tmp_path / "in"
    src.mkdir()
    text = "Berlin, 8. November 2011 – Die Beispiel AG setzte 541 Mio. Euro um."
    (src / "a.txt").write_text(text, encoding="utf-8")
    (src / "b.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run([str(src)], out, RunOptions(model="blank:de"))
    with open(out / "documents.csv", encoding="utf-8") as fh:
        docs = list(csv.DictReader(fh))
    assert [d["source"].rsplit("/", 1)[1] for d in docs] == ["a.txt"]
    with open(out / "figures.csv", encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 1
    assert len((out / "dataset.jsonl").read_text(encoding="utf-8").splitlines()) == 1


def test_unchanged_rerun_never_imports_spacy(tmp_path):
    """A cron re-run with nothing new answers from the state alone: no spaCy import, no model load."""
    import subprocess
    import sys

    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 2)
    run([src], out)
    probe = ("import sys\nfrom pipeline.batch import runner\n"
             f"s = runner.run([{str(src)!r}], __import__('pathlib').Path({str(out)!r}), runner.RunOptions(model={MODEL!r}))\n"
             "print(s.line(), 'spacy' in sys.modules, 'pipeline.api' in sys.modules)")
    res = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert res.stdout.split() == ["processed", "0,", "skipped", "2,", "failed", "0", "False", "False"]


def test_package_api_stays_the_function_after_submodule_imports():
    import importlib

    import pipeline

    importlib.import_module("pipeline.api")
    importlib.import_module("pipeline.batch.engines.units")
    assert callable(pipeline.extract) and pipeline.extract.__name__ == "extract"
    assert pipeline.load.__name__ == "load" and pipeline.extract_docs.__name__ == "extract_docs"
