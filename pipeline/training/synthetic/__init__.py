"""Synthetic German press releases with entity spans known by construction.

In-domain NER training data the project may ship with (MODEL.md, "synthetic
corpus"): ``generate(n, seed, data_dir)`` writes ``n`` releases of the
genres of :data:`compose.GENRES` from the frames of ``tables/`` and the name
pools of ``lexicons.py``; ``to_docs`` turns them into spaCy ``Doc`` objects,
one per block, with the entities set (a span that does not fall on token
boundaries is a bug of the generator and raises; the one exception is a
sentence period that the tokenizer keeps on the name's last token, ``GmbH.``).

    >>> rel = generate(1, seed=0, data_dir="../shared/data")[0]
    >>> all(rel.text[s:e] for s, e, _ in rel.ents)
    True
"""
from __future__ import annotations

import random
from pathlib import Path
from typing import Iterable, List

from spacy.language import Language
from spacy.tokens import Doc

from .compose import GENRES, Release, release
from .lexicons import LEXICON_FILES, load_pools

#: documents generated for a training run, and the seed offset of the held-apart slice
TRAIN_DOCS = 1600
HELD_APART_SEED = 1_000_003
HELD_APART_DOCS = 200


def generate(n: int, seed: int, data_dir) -> List[Release]:
    """``n`` releases, the same for the same ``seed`` and lexicons."""
    pools = load_pools(str(Path(data_dir).resolve()))
    rng = random.Random(f"synthetic-{seed}")
    return [release(rng, pools) for _ in range(n)]


def held_apart(data_dir, n: int = HELD_APART_DOCS) -> List[Release]:
    """The held-apart slice for dev scores (never in a training mix)."""
    return generate(n, HELD_APART_SEED, data_dir)


class MisalignedSpan(ValueError):
    """An entity span of the generator does not fall on token boundaries."""


def block_doc(nlp: Language, rel: Release, start: int, end: int) -> Doc:
    doc = nlp.make_doc(rel.text[start:end])
    spans = []
    for s, e, label in rel.ents:
        if s >= start and e <= end:
            span = doc.char_span(s - start, e - start, label=label)
            if span is None and rel.text[e:e + 1] == ".":
                # the tokenizer keeps the sentence period on an abbreviation-like
                # last word (``GmbH.``, ``KfW.``), as it will at run time
                span = doc.char_span(s - start, e + 1 - start, label=label)
            if span is None:
                raise MisalignedSpan(f"{label} {rel.text[s:e]!r} in {rel.text[start:end]!r}")
            spans.append(span)
    doc.set_ents(spans, default="outside")
    return doc


def to_docs(nlp: Language, releases: Iterable[Release], *, per_block: bool = True) -> List[Doc]:
    """spaCy Docs of ``releases`` (one per block, or one per release)."""
    docs: List[Doc] = []
    for rel in releases:
        parts = rel.blocks if per_block else [(0, len(rel.text))]
        docs += [block_doc(nlp, rel, s, e) for s, e in parts]
    return docs


def tokenizer_nlp() -> Language:
    """A blank German pipeline with the project's tokenizer exceptions (as at run time)."""
    import spacy

    from pipeline.text.tokenizer import add_abbreviations

    nlp = spacy.blank("de")
    add_abbreviations(nlp)
    return nlp


__all__ = ["generate", "held_apart", "to_docs", "block_doc", "tokenizer_nlp", "Release", "GENRES",
           "LEXICON_FILES", "TRAIN_DOCS", "HELD_APART_DOCS", "MisalignedSpan"]
