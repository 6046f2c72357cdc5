"""The ``press_figures`` component: reads a figure at every token that may start a number,
stage by stage over a :class:`~pipeline.components.figures.draft.Draft`."""
from __future__ import annotations

import logging
import math
import re
from typing import Optional

from spacy.language import Language

import pipeline.model.extensions  # noqa: F401  (registers doc._ attributes)
from pipeline.components.figures.context import age_of_person, negative_temperature, qualifier_or_change, rate_around
from pipeline.components.figures.counted import bare_number, counted
from pipeline.components.figures.draft import Draft, clean, overlaps
from pipeline.components.figures.exclusions import excluded
from pipeline.components.figures.merge import implied_currency, merge
from pipeline.components.figures.number import number_start, range_after
from pipeline.components.figures.units import cents, not_a_clock_time, not_a_quote_mark, not_an_angle, unit_of
from pipeline.model.document import Figure
from pipeline.text.cues import CueIndex, Cues
from pipeline.text.normalise import doc_text
from pipeline.text.numbers import SKIPPED_ERRORS, may_start_number
from pipeline.text.view import view

log = logging.getLogger("press_extract")

#: Tunable numbers of the figure rules (the factory's ``default_config``).
DEFAULTS = {
    # adjectives allowed between a number and its counted noun (``90 technischen Indikatoren``)
    "max_adjectives": 3,
}


class FiguresComponent:
    """spaCy component: fills ``doc._.figures``."""

    def __init__(self, nlp, name: str = "press_figures", max_adjectives: int = DEFAULTS["max_adjectives"]):
        self.name = name
        self.max_adjectives = max_adjectives
        self.cues = CueIndex(nlp)

    def __call__(self, doc):
        blocked = [(d.start, d.end) for d in (doc._.dates or [])]
        cues = self.cues(doc)
        self._implied: dict[int, str] = {}     # figure start -> ``bare``/``noun`` (see ``implied_currency``)
        figures: list[Figure] = []
        free = 0     # tokens before this one belong to a figure already found
        for i, word in enumerate(view(doc).words):
            if i < free or not may_start_number(word):
                continue
            try:
                fig, nxt = self._figure_at(doc, i, cues, blocked)
            except SKIPPED_ERRORS:
                log.debug("figures: skipped unreadable number at token %d", i)
                continue
            if fig is not None and not (math.isfinite(fig.value) and
                                        (fig.value_max is None or math.isfinite(fig.value_max))):
                fig = None      # scaling overflowed: ``9…9 Billionen``
            if fig is not None:
                figures.append(fig)
                free = max(nxt, i + 1)
        doc._.figures = merge(doc, implied_currency(figures, self._implied))
        return doc

    def _figure_at(self, doc, i, cues: Cues, blocked) -> tuple[Optional[Figure], int]:
        """The figure whose number starts at token ``i`` (or None) and the token to go on from.

        The constructions are read in order, each by one rule over a :class:`Draft`;
        a rule that returns False rejects the number."""
        d, go_on = _draft_at(doc, i, blocked)
        if d is None:
            return None, go_on
        units = cues.units
        ok = (unit_of(doc, d, units, self.max_adjectives) and not_a_quote_mark(doc, d) and not_an_angle(doc, d)
              and not_a_clock_time(doc, d))
        if ok:
            cents(doc, d)
            ok = (bare_number(doc, d, self.max_adjectives)
                  and counted(doc, d, units, self.max_adjectives))
        if not ok:
            return None, go_on
        d.value = clean(d.value * d.factor)
        if d.value_max is not None:
            d.value_max = clean(d.value_max * d.factor)
        negative_temperature(doc, d)
        age_of_person(doc, d)
        qualifier_or_change(doc, d, cues)
        rate_around(doc, d)
        tv = view(doc)
        start, end = tv.starts[d.first], tv.starts[d.last] + len(tv.words[d.last])
        if d.trim and d.last == d.trim_last:
            end -= d.trim
        if overlaps(start, end, blocked):
            return None, go_on
        fig = Figure(start=start, end=end, text=doc_text(doc)[start:end], kind=d.kind, value=d.value,
                     value_max=d.value_max, qualifier=d.qualifier or "eq", unit=d.unit or "",
                     quantity_of=d.quantity_of)
        if d.implied:
            self._implied[start] = d.implied
        return fig, d.last + 1


def _draft_at(doc, i: int, blocked) -> tuple[Optional[Draft], int]:
    """The draft of the number that starts at token ``i``, with a range after it (``10 bis 15``),
    and the token to go on from; no draft when no number starts there or it is excluded."""
    tv = view(doc)
    start = number_start(doc, i)
    if start is None:
        return None, i
    n, age_unit = start
    s_char, e_char = tv.starts[n.start], tv.starts[n.end - 1] + len(tv.words[n.end - 1])
    if overlaps(s_char, e_char, blocked):
        return None, n.end
    if excluded(doc, n) or re.match(r"^\d{3}\.$", tv.words[n.end - 1]):
        return None, n.end     # (a group with a glued sentence period ends the sentence: no unit)
    d = Draft(n, age_unit, n.value, first=n.start, last=n.end - 1, trim_last=n.end - 1)
    if n.glued_noun:
        d.quantity_of, d.trim = n.glued_noun, n.tail
    range_after(doc, d, blocked)
    return d, d.n.end


@Language.factory(
    "press_figures",
    assigns=["doc._.figures", "doc.spans"],
    requires=["doc._.dates", "token.tag", "token.pos"],
    default_config=DEFAULTS,
)
def make_figures(nlp, name, max_adjectives: int):
    """Factory of the ``press_figures`` component."""
    return FiguresComponent(nlp, name, max_adjectives=max_adjectives)

