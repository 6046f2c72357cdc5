"""The ``press-extract`` command line: a thin layer over the library API."""
from __future__ import annotations

import errno
import json
import logging
import sys
from pathlib import Path

import click

from pipeline.batch.engines import ENGINES
from pipeline.io.inputs.readers import STDIN_FORMATS
from pipeline.io.outputs.formats import FORMATS
from pipeline.version import __version__

#: Exit codes (documented in the README and docs/operations.md).
EXIT_OK, EXIT_NOTHING, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3


class _Group(click.Group):
    """The command group; a usage error (exit 2) also goes to ``--log-file`` when one is given,
    since a cron job's log is where its operator looks."""

    def main(self, args=None, *a, **kw):
        self._raw_args = list(sys.argv[1:] if args is None else args)
        return super().main(args, *a, **kw)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            _log_usage_error(getattr(self, "_raw_args", []), exc)
            raise


def _log_usage_error(args: list[str], exc: click.UsageError) -> None:
    path = None
    for i, a in enumerate(args):
        if a == "--log-file" and i + 1 < len(args):
            path = args[i + 1]
        elif a.startswith("--log-file="):
            path = a.split("=", 1)[1]
    if not path:
        return
    from datetime import datetime

    try:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"{datetime.now():%Y-%m-%dT%H:%M:%S} ERROR usage error (exit {EXIT_USAGE}): "
                     f"{exc.format_message()}\n")
    except OSError:
        pass   # the error itself is on stderr


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="press-extract")
def main() -> None:
    """Structured data from German press releases."""


def _since(value):
    """``--since-mtime``: an ISO date or date-time (local time unless it has an offset)."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(value).timestamp()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date such as 2025-10-23 or 2025-10-23T06:00")


def _since_date(value):
    """``--since``: an ISO date (a date-time counts by its day) -> ``YYYY-MM-DD``."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date such as 2025-10-23")


def _not_file_only(record: logging.LogRecord) -> bool:
    return not getattr(record, "file_only", False)


def _setup_logging(quiet: bool, log_file, verbose: bool = False) -> None:
    root = logging.getLogger()
    for h in [h for h in root.handlers if getattr(h, "press_extract", False)]:   # from an earlier call
        root.removeHandler(h)
        h.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    err = logging.StreamHandler(sys.stderr)
    err.press_extract = True
    err.setLevel(logging.ERROR if quiet else logging.DEBUG if verbose else logging.INFO)
    err.addFilter(_not_file_only)
    err.setFormatter(logging.Formatter("press-extract: %(message)s"))
    root.addHandler(err)
    if log_file:
        fh = logging.FileHandler(log_file, encoding="utf-8")
        fh.press_extract = True
        fh.setLevel(logging.DEBUG if verbose else logging.INFO)
        fh.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%Y-%m-%dT%H:%M:%S"))
        root.addHandler(fh)
    for noisy in ("trafilatura", "htmldate", "courlan"):   # HTML extraction chatter, not ours to report
        logging.getLogger(noisy).setLevel(logging.ERROR)


def _input_options(f):
    """The options of how inputs are read, shared by ``run`` and ``show``."""
    for option in reversed((
            click.option("--stdin-format", type=click.Choice(list(STDIN_FORMATS)), default="auto", show_default=True,
                         help="How - (stdin) is read; auto: HTML, a JSON object or list, JSON lines, else text."),
            click.option("--text-field", metavar="NAME", help="Field of JSON records holding the text "
                         "[default: text, else body, else content]."),
            click.option("--id-field", metavar="NAME", help="Field of JSON records giving input_id [default: id]."),
            click.option("--date-field", metavar="NAME", help="Field of JSON records giving the date [default: date]."),
            click.option("--url-field", metavar="NAME",
                         help="Field of JSON records giving input_url [default: url, else source]."))):
        f = option(f)
    return f


def _record_fields(settings: dict):
    """The ``RecordFields`` that the ``--*-field`` options name (popped from ``settings``); None for the defaults."""
    from pipeline.io.inputs.readers import RecordFields

    named = {k: settings.pop(f"{k}_field") for k in ("text", "id", "date", "url")}
    return RecordFields.named(**named) if any(named.values()) else None


@main.command(short_help="Extract the dataset from INPUTS into --out.")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out", default="outputs", show_default=True, type=click.Path(file_okay=False),
              help="Output folder.")
