"""Batch runs: incremental, crash-safe, one at a time per output folder.

A run (1) takes the folder's lock, (2) compares the inputs with the state of
the last completed run in the folder's store (``state.Store``) and keeps the
unchanged ones, (3) extracts the new and changed documents (here, in a process
pool or on Dask) and stores the results a batch per transaction as they come,
(4) writes the new state and renders the tables from the store in table order
(streamed; only the new rows when the others stay as they are), renames them
into place and (5) commits the state. ``docs/operations.md`` says what this
means for the people running it.
"""
from __future__ import annotations

import contextlib
import fnmatch
import functools
import hashlib
import logging
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import BinaryIO, Callable, Iterable, Optional, Sequence

from pipeline.model.document import SCHEMA
from pipeline.batch.lock import Held, locked
from pipeline.batch.state import (DamagedResult, DocRef, InputEntry, State, Store, migrate, output_stats,
                                  result_key)
from pipeline.io.inputs.ingest import display_path
from pipeline.version import __version__
from pipeline.io.outputs.writer import OUTPUT_FILES, DatasetWriter

log = logging.getLogger("press_extract")


@dataclass
class RunSummary:
    processed: int = 0     # documents extracted by this run without error
    failed: int = 0        # documents of this run with status=error
    skipped: int = 0       # documents whose rows were kept: unchanged inputs, or results already stored
    total: int = 0         # documents in the tables after the run
    errors: list[str] = field(default_factory=list)
    rebuilt: bool = False  # whether the output files were written
    memory: list = field(default_factory=list)   # units.Memory of every process that extracted

    def line(self) -> str:
        return f"processed {self.processed}, skipped {self.skipped}, failed {self.failed}"


def _glob_match(rel: str, pattern: str) -> bool:
    return fnmatch.fnmatchcase(rel, pattern) or PurePath(rel).match(pattern)


def select_inputs(inputs: Iterable[str], out: Path, *, since: Optional[float] = None,
                  globs: Iterable[str] = ()) -> list[str]:
    """The input files of a run in table order: listed, filtered, each once, none inside ``out``."""
    from pipeline.io.inputs.ingest import list_files

    globs = list(globs)
    # Resolved: the output folder may be reached through a symbolic link inside an input folder.
    out_real = os.path.realpath(out)
    seen: set[str] = set()
    paths: list[str] = []
    for item in inputs:
        folder = item != "-" and os.path.isdir(item)
        for path in list_files([item]):
            ident = path if path == "-" else os.path.abspath(path)
            real = path if path == "-" else os.path.realpath(path)
            # Never read our own output (dataset.jsonl is an accepted input type).
            if ident in seen or real == out_real or real.startswith(out_real + os.sep):
                continue
            if path != "-":
                rel = os.path.relpath(path, item) if folder else path
                if globs and not any(_glob_match(rel, g) for g in globs):
                    continue
                if since is not None:
                    try:
                        if os.stat(path).st_mtime < since:
                            continue
                    except OSError:
                        pass   # kept: reading it gives the error row
            seen.add(ident)
            paths.append(path)
    return paths


def _terminal_columns() -> int:
    """Width of the terminal on stderr; 0 when it reports none."""
    import sys

    try:
        return os.get_terminal_size(sys.stderr.fileno()).columns
    except (OSError, ValueError, AttributeError):
        return 0


#: Called with the name of each step of the commit sequence (``result-N`` after the Nth stored
#: result, ``rebuild``, ``before-state``, ``before-prune``): tests/test_crash.py kills the run there.
FaultHook = Callable[[str], None]


def model_id(name: str, label: str) -> str:
    """What identifies the model in the state: its label, plus a digest of ``meta.json`` for a
    pipeline folder, since a retrained model can keep its name and version."""
    meta = Path(name) / "meta.json"
    if name.startswith("loaded:") or not meta.is_file():
        return label
    return f"{label}+{hashlib.sha256(meta.read_bytes()).hexdigest()[:8]}"


def _clean_output_temps(out: Path) -> None:
    """Temporary files and rename backups (``writer.DatasetWriter``) of runs that were killed."""
    for name in OUTPUT_FILES:
        for tmp in (*out.glob(f".{name}.*.tmp"), *out.glob(f".{name}.*.old")):
            tmp.unlink(missing_ok=True)


