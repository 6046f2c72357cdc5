"""The entity list the rules read and rewrite."""
from __future__ import annotations

import bisect
from typing import NamedTuple


class Mention(NamedTuple):
    """An entity as token offsets ``start:end`` with its label; ``source`` is ``""`` while it
    is the model's (or an earlier component's) unchanged span, else ``rule`` or ``gazetteer``."""
    start: int
    end: int
    label: str
    source: str = ""

    def moved(self, start: int, end: int, label: str, source: str = "rule") -> "Mention":
        """The same mention with a new span or label, recorded as the rule's when it changed."""
        if (start, end, label) == (self.start, self.end, self.label):
            return self
        return Mention(start, end, label, source)


#: The source of a label a rule read from the mention's own sentence (``[ABBYY] … sind
#: eingetragene Marken``: a brand there, the company elsewhere): recorded as ``rule``, and the
#: entity step neither counts it nor changes it when it gives a name one label.
LOCAL = "rule:local"

#: The label of a marker a rule leaves where it read that there is no name (``KPMG Studie``):
#: no entity, and the entity step must not bring one back there as a repeat or acronym.
NO_NAME = "-"


def free(mentions: list[Mention], start: int, end: int) -> bool:
    """No mention overlaps ``start:end``."""
    return all(m.end <= start or end <= m.start for m in mentions)


def covers(mentions: list[Mention], start: int, end: int) -> bool:
    """Every mention that overlaps ``start:end`` lies inside it: a rule's span there may
    replace them (``free`` spans are covered too)."""
    return all(start <= m.start and m.end <= end for m in mentions if m.start < end and start < m.end)


def replacing(mentions: list[Mention], new: Mention) -> list[Mention]:
    """``new`` in place of every mention it overlaps (a rule's span wins over the model's)."""
    return sorted([m for m in mentions if m.end <= new.start or new.end <= m.start] + [new])


def longest_first(ms: list[Mention]) -> list[Mention]:
    """The mentions without overlaps: of two that overlap the one that starts first, or the
    longer at one start, stays (a grown company or product over the name it holds)."""
    out: list[Mention] = []
    for m in sorted(ms, key=lambda m: (m.start, -(m.end - m.start))):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


_CAPS: list = [None, None]


def capitalised(tv) -> list[int]:
    """Indices of the words that start with a capital letter, once per text view: most
    readers only look at those."""
    if _CAPS[0] is not tv:
        _CAPS[0], _CAPS[1] = tv, [i for i, w in enumerate(tv.words) if w[:1].isupper()]
    return _CAPS[1]


def tokens_at(tv, pattern) -> list[int]:
    """The words that hold a match of ``pattern`` in the text: a regular expression over the
    text finds the few candidates faster than a loop over every word."""
    # a pattern that opens with a literal (`` \d``, ``\n[A-Z]``) is searched far faster than one
    # that opens with a look-behind or ``\b``: its first group, when it has one, marks the word
    g = 1 if pattern.groups else 0
    return sorted({bisect.bisect_right(tv.starts, m.start(g)) - 1 for m in pattern.finditer(tv.text)} - {-1})
