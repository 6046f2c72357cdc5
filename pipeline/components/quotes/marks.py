"""Direct quotations by their marks: ``„…“``, ``"…"``, ``»…«``, ``‚…‘`` (``„…"`` too, as typed).

    >>> mark_spans('Er sagte: „Wir wachsen.“ Dann: »Gut«.')
    [(10, 24), (31, 36)]
"""
from __future__ import annotations

import re

from pipeline.lang.speech import QUOTE_PAIRS

_OPENERS = re.compile("[" + re.escape("".join(QUOTE_PAIRS)) + "]")
#: A quotation never runs over a blank line (a new paragraph opens its own marks).
_PARAGRAPH = "\n\n"


def _inner_openers(text: str, opener: str, a: int, b: int) -> int:
    """How many ``opener`` marks open a quotation inside ``text[a:b]`` (a word right after them)."""
    n, k = 0, text.find(opener, a, b)
    while k >= 0:
        n += not text[k + 1:k + 2].isspace()
        k = text.find(opener, k + 1, b)
    return n


def _closer(text: str, opener: str, p: int, limit: int) -> int:
    """Position of the mark that closes ``opener`` at ``p`` (before ``limit``), or -1."""
    closers = QUOTE_PAIRS[opener]
    nests = opener not in closers      # ``„A „B“ C“``: an inner ``„`` takes the first ``“``
    depth = 0
    q = p + 1
    while q < limit:
        hits = [k for k in (text.find(c, q, limit) for c in closers) if k >= 0]
        if not hits:
            return -1
        k = min(hits)
        after = text[k + 1:k + 2]
        # ``’`` / ``‘`` followed by a letter is an apostrophe (``geht’s``), not the closing mark
        if opener == "‚" and after.isalpha():
            q = k + 1
            continue
        # a typewriter mark opens the next quotation when a word follows it directly
        if text[k - 1:k].isspace():
            q = k + 1
            continue
        if nests:
            depth += _inner_openers(text, opener, q, k)
            if depth:
                depth -= 1
                q = k + 1
                continue
        return k
    return -1


def mark_spans(text: str, max_chars: int = 3000) -> list[tuple[int, int]]:
    """Character ranges of quotations, marks included, outermost only, in text order."""
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = _OPENERS.search(text, pos)
        if not m:
            return out
        p, opener = m.start(), m.group()
        nxt = text[p + 1:p + 2]
        if not nxt or nxt.isspace():      # a closing typewriter mark or a stray one
            pos = p + 1
            continue
        para = text.find(_PARAGRAPH, p)
        limit = min(len(text), p + max_chars, para if para >= 0 else len(text))
        k = _closer(text, opener, p, limit)
        if k < 0:
            pos = p + 1
            continue
        out.append((p, k + 1))
        pos = k + 1
