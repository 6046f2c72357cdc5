"""Batch runs: read inputs, extract, write the dataset."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .extract import extract_docs, load
from .ingest import iter_inputs
from .writer import write_dataset

log = logging.getLogger("press_extract")


@dataclass
class RunSummary:
    processed: int = 0
    failed: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        return f"processed {self.processed}, skipped {self.skipped}, failed {self.failed}"


def run(inputs: list[str], out: Path, *, model: str = "auto", batch_size: int = 16,
        nlp=None) -> RunSummary:
    """Process ``inputs`` and write the dataset into ``out``."""
    nlp = nlp or load(model)
    summary = RunSummary()
    docs = []
    for doc in extract_docs(iter_inputs(inputs), nlp=nlp, batch_size=batch_size):
        docs.append(doc)
        if doc.info.status == "error":
            summary.failed += 1
            msg = f"{doc.info.source}: {doc.info.error}"
            summary.errors.append(msg)
            log.error(msg)
        else:
            summary.processed += 1
    write_dataset(out, docs)
    return summary
