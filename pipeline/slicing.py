"""Long documents through the statistical model in slices, with the offsets of the whole text.

The model's components (``tok2vec``, ``tagger``, ``ner`` …) need memory in
proportion to the longest text they see at once: a 1.9-million-character
document took 6.6 GB on one worker. spaCy's advice for long texts is to cut
them; here the cut is invisible in the output:

1. the whole text is tokenised and laid out once (``press_structure``: blocks,
   sentence starts), exactly as a short document;
2. the tokens are cut into slices of about :data:`SLICE_CHARS` characters, at a
   paragraph break (a blank line) where there is one, else at a sentence
   start. Each slice (``Span.as_doc``: tokens, spaces and sentence starts)
   goes through the model's components alone;
3. the slices are joined again (``Doc.from_docs``, no space added), which gives
   back the text character for character, and the layout and the rule
   components run on the whole ``Doc``: every offset, sentence, id and
   document field is that of the whole text.

Entities cannot cross a sentence start, so a cut at one never splits an
entity; each slice goes through the model with :data:`CONTEXT_TOKENS` tokens of
the text before and after it, which are then dropped, so that the model sees
the words at a border as it does in the whole text. For example,
a 300,000-character text of 40 releases is cut into three slices at the
blank lines nearest 100,000 and 200,000 characters.
"""
from __future__ import annotations

from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.text.normalise import doc_text, remember_text

#: Texts longer than this go through the model in slices of about this size. Peak memory of the
#: model grows with the slice, not with the document (measured: docs/operations.md, "Limits").
SLICE_CHARS = 100_000
#: ... and texts of more tokens than this (estimated from the spaces before tokenising): the model's
#: memory grows with the tokens of a slice, and a text of numbers (``1 % 1 % …``) has three times
#: the tokens of prose per character (50,000 tokens in 100,000 characters peaked at 1.4 GB in the
#: ``ner``). Prose slices of ``SLICE_CHARS`` stay below it (about 18,000 tokens).
SLICE_TOKENS = 20_000
#: Tokens of context the model gets before and after each slice (then dropped): more than its
#: window (``tok2vec`` sees 4 tokens either side, ``ner`` a few more).
CONTEXT_TOKENS = 64
#: The components that run on each slice: the statistical model's (the layout runs before, on the
#: whole text; the rule components after, on the joined ``Doc``).
_LAYOUT = "press_structure"


def _has_words(text: str) -> bool:
    return any(c.isalpha() for c in text)


def is_long(text: str) -> bool:
    return len(text) > SLICE_CHARS or (len(text) > SLICE_TOKENS and text.count(" ") > SLICE_TOKENS)


def _cuts(doc: Doc, size: int, max_tokens: int = SLICE_TOKENS) -> Iterator[tuple[int, int]]:
    """Token ranges ``[start, end)`` of about ``size`` characters (at most ``max_tokens``) that tile ``doc``.

    A range ends after the last paragraph break (a whitespace token holding a blank line)
    before the limit, else before the last sentence start; with neither, at the limit.
    """
    start, start_char = 0, 0
    para = sent = None
    for tok in doc:
        if (tok.idx - start_char >= size or tok.i - start >= max_tokens) and tok.i > start:
            end = para or sent or tok.i
            yield start, end
            start, start_char = end, doc[end].idx
            para = sent = None
        if tok.i > start:
            if tok.is_space and tok.text.count("\n") >= 2:
                para = tok.i + 1
            elif tok.is_sent_start:
                sent = tok.i
        if para is not None and para <= start:
            para = None
    if start < len(doc):
        yield start, len(doc)


def process(nlp: Language, doc: Doc) -> Doc:
    """``nlp(doc)``, for a long ``doc`` (made by ``nlp.make_doc``) in slices; same rows, bounded memory."""
    if not is_long(doc_text(doc)) or _LAYOUT not in nlp.pipe_names:
        return nlp(doc)
    text, meta_date = doc_text(doc), doc._.meta_date
    names = nlp.pipe_names
    first_rule = next((i for i, n in enumerate(names) if n.startswith("press_") and n != _LAYOUT), len(names))
    model = [nlp.get_pipe(n) for n in names[:first_rule] if n != _LAYOUT]
    rules = [nlp.get_pipe(n) for n in names[first_rule:]]
    layout = nlp.get_pipe(_LAYOUT)
    doc = layout(doc)
    parts = []
    for start, end in _cuts(doc, SLICE_CHARS):
        # With context either side, the model sees each border token as it would in the whole text
        # (at a slice start it would take the first words of a paragraph for the start of a document).
        a, b = max(start - CONTEXT_TOKENS, 0), min(end + CONTEXT_TOKENS, len(doc))
        part = doc[a:b].as_doc()
        if _has_words(part.text):   # a stretch of numbers and signs (``1 % 1 % …``) holds no name, no word
            for proc in model:
                part = proc(part)
        parts.append(part[start - a:end - a].as_doc())   # tokens, tags, lemmas, entities; no tensor
    del doc
    whole = Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor", "user_data", "spans"])
    del parts
    if whole.text != text:   # cannot happen with whitespace-aligned cuts; never trade offsets for memory
        raise ValueError("slices do not join to the text")
    remember_text(whole, text)
    whole._.meta_date = meta_date
    whole = layout(whole)     # doc-level layout again (the extension values stayed on the first Doc)
    for proc in rules:
        whole = proc(whole)
    return whole
