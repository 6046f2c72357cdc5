"""What an output folder remembers between runs: the state file and the result store.

Both live in ``OUT/.press-extract/``:

``state.json``
    the model and pipeline version of the last completed run, the size and
    modification time of the seven output files it wrote, and one entry per
    input (in table order) with its path, size, mtime, ctime and the documents
    it gave (key, doc_id, source, status). Replaced atomically at the end of a
    run. An input whose size, mtime or ctime differs is re-read, and only its
    documents whose key is not stored yet go through the pipeline.
``results/KEY.json``
    one processed document: its rows already rendered as CSV/JSONL fragments.
    KEY is a hash of everything the rows depend on (source, text, title, date,
    warnings, model, pipeline version), so a stored result is never stale and
    results written by a run that was killed are reused by the next one.

A run writes results as they come, then rebuilds the tables from the store in
state order, then replaces ``state.json``; a kill at any point leaves a
folder the next run completes (see ``docs/operations.md``).
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from pipeline.model.document import SCHEMA
from pipeline.io.outputs.writer import OUTPUT_FILES, atomic_write

STATE_DIR = ".press-extract"
STATE_FILE = "state.json"
RESULTS_DIR = "results"
#: Bumped when the layout of ``state.json`` or of a stored result changes.
FORMAT = 1


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
    docs: list[DocRef] = field(default_factory=list)


@dataclass
class State:
    model: str
    pipeline_version: str
    inputs: dict[str, InputEntry] = field(default_factory=dict)   # in table order
    outputs: dict[str, list[int]] = field(default_factory=dict)   # file -> [size, mtime_ns]
    schema: str = SCHEMA   # columns the stored results were rendered with (document.SCHEMA)

    def keys(self) -> set[str]:
        return {d.key for e in self.inputs.values() for d in e.docs}

    def to_json(self) -> dict:
        return {"format": FORMAT, "model": self.model, "pipeline_version": self.pipeline_version,
                "schema": self.schema, "outputs": self.outputs, "inputs": [asdict(e) for e in self.inputs.values()]}

    @classmethod
    def from_json(cls, data) -> "State":
        """The state in ``data``; ValueError for anything but the layout :meth:`to_json` writes."""
        if not isinstance(data, dict):
            raise ValueError(f"state is a JSON {type(data).__name__}, not an object")
        if data.get("format") != FORMAT:
            raise ValueError(f"state format {data.get('format')!r}, expected {FORMAT}")
        try:
            inputs = {}
            for e in data["inputs"]:
                entry = InputEntry(**{**e, "docs": [DocRef(**d) for d in e["docs"]]})
                if not all(isinstance(getattr(entry, f), str) for f in ("input", "path")):
                    raise TypeError("input entry without a path")
                inputs[entry.input] = entry
            return cls(str(data["model"]), str(data["pipeline_version"]), inputs,
                       {k: list(v) for k, v in data.get("outputs", {}).items()}, str(data.get("schema", "")))
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"state of an unknown layout ({type(exc).__name__}: {exc})") from None


def state_dir(out: Path) -> Path:
    return Path(out) / STATE_DIR


def load_state(out: Path) -> Optional[State]:
    """The state of ``out``; None when there is none. Raises ValueError when it is unreadable."""
    path = state_dir(out) / STATE_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:    # a directory, an unreadable file: as good as a corrupt one
        raise ValueError(f"{path}: {exc.strerror or exc}") from exc
    try:
        return State.from_json(json.loads(raw))
    except (ValueError, RecursionError) as exc:
        raise ValueError(f"{path}: {exc}") from exc


def save_state(out: Path, state: State) -> None:
    """Replace the state file atomically (synced: it is the commit point of a run)."""
    d = state_dir(out)
    d.mkdir(parents=True, exist_ok=True)
    remove_if_directory(d / STATE_FILE)
    # ASCII escapes: a path that is not UTF-8 (held as surrogate escapes) must round-trip exactly.
    data = json.dumps(state.to_json(), ensure_ascii=True, separators=(",", ":")).encode("ascii")
    atomic_write(d / STATE_FILE, data)


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
    """A stored result that cannot be used (truncated, empty, edited): its document is extracted again."""

    def __init__(self, key: str, why: str):
        super().__init__(f"result store damaged ({why})")
        self.key = key


#: What every stored record holds (see ``engines.units.record``).
_RECORD_FIELDS = {"key": str, "doc_id": str, "source": str, "status": str, "error": str, "warnings": str,
                  "fragments": dict}


def _whole(rec) -> bool:
    return (isinstance(rec, dict) and all(isinstance(rec.get(k), t) for k, t in _RECORD_FIELDS.items())
            and all(isinstance(rec["fragments"].get(f), str) for f in OUTPUT_FILES))


class ResultStore:
    """Processed documents, one JSON file per key, each written atomically."""

    def __init__(self, out: Path):
        self.dir = state_dir(out) / RESULTS_DIR
        self.dir.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        return self.dir / f"{key}.json"

    def has(self, key: str) -> bool:
        return self._path(key).is_file()

    def get(self, key: str) -> dict:
        """The stored record of ``key``; :class:`DamagedResult` when it is missing or not whole."""
        try:
            rec = json.loads(self._path(key).read_bytes())
        except (OSError, ValueError, RecursionError) as exc:
            raise DamagedResult(key, f"{self._path(key)}: {exc}") from None
        if not _whole(rec):
            raise DamagedResult(key, f"{self._path(key)}: not a complete result")
        return rec

    def load(self, key: str) -> Optional[dict]:
        """The stored record of ``key``, or None when there is none or it is damaged."""
        if not self.has(key):
            return None
        try:
            return self.get(key)
        except DamagedResult:
            return None

    def discard(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def put(self, record: dict) -> None:
        # Not synced one by one: the run calls os.sync() once before committing the state.
        atomic_write(self._path(record["key"]), json.dumps(record, ensure_ascii=False), sync=False)

    def clean_temp(self) -> None:
        """Remove temporary files of runs that were killed."""
        for tmp in self.dir.glob(".*.tmp"):
            tmp.unlink(missing_ok=True)

    def prune(self, keep: set[str]) -> int:
        """Delete every result not in ``keep``; the number deleted."""
        n = 0
        for f in self.dir.glob("*.json"):
            if f.stem not in keep:
                f.unlink(missing_ok=True)
                n += 1
        return n