@click.option("--model", default="auto", show_default=True,
              help="auto, a name that `press-extract info` lists, an installed spaCy package, or a path.")
@click.option("--format", "formats", type=click.Choice(list(FORMATS)), multiple=True, default=("csv",),
              show_default=True,
              help="Also write: xlsx = one Excel workbook dataset.xlsx (a sheet per table, typed cells); "
                   "parquet = parquet/ (typed, one file per table); excel-csv = excel/ (';'-separated CSVs "
                   "for a German Excel; 'excel' is its old, deprecated name). Repeatable. The contract CSVs "
                   "are always written.")
@click.option("--full", is_flag=True, help="Reprocess every input; the tables then hold exactly these inputs.")
@click.option("--prune", is_flag=True,
              help="Drop the rows of input files that no longer exist (by default they are kept).")
@click.option("--since", "since_date", metavar="DATE", callback=lambda c, p, v: v and _since_date(v),
              help="Only documents dated on or after DATE (ISO date): the dateline's date, else the input's "
                   "(JSON 'date', HTML metadata); undated documents are kept.")
@click.option("--since-mtime", "since", metavar="DATE", callback=lambda c, p, v: v and _since(v),
              help="Only input files modified at or after DATE (ISO date or date-time).")
@_input_options
@click.option("--glob", "globs", metavar="PATTERN", multiple=True,
              help="Only input files matching PATTERN (e.g. '*.json', '2025-*/*.txt'); repeatable.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 256),
              help="Worker processes (or Dask workers of a local cluster).")
@click.option("--engine", type=click.Choice(list(ENGINES)), default="local", show_default=True,
              help="local: this machine's processes; dask: a Dask cluster (local, or --scheduler).")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler (with --engine dask); default: a local cluster.")
@click.option("--strict", is_flag=True, help="Exit 1 when any document failed.")
@click.option("--quiet", "-q", is_flag=True, help="Only errors on stderr; no summary, no progress bar.")
@click.option("--verbose", "-v", is_flag=True, help="Also debug lines, such as each worker's memory.")
@click.option("--log-file", type=click.Path(dir_okay=False),
              help="Also log everything (with times, and usage errors) to this file.")
@click.option("--batch-size", default=16, show_default=True, type=click.IntRange(1, 10000),
              help="Documents per batch handed to spaCy and to a worker.")
@click.option("--max-file-size", "max_mb", default=20, show_default=True, type=click.IntRange(1, 100_000),
              metavar="MB", help="Larger input files become error rows without being read.")
def run(inputs, out, strict, quiet, verbose, log_file, max_mb, **settings) -> None:
    """Extract the dataset from INPUTS (files, folders, or - for stdin) into --out.

    Incremental: only new and changed inputs are processed; rows of deleted
    inputs are kept unless --prune (see docs/operations.md).
    Exit codes: 0 ok, 1 nothing could be processed (or --strict and a document
    failed, or the run broke off), 2 usage error, 3 another run holds the lock.
    """
    from pipeline.batch.lock import Locked
    from pipeline.batch.runner import RunOptions, run as run_batch
    from pipeline.io.inputs.ingest import SUFFIXES

    # the options named like a RunOptions field (model, formats, full, prune, since, since_date, globs,
    # workers, engine, scheduler, batch_size, stdin_format) go to the run as they are
    settings["record_fields"] = _record_fields(settings)
    if "excel" in settings["formats"]:
        click.echo("press-extract: --format excel is deprecated: it is --format excel-csv "
                   "(--format xlsx writes a workbook)", err=True)
    _check_usage(inputs, settings["model"], settings["engine"], settings["scheduler"])
    try:
        _setup_logging(quiet, log_file, verbose)
    except OSError as exc:
        raise click.UsageError(f"cannot write the log file: {exc}") from exc
    log = logging.getLogger("press_extract")
    log.info("run started: press-extract %s, %s -> %s", __version__, " ".join(inputs), out,
             extra={"file_only": True})
    unsupported = _report_unsupported(inputs, out, settings["globs"])
    options = RunOptions(**settings, progress=not quiet and sys.stderr.isatty(), max_file_size=max_mb * 2**20)
    try:
        summary = run_batch(list(inputs), Path(out), options)
    except Locked as exc:
        log.error("%s", exc)
        sys.exit(EXIT_LOCKED)
    except Exception as exc:  # noqa: BLE001  (one line for cron; results so far are kept)
        log.error("%s", broke_off(exc, out, settings["scheduler"]))
        # the traceback only in the log file, and only with --verbose: stderr gets the one line
        log.debug("where it broke off:", exc_info=True, extra={"file_only": True})
        sys.exit(EXIT_NOTHING)
    if summary.total == 0 and not summary.failed:
        log.error("no input documents found in %s (accepted: %s); nothing written",
                  " ".join(inputs), " ".join(SUFFIXES))
        sys.exit(EXIT_NOTHING)
    log.info("%s%s", summary.line(), f", unsupported {len(unsupported)}" if unsupported else "")
    if summary.failed and (strict or not summary.processed):
        sys.exit(EXIT_NOTHING)


