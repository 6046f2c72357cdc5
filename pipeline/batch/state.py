"""What an output folder remembers between runs: one SQLite store, ``OUT/.press-extract/store.sqlite3``.

One database (the standard library's ``sqlite3``, WAL journal) holds

``meta``
    the model and pipeline version of the last completed run, the output
    columns (``SCHEMA``), the size and modification time of the output files
    it wrote, and the compression dictionary of the stored documents;
``inputs``
    one row per input (in table order, ``pos``) with its path, size, mtime,
    ctime, whether it must be read again, and how many documents it gave;
``refs``
    the documents of each input in order: ``(pos, seq) -> key``;
``results``, ``result_data``
    one row each per processed document, by KEY (a hash of everything its rows
    depend on: source, text, title, date, warnings, model, pipeline version,
    columns): ``doc_id``, ``source``, ``status``, ``input_id`` as plain
    columns (a small table every run reads), and ``data``, the document's rows
    already rendered for every output file (a JSON list of the fragments in ``OUTPUT_FILES`` order,
    deflated with a preset dictionary: a tiny record costs about 130 bytes
    instead of about 1,100 in the tables). :meth:`Store.documents` reads them
    back as ``dataset.jsonl`` records, for queries over the whole store.

Results are written in batches, one transaction each, as the extraction goes,
so the work of a killed run is kept. The new state (``inputs``, ``refs``,
``meta``) is written in one transaction that is committed only after the
tables have been rebuilt and renamed into place: that commit is the commit
point of a run. A kill at any moment leaves the last committed state
(``docs/operations.md``).

An output folder of an earlier version (``state.json`` plus one file per
document in ``results/``) is migrated into the store on its first run.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sqlite3
import zlib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional

from pipeline.model.document import SCHEMA
from pipeline.io.outputs.writer import OUTPUT_FILES

log = logging.getLogger("press_extract")

STATE_DIR = ".press-extract"
STORE_FILE = "store.sqlite3"
#: The layout before the store (format 1): migrated once, then deleted.
STATE_FILE = "state.json"
RESULTS_DIR = "results"
#: Bumped when the layout of the store changes.
FORMAT = 2
_LEGACY_FORMAT = 1

_SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS inputs (pos INTEGER PRIMARY KEY, input TEXT NOT NULL UNIQUE, path TEXT NOT NULL,
    size INTEGER, mtime_ns INTEGER, ctime_ns INTEGER, retry INTEGER NOT NULL DEFAULT 0,
    n_docs INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS refs (pos INTEGER NOT NULL, seq INTEGER NOT NULL, key TEXT NOT NULL,
    PRIMARY KEY (pos, seq)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS refs_key ON refs (key);
CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, doc_id TEXT NOT NULL, source TEXT NOT NULL,
    status TEXT NOT NULL, input_id TEXT NOT NULL DEFAULT '', retry INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS results_doc_id ON results (doc_id);
CREATE TABLE IF NOT EXISTS result_data (key TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;
"""


@dataclass
class DocRef:
    key: str
    doc_id: str
    source: str
    status: str


@dataclass
class InputEntry:
    """One input file (or one text read from stdin) and the documents it gave."""
    input: str            # identity: absolute path, or ``stdin:DOC_ID``
    path: str             # as given on the command line (the ``source`` column)
    size: int = -1
    mtime_ns: int = -1
    ctime_ns: int = -1    # catches rewrites that keep size and mtime (rsync -t, cp -p)
    retry: bool = False   # could not be read: read it again next run even if unchanged
    docs: list = field(default_factory=list)   # DocRefs (or keys while extracting); None: as stored
    n_docs: int = 0       # documents it gave (when ``docs`` is None: as stored)
    pos: int = -1         # place in table order (-1: new, appended at the commit)

    def count(self) -> int:
        return self.n_docs if self.docs is None else len(self.docs)


@dataclass
class State:
    model: str
    pipeline_version: str
    inputs: dict[str, InputEntry] = field(default_factory=dict)   # in table order
    outputs: dict[str, list[int]] = field(default_factory=dict)   # file -> [size, mtime_ns]
    schema: str = SCHEMA   # columns the stored results were rendered with (document.SCHEMA)

    def keys(self) -> set[str]:
        return {d.key for e in self.inputs.values() for d in (e.docs or [])}


def state_dir(out: Path) -> Path:
    return Path(out) / STATE_DIR