@dataclass
class RunOptions:
    """The settings of a run: ``press-extract run``'s options."""
    model: str = "auto"                # resolved by :func:`run` (ValueError when unknown)
    batch_size: int = 16               # documents per batch handed to spaCy and to a worker
    workers: int = 1                   # worker processes (or Dask workers of a local cluster)
    engine: str = "local"              # a name of ``engines.ENGINES``: ``local`` or ``dask``
    scheduler: Optional[str] = None    # address of a Dask scheduler (engine ``dask``)
    full: bool = False                 # reprocess every input; the tables then hold exactly these
    prune: bool = False                # drop the rows of input files that no longer exist
    since: Optional[float] = None      # only input files modified at or after (a timestamp; --since-mtime)
    since_date: Optional[str] = None   # only documents dated on or after this ISO day (--since; batch/since.py)
    record_fields: Optional[object] = None   # readers.RecordFields: the fields of JSON records
    stdin_format: str = "auto"         # a name of readers.STDIN_FORMATS; auto sniffs
    globs: Sequence[str] = ()          # only input files matching one of these patterns
    progress: bool = False             # a progress bar on stderr
    formats: Sequence[str] = ()        # extra formats written after the run (``FORMATS``: parquet, excel)
    max_file_size: Optional[int] = None   # bytes; larger files become error rows (default ``MAX_FILE_BYTES``)


def run(inputs: list[str], out: Path, options: Optional[RunOptions] = None, *, stdin: Optional[BinaryIO] = None,
        nlp=None, engine=None, fault: Optional[FaultHook] = None) -> RunSummary:
    """Bring the dataset in ``out`` up to date with ``inputs``, as ``options`` say.

    The runtime objects come apart from the settings: ``stdin`` is read for the
    input ``-``; ``nlp``, an already loaded pipeline, runs in this process
    instead of ``options.model``; ``engine``, an engine object the caller made
    and closes (``local.PoolEngine``…), runs instead of ``options.engine``;
    ``fault`` is called at every step of the commit sequence (fault injection
    for tests). Raises ``lock.Locked`` when another run holds the folder.
    With no input document at all, nothing is written.
    """
    options = options or RunOptions()
    name, label = _model(options.model, nlp)
    make_engine = _engine_maker(options, name, nlp, engine)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    with locked(out) as lock:
        summary = _Run(out, name, label, options, lock=lock, fault=fault).run(
            select_inputs(inputs, out, since=options.since, globs=options.globs), stdin, make_engine)
        extra = [f for f in options.formats if f != "csv"]
        if extra and (out / "documents.csv").exists():
            from pipeline.io.outputs.formats import write_formats

            write_formats(out, extra)    # only files older than their table are rewritten
        return summary


def _model(model: str, nlp) -> tuple[str, str]:
    """(name, label) of the run's model: ``model`` resolved, or the loaded pipeline ``nlp``."""
    if nlp is None:
        from pipeline.base_model import resolve

        choice = resolve(model)
        return choice.name, choice.label
    from pipeline.api import model_label
    from pipeline.batch.engines import units

    name = f"loaded:{id(nlp)}"
    units.set_nlp(name, nlp)
    return name, model_label(nlp)


def _engine_maker(options: RunOptions, name: str, nlp, engine) -> Callable[[], object]:
    """What makes the run's engine once there is work: a loaded ``nlp`` runs in this process."""
    if engine is not None and nlp is None:
        return lambda: _Borrowed(engine)
    kind, workers = ("local", 1) if nlp is not None else (options.engine, options.workers)

    def make_engine():
        # imported only when there is work: spaCy is not needed to find out there is none
        from pipeline.batch.engines import make_engine

        return make_engine(kind, name, options.batch_size, workers, options.scheduler)
    return make_engine


class _Borrowed:
    """An engine the caller owns: used, not closed."""

    def __init__(self, engine):
        self.map = engine.map

    def close(self) -> None:
        pass


@dataclass
class Plan:
    """What a run does with its inputs, from the state of the last one."""
    entries: dict[str, InputEntry]    # the new state's inputs, in table order
    todo: list[tuple[InputEntry, Optional[list]]] = field(default_factory=list)   # to extract (stdin: read already)
    dropped: list[str] = field(default_factory=list)   # inputs whose rows go (deleted files)


