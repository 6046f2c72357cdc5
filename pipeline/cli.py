"""The ``press-extract`` command line: a thin layer over the library API."""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from .version import __version__

#: Exit codes (documented in the README).
EXIT_OK, EXIT_NOTHING, EXIT_USAGE = 0, 1, 2


@click.group()
@click.version_option(__version__, prog_name="press-extract")
def main() -> None:
    """Structured data from German press releases."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out", default="outputs", show_default=True, type=click.Path(file_okay=False),
              help="Output folder.")
@click.option("--model", default="auto", show_default=True, help="auto, an installed spaCy package, or a path.")
@click.option("--strict", is_flag=True, help="Exit 1 when any document failed.")
@click.option("--quiet", "-q", is_flag=True, help="Only errors on stderr.")
@click.option("--batch-size", default=16, show_default=True, type=click.IntRange(1, 10000))
def run(inputs, out, model, strict, quiet, batch_size) -> None:
    """Extract the dataset from INPUTS (files, folders, or - for stdin) into --out."""
    from .runner import run as run_batch

    logging.basicConfig(level=logging.ERROR if quiet else logging.INFO, format="press-extract: %(message)s")
    for item in inputs:
        if item != "-" and not Path(item).exists():
            raise click.UsageError(f"input not found: {item}")
    try:
        summary = run_batch(list(inputs), Path(out), model=model, batch_size=batch_size)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    if not quiet:
        click.echo(summary.line(), err=True)
    if summary.processed == 0:
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
