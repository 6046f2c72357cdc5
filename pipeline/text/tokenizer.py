"""Tokenizer special cases for German abbreviations, added to any base model."""
from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.language import Language

from pipeline.lang.abbreviations import ABBREVIATIONS

#: ``Partner:innen``, ``Mitarbeiter*innen``, ``Kolleg_innen``: one word, not three.
GENDERED_WORD = r"[A-ZÄÖÜa-zäöüß][a-zäöüß-]*(?::|\*|_)innen"


def add_abbreviations(nlp: Language) -> None:
    """Keep every abbreviation of ``lang/abbreviations.py`` as one token, and gendered
    plurals (``Partner:innen``) whole."""
    for abbr in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    old = nlp.tokenizer.token_match
    old_pattern = getattr(getattr(old, "__self__", None), "pattern", None)
    if old is not None and old_pattern is None:
        return   # a base model's own token_match function: keep it as it is
    pattern = f"^{GENDERED_WORD}$" if old is None else f"(?:{old_pattern})|^{GENDERED_WORD}$"
    # a compiled pattern's ``match``: the tokenizer serialises it by its pattern
    nlp.tokenizer.token_match = re.compile(pattern).match
