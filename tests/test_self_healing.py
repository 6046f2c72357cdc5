"""State that heals itself (issue 15): a damaged output folder costs a rebuild, never every next run."""
from __future__ import annotations

import errno
import logging
import os

import pytest

from pipeline.batch import runner
from pipeline.batch.lock import LOCK_FILE
from pipeline.batch.state import STATE_DIR, STORE_FILE, load_state
from pipeline.io.outputs.writer import OUTPUT_FILES

from .run_inputs import MODEL, column, make_corpus, outputs, release, store_sql, write_jsonl


def run(inputs, out, *, stdin=None, fault=None, **options):
    options.setdefault("model", MODEL)
    return runner.run([str(i) for i in inputs], out, runner.RunOptions(**options), stdin=stdin, fault=fault)


@pytest.fixture
def done(tmp_path):
    """An input folder and an output folder after one completed run, with the bytes it wrote."""
    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 3)
    run([src], out)
    return src, out, outputs(out)


# --- 12. a store file that is no store (any other content), or a directory ----------------------------------------

@pytest.mark.parametrize("content", ["[]", "null", '"x"', "42", '{"format": 1, "inputs": {}}',
                                     '{"format": 1, "model": "m", "pipeline_version": "v", "inputs": [], "outputs": []}',
                                     '{"format": 1, "model": "m", "pipeline_version": "v", "inputs": [1]}',
                                     '{"format": 1, "model": "m", "pipeline_version": "v", "inputs": [{"x": 1}]}'])
def test_state_of_the_wrong_shape_is_rebuilt(done, content, caplog):
    src, out, before = done
    (out / STATE_DIR / STORE_FILE).write_text(content)
    with caplog.at_level(logging.WARNING, logger="press_extract"):
        s = run([src], out)
    assert "state file unreadable" in caplog.text
    assert s.total == 3 and outputs(out) == before
    assert load_state(out) is not None


def test_state_file_that_is_a_directory_is_replaced(done):
    src, out, before = done
    state = out / STATE_DIR / STORE_FILE
    state.unlink()
    (state / "sub").mkdir(parents=True)
    s = run([src], out)
    assert s.total == 3 and outputs(out) == before
    assert state.is_file() and load_state(out) is not None


def test_lock_file_that_is_a_directory_is_replaced(done):
    src, out, before = done
    lock = out / STATE_DIR / LOCK_FILE
    lock.unlink()
    lock.mkdir()
    (src / "new.txt").write_text(release(30), encoding="utf-8")
    s = run([src], out)
    assert s.processed == 1 and lock.is_file()


# --- 13. damaged results in the store -----------------------------------------------------------

@pytest.mark.parametrize("damage", [b"", b'{"key": "abc", "fragm', b"[1, 2]", b'{"key": "x"}'])
def test_damaged_stored_result_is_extracted_again(done, damage):
    src, out, before = done
    store_sql(out, "UPDATE result_data SET data=? WHERE key=(SELECT min(key) FROM result_data)", (damage,))
    (src / "zzz_new.txt").write_text(release(40), encoding="utf-8")
    # A new input alone is appended to the tables as they are; a damaged table makes them be
    # rebuilt whole from the store, which finds the damaged result.
    (out / "figures.csv").write_text("garbage")
    s = run([src], out)
    assert (s.processed, s.skipped, s.failed, s.total) == (2, 2, 0, 4)
    fresh = out.parent / "fresh"
    run([src], fresh)
    assert outputs(out) == outputs(fresh)
    assert run([src], out).processed == 0     # healed: the next run has nothing to do


def test_new_input_is_appended_without_reading_the_stored_rows(done):
    src, out, before = done
    store_sql(out, "UPDATE result_data SET data=x'' WHERE key=(SELECT min(key) FROM result_data)")
    (src / "zzz_new.txt").write_text(release(41), encoding="utf-8")
    s = run([src], out)
    assert (s.processed, s.skipped, s.total) == (1, 3, 4)
    fresh = out.parent / "fresh"
    run([src], fresh)
    assert outputs(out) == outputs(fresh)
    for name, data in before.items():   # the old rows are kept byte for byte, the new ones follow
        assert outputs(out)[name].startswith(data)


def test_damaged_result_of_a_touched_input_is_extracted_again(done):
    src, out, before = done
    store_sql(out, "UPDATE result_data SET data=x'' WHERE key=(SELECT min(key) FROM result_data)")
    for p in src.rglob("*.txt"):
        os.utime(p)
    s = run([src], out)
    assert (s.processed, s.skipped, s.failed) == (1, 2, 0) and outputs(out) == before


# --- 14. a known bad line is not a new failure -------------------------------------------------

