"""Run the pipeline with the NER's entities given: the rule layer's tests state what
the model said (v1, v2 or another) and what the rules must make of it."""
from __future__ import annotations

from pipeline.text.normalise import remember_text


def run_with_ner(nlp, text: str, ents):
    """``text`` through ``nlp`` with the NER's entities replaced by ``ents``:
    ``(substring, label)`` or ``(substring, label, nth occurrence)``."""
    doc = nlp.make_doc(text)
    remember_text(doc, text)
    for name, proc in nlp.pipeline:
        if name != "ner":
            doc = proc(doc)
            continue
        spans = []
        for sub, label, *nth in ents:
            start = -1
            for _ in range(nth[0] if nth else 1):
                start = text.index(sub, start + 1)
            span = doc.char_span(start, start + len(sub), label=label)
            assert span is not None, sub
            spans.append(span)
        doc.ents = spans
    return doc


def check_rows(rows, must, must_not) -> None:
    """Every ``(text, label)`` row of ``must`` is in ``rows``; of ``must_not``, no text is an
    entity there (whatever its label) and no ``(text, label)`` row comes out."""
    for row in must:
        assert row in rows, (row, rows)
    for sub in must_not:
        assert sub not in (rows if isinstance(sub, tuple) else [t for t, _ in rows]), (sub, rows)
