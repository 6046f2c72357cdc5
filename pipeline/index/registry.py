"""Stable ids: which identity key got which id, and which ids were merged into which.

Adding documents never renames a person or an organisation: a cluster takes the id that
one of its keys already has; a cluster whose keys have two ids keeps the older one (the
survivor) and the other is recorded as merged into it (``merged_ids``). A new cluster's id
is derived from its primary key (``P-3f2a…``), so a rebuilt index gives the same ids.

Kept in SQLite (``index.sqlite`` in the output folder's state directory).
"""
from __future__ import annotations

import hashlib
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Optional

_SCHEMA = """
CREATE TABLE IF NOT EXISTS identity (key TEXT PRIMARY KEY, id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ids (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, survivor TEXT);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT);
"""


class Registry:
    """Key → id assignments, in memory while the index is built; ``save`` writes them."""

    def __init__(self, path: Optional[Path] = None):
        self.path = path
        self.key_id: dict[str, str] = {}
        self.seq: dict[str, int] = {}
        self.survivor: dict[str, str] = {}
        self.meta: dict[str, str] = {}
        self._new_keys: set[str] = set()
        if path is not None and Path(path).exists():
            with sqlite3.connect(path) as con:
                self.key_id = dict(con.execute("SELECT key, id FROM identity"))
                for id_, seq, surv in con.execute("SELECT id, seq, survivor FROM ids"):
                    self.seq[id_] = seq
                    if surv:
                        self.survivor[id_] = surv
                self.meta = dict(con.execute("SELECT name, value FROM meta"))

    def current(self, id_: str) -> str:
        """The id an old id now lives on as (after merges)."""
        seen = set()
        while id_ in self.survivor and id_ not in seen:
            seen.add(id_)
            id_ = self.survivor[id_]
        return id_

    def _mint(self, prefix: str, primary: str) -> str:
        digest = hashlib.sha1(primary.encode("utf-8")).hexdigest()
        n = 10
        id_ = f"{prefix}-{digest[:n]}"
        while id_ in self.seq:   # a split name's second person, or a hash collision
            n += 1
            id_ = f"{prefix}-{digest[:n]}" if n <= 40 else f"{id_}x"
        return id_

    def assign(self, prefix: str, keys: Iterable[str], primary: str) -> tuple[str, list[str]]:
        """The id of the cluster holding ``keys`` and the ids merged into it by this call."""
        keys = list(keys)
        known = {self.current(self.key_id[k]) for k in keys if k in self.key_id}
        merged: list[str] = []
        if not known:
            id_ = self._mint(prefix, primary)
            self.seq[id_] = len(self.seq)
        else:
            id_ = min(known, key=lambda i: (self.seq.get(i, 1 << 62), i))
            merged = sorted(known - {id_})
            for other in merged:
                self.survivor[other] = id_
        for k in keys:
            if self.key_id.get(k) != id_:
                self.key_id[k] = id_
                self._new_keys.add(k)
        return id_, merged

    def merged_into(self) -> dict[str, list[str]]:
        """``{survivor: [ids merged into it, also through older merges]}``."""
        out = defaultdict(list)
        for old in self.survivor:
            out[self.current(old)].append(old)
        return {k: sorted(v) for k, v in out.items()}

    def save(self) -> None:
        if self.path is None:
            return
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path)
        try:
            with con:
                con.executescript(_SCHEMA)
                con.executemany("INSERT OR REPLACE INTO identity VALUES (?, ?)",
                                ((k, self.key_id[k]) for k in self._new_keys))
                con.executemany("INSERT OR REPLACE INTO ids VALUES (?, ?, ?)",
                                ((i, s, self.survivor.get(i)) for i, s in self.seq.items()))
                con.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", self.meta.items())
        finally:
            con.close()
        self._new_keys.clear()


__all__ = ["Registry"]
