"""Per-document token tables: plain lists of token attributes, built once per ``Doc``.

The rule components look at neighbouring tokens millions of times per corpus.
``doc[i]`` builds a new ``Token`` object on every access and ``tok.text``
looks the string up again, so hot loops read these lists instead.
"""
from __future__ import annotations

import weakref

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

from pipeline.text import NBSP, doc_text

#: Characters of a blank token: plain and no-break/thin spaces (no newline).
SPACE_CHARS = frozenset(" " + NBSP)


class TokenTable:
    """Token texts, character starts and ends, and blank flags of one ``Doc``."""

    __slots__ = ("text", "words", "starts", "ends", "blank", "__weakref__")

    def __init__(self, doc: Doc):
        self.text = text = doc_text(doc)
        # offsets in one array call: iterating the Doc builds a Token object per token
        bounds = doc.to_array([IDX, LENGTH]).tolist() if len(doc) else []
        self.starts = [s for s, _ in bounds]
        self.ends = [s + n for s, n in bounds]
        self.words = [text[s:s + n] for s, n in bounds]
        # a token of spaces/no-break spaces only, no newline (spaCy keeps extra spaces as tokens)
        self.blank = [bool(w) and all(c in SPACE_CHARS for c in w) for w in self.words]


# Weak keys: the table dies with its Doc and is never serialised with it (unlike ``user_data``).
_TABLES: "weakref.WeakKeyDictionary[Doc, TokenTable]" = weakref.WeakKeyDictionary()


def token_table(doc: Doc) -> TokenTable:
    """The cached :class:`TokenTable` of ``doc`` (rebuilt if the token count changed)."""
    tab = _TABLES.get(doc)
    if tab is None or len(tab.words) != len(doc):
        tab = _TABLES[doc] = TokenTable(doc)
    return tab
