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
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from .document import SCHEMA
from .writer import atomic_write

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
    def from_json(cls, data: dict) -> "State":
        if data.get("format") != FORMAT:
            raise ValueError(f"state format {data.get('format')!r}, expected {FORMAT}")
        inputs = {}
        for e in data["inputs"]:
            entry = InputEntry(**{**e, "docs": [DocRef(**d) for d in e["docs"]]})
            inputs[entry.input] = entry
        return cls(data["model"], data["pipeline_version"], inputs,
                   {k: list(v) for k, v in data.get("outputs", {}).items()}, data.get("schema", ""))


def state_dir(out: Path) -> Path:
    return Path(out) / STATE_DIR


def load_state(out: Path) -> Optional[State]:
    """The state of ``out``; None when there is none. Raises ValueError when it is unreadable."""
    path = state_dir(out) / STATE_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        return State.from_json(json.loads(raw))
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{path}: {exc}") from exc


def save_state(out: Path, state: State) -> None:
    """Replace the state file atomically (synced: it is the commit point of a run)."""
    d = state_dir(out)
    d.mkdir(parents=True, exist_ok=True)
    data = json.dumps(state.to_json(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    atomic_write(d / STATE_FILE, data)


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
        try:
            return json.loads(self._path(key).read_bytes())
        except (OSError, ValueError) as exc:
            raise RuntimeError(f"result store damaged ({self._path(key)}: {exc}); "
                               "run again with --full") from exc

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
