"""Direct quotations: the marks, their frame, and quotations the frame interrupts.

    „Wir wachsen“, sagte Max Muster.                 → direct, speaker Max Muster, cue sagte
    Muster betonte: „Wir wachsen.“                  → direct, colon frame
    „Wir wachsen“, sagte Muster, „und investieren.“  → one row, spans s1-e1;s2-e2
"""
from __future__ import annotations

from typing import Optional

from pipeline.components.quotes.frames import Frame, frame_after, frame_before
from pipeline.components.quotes.marks import mark_spans
from pipeline.components.quotes.rows import QuoteRows
from pipeline.components.quotes.tokens import Tokens


def _tokens_of(tk: Tokens, s: int, e: int) -> Optional[tuple[int, int]]:
    a, z = tk.token_at(s), tk.token_at(e - 1)
    return None if a is None or z is None else (a, z + 1)


def _words(tk: Tokens, a: int, b: int) -> int:
    return sum(1 for k in range(a, b) if tk.words[k][:1].isalnum())


def _sentence_end(tk: Tokens, qb: int) -> int:
    """End token of the sentence the frame after a quotation stands in (its closing mark's or the next)."""
    k = tk.sent_of(min(qb, tk.n - 1))
    return tk.sent_range(k)[1]


def _continuation(tk: Tokens, fr: Frame, spans: list[tuple[int, int]], at: int) -> Optional[tuple[int, int]]:
    """The second part of ``„A“, sagte X, „B“``: the quotation that opens right after the frame."""
    if at >= len(spans):
        return None
    nxt = _tokens_of(tk, *spans[at])
    if nxt is None:
        return None
    k = fr.end
    while k < nxt[0] and (tk.is_space(k) or tk.words[k] == ","):
        k += 1
    return nxt if k == nxt[0] else None


def direct_quotes(tk: Tokens, rows: QuoteRows, *, min_words: int) -> None:
    """One row per quotation with a frame, or of ``min_words`` words or more without one."""
    spans = mark_spans(tk.text)
    i = 0
    while i < len(spans):
        toks = _tokens_of(tk, *spans[i])
        i += 1
        if toks is None:
            continue
        qa, qb = toks
        s0 = tk.sent_range(tk.sent_of(qa))[0]
        fr = frame_after(tk, qb, _sentence_end(tk, qb))
        parts = [toks]
        if fr is not None:
            nxt = _continuation(tk, fr, spans, i)
            if nxt is not None:
                parts.append(nxt)
                i += 1
        else:
            fr = frame_before(tk, qa, s0)
        if fr is None and _words(tk, qa, qb) < min_words:
            continue
        verb = fr.cue[0] if fr is not None and fr.cue is not None else None
        rows.add("direct", parts, fr.speaker if fr else None, fr.cue if fr else None, verb=verb)
