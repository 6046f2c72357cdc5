"""Normalised text and document ids, as the dataset contract defines them."""
from __future__ import annotations

import hashlib
import re
import unicodedata

#: Characters the contract keeps in the text but asks us to treat as spaces.
NBSP = "\u00a0\u202f\u2009\u2007"
#: Code points no output file can hold: surrogates (not encodable as UTF-8; a truncated emoji in
#: JSON, ``"\\ud83d"``) and NUL (poison for CSV readers and C tools).
_UNWRITABLE = re.compile("[\ud800-\udfff\x00]")
REPLACEMENT = "\ufffd"


def normalise_with_warnings(raw: str) -> tuple[str, list[str]]:
    """The normalised text and what had to be repaired on the way.

    Lone surrogates and NUL become U+FFFD, one code point for one, so that
    offsets into the result stay the offsets of the characters read:
    ``"Jubel \\ud83d!"`` -> ``("Jubel \ufffd!", ["replaced 1 lone surrogate(s) with U+FFFD"])``.
    """
    warnings = []
    if _UNWRITABLE.search(raw):
        nul = raw.count("\x00")
        sur = len(_UNWRITABLE.findall(raw)) - nul
        raw = _UNWRITABLE.sub(REPLACEMENT, raw)
        if sur:
            warnings.append(f"replaced {sur} lone surrogate(s) with U+FFFD")
        if nul:
            warnings.append(f"replaced {nul} NUL character(s) with U+FFFD")
    return unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n")), warnings


def normalise(raw: str) -> str:
    """Turn ``\\r\\n``/``\\r`` into ``\\n`` and apply Unicode NFC; surrogates and NUL become U+FFFD."""
    return normalise_with_warnings(raw)[0]


def writable(s: str) -> str:
    """``s`` with surrogates and NUL replaced, for fields that carry no offsets (titles, sources)."""
    return _UNWRITABLE.sub(REPLACEMENT, s) if _UNWRITABLE.search(s) else s


def doc_id(text: str) -> str:
    """First 16 hex digits of the SHA-256 of the normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


_PLAIN_SPACES = str.maketrans({c: " " for c in NBSP})


def spaces_to_plain(s: str) -> str:
    """Same-length copy of ``s`` with no-break/thin spaces turned into plain ones."""
    return s.translate(_PLAIN_SPACES)


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