#: errno values that are the output folder's fault, and how the message names them.
_FOLDER_ERRORS = {errno.ENOSPC: "the disk is full", errno.EDQUOT: "the disk quota is exceeded",
                  errno.EROFS: "the file system is read-only", errno.EACCES: "no permission to write",
                  errno.EPERM: "no permission to write", errno.EIO: "an input/output error"}


def broke_off(exc: BaseException, out, scheduler=None) -> str:
    """The one line that says why a run broke off and what it leaves behind.

        >>> broke_off(OSError(28, "No space left on device"), "/data/out")
        'run broke off: output folder /data/out: the disk is full (No space left on device); nothing was stored, the tables are unchanged'
    """
    import sqlite3

    text = (str(exc).splitlines() or [""])[0]
    why = f"{type(exc).__name__}: {text}"
    if isinstance(exc, OSError) and exc.errno in _FOLDER_ERRORS:
        why = f"output folder {out}: {_FOLDER_ERRORS[exc.errno]} ({exc.strerror or text})"
    elif isinstance(exc, sqlite3.OperationalError):
        why = f"output folder {out}: the store cannot be written ({text})"
    elif scheduler or type(exc).__module__.split(".")[0] in ("distributed", "tornado"):
        why = f"Dask scheduler {scheduler or '(local cluster)'}: {why}"
    stored = getattr(exc, "stored", 0)
    left = (f"{stored} document(s) stored; the next run resumes from them" if stored
            else "nothing was stored, the tables are unchanged")
    return f"run broke off: {why}; {left}"


def _check_usage(inputs, model: str, engine: str, scheduler) -> None:
    """Usage errors (exit 2) that the options' types cannot catch: found before anything is logged."""
    from pipeline.base_model import resolve

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    if engine == "dask":
        import importlib.util
        if importlib.util.find_spec("distributed") is None:
            raise click.UsageError("--engine dask needs the dask extra: pip install 'press-extract[dask]'")
    for item in inputs:
        if item != "-" and not Path(item).exists():
            raise click.UsageError(f"input not found: {item}")
    try:
        resolve(model)
    except ValueError as exc:   # unknown model
        raise click.UsageError(str(exc)) from exc


def _report_unsupported(inputs, out: str, globs) -> list[str]:
    """Files of the input folders not read for their type, named once per run; returned for the summary."""
    from pipeline.batch.runner import _glob_match as glob_match
    from pipeline.io.inputs.ingest import SUFFIXES, unsupported_files

    unsupported = unsupported_files(inputs, exclude=out, match=(lambda rel: any(glob_match(rel, g) for g in globs))
                                    if globs else None)
    if unsupported:
        logging.getLogger("press_extract").warning(
            "%d file(s) of an unsupported type not read (accepted: %s): %s", len(unsupported),
            " ".join(SUFFIXES), ", ".join(unsupported))
    return unsupported


