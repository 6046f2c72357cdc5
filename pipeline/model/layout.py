"""Layout types of a press release: the blocks ``press_structure`` reads and ``doc._.blocks`` holds.

A :class:`Layout` is what ``pipeline.components.structure.analyse`` returns: the
blocks in text order (each with its paragraph index and one of ``SECTIONS``), the
headline's character range, the :class:`Dateline` (``Stuttgart, 12. September
2024 –``) and the wire (``dpa``) named in the dateline or a footer.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

#: The sections a block can belong to (``Block.section``; the ``section`` column of the dataset).
SECTIONS = ("headline", "dateline", "body", "list_item", "boilerplate", "contact")


@dataclass
class Block:
    """A run of text that is never part of a sentence with its neighbours."""
    start: int
    end: int
    para: int
    section: str
    date_line: bool = False


@dataclass
class Dateline:
    start: int
    end: int
    place: str
    date: Optional[str]
    wire: str


@dataclass
class Layout:
    blocks: list[Block]
    headline: Optional[tuple[int, int]]
    dateline: Optional[Dateline]
    wire: str


def block_of(blocks: list[Block], start: int) -> Optional[Block]:
    """The block that holds character ``start`` (or the last one before it)."""
    found = None
    for b in blocks:
        if b.start <= start:
            found = b
        else:
            break
    return found