def remove_if_directory(path: Path) -> None:
    """Our own file name taken by a directory (by hand, by a tool): it cannot be replaced by a
    rename, so it goes. Only ever called on names inside ``.press-extract/``."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)


def output_stats(out: Path, names: Iterable[str]) -> dict[str, list[int]]:
    """``[size, mtime_ns]`` of each output file (missing files are left out)."""
    stats = {}
    for name in names:
        try:
            st = os.stat(Path(out) / name)
        except FileNotFoundError:
            continue
        stats[name] = [st.st_size, st.st_mtime_ns]
    return stats


def result_key(model: str, version: str, src) -> str:
    """Hash of everything the rows of ``src`` (a ``SourceDoc``) depend on."""
    blob = json.dumps([model, version, src.source, src.text, src.title, src.date, src.warnings, src.error,
                       src.input_id, src.input_url, SCHEMA],
                      ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


class DamagedResult(RuntimeError):
    """A stored result that cannot be used (missing, truncated, edited): its document is extracted again."""

    def __init__(self, key: str, why: str, pos: Optional[int] = None):
        super().__init__(f"result store damaged ({why})")
        self.key, self.pos = key, pos


class StoreUnreadable(RuntimeError):
    """The store file is not a database of ours (damaged, or something else under its name)."""


def _template_dictionary() -> bytes:
    """A preset deflate dictionary: one rendered document with a row of every table, so that
    the column names and the JSON keys a tiny document repeats cost next to nothing."""
    from dataclasses import fields

    from pipeline.model.document import TABLES, Document
    from pipeline.io.outputs.writer import render

    def blank(row_type):
        values = {}
        for f in fields(row_type):
            t = str(f.type)
            values[f.name] = (None if t.startswith("Optional") else 0 if t == "int" else 0.5 if t == "float"
                              else "ok" if f.name == "status" else "")
        return row_type(**values)

    doc = Document(info=blank(TABLES["documents"]), text="")
    for table, row_type in TABLES.items():
        if table != "documents" and hasattr(doc, table):
            setattr(doc, table, [blank(row_type)])
    return json.dumps([render(doc)[f] for f in OUTPUT_FILES], ensure_ascii=False).encode("utf-8")


def _is_whole(fragments) -> bool:
    return isinstance(fragments, list) and len(fragments) == len(OUTPUT_FILES) and all(
        isinstance(f, str) for f in fragments)


class Store:
    """The SQLite store of one output folder (see the module docstring)."""

    def __init__(self, out: Path):
        self.dir = state_dir(out)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.path = self.dir / STORE_FILE
        remove_if_directory(self.path)
        self.db = self._open()
        self.pending: list[tuple] = []
        self.zdict = self._dictionary()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            # Results: no fsync per batch (a power cut loses at most the last batches, never the
            # database); the state commit is synced (``sync``).
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA journal_size_limit=4194304")
            db.executescript(_SCHEMA_SQL)
            fmt = db.execute("SELECT v FROM meta WHERE k='format'").fetchone()
        except sqlite3.OperationalError:
            db.close()
            raise          # locked, read-only, disk full: the folder's problem, not a damaged store
        except sqlite3.DatabaseError as exc:
            db.close()
            raise StoreUnreadable(f"{self.path}: {exc}") from None
        if fmt is not None and fmt[0] != str(FORMAT):
            db.close()
            raise StoreUnreadable(f"{self.path}: store format {fmt[0]!r}, expected {FORMAT}")
        return db

    def _dictionary(self) -> bytes:
        row = self.db.execute("SELECT v FROM meta WHERE k='zdict'").fetchone()
        if row is not None:
            return bytes(row[0])
        zdict = _template_dictionary()
        self.db.execute("INSERT INTO meta VALUES ('zdict', ?), ('format', ?)", (zdict, str(FORMAT)))
        return zdict

    def close(self) -> None:
        self.db.close()

    @classmethod
    def open_or_reset(cls, out: Path) -> tuple["Store", Optional[str]]:
        """The store of ``out``; a store file that is not a database of ours is set aside and
        replaced by an empty one (then the second value says why)."""
        try:
            return cls(out), None
        except StoreUnreadable as exc:
            path = state_dir(out) / STORE_FILE
            for suffix in ("", "-wal", "-shm"):
                p = Path(f"{path}{suffix}")
                remove_if_directory(p)
                p.unlink(missing_ok=True)
            return cls(out), str(exc)

    # -- the documents ---------------------------------------------------------------------------

    def pack(self, fragments: dict[str, str]) -> bytes:
        c = zlib.compressobj(6, zlib.DEFLATED, -15, 9, zdict=self.zdict)
        raw = json.dumps([fragments[f] for f in OUTPUT_FILES], ensure_ascii=False).encode("utf-8")
        return c.compress(raw) + c.flush()

    def unpack(self, key: str, data, pos: Optional[int] = None) -> list[str]:
        """The fragments of a stored document, in ``OUTPUT_FILES`` order; DamagedResult when not whole."""
        try:
            d = zlib.decompressobj(-15, zdict=self.zdict)
            fragments = json.loads(d.decompress(bytes(data)) + d.flush())
        except (TypeError, ValueError, zlib.error, RecursionError) as exc:
            raise DamagedResult(key, f"stored document {key}: {exc}", pos) from None
        if not _is_whole(fragments):
            raise DamagedResult(key, f"stored document {key}: not a complete result", pos)
        return fragments

    def peek(self, key: str) -> Optional[DocRef]:
        """What the state needs of a stored document (None when none is stored, or it must be retried)."""
        row = self.db.execute("SELECT doc_id, source, status, retry FROM results WHERE key=?", (key,)).fetchone()
        if row is None or row[3]:
            return None
        return DocRef(key, row[0], row[1], row[2])

    def put(self, record: dict) -> None:
        """Keep ``record`` (``engines.units.record``) for the next :meth:`flush`."""
        self.pending.append((record["key"], record["doc_id"], record["source"], record["status"],
                              record.get("input_id", ""), int(bool(record.get("retry"))),
                              self.pack(record["fragments"])))

    def flush(self) -> None:
        """Store the records put since the last flush, in one transaction."""
        if not self.pending:
            return
        with self.transaction():
            _insert(self.db, self.pending)
        self.pending = []

    def discard(self, key: str) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM results WHERE key=?", (key,))
            self.db.execute("DELETE FROM result_data WHERE key=?", (key,))

    def keys(self) -> set[str]:
        """The keys of every stored document."""
        return {k for (k,) in self.db.execute("SELECT key FROM results")}

    def documents(self) -> Iterator[dict]:
        """Every document of the committed state in table order, as its ``dataset.jsonl`` record
        (the rows of every table, nested): the way to query the whole store."""
        last = OUTPUT_FILES.index("dataset.jsonl")
        for key, data in self.db.execute("SELECT r.key, s.data FROM refs r JOIN result_data s USING (key) "
                                         "ORDER BY r.pos, r.seq"):
            yield json.loads(self.unpack(key, data)[last])

    # -- the state ------------------------------------------------------------------------------

    def transaction(self):
        return _Transaction(self.db)

    def meta(self) -> dict:
        return {k: v for k, v in self.db.execute("SELECT k, v FROM meta WHERE k != 'zdict'")}

    def has_state(self) -> bool:
        return "model" in self.meta()

    def load(self, *, docs: bool = False) -> Optional[State]:
        """The committed state (None when there is none); with ``docs``, every input's documents."""
        meta = self.meta()
        if "model" not in meta:
            return None
        state = State(str(meta["model"]), str(meta.get("pipeline_version", "")), {},
                      json.loads(meta.get("outputs") or "{}"), str(meta.get("schema", "")))
        for pos, ident, path, size, mtime, ctime, retry, n in self.db.execute(
                "SELECT pos, input, path, size, mtime_ns, ctime_ns, retry, n_docs FROM inputs ORDER BY pos"):
            ident, path = _from_db(ident), _from_db(path)
            state.inputs[ident] = InputEntry(ident, path, size, mtime, ctime, bool(retry), None, n, pos)
        if docs:
            by_pos = {e.pos: e for e in state.inputs.values()}
            for e in by_pos.values():
                e.docs = []
            for pos, key, doc_id, source, status in self.db.execute(
                    "SELECT r.pos, r.key, s.doc_id, s.source, s.status FROM refs r LEFT JOIN results s USING (key) "
                    "ORDER BY r.pos, r.seq"):
                by_pos[pos].docs.append(DocRef(key, doc_id or "", source or "", status or ""))
        return state

    def entry_docs(self, entry: InputEntry) -> list[DocRef]:
        """The stored documents of a committed input."""
        return [DocRef(k, d or "", s or "", st or "") for k, d, s, st in self.db.execute(
            "SELECT r.key, s.doc_id, s.source, s.status FROM refs r LEFT JOIN results s USING (key) "
            "WHERE r.pos=? ORDER BY r.seq", (entry.pos,))]

    def write_state(self, entries: dict[str, InputEntry], *, replace_all: bool) -> None:
        """Inside an open transaction: make ``entries`` (in table order) the inputs of the state.
        Entries with ``docs`` loaded are (re)written; entries with ``docs is None`` stay as stored."""
        if replace_all:
            self.db.execute("DELETE FROM inputs")
            self.db.execute("DELETE FROM refs")
        else:
            keep = [(_to_db(e.input),) for e in entries.values()]
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS keep (input TEXT PRIMARY KEY)")
            self.db.execute("DELETE FROM temp.keep")
            self.db.executemany("INSERT OR IGNORE INTO temp.keep VALUES (?)", keep)
            self.db.execute("DELETE FROM refs WHERE pos IN (SELECT pos FROM inputs WHERE input NOT IN temp.keep)")
            self.db.execute("DELETE FROM inputs WHERE input NOT IN temp.keep")
        nxt = (self.db.execute("SELECT max(pos) FROM inputs").fetchone()[0] or 0) + 1
        for e in entries.values():
            if e.docs is None and not replace_all:
                continue
            if e.pos < 0 or replace_all:
                e.pos, nxt = nxt, nxt + 1
            self.db.execute("DELETE FROM refs WHERE pos=?", (e.pos,))
            self.db.execute("INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            (e.pos, _to_db(e.input), _to_db(e.path), e.size, e.mtime_ns, e.ctime_ns, int(e.retry),
                             e.count()))
            self.db.executemany("INSERT INTO refs VALUES (?, ?, ?)",
                                ((e.pos, i, getattr(d, "key", d)) for i, d in enumerate(e.docs or [])))

    def rows(self, start: tuple[int, int] = (0, 0)) -> Iterator[tuple]:
        """``(pos, key, doc_id, source, data)`` of every document of the state being written from
        ``start`` (pos, seq) on, in table order (data None: the stored result is missing)."""
        yield from self.db.execute("SELECT r.pos, r.key, s.doc_id, s.source, d.data FROM refs r "
                                   "LEFT JOIN results s USING (key) LEFT JOIN result_data d USING (key) "
                                   "WHERE (r.pos, r.seq) >= (?, ?) "
                                   "ORDER BY r.pos, r.seq", start)

    def written_before(self, doc_id: str, start: tuple[int, int]) -> bool:
        """Whether a document before ``start`` (pos, seq), one in the tables already, has ``doc_id``."""
        return self.db.execute("SELECT 1 FROM results s JOIN refs r USING (key) WHERE s.doc_id=? "
                               "AND (r.pos, r.seq) < (?, ?) LIMIT 1", (doc_id, *start)).fetchone() is not None

    def last_pos(self) -> int:
        return self.db.execute("SELECT coalesce(max(pos), 0) FROM inputs").fetchone()[0]

    def entry_keys(self, pos: int) -> list[str]:
        return [k for (k,) in self.db.execute("SELECT key FROM refs WHERE pos=? ORDER BY seq", (pos,))]

    def write_meta(self, state: State) -> None:
        self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", [
            ("format", str(FORMAT)), ("model", state.model), ("pipeline_version", state.pipeline_version),
            ("schema", state.schema), ("outputs", json.dumps(state.outputs, sort_keys=True))])

    def prune(self) -> int:
        """Delete every stored document no input refers to; the number deleted."""
        referenced = self.db.execute("SELECT count(DISTINCT key) FROM refs").fetchone()[0]
        if self.db.execute("SELECT count(*) FROM results").fetchone()[0] <= referenced:
            return 0    # every stored document is referred to (refs only name stored ones)
        with self.transaction():
            self.db.execute("DELETE FROM result_data WHERE key NOT IN (SELECT key FROM refs)")
            return self.db.execute("DELETE FROM results WHERE key NOT IN (SELECT key FROM refs)").rowcount

    def sync(self) -> None:
        """Make every committed transaction durable (a checkpoint into the synced database file)."""
        self.db.execute("PRAGMA wal_checkpoint(FULL)")


