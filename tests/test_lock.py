"""One run at a time per output folder: exit 3 while locked, stale locks taken over."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pipeline.batch import runner
from pipeline.batch.lock import LOCK_FILE, Locked, locked
from pipeline.batch.state import STATE_DIR

from .run_inputs import MODEL, cli, make_corpus


def test_second_run_exits_3_while_the_lock_is_held(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 1)
    with locked(out):    # this test process is "the other run"
        proc = cli("run", str(src), "--out", str(out), "--model", MODEL)
    assert proc.returncode == 3
    err = proc.stderr.decode()
    assert f"pid {os.getpid()}" in err and "is writing to" in err
    assert not (out / "documents.csv").exists()
    # Released: the next run goes ahead.
    assert cli("run", str(src), "--out", str(out), "--model", MODEL, "-q").returncode == 0


def test_lock_is_exclusive_within_a_process_too(tmp_path):
    with locked(tmp_path):
        with pytest.raises(Locked):
            runner.run([], tmp_path, runner.RunOptions(model=MODEL))


def test_stale_lock_of_a_dead_process_is_taken_over(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    make_corpus(src, 1)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock = out / STATE_DIR / LOCK_FILE
    lock.parent.mkdir(parents=True)
    import socket

    lock.write_text(f"{dead.pid} {socket.gethostname()} 2025-01-01T00:00:00\n")
    proc = cli("run", str(src), "--out", str(out), "--model", MODEL)
    assert proc.returncode == 0, proc.stderr.decode()
    assert f"taking over the stale lock of pid {dead.pid}" in proc.stderr.decode()
    assert (out / "documents.csv").exists()
    assert lock.read_text() == ""    # released cleanly at the end


def test_lock_file_names_the_holder_while_running(tmp_path):
    with locked(tmp_path):
        pid, host, since = (tmp_path / STATE_DIR / LOCK_FILE).read_text().split()
        assert int(pid) == os.getpid() and since[:2] == "20"
    assert (tmp_path / STATE_DIR / LOCK_FILE).read_text() == ""
