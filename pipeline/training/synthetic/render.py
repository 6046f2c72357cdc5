"""Fill a frame's ``{slot}`` fields and keep the entity offsets.

A slot's value is plain text (``str``), an entity (:class:`Ent`), a frame to
fill in turn (:class:`Frame`), a list of these, or a function of the random
stream returning one of them (a fresh draw per use: ``{fcity}``).

    >>> r = Rendered()
    >>> r.add(fill("sagte {p}.", {"p": Ent("Anna Muster", "PER")}, random.Random(0)))
    >>> r.text, r.ents
    ('sagte Anna Muster.', [(6, 17, 'PER')])
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Tuple, Union

SLOT = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class Ent:
    """A name: ``text`` becomes one entity span of ``label``."""

    text: str
    label: str


@dataclass(frozen=True)
class Frame:
    """A frame inside a slot value, filled from the same cast."""

    text: str


Value = Union[str, Ent, Frame, list, Callable]
Piece = Tuple[str, Optional[str]]          # (text, label or None)


def _pieces(value: Value, cast: Dict[str, Value], rng: random.Random, depth: int) -> List[Piece]:
    if callable(value) and not isinstance(value, (Ent, Frame)):
        value = value(rng)
    if isinstance(value, str):
        return [(value, None)]
    if isinstance(value, Ent):
        return [(value.text, value.label)]
    if isinstance(value, Frame):
        return fill(value.text, cast, rng, depth + 1)
    out: List[Piece] = []
    for v in value:
        out += _pieces(v, cast, rng, depth)
    return out


def _capitalised(pieces: List[Piece]) -> List[Piece]:
    for i, (text, label) in enumerate(pieces):
        if text:
            return pieces[:i] + [(text[0].upper() + text[1:], label)] + pieces[i + 1:]
    return pieces


def fill(frame: str, cast: Dict[str, Value], rng: random.Random, depth: int = 0) -> List[Piece]:
    """The pieces of ``frame`` with its slots filled from ``cast``.

    ``{Org_nom}`` is slot ``org_nom`` with its first letter capitalised; an
    unknown slot raises ``KeyError`` (a frame naming a slot the cast lacks is
    a bug of the tables).
    """
    if depth > 4:
        raise ValueError(f"frames nested too deep: {frame!r}")
    out: List[Piece] = []
    pos = 0
    for m in SLOT.finditer(frame):
        out.append((frame[pos:m.start()], None))
        name = m.group(1)
        key = name if name in cast else name[0].lower() + name[1:]
        pieces = _pieces(cast[key], cast, rng, depth)
        out += _capitalised(pieces) if key != name else pieces
        pos = m.end()
    out.append((frame[pos:], None))
    return [p for p in out if p[0]]


@dataclass
class Rendered:
    """Text built piece by piece, with the entity spans it holds."""

    text: str = ""
    ents: List[Tuple[int, int, str]] = field(default_factory=list)

    def add(self, pieces: List[Piece]) -> None:
        for text, label in pieces:
            if label is None and text.startswith(".") and self.text.endswith("."):
                text = text[1:]   # ``der Acme Ltd.`` ends the sentence: one period
            if label is not None:
                self.ents.append((len(self.text), len(self.text) + len(text), label))
            self.text += text

    def add_text(self, text: str) -> None:
        self.text += text
