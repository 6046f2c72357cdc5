"""``QuoteRows``: building the ``Quote`` rows from token ranges, and what they have claimed."""
from __future__ import annotations

from typing import Optional

from pipeline.components.quotes.speaker import Span
from pipeline.components.quotes.tokens import Tokens
from pipeline.model.document import Quote

#: Punctuation that ends a sentence but is no part of reported content (``…, dass sie wachse.``).
_FINAL = frozenset({".", "!", "?", ",", ":", ";"})


#: Characters a speaker phrase neither starts nor ends with (``·Zhang Luoyin (…):``).
_SPEAKER_TRIM = " \n\t·•*-–—:,;"


def _trimmed(text: str, s: int, e: int) -> tuple[int, int, str]:
    while s < e and text[s] in _SPEAKER_TRIM:
        s += 1
    while e > s and text[e - 1] in _SPEAKER_TRIM:
        e -= 1
    return s, e, text[s:e]


class QuoteRows:
    """The rows of one document, the speaker token range of each, and the claimed tokens."""

    def __init__(self, tk: Tokens):
        self.tk = tk
        self.rows: list[Quote] = []
        self.speakers: list[Optional[Span]] = []
        self.plural: list[bool] = []
        self.claimed: list[bool] = []
        self.cue_tokens: set[int] = set()
        self.marks: list[tuple[int, int]] = []      # the quotation marks' spans (``direct_quotes`` reads them)
        self.content_tokens: set[int] = set()

    def taken(self, a: int, b: int) -> bool:
        return any(k in self.content_tokens for k in range(a, b))

    def content(self, a: int, b: int, *, keep_final: bool = False) -> Optional[tuple[int, int]]:
        """Token range ``a..b`` without spaces (and final punctuation unless ``keep_final``)."""
        tk = self.tk
        while a < b and (tk.is_space(a) or tk.words[a] in (",", ":")):
            a += 1
        while b > a and (tk.is_space(b - 1) or not keep_final and tk.words[b - 1] in _FINAL):
            b -= 1
        return (a, b) if b - a >= 2 else None

    def add(self, kind: str, parts: list[tuple[int, int]], speaker: Optional[Span], cue: Optional[Span],
            *, verb: Optional[int] = None, claim: bool = True) -> Quote:
        """A row over the token ranges ``parts`` (in order); ``cue`` covers both parts of
        ``teilte … mit``; ``verb`` says whether the speaker is plural (``sagten``). Without
        ``claim`` its cue and content stay free for the rules after (a quotation nested in a
        report: ``X sagte, das Gespräch sei „freundlich“ gewesen``)."""
        tk = self.tk
        chars = [(tk.starts[a], tk.ends[b - 1]) for a, b in parts]
        start, end = chars[0][0], chars[-1][1]
        row = Quote(start=start, end=end, text=tk.text[start:end], type=kind,
                    spans=";".join(f"{s}-{e}" for s, e in chars) if len(chars) > 1 else "")
        if speaker is not None:
            row.speaker_start, row.speaker_end, row.speaker = _trimmed(tk.text, *tk.span_text(*speaker)[:2])
            if not any(c.isalnum() for c in row.speaker):     # ``)``: no words, no speaker
                row.speaker_start = row.speaker_end = None
                speaker = None
        if cue is not None:
            row.cue_start, row.cue_end, row.cue = tk.span_text(*cue)
            if claim:
                self.cue_tokens.update(range(*cue))
        if claim:
            for a, b in parts:
                self.content_tokens.update(range(a, b))
        self.rows.append(row)
        self.speakers.append(speaker)
        self.plural.append(verb is not None and tk.plural[verb])
        self.claimed.append(claim)
        return row

    def unframe_nested(self) -> None:
        """A quotation inside another row's content that took its frame from the sentence
        (``X sagte, das Gespräch sei „freundlich“ gewesen``) is part of that report: the
        report has the speaker and the cue, the nested row keeps neither."""
        outer = [n for n, c in enumerate(self.claimed) if c]
        for n, row in enumerate(self.rows):
            if self.claimed[n] or row.type != "direct":
                continue
            src = next((k for k in outer if self.rows[k].start <= row.start and row.end <= self.rows[k].end), None)
            if src is not None:
                o = self.rows[src]
                row.speaker, row.speaker_start, row.speaker_end = o.speaker, o.speaker_start, o.speaker_end
                row.cue, row.cue_start, row.cue_end = o.cue, o.cue_start, o.cue_end
                self.speakers[n], self.plural[n] = self.speakers[src], self.plural[src]