class _Run:
    def __init__(self, out: Path, model: str, label: str, options: RunOptions, *, lock: Optional[Held] = None,
                 fault: Optional[FaultHook] = None):
        from pipeline.io.inputs.ingest import MAX_FILE_BYTES

        self.out, self.model, self.label, self.prune = out, model, label, options.prune
        self.lock, self.fault = lock, fault or (lambda name: None)
        self.max_bytes = options.max_file_size or MAX_FILE_BYTES
        self.model_id = model_id(model, label)
        self.batch_size, self.full, self.progress = options.batch_size, options.full, options.progress
        self.options = options
        self.store: Optional[Store] = None
        self.summary = RunSummary()
        self.refs: dict[str, DocRef] = {}
        self.retry: set[str] = set()   # keys whose failure may be transient: read their input again next run
        self.replace_all = True        # the state is written whole (first run, --full, unreadable state)
        self.intact = False            # the tables on disk are those of the committed state

    # -- planning ---------------------------------------------------------------------------------

    def _previous(self, unreadable: Optional[str]) -> tuple[Optional[State], bool]:
        """The last state, and whether stored results may be reused."""
        if unreadable:
            log.warning("state file unreadable (%s): rebuilding the tables from every input", unreadable)
            return None, True
        try:
            note = migrate(self.out, self.store)
        except (OSError, sqlite3.Error) as exc:
            log.warning("state file unreadable (cannot migrate the old results: %s): rebuilding the tables "
                        "from every input", exc)
            return None, True
        if note:
            log.info("%s", note)
        old = self.store.load()
        if self.full:
            log.info("--full: reprocessing every input")
            return old, False
        if old is not None and old.model != self.model_id:
            log.info("model changed (%s -> %s): reprocessing every input", old.model, self.model_id)
            self.full = True
        elif old is not None and old.schema != SCHEMA:
            log.info("output columns changed: reprocessing every input")
            self.full = True
        elif old is not None and old.pipeline_version != __version__:
            log.info("pipeline version changed (%s -> %s): reprocessing every input",
                     old.pipeline_version, __version__)
            self.full = True
        return old, not self.full

    def _unchanged(self, entry: Optional[InputEntry], path: str, st) -> bool:
        # The store is one database: the documents of a committed input are stored (one deleted by
        # hand is found when the tables are rendered from the store, and extracted again: _heal).
        return (entry is not None and st is not None and not entry.retry and entry.path == path
                and entry.size == st.st_size and entry.mtime_ns == st.st_mtime_ns
                and entry.ctime_ns == st.st_ctime_ns)

    def _plan(self, paths: list[str], prior: dict[str, InputEntry], read, stdin) -> Plan:
        """Which inputs are unchanged (their rows kept), new or changed (to extract), or gone."""
        plan = Plan(dict(prior))    # a changed input is replaced in place, a new one appended
        selected: set[str] = set()
        for path in paths:
            seen = self._look_stdin(read, stdin, prior) if path == "-" else self._look_file(path, prior)
            if seen is None:
                continue
            ident, st, pre, unchanged = seen
            selected.add(ident)
            if unchanged:
                self.summary.skipped += prior[ident].count()
                continue
            entry = InputEntry(ident, path, *((st.st_size, st.st_mtime_ns, st.st_ctime_ns) if st else ()))
            if ident in prior:
                entry.pos = prior[ident].pos
            plan.entries[ident] = entry
            plan.todo.append((entry, pre))
        plan.dropped = self._gone(prior, selected, plan.entries)
        return plan

    def _look_stdin(self, read, stdin, prior: dict[str, InputEntry]):
        """(ident, stat, documents, unchanged) of the text on stdin; None for an empty one."""
        from pipeline.text.normalise import doc_id

        docs = list(read("-", stdin))
        if len(docs) == 1 and docs[0].error == "empty document":   # a cron pipe that had nothing: no row to keep forever
            log.error("stdin: empty document (no row written)")
            self.summary.failed += 1
            self.summary.errors.append("stdin: empty document")
            return None
        # several records (JSON, JSON lines): all their texts make the identity, not the first one's
        ident = "stdin:" + doc_id(docs[0].text or "" if len(docs) == 1 else "\x00".join(d.text for d in docs))
        prev = prior.get(ident)
        return ident, None, docs, prev is not None and all(d.doc_id for d in self.store.entry_docs(prev))

    def _look_file(self, path: str, prior: dict[str, InputEntry]):
        """(ident, stat, None, unchanged) of an input file: it is read when extracted."""
        ident = os.path.abspath(path)
        try:
            st = os.stat(path)
        except OSError:
            st = None
        return ident, st, None, self._unchanged(prior.get(ident), path, st)

    def _gone(self, prior: dict[str, InputEntry], selected: set[str], entries: dict[str, InputEntry]) -> list[str]:
        """The --prune policy: drop the deleted inputs' entries that go, log the ones kept; the dropped."""
        gone = [i for i in prior if i not in selected and not i.startswith("stdin:") and not os.path.exists(i)]
        # A file that could not be read and is gone now (deleted during the last run) leaves no row;
        # with --prune no deleted input does.
        dropped = list(gone) if self.prune else [i for i in gone if prior[i].retry]
        for i in dropped:
            del entries[i]
        kept = [prior[i].path for i in gone if i not in dropped]
        if self.prune and gone:
            log.info("%d input file(s) no longer exist; --prune: their rows are dropped, e.g. %s",
                     len(gone), display_path(prior[gone[0]].path))
        elif kept:
            log.info("%d input file(s) no longer exist; their rows are kept (--prune or --full drops them), "
                     "e.g. %s", len(kept), display_path(kept[0]))
        return dropped

    def _nothing_new(self, plan: Plan, old: Optional[State]) -> bool:
        """Whether the tables on disk are the ones this run would write (a cron re-run)."""
        from pipeline.index.folder import INDEX_FILES

        return (not plan.todo and not plan.dropped and not self.full and old is not None
                and output_stats(self.out, OUTPUT_FILES) == old.outputs
                and all((self.out / f).exists() for f in INDEX_FILES))

    # -- the run ----------------------------------------------------------------------------------

    def run(self, paths: list[str], stdin, make_engine) -> RunSummary:
        """Plan, extract what is new, then commit (healing damaged stored results)."""
        self.store, unreadable = Store.open_or_reset(self.out)
        try:
            return self._run(paths, stdin, make_engine, unreadable)
        except BaseException as exc:
            with contextlib.suppress(AttributeError, TypeError):
                exc.stored = self.store.committed   # what the message of a run that broke off can promise
            raise
        finally:
            self.store.close()

    def _run(self, paths: list[str], stdin, make_engine, unreadable: Optional[str]) -> RunSummary:
        from pipeline.io.inputs.ingest import read_file

        read = functools.partial(read_file, max_bytes=self.max_bytes, stdin_format=self.options.stdin_format,
                                 **({"fields": self.options.record_fields} if self.options.record_fields else {}))
        _clean_output_temps(self.out)
        old, self.reuse = self._previous(unreadable)
        prior = {} if (self.full or old is None) else old.inputs
        self.replace_all = not prior
        if not paths and not prior:
            return self.summary    # nothing to read: no empty tables either
        plan = self._plan(paths, prior, read, stdin)
        if plan.todo:
            self._extract(plan.todo, read, make_engine)
        self._settle(plan.todo)
        if not plan.entries and old is None:
            return self.summary    # nothing was read (an empty stdin): no empty tables
        if self._nothing_new(plan, old):
            self.summary.total = sum(e.count() for e in plan.entries.values())
            log.info("nothing new: tables left as they are")
            return self.summary
        # Tables on disk as the last run wrote them, and no input dropped: new rows may be appended.
        self.intact = (old is not None and not plan.dropped and not self.replace_all
                       and output_stats(self.out, OUTPUT_FILES) == old.outputs)
        self._commit_and_heal(plan.entries, read, make_engine)
        return self.summary

    def _commit_and_heal(self, entries: dict[str, InputEntry], read, make_engine) -> None:
        """Commit the new state; a damaged stored result is extracted again and the commit retried."""
        for _ in range(len(entries) + 1):   # each round heals at least one input, or gives up
            state = State(self.model_id, __version__, entries)
            self.summary.total = sum(e.count() for e in state.inputs.values())
            try:
                self._commit(state)
                return
            except DamagedResult as exc:
                self._heal(exc, entries, read, make_engine)
        raise RuntimeError("result store keeps failing; run again with --full")

    def _settle(self, todo) -> None:
        """Turn the keys of freshly extracted inputs into the refs the state keeps."""
        for entry, _ in todo:
            entry.retry = any(k in self.retry for k in entry.docs)
            entry.docs = [self.refs[k] for k in entry.docs]

    def _heal(self, exc: DamagedResult, entries: dict[str, InputEntry], read, make_engine) -> None:
        """A stored result turned out to be damaged: extract the inputs that gave it again."""
        self.store.discard(exc.key)
        hit = [i for i, e in entries.items()
               if (exc.pos is not None and e.pos == exc.pos) or any(getattr(d, "key", d) == exc.key
                                                                   for d in (e.docs or []))]
        log.warning("%s; extracting %s again", exc, ", ".join(display_path(entries[i].path) for i in hit))
        todo = []
        for ident in hit:
            old = entries[ident]
            if ident.startswith("stdin:"):   # that text cannot be read again: its rows go
                log.warning("%s: text read from stdin in an earlier run: its rows are dropped", ident)
                del entries[ident]
                continue
            entry = InputEntry(ident, old.path, old.size, old.mtime_ns, old.ctime_ns, pos=old.pos)
            entries[ident] = entry   # same position in the tables
            self.summary.skipped -= old.count()   # counted already; _extract counts them again
            todo.append((entry, None))
        if not hit:
            raise RuntimeError(f"{exc}, and no input refers to it; run again with --full")
        if todo:
            self._extract(todo, read, make_engine)
            self._settle(todo)

    def _tasks(self, todo, read_file, bar):
        """The documents of the to-do inputs that need the pipeline, as ``(key, SourceDoc)``; the others
        (unreadable inputs, results stored already) are settled on the way."""
        from pipeline.batch.engines.units import error_record

        from pipeline.batch.since import dated_since

        ids = _InputIds()
        for entry, pre in todo:
            keys = []
            for src in (pre if pre is not None else read_file(entry.path)):
                if not dated_since(src, self.options.since_date):
                    entry.mtime_ns = -1   # read again next run, whose --since may differ
                    continue
                ids.check(src)
                key = result_key(self.model_id, __version__, src)
                keys.append(key)
                stored = self.store.peek(key) if self.reuse else None   # None: missing, or to retry
                transient = src.error.startswith("cannot read file")
                if src.error and (transient or not stored):
                    # unreadable input: its error row needs no pipeline
                    if transient:
                        self.retry.add(key)
                    self._done(error_record(key, src, self.label))
                    bar.update()
                elif stored:
                    # Same content as a stored result (a touched file, or a run that was killed);
                    # for a bad line of a touched .jsonl, the same error: reported already.
                    self.refs[key] = stored
                    self.summary.skipped += 1
                    bar.update()
                else:
                    yield key, src
            entry.docs = keys

    def _extract(self, todo, read_file, make_engine) -> None:
        """Extract every to-do input's documents and store the results, a batch per transaction."""
        from pipeline.batch.engines.units import batches
        from pipeline.io.inputs.readers import reader_for

        # a file of many records (.jsonl) makes the number of documents unknown until it is read
        total = len(todo) if all(reader_for(e.path).one_document for e, _ in todo) else None
        memory = {}
        with contextlib.ExitStack() as stack:
            bar = self._progress_bar(stack, total)
            engine = make_engine()
            stack.callback(engine.close)
            stack.callback(self.store.flush)   # error rows read after the last batch
            for result in engine.map(batches(self._tasks(todo, read_file, bar), self.batch_size)):
                memory[result.memory.name] = result.memory
                for rec in result.records:
                    self._done(rec)
                self.store.flush()
                n = self.summary.processed + self.summary.failed
                for i in range(len(result.records), 0, -1):   # the commit steps after each stored result
                    self.fault(f"result-{n - i + 1}")
                bar.update(len(result.records))
        self.summary.memory = list(memory.values())
        for m in self.summary.memory:
            log.debug("memory of %s: RSS %.0f MB, peak %.0f MB", m.name, m.rss / 2**20, m.peak / 2**20)

    def _progress_bar(self, stack: contextlib.ExitStack, total: Optional[int]):
        """The progress bar of the extraction (disabled without ``progress``), closed with ``stack``."""
        from tqdm import tqdm

        # A terminal that reports a 0x0 size (serial consoles, some containers) would get no bar.
        sized = _terminal_columns() > 0
        fixed = {} if sized else {"ncols": 80, "nrows": 24}
        bar = stack.enter_context(tqdm(total=total, unit="doc", disable=not self.progress,
                                       dynamic_ncols=sized, leave=False, **fixed))
        if self.progress:   # log lines above the bar, not through it
            from tqdm.contrib.logging import logging_redirect_tqdm

            stack.enter_context(logging_redirect_tqdm())
        return bar

    def _done(self, rec: dict) -> None:
        """A freshly extracted document: store it, count it, report its problems."""
        if rec.get("retry"):
            self.retry.add(rec["key"])
        self.store.put(rec)
        if len(self.store.pending) >= 4 * self.batch_size:
            self.store.flush()   # error rows of a long .jsonl: stored as they come, memory flat
        self.refs[rec["key"]] = DocRef(rec["key"], rec["doc_id"], rec["source"], rec["status"])
        for warning in filter(None, rec["warnings"].split(";")):
            log.warning("%s: warning: %s", rec["source"], warning)
        if rec["status"] == "error":
            self.summary.failed += 1
            msg = f"{rec['source']}: {rec['error']}"
            self.summary.errors.append(msg)
            log.error(msg)
        else:
            self.summary.processed += 1

    def _commit(self, state: State) -> None:
        """Rebuild the files from the store, then make the new state the committed one.

        The new state is written in a transaction that stays open while the tables are rendered
        from it (the connection reads its own writes) and is committed after the renames: a run
        killed before the commit leaves the last state, and the next run completes. When the new
        rows only follow the old ones (new inputs, or a last input that grew), the new files are
        the old ones plus those rows (still written to temporary files and renamed)."""
        with self.store.transaction():
            tail = self._tail(state.inputs)
            self.store.write_state(state.inputs, replace_all=self.replace_all)
            with DatasetWriter(self.out, extend=tail is not None) as writer:
                self._render(writer, tail or (0, 0))
                if self.lock is not None:
                    self.lock.check()   # before the renames: only the run holding the lock commits
            self._index()
            self.fault("before-state")
            state.outputs = output_stats(self.out, OUTPUT_FILES)
            self.store.write_meta(state)
        self.store.sync()
        self.replace_all = False
        self.fault("before-prune")
        self.store.prune()
        self.summary.rebuilt = True

    def _index(self) -> None:
        """The cross-document index over every document of the folder (``people.csv`` …), and the ids
        in ``entities.csv``/``roles.csv``; inside the commit, so the recorded table state includes them."""
        from pipeline.index.folder import update_index

        try:
            summary = update_index(self.out, full=self.full)
        except OSError:
            raise              # the output folder itself failed (full, read-only): the run's own one-line failure
        except Exception as exc:   # noqa: BLE001 — the index is built again by the next run; the tables stand
            log.error("index not updated: %s: %s", type(exc).__name__, str(exc).splitlines()[0][:200] if str(exc) else "")
            log.debug("index failure", exc_info=True)
            return
        if summary.built:
            log.info("index: %d people, %d organisations, %d positions%s", summary.people, summary.organizations,
                     summary.positions, f", {summary.merged} with merged ids" if summary.merged else "")

    def _tail(self, entries: dict[str, InputEntry]) -> Optional[tuple[int, int]]:
        """``(pos, seq)`` of the first row when every row before it is in the tables on disk
        already and in place; None when the tables must be written whole."""
        if not self.intact:
            return None
        last = self.store.last_pos()
        changed = [e for e in entries.values() if e.docs is not None]
        grown = [e for e in changed if 0 <= e.pos]
        if not grown:
            return last + 1, 0
        if len(grown) > 1 or grown[0].pos != last:
            return None
        old = self.store.entry_keys(last)
        new = [getattr(d, "key", d) for d in grown[0].docs]
        return (last, len(old)) if new[:len(old)] == old else None

    def _render(self, writer: DatasetWriter, start: tuple[int, int]) -> None:
        """The documents of the state being committed from ``start`` on, streamed from the store."""
        seen: set[str] = set()
        appending = start != (0, 0)
        last, n_inputs = None, 0
        for pos, key, doc_id, source, data in self.store.rows(start):
            if pos != last:
                last, n_inputs = pos, n_inputs + 1
                if n_inputs == 3:
                    self.fault("rebuild")
            if data is None or doc_id is None:
                raise DamagedResult(key, f"stored document {key} missing", pos)
            if doc_id in seen or (appending and self.store.written_before(doc_id, start)):
                # doc_id is the text's hash: the same text under two names is one document
                log.info("%s: same text as an earlier input (doc_id %s): its rows are written once", source, doc_id)
                continue
            seen.add(doc_id)
            writer.add(dict(zip(OUTPUT_FILES, self.store.unpack(key, data, pos))))
        if n_inputs < 3:
            self.fault("rebuild")


class _InputIds:
    """Duplicate ``input_id``s among the documents a run reads: a later document whose id was
    given to another text gets a warning (``duplicate input_id 17: another text has it (a.jsonl#3)``)."""

    def __init__(self):
        self.first: dict[str, tuple[str, str]] = {}   # input_id -> (text hash, source)

    def check(self, src) -> None:
        if not src.input_id or src.error:
            return
        digest = hashlib.blake2b(src.text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        seen = self.first.setdefault(src.input_id, (digest, src.source))
        if seen[0] != digest:
            src.warnings.append(f"duplicate input_id {src.input_id}: another text has it ({seen[1]})")
