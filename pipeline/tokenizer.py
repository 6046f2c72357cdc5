"""Tokenizer special cases for German abbreviations, added to any base model."""
from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language

from .lang.abbreviations import ABBREVIATIONS


def add_abbreviations(nlp: Language) -> None:
    """Keep every abbreviation of ``lang/abbreviations.py`` as one token."""
    for abbr in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
