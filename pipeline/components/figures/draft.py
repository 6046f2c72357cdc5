"""The figure being read: :class:`Draft`, which each construction rule of
``press_figures`` fills in turn (token range, value, unit, kind, qualifier)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from pipeline.text.numbers import NumberSpan


@dataclass
class Draft:
    """A figure being read: its number and, rule by rule, its token range, unit and value."""
    n: NumberSpan
    age_unit: Optional[str]
    value: float
    first: int                      # token range of the figure text
    last: int
    trim_last: int
    value_max: Optional[float] = None
    qualifier: Optional[str] = None
    unit: Optional[str] = None
    kind: Optional[str] = None
    factor: float = 1.0
    quantity_of: str = ""
    trim: int = 0                   # characters to drop at the end (a sentence period glued to a unit)
    implied: str = ""               # ``bare``/``noun``: money in the document's currency, if it has one


def clean(v: float) -> float:
    """Drop float noise from scaling (``16,4 Mio.`` → 16400000.0)."""
    return float(f"{v:.12g}")


def overlaps(s: int, e: int, spans) -> bool:
    """Whether the characters ``s``..``e`` overlap one of ``spans`` (the dates found before)."""
    return any(s < b and a < e for a, b in spans)

