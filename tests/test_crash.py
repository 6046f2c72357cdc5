"""SIGKILL a run anywhere: the next run must write exactly what an uninterrupted run writes."""
from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from pipeline.batch import runner
from pipeline.batch.state import load_state, stored_keys

from .run_inputs import MODEL, make_corpus, outputs, release, write_jsonl

#: Fault-injection points of pipeline/batch/runner.py (its ``fault`` hook): after the Nth stored result,
#: in the middle of the rebuild, after the rebuild but before the state file, after the state file.
KILL_POINTS = ["result-1", "result-7", "rebuild", "before-state", "before-prune"]
LAUNCHER = Path(__file__).with_name("crash_launcher.py")


def _inputs(folder):
    make_corpus(folder, 8)
    write_jsonl(folder / "feed.jsonl", [{"text": release(40)}, "{not json", {"text": release(41)}])
    (folder / "empty.txt").write_text("")


def _args(src, out, *extra):
    return ["run", str(src), "--out", str(out), "--model", MODEL, "--batch-size", "2", "-q", *extra]


def _cmd(src, out, *extra):
    return [sys.executable, "-c", "from pipeline.cli import main; main()", *_args(src, out, *extra)]


def _kill_cmd(point, src, out):
    """The CLI in a subprocess that SIGKILLs itself at ``point``."""
    return [sys.executable, str(LAUNCHER), point, *_args(src, out)]


def _finish(src, out):
    """The next, uninterrupted run (in-process: faster, same code)."""
    runner.run([str(src)], out, runner.RunOptions(model=MODEL, batch_size=2))


def _assert_clean(out):
    assert not list(out.glob(".*.tmp"))
    assert stored_keys(out) == load_state(out).keys()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    base = tmp_path_factory.mktemp("crash")
    src = base / "in"
    _inputs(src)
    ref = base / "ref"
    _finish(src, ref)
    return src, outputs(ref)


def test_fault_hook_sees_every_commit_step(tmp_path, corpus):
    src, _ = corpus
    seen = []
    runner.run([str(src)], tmp_path / "out", runner.RunOptions(model=MODEL, batch_size=2), fault=seen.append)
    assert [p for p in KILL_POINTS if p in seen] == KILL_POINTS
    assert "environ" not in Path(runner.__file__).read_text()   # no switch on the commit path


@pytest.mark.parametrize("point", KILL_POINTS)
def test_kill_point_then_rerun_gives_the_uninterrupted_tables(tmp_path, corpus, point):
    src, expected = corpus
    out = tmp_path / "out"
    proc = subprocess.run(_kill_cmd(point, src, out), capture_output=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    _finish(src, out)
    assert outputs(out) == expected
    _assert_clean(out)


def test_kill_during_an_incremental_run(tmp_path, corpus):
    src0, _ = corpus
    src = tmp_path / "in"
    shutil.copytree(src0, src)
    out = tmp_path / "out"
    _finish(src, out)
    # Grow and change the input, then compare with an uninterrupted incremental run.
    make_corpus(src, 3, start=20)
    (src / "doc001.txt").write_text(release(1) + "\nNachtrag.\n", encoding="utf-8")
    ref = tmp_path / "ref"
    shutil.copytree(out, ref)
    _finish(src, ref)
    for point in ("result-2", "before-state"):
        proc = subprocess.run(_kill_cmd(point, src, out), capture_output=True, timeout=60)
        assert proc.returncode == -signal.SIGKILL
    _finish(src, out)
    assert outputs(out) == outputs(ref)
    _assert_clean(out)


def _stored(out) -> int:
    import sqlite3

    try:   # read-only, without waiting: the run writes the store meanwhile
        return len(stored_keys(out))
    except sqlite3.Error:
        return 0


def test_random_kills_with_two_workers(tmp_path):
    src = tmp_path / "in"
    make_corpus(src, 400)
    ref = tmp_path / "ref"
    _finish(src, ref)
    out = tmp_path / "out"
    rng = random.Random(6)
    killed_pool = 0
    for _ in range(3):
        before = _stored(out)
        proc = subprocess.Popen(_cmd(src, out, "--workers", "2"), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        # Kill at a random moment once the workers are producing (however slow this machine is).
        deadline = time.monotonic() + 60
        while proc.poll() is None and _stored(out) <= before and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(rng.uniform(0.0, 0.15))
        try:
            children = psutil.Process(proc.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            children = []
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        killed_pool += bool(children) and proc.returncode == -signal.SIGKILL
        # Workers die with the run (no orphan keeps a model in memory).
        gone, alive = psutil.wait_procs(children, timeout=10)
        assert not alive, [(p.pid, p.name(), p.cmdline()[:3], p.status()) for p in alive]
    assert killed_pool, "no kill landed while the worker pool was running"
    _finish(src, out)
    assert outputs(out) == outputs(ref)
    _assert_clean(out)
