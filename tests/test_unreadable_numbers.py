"""A number a rule cannot read is skipped; the document and its other rows survive."""
from __future__ import annotations

import math

import pytest

import pipeline
from pipeline.text.numbers import parse_digits

TAIL = " Der Umsatz stieg am 3. März 2024 um 12 Prozent."

#: (text before TAIL, figure texts that must still come out of it)
CASES = [
    ("Es stand 1 : 0 500 Fans jubelten.", []),                    # a score glued to a leading-zero group
    ("Der Anteil liegt bei 1/6⁵ der Fläche.", []),                # superscript digit: no int() literal
    ("Es geht um 1.234.567.890.123.456.789.012.345.678 Euro.", []),  # more digits than Babel's decimal context
    ("Es sind " + "9" * 400 + " Euro.", []),                       # would be inf
    ("Es sind " + "9" * 300 + " Billionen Euro.", []),             # finite number, infinite once scaled
    ("Im Jahr 2023 kamen 1 : 0 und 2.500 Besucher.", ["2.500 Besucher"]),
]


@pytest.mark.parametrize("head,kept", CASES)
def test_unreadable_number_skips_only_itself(blank_nlp, head, kept):
    doc = pipeline.extract(head + TAIL, nlp=blank_nlp)
    assert doc.info.status == "ok", doc.info.error
    texts = [f.text for f in doc.figures]
    assert "um 12 Prozent" in texts and all(k in texts for k in kept)
    assert [d.date for d in doc.dates if d.text == "3. März 2024"] == ["2024-03-03"]
    for f in doc.figures:
        assert math.isfinite(f.value) and (f.value_max is None or math.isfinite(f.value_max))


@pytest.mark.parametrize("s", ["9" * 400, "1.234.567.890.123.456.789.012.345.678", "1,2" + "3" * 500])
def test_parse_digits_refuses_what_it_cannot_hold(s):
    v = parse_digits(s)
    assert v is None or math.isfinite(v)
    assert parse_digits("9" * 400) is None


def test_model_pipeline_too(nlp):
    doc = pipeline.extract("Es stand 1 : 0 500 Fans jubelten, 1/6⁵ davon." + TAIL, nlp=nlp)
    assert doc.info.status == "ok" and "um 12 Prozent" in [f.text for f in doc.figures]
