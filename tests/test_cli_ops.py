"""Issue 13: what cron jobs and operators meet: model names, logs, empty inputs, help, --prune."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from pipeline.cli import main

from .run_inputs import MODEL, column, make_corpus
from .test_cli import invoke


def test_names_info_prints_are_accepted_by_model(tmp_path):
    r = CliRunner().invoke(main, ["info"])
    shown = re.findall(r"^available  (\S+)$", r.output, re.M)
    assert shown
    make_corpus(tmp_path / "in", 1)
    for i, name in enumerate(shown):
        if name.startswith("de_core_news"):
            continue   # a large model: loading it is not what this test is about
        r = CliRunner().invoke(main, ["run", str(tmp_path / "in"), "--out", str(tmp_path / f"o{i}"), "--model", name])
        assert r.exit_code == 0, (name, r.output)


def test_unknown_model_lists_the_names():
    from pipeline.base_model import resolve

    with pytest.raises(ValueError, match=r"available: auto, .*blank_de-"):
        resolve("no_such_model")


def test_usage_errors_go_to_the_log_file(tmp_path):
    log = tmp_path / "run.log"
    make_corpus(tmp_path / "in", 1)
    r = CliRunner().invoke(main, ["run", str(tmp_path / "in"), "--log-file", str(log), "--workers", "0"])
    assert r.exit_code == 2
    r = CliRunner().invoke(main, ["run", str(tmp_path / "missing"), "--log-file", str(log)])
    assert r.exit_code == 2
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and all("ERROR usage error (exit 2)" in x for x in lines)
    assert "--workers" in lines[0] and "input not found" in lines[1]


def test_run_start_line_in_the_log_only_and_memory_only_when_verbose(tmp_path):
    make_corpus(tmp_path / "in", 2)
    log = tmp_path / "run.log"
    r = invoke(tmp_path / "in", "--out", tmp_path / "out", "--log-file", log)
    text = log.read_text(encoding="utf-8")
    assert re.search(r"^\S+ INFO run started: press-extract \S+, .*in -> .*out$", text.splitlines()[0])
    assert "run started" not in r.stderr
    assert "memory of" not in r.stderr and "memory of" not in text
    r = invoke(tmp_path / "in", "--out", tmp_path / "out2", "--verbose")
    assert "memory of" in r.stderr and "RSS" in r.stderr


def test_empty_folder_is_one_clear_message_and_no_tables(tmp_path):
    (tmp_path / "nothing").mkdir()
    out = tmp_path / "out"
    r = invoke(tmp_path / "nothing", "--out", out)
    assert r.exit_code == 1
    assert r.stderr.strip().splitlines() == [
        f"press-extract: no input documents found in {tmp_path / 'nothing'} "
        "(accepted: .txt .md .html .htm .json .jsonl); nothing written"]
    assert not (out / "documents.csv").exists()


def test_empty_stdin_leaves_no_permanent_row(tmp_path):
    out = tmp_path / "out"
    make_corpus(tmp_path / "in", 1)
    assert invoke(tmp_path / "in", "--out", out).exit_code == 0
    r = invoke(tmp_path / "in", "-", "--out", out, input="")
    assert "stdin: empty document" in r.stderr
    assert column(out, "documents", "source") == [str(tmp_path / "in" / "sub" / "doc000.txt")]
    r = invoke(tmp_path / "in", "--out", out)
    assert r.exit_code == 0 and "failed 0" in r.stderr


def test_unsupported_files_are_named_once(tmp_path):
    src = tmp_path / "in"
    make_corpus(src, 1)
    for name in ("brief.pdf", "memo.docx", "liste.csv"):
        (src / name).write_bytes(b"x")
    log = tmp_path / "run.log"
    r = invoke(src, "--out", tmp_path / "out", "--log-file", log)
    assert r.exit_code == 0
    for text in (r.stderr, log.read_text(encoding="utf-8")):
        assert text.count("3 file(s) of an unsupported type not read") == 1
        assert f"{src}/brief.pdf" in text and f"{src}/liste.csv" in text
        assert "processed 1, skipped 0, failed 0, unsupported 3" in text
    # Files the run's --glob leaves out are not reported as unsupported.
    r = invoke(src, "--out", tmp_path / "out2", "--glob", "*.txt")
    assert "unsupported" not in r.stderr
    r = invoke(src, "--out", tmp_path / "out3", "--glob", "*.pdf")
    assert "1 file(s) of an unsupported type not read" in r.stderr


def test_prune_drops_rows_of_deleted_inputs(tmp_path):
    src = tmp_path / "in"
    paths = make_corpus(src, 3)
    out = tmp_path / "out"
    invoke(src, "--out", out)
    paths[1].unlink()
    r = invoke(src, "--out", out)
    assert len(column(out, "documents", "source")) == 3 and "rows are kept (--prune" in r.stderr
    r = invoke(src, "--out", out, "--prune")
    assert r.exit_code == 0 and "--prune: their rows are dropped" in r.stderr
    assert str(paths[1]) not in column(out, "documents", "source")
    assert len(column(out, "documents", "source")) == 2


def _commands():
    return [(name, cmd) for name, cmd in main.commands.items()]


def test_help_texts_complete():
    top = CliRunner().invoke(main, ["--help"], terminal_width=100).output
    listing = top[top.index("Commands:"):]
    assert "..." not in listing and all(name in listing for name, _ in _commands())
    for name, cmd in _commands():
        text = CliRunner().invoke(main, [name, "--help"], terminal_width=100).output
        assert "``" not in text, name
        for p in cmd.params:
            if getattr(p, "param_type_name", "") == "option" and p.name != "help":
                assert p.help, f"{name} {p.opts[0]} has no help"
    run_help = CliRunner().invoke(main, ["run", "--help"], terminal_width=100).output
    for opt in ("--engine", "--batch-size", "--format", "--prune", "--verbose"):
        assert opt in run_help


def test_progress_bar_on_a_terminal_reporting_zero_columns(tmp_path):
    """Under a pty whose size is 0x0 the bar must still be drawn (tqdm drew nothing)."""
    import fcntl
    import os
    import pty
    import struct
    import sys
    import termios

    import subprocess

    make_corpus(tmp_path / "in", 3)
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 0, 0, 0, 0))
    proc = subprocess.Popen([sys.executable, "-c", "from pipeline.cli import main; main()", "run",
                             str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--model", MODEL],
                            stdin=slave, stdout=slave, stderr=slave, env={**os.environ, "COLUMNS": "", "LINES": ""})
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:   # EIO: the child closed the pty
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(master)
    out = b"".join(chunks).decode("utf-8", "replace")
    assert "processed 3" in out
    assert re.search(r"\d+/3", out), out


def test_new_columns_reprocess_results_stored_with_the_old_ones(tmp_path):
    """After an upgrade that adds columns, stored fragments (rendered with the old columns) are not reused."""
    from .run_inputs import store_sql

    make_corpus(tmp_path / "in", 1)
    out = tmp_path / "out"
    invoke(tmp_path / "in", "--out", out)
    store_sql(out, "UPDATE meta SET v='' WHERE k='schema'")   # a state of other columns
    r = invoke(tmp_path / "in", "--out", out)
    assert "output columns changed: reprocessing every input" in r.stderr and "processed 1" in r.stderr
