"""The ``press-extract`` command line: a thin layer over the library API."""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from .version import __version__

#: Exit codes (documented in the README and docs/operations.md).
EXIT_OK, EXIT_NOTHING, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3


@click.group()
@click.version_option(__version__, prog_name="press-extract")
def main() -> None:
    """Structured data from German press releases."""


def _since(value):
    """``--since``: an ISO date or date-time (local time unless it has an offset)."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(value).timestamp()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date such as 2025-10-23 or 2025-10-23T06:00")


def _setup_logging(quiet: bool, log_file) -> None:
    root = logging.getLogger()
    for h in [h for h in root.handlers if getattr(h, "press_extract", False)]:   # from an earlier call
        root.removeHandler(h)
        h.close()
    root.setLevel(logging.INFO)
    err = logging.StreamHandler(sys.stderr)
    err.press_extract = True
    err.setLevel(logging.ERROR if quiet else logging.INFO)
    err.setFormatter(logging.Formatter("press-extract: %(message)s"))
    root.addHandler(err)
    if log_file:
        fh = logging.FileHandler(log_file, encoding="utf-8")
        fh.press_extract = True
        fh.setLevel(logging.INFO)
        fh.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%Y-%m-%dT%H:%M:%S"))
        root.addHandler(fh)
    for noisy in ("trafilatura", "htmldate", "courlan"):   # HTML extraction chatter, not ours to report
        logging.getLogger(noisy).setLevel(logging.ERROR)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out", default="outputs", show_default=True, type=click.Path(file_okay=False),
              help="Output folder.")
@click.option("--model", default="auto", show_default=True, help="auto, an installed spaCy package, or a path.")
@click.option("--full", is_flag=True, help="Reprocess every input; the tables then hold exactly these inputs.")
@click.option("--since", "since", metavar="DATE", callback=lambda c, p, v: v and _since(v),
              help="Only input files modified at or after DATE (ISO date or date-time).")
@click.option("--glob", "globs", metavar="PATTERN", multiple=True,
              help="Only input files matching PATTERN (e.g. '*.json', '2025-*/*.txt'); repeatable.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 256),
              help="Worker processes (or Dask workers of a local cluster).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler (with --engine dask); default: a local cluster.")
@click.option("--strict", is_flag=True, help="Exit 1 when any document failed.")
@click.option("--quiet", "-q", is_flag=True, help="Only errors on stderr; no summary, no progress bar.")
@click.option("--log-file", type=click.Path(dir_okay=False), help="Also log everything (with times) to this file.")
@click.option("--batch-size", default=16, show_default=True, type=click.IntRange(1, 10000))
@click.option("--max-file-size", "max_mb", default=20, show_default=True, type=click.IntRange(1, 100_000),
              metavar="MB", help="Larger input files become error rows without being read.")
def run(inputs, out, model, full, since, globs, workers, engine, scheduler, strict, quiet, log_file,
        batch_size, max_mb) -> None:
    """Extract the dataset from INPUTS (files, folders, or - for stdin) into --out.

    Incremental: only new and changed inputs are processed (see docs/operations.md).
    Exit codes: 0 ok, 1 nothing could be processed (or --strict and a document
    failed, or the run broke off), 2 usage error, 3 another run holds the lock.
    """
    from .lock import Locked
    from .models import resolve
    from .runner import run as run_batch

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    for item in inputs:
        if item != "-" and not Path(item).exists():
            raise click.UsageError(f"input not found: {item}")
    try:
        resolve(model)
    except ValueError as exc:   # unknown model
        raise click.UsageError(str(exc)) from exc
    try:
        _setup_logging(quiet, log_file)
    except OSError as exc:
        raise click.UsageError(f"cannot write the log file: {exc}") from exc
    log = logging.getLogger("press_extract")
    try:
        summary = run_batch(list(inputs), Path(out), model=model, batch_size=batch_size, workers=workers,
                            engine=engine, scheduler=scheduler, full=full, since=since, globs=globs,
                            progress=not quiet and sys.stderr.isatty(), max_file_size=max_mb * 2**20)
    except Locked as exc:
        log.error("%s", exc)
        sys.exit(EXIT_LOCKED)
    except Exception as exc:  # noqa: BLE001  (one line for cron; results so far are kept)
        log.error("run broke off: %s: %s (the next run resumes from the stored results)",
                  type(exc).__name__, exc)
        log.info("where it broke off:", exc_info=True)
        sys.exit(EXIT_NOTHING)
    log.info("%s", summary.line())
    if summary.failed and not summary.processed:
        sys.exit(EXIT_NOTHING)
    if summary.total == 0:
        log.error("no input documents found")
        sys.exit(EXIT_NOTHING)
    if strict and summary.failed:
        sys.exit(EXIT_NOTHING)


@main.command()
def info() -> None:
    """Show which spaCy pipelines are available and which ``auto`` picks."""
    from .models import candidates, resolve

    for c in candidates():
        click.echo(f"{'available' if c.available else 'missing  '}  {c.label if c.available else c.name}")
    click.echo(f"auto -> {resolve('auto').label}")


@main.command()
@click.option("--data", default="../shared/data", show_default=True, type=click.Path(exists=True, file_okay=False))
@click.option("--out", required=True, type=click.Path(file_okay=False))
@click.option("--quick", is_flag=True, help="A short run for smoke tests.")
@click.option("--seed", default=0, show_default=True)
def train(data, out, quick, seed) -> None:
    """Rebuild the bundled German pipeline from the corpora in --data."""
    from .training.train import train as train_model

    path = train_model(Path(data), Path(out), quick=quick, seed=seed)
    click.echo(str(path))


@main.command("evaluate-model")
@click.argument("model", default="auto")
@click.option("--data", default="../shared/data", show_default=True, type=click.Path(exists=True, file_okay=False))
def evaluate_model(model, data) -> None:
    """Print JSON scores of MODEL on the evaluation corpora in --data/eval."""
    from .models import resolve
    from .training.evaluate import evaluate_model as evaluate

    click.echo(json.dumps(evaluate(resolve(model).name, Path(data)), indent=2, ensure_ascii=False))


if __name__ == "__main__":   # python -m pipeline.cli (benchmarks/score_gold.py)
    main()