def _to_db(path: str):
    """A path as stored: text, or its bytes when it is not UTF-8 (``M\\xe4rz.txt`` from an old share,
    held by Python as surrogate escapes, which SQLite's text cannot take)."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path)


def _from_db(value) -> str:
    return os.fsdecode(bytes(value)) if isinstance(value, (bytes, memoryview)) else value


def _insert(db: sqlite3.Connection, rows: list[tuple]) -> None:
    """Store documents: what the state needs in ``results`` (small, read by every run), the
    rendered rows in ``result_data`` (read only when the tables are written)."""
    db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?)", [r[:6] for r in rows])
    db.executemany("INSERT OR REPLACE INTO result_data VALUES (?, ?)", [(r[0], r[6]) for r in rows])


class _Transaction:
    """``with store.transaction():`` — BEGIN IMMEDIATE … COMMIT, ROLLBACK on any exception."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.db.execute("COMMIT")
        elif self.db.in_transaction:
            self.db.execute("ROLLBACK")


def load_state(out: Path) -> Optional[State]:
    """The committed state of ``out`` with every input's documents; None when there is none."""
    if not (state_dir(out) / STORE_FILE).is_file():
        return None
    store = Store(out)
    try:
        return store.load(docs=True)
    finally:
        store.close()


def stored_keys(out: Path) -> set[str]:
    """The keys of every document stored in ``out`` (empty when there is no store); read-only."""
    path = state_dir(out) / STORE_FILE
    if not path.is_file():
        return set()
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        return {k for (k,) in db.execute("SELECT key FROM results")}
    finally:
        db.close()


