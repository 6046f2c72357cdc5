"""Normalised text and document ids, as the dataset contract defines them."""
from __future__ import annotations

import hashlib
import unicodedata

#: Characters the contract keeps in the text but asks us to treat as spaces.
NBSP = "\u00a0\u202f\u2009\u2007"


def normalise(raw: str) -> str:
    """Turn ``\\r\\n``/``\\r`` into ``\\n`` and apply Unicode NFC; nothing else."""
    return unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))


def doc_id(text: str) -> str:
    """First 16 hex digits of the SHA-256 of the normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def spaces_to_plain(s: str) -> str:
    """Same-length copy of ``s`` with no-break/thin spaces turned into plain ones."""
    return s.translate({ord(c): " " for c in NBSP})


_TEXT_KEY = ("press_extract", "text")


def remember_text(doc, text: str) -> None:
    """Seed the ``doc_text`` cache with the text ``doc`` was made from (the tokenizer keeps it exactly)."""
    doc.user_data[_TEXT_KEY] = text


def doc_text(doc) -> str:
    """``doc.text``, computed once per document: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
