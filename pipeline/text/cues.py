"""The cue index: the ``lang/`` tables' words and phrases, matched once per ``Doc``.

Rules ask the index where a cue starts or ends instead of joining token texts
and looking the string up. One :class:`CueIndex` per pipeline holds spaCy
``PhraseMatcher``s over

- units and currencies (``km/h``, ``Mio. Euro``, ``US-Dollar``; symbols such as
  ``€``, ``kWh`` by exact text, words by lower case): ``units`` maps a token
  start to ``[(end, (unit, kind, factor)), …]``, longest first;
- qualifiers before a number (``mehr als``, ``bis zu``, ``rd.``, ``~``): the
  contract's qualifier of the longest phrase ending at a token
  (:meth:`Cues.qualifier_ending_at`).

``index(doc)`` runs every matcher once and returns the document's :class:`Cues`.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Optional

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pipeline.lang.currencies import CURRENCY_SYMBOLS, CURRENCY_WORDS
from pipeline.lang.qualifiers import QUALIFIERS
from pipeline.lang.units import UNIT_SYMBOLS, UNIT_WORDS


@dataclass
class Cues:
    """The cues of one ``Doc``."""

    #: token start -> [(end, (unit, kind, factor))], longest first (symbols before words)
    units: dict[int, list[tuple[int, tuple]]] = field(default_factory=dict)
    #: token end (inclusive) -> [(start, (phrase, qualifier))], longest first
    qualifiers: dict[int, list[tuple[int, tuple[str, str]]]] = field(default_factory=dict)

    def qualifier_ending_at(self, end: int) -> Optional[tuple[int, tuple[str, str]]]:
        """(start, (phrase, qualifier)) of the longest qualifier phrase whose last token
        is ``end``: ``mehr als 5`` → ``(i, ("mehr als", "gt"))``."""
        found = self.qualifiers.get(end)
        return found[0] if found else None


class CueIndex:
    """The matchers over the cue tables of one pipeline's vocabulary."""

    def __init__(self, nlp):
        self._make_doc = nlp.make_doc
        self._vocab = nlp.vocab
        self.unit_words = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.unit_symbols = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.qualifier_words = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.values: dict[str, object] = {}
        for key, (unit, kind, factor) in UNIT_WORDS.items():
            self._add_unit(self.unit_words, key, (unit, kind, factor))
        for key, (code, factor) in CURRENCY_WORDS.items():
            self._add_unit(self.unit_words, key, (code, "money", factor))
        for key, (unit, kind, factor) in UNIT_SYMBOLS.items():
            self._add_unit(self.unit_symbols, key, (unit, kind, factor))
        for key, (code, factor) in CURRENCY_SYMBOLS.items():
            self._add_unit(self.unit_symbols, key, (code, "money", factor))
        for key, qualifier in QUALIFIERS.items():
            label = self._label("Q", (key, qualifier))
            self.qualifier_words.add(label, [Doc(self._vocab, words=w) for w in qualifier_token_forms(key)])

    def _label(self, prefix: str, value) -> str:
        label = f"{prefix}{len(self.values)}"
        self.values[label] = value
        return label

    def _add_unit(self, matcher, key: str, val: tuple) -> None:
        patterns = [self._make_doc(key)]
        if len(patterns[0]) > 1 and " " not in key:
            patterns.append(Doc(self._vocab, words=[key]))   # ``5 km/h`` keeps ``km/h`` one token, ``80 km / h`` not
        matcher.add(self._label("U", val), patterns)

    def __call__(self, doc: Doc) -> Cues:
        cues = Cues()
        strings = doc.vocab.strings
        for matcher in (self.unit_symbols, self.unit_words):
            for mid, s, e in matcher(doc):
                cues.units.setdefault(s, []).append((e, self.values[strings[mid]]))
        for s in cues.units:
            cues.units[s].sort(key=lambda x: -x[0])
        for mid, s, e in self.qualifier_words(doc):
            cues.qualifiers.setdefault(e - 1, []).append((s, self.values[strings[mid]]))
        for e in cues.qualifiers:
            cues.qualifiers[e].sort(key=lambda x: x[0])
        return cues


def qualifier_token_forms(phrase: str) -> list[list[str]]:
    """Every token sequence of at most three tokens that reads as ``phrase`` (``rd.`` is
    one token or ``rd`` + ``.``): ``"bis zu"`` → ``[["bis", "zu"]]``, ``"rd."`` →
    ``[["rd."], ["rd", "."]]``. (Qualifiers are read over at most three tokens.)"""
    options = []
    for word in phrase.split():
        forms = [[word]]
        if word.endswith(".") and len(word) > 1:
            forms.append([word[:-1], "."])
        options.append(forms)
    forms = [sum(combo, []) for combo in itertools.product(*options)]
    return [f for f in forms if len(f) <= 3]