# -- migration from the layout of format 1 (state.json + results/KEY.json) ---------------------------

def _legacy_state(raw: bytes) -> tuple[State, dict]:
    data = json.loads(raw)
    if not isinstance(data, dict) or data.get("format") != _LEGACY_FORMAT:
        raise ValueError("not a state of format 1")
    inputs = {}
    for e in data["inputs"]:
        docs = [DocRef(**d) for d in e["docs"]]
        entry = InputEntry(**{**e, "docs": docs})
        inputs[entry.input] = entry
    return State(str(data["model"]), str(data["pipeline_version"]), inputs,
                 {k: list(v) for k, v in data.get("outputs", {}).items()}, str(data.get("schema", ""))), data


def _legacy_record(store: Store, path: Path) -> Optional[tuple]:
    try:
        rec = json.loads(path.read_bytes())
        fragments = rec["fragments"]
        row = (rec["key"], rec["doc_id"], rec["source"], rec["status"], "", int(bool(rec.get("retry"))),
               store.pack(fragments))
    except (OSError, ValueError, RecursionError, KeyError, TypeError, AttributeError):
        return None    # damaged: its input is extracted again when the tables are rebuilt
    return row


def migrate(out: Path, store: Store) -> Optional[str]:
    """Move an output folder of format 1 into ``store``, once; what the log should say (None: nothing)."""
    d = state_dir(out)
    legacy, results = d / STATE_FILE, d / RESULTS_DIR
    if not legacy.exists() and not results.exists():
        return None
    if store.has_state():   # migrated already; a kill came before the old files were deleted
        note = None
    else:
        try:
            state, _ = _legacy_state(legacy.read_bytes())
        except (OSError, ValueError, KeyError, TypeError, RecursionError) as exc:
            state, note = None, f"old state file {legacy} unreadable ({exc}): not migrated"
        n = 0
        with store.transaction():
            if state is not None:
                for entry in state.inputs.values():
                    for ref in entry.docs:
                        row = _legacy_record(store, results / f"{ref.key}.json")
                        if row is not None:
                            _insert(store.db, [row])
                            n += 1
                store.write_state(state.inputs, replace_all=True)
                store.write_meta(state)
                note = (f"migrated {len(state.inputs)} input(s) and {n} stored document(s) from "
                        f"{STATE_FILE} and {RESULTS_DIR}/ into {STORE_FILE} (once; the old files are deleted)")
        store.sync()
    legacy.unlink(missing_ok=True)
    remove_if_directory(legacy)
    shutil.rmtree(results, ignore_errors=True)
    return note


def _legacy_json(state: State) -> dict:
    """A state of format 1 (tests write old folders with it)."""
    return {"format": _LEGACY_FORMAT, "model": state.model, "pipeline_version": state.pipeline_version,
            "schema": state.schema, "outputs": state.outputs,
            "inputs": [{k: v for k, v in asdict(e).items() if k not in ("n_docs", "pos")}
                       for e in state.inputs.values()]}