def test_touched_jsonl_with_a_known_bad_line_is_not_a_failure(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    feed = src / "feed.jsonl"
    write_jsonl(feed, [{"text": release(1)}, "{kaputt", {"text": release(2)}])
    s = run([src], out)
    assert (s.processed, s.failed) == (2, 1)
    os.utime(feed, ns=(os.stat(feed).st_atime_ns, os.stat(feed).st_mtime_ns + 10**9))
    s = run([src], out)
    assert (s.processed, s.skipped, s.failed) == (0, 3, 0)
    assert column(out, "documents", "status") == ["ok", "error", "ok"]


# --- 15. the output folder reached through a symlink ------------------------------------------

def test_output_folder_linked_into_the_input_folder_is_not_read(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 2)
    out.mkdir()
    (src / "results").symlink_to(out, target_is_directory=True)
    totals = [run([src], out).total for _ in range(3)]
    assert totals == [2, 2, 2]


def test_output_inside_the_input_named_through_a_link(tmp_path):
    src = tmp_path / "in"
    make_corpus(src, 2)
    (tmp_path / "link").symlink_to(src, target_is_directory=True)
    out = tmp_path / "link" / "out"
    totals = [run([src], out).total for _ in range(3)]
    assert totals == [2, 2, 2]


# --- 16. failures during the commit ----------------------------------------------------------

def test_disk_full_during_the_rebuild_leaves_no_temp_files(done, monkeypatch):
    from pipeline.io.outputs import writer

    src, out, before = done
    (src / "new.txt").write_text(release(50), encoding="utf-8")
    real_fsync = os.fsync
    calls = []

    def full(fd):
        calls.append(fd)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(writer.os, "fsync", full)
    with pytest.raises(OSError):
        run([src], out)
    monkeypatch.undo()
    assert outputs(out) == before
    assert not list(out.glob(".*.tmp"))
    assert run([src], out).total == 4


def test_failed_rename_mid_commit_leaves_the_old_generation(done, monkeypatch):
    from pipeline.io.outputs import writer

    src, out, before = done
    (src / "new.txt").write_text(release(51), encoding="utf-8")
    real_replace = os.replace
    renamed = []

    def flaky(a, b, **kw):
        if str(b).endswith(tuple(OUTPUT_FILES)) and not os.path.basename(str(b)).startswith("."):
            renamed.append(b)
            if len(renamed) == 4:
                raise OSError(errno.EIO, "Input/output error")
        return real_replace(a, b, **kw)

    monkeypatch.setattr(writer.os, "replace", flaky)
    with pytest.raises(OSError):
        run([src], out)
    monkeypatch.undo()
    assert outputs(out) == before      # all seven files of the old generation, none of the new
    assert not list(out.glob(".*.tmp")) and not list(out.glob(".*.old"))
    s = run([src], out)
    assert s.total == 4 and len(column(out, "documents", "doc_id")) == 4


# --- 17. files deleted during a run; symlinks outside the inputs ---------------------------

def test_file_deleted_during_a_run_leaves_no_permanent_row(tmp_path, monkeypatch):
    from pipeline.io.inputs import ingest

    src, out = tmp_path / "in", tmp_path / "out"
    paths = make_corpus(src, 3)
    real = ingest.read_file

    def vanishing(path, *a, **kw):   # deleted between the listing and the reading
        if path == str(paths[1]):
            os.unlink(path)
        return real(path, *a, **kw)

    monkeypatch.setattr(ingest, "read_file", vanishing)
    s = run([src], out)
    assert s.failed == 1 and sum("cannot read file" in e for e in column(out, "documents", "error")) == 1
    monkeypatch.undo()
    s = run([src], out)
    assert s.total == 2 and column(out, "documents", "status") == ["ok", "ok"]


def test_symlinks_are_followed_only_inside_the_input_folder(tmp_path, caplog):
    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 2)
    secret = tmp_path / "elsewhere"
    secret.mkdir()
    (secret / "passwd.txt").write_text(release(8), encoding="utf-8")
    (src / "passwd.txt").symlink_to(secret / "passwd.txt")
    (src / "etc").symlink_to(secret, target_is_directory=True)
    (src / "inside.txt").symlink_to(src / "doc001.txt")    # inside: followed
    (src / "loop").symlink_to(src, target_is_directory=True)
    (src / "bild.png").write_bytes(b"\x89PNG")
    with caplog.at_level(logging.INFO, logger="press_extract"):
        s = run([src], out)
    # inside.txt is doc001.txt's text: one document, under the name that comes first.
    assert [os.path.relpath(p, src) for p in column(out, "documents", "source")] == ["doc001.txt", "sub/doc000.txt"]
    assert s.total == 3
    assert "pointing outside the folder not followed" in caplog.text
    assert "to folders inside it not walked" in caplog.text   # the loop
    # files of other types are named once by the CLI (tests/test_cli_ops.py::test_unsupported_files_are_named_once)


def test_run_whose_lock_was_taken_away_does_not_commit(done):
    from pipeline.batch.lock import Locked

    src, out, before = done
    (src / "new.txt").write_text(release(60), encoding="utf-8")
    lock = out / STATE_DIR / LOCK_FILE

    def second_run_starts(step):    # someone deletes .press-extract/lock; a second run makes a new one
        if step == "result-1":
            lock.unlink()
            lock.write_text("4711 host 2025-01-01T00:00:00\n")

    with pytest.raises(Locked, match="removed or replaced during this run"):
        run([src], out, fault=second_run_starts)
    assert outputs(out) == before and not list(out.glob(".*.tmp"))