@main.command(short_help="Print one input's results in the terminal.")
@click.argument("source", metavar="FILE|-")
@click.option("--model", default="auto", show_default=True, help="As for run.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per document (the dataset.jsonl record).")
@click.option("--color/--no-color", default=None, help="Colour the spans [default: when stdout is a terminal].")
@_input_options
def show(source, model, as_json, color, stdin_format, **fields) -> None:
    """Extract FILE (or - for stdin) and print its results: the document's fields, its text with
    entities, figures and dates coloured, and a table per kind of row. Nothing is written."""
    import shutil

    from pipeline.api import extract_docs, load
    from pipeline.io.inputs.ingest import read_file
    from pipeline.io.outputs.terminal import render

    if source != "-" and not Path(source).is_file():
        raise click.UsageError(f"not a file: {source}")
    _check_usage([], model, "local", None)
    record_fields = _record_fields(fields)
    sources = read_file(source, sys.stdin.buffer, stdin_format=stdin_format,
                        **({"fields": record_fields} if record_fields else {}))
    colour = sys.stdout.isatty() if color is None else color
    width = shutil.get_terminal_size((100, 24)).columns
    for i, doc in enumerate(extract_docs(sources, nlp=load(model))):
        rec = doc.to_json()
        if as_json:
            click.echo(json.dumps(rec, ensure_ascii=False))
        else:
            click.echo(("\n" if i else "") + render(rec, color=colour, width=width), nl=False, color=colour)


@main.command(short_help="Show the available spaCy pipelines.")
def info() -> None:
    """Show which spaCy pipelines are available and which one auto picks.

    Every name shown is accepted by --model.
    """
    from pipeline.base_model import candidates, resolve

    for c in candidates():
        click.echo(f"{'available' if c.available else 'missing  '}  {c.label if c.available else c.name}")
    click.echo(f"auto -> {resolve('auto').label}")


@main.command(short_help="Print the data dictionary.")
def columns() -> None:
    """Print the data dictionary: every table, column, type and code."""
    from pipeline.model.dictionary import dictionary_text

    click.echo(dictionary_text(), nl=False)


@main.command(short_help="Write a static HTML report of OUT_DIR.")
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--to", "target", type=click.Path(file_okay=False),
              help="Folder of the report; default: OUT_DIR/report.")
def report(out_dir, target) -> None:
    """Write a static HTML report of a dataset (open report/index.html in a browser)."""
    from pipeline.io.outputs.report import write_report

    try:
        index = write_report(Path(out_dir), Path(target) if target else None)
    except FileNotFoundError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(str(index))


@main.command(short_help="Rebuild the bundled German pipeline.")
@click.option("--data", default="../shared/data", show_default=True, type=click.Path(exists=True, file_okay=False),
              help="Folder of the training corpora.")
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Folder for the trained pipeline.")
@click.option("--quick", is_flag=True, help="A short run for smoke tests.")
@click.option("--seed", default=0, show_default=True, help="Random seed of the training.")
@click.option("--recipe", default="v3", show_default=True,
              type=click.Choice(["v2", "v3", "v3-germeval-dev", "v3-all-real", "v4-floret", "v4-floret-clusters",
                                 "v5-long", "v5-all-real-wide", "v5-vector-names", "v5-vector-names-wide",
                                 "v6-synthetic", "v6-synthetic-half"]),
              help="NER mix, selection dev set and config (MODEL.md).")
@click.option("--ud-from", default=None, type=click.Path(exists=True, file_okay=False),
              help="Reuse the UD components and vectors of this pipeline; train only the NER.")
@click.option("--ner-steps", default=None, type=click.IntRange(min=1), help="NER steps instead of the recipe's.")
@click.option("--mask-fill", default=None, type=click.Choice(["lexicon", "lexicon-vectors", "unk"]),
              help="How the masked words of GermEval train are filled (default: the recipe's).")
def train(data, out, quick, seed, recipe, ud_from, ner_steps, mask_fill) -> None:
    """Rebuild the bundled German pipeline from the corpora in --data."""
    from pipeline.training.train import train as train_model

    path = train_model(Path(data), Path(out), quick=quick, seed=seed, recipe=recipe,
                       ud_from=Path(ud_from) if ud_from else None, ner_steps=ner_steps,
                       mask_mode=mask_fill)
    click.echo(str(path))


@main.command("evaluate-model", short_help="Print JSON scores of a model on the evaluation corpora.")
@click.argument("model", default="auto")
@click.option("--data", default="../shared/data", show_default=True, type=click.Path(exists=True, file_okay=False),
              help="Folder whose eval/ holds the evaluation corpora.")
def evaluate_model(model, data) -> None:
    """Print JSON scores of MODEL on the evaluation corpora in --data/eval."""
    from pipeline.base_model import resolve
    from pipeline.training.evaluate import evaluate_model as evaluate

    click.echo(json.dumps(evaluate(resolve(model).name, Path(data)), indent=2, ensure_ascii=False))


if __name__ == "__main__":   # python -m pipeline.cli (benchmarks/score_gold.py)
    main()
