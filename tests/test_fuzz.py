"""Property-based fuzzing (Hypothesis) of ``pipeline.extract`` and of reading generated files.

Whatever the input: no exception, a document is ``ok`` (or, for unreadable
input, one error row with a one-line reason), every row's text is its span,
every value is a finite number, and every output is valid UTF-8 / strict JSON.
Budgets are small and fixed (``derandomize``: the same cases on every run) so
the module stays well under a minute on two busy cores.
"""
from __future__ import annotations

import json
import math
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline import extract
from pipeline.api import extract_docs
from pipeline.io.inputs.ingest import decode, read_file
from pipeline.io.outputs.writer import render

TABLES = ("sentences", "entities", "roles", "figures", "dates", "quotes")
FUZZ = settings(max_examples=120, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# --- strategies -------------------------------------------------------------------------------

WORDS = ("Die", "Beispiel", "AG", "GmbH", "hat", "im", "Jahr", "2023", "rund", "Mio.", "Mrd.", "Euro", "€",
         "Prozent", "%", "mehr", "als", "bis", "zum", "am", "12.", "März", "2024", "Berlin", ",", ".", "–", "-",
         "Dr.", "Max", "Muster", "sagte", "Vorstandschef", "Polizei", "Schmidt", "Sprecherin", "der", "Stadt",
         "über", "etwa", "Fans", "Mitarbeiter", "Kilometer", "km", "Uhr", "Montag", ":", "(", ")", "\"", "/")
#: Any code point, lone surrogates (category Cs, left out by default) and NUL included.
ANY_CHAR = st.characters(exclude_categories=[])
SEPS = st.sampled_from([" ", " ", " ", "\n", "\n\n", "\u00a0", "\t", "\u2028", " \n "])
#: German number strings, plain and pathological: digit groups, decimals, superscripts, ratios.
NUMBERS = st.one_of(
    st.from_regex(r"\A\d{1,3}(\.\d{3}){0,12}(,\d{1,4})?\Z"),
    st.from_regex(r"\A\d{1,40}\Z"),
    st.from_regex(r"\A\d{1,4}[,.]\d{1,6}\Z"),
    st.from_regex(r"\A\d{1,3}( \d{3}){1,6}\Z"),
    st.from_regex(r"\A\d{1,3} ?: ?\d{1,3}( \d{3})?\Z"),
    st.from_regex(r"\A\d{1,3}/\d{1,3}[⁰¹²³⁴⁵⁶⁷⁸⁹½¼¾]?\Z"),
    st.from_regex(r"\A[+-±]?\d{1,6}([.,]\d+)?(-|–| bis )\d{1,12}\Z"),
    st.sampled_from(["1 : 0 500", "1/6⁵", "9" * 400, "1.000.000.000.000.000.000.000.000", "0,000000001",
                     "10⁹", "²³", "½", "1e10", "1.5e300"]),
)


#: Number strings every rule reads (the pathological ones have a test of their own).
PLAIN_NUMBERS = st.sampled_from(["5", "2023", "1,5", "12.000", "3.500.000", "40 bis 50"])


@st.composite
def press_texts(draw, numbers=NUMBERS):
    """A text of press-release words, number strings and odd separators."""
    pieces = draw(st.lists(st.one_of(st.sampled_from(WORDS), numbers, st.text(ANY_CHAR, max_size=6)),
                           min_size=1, max_size=60))
    seps = draw(st.lists(SEPS, min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + s for p, s in zip(pieces, seps))


NUMBER_TEXTS = st.builds(lambda a, n, b: f"{a} {n} {b}", st.sampled_from(["Umsatz:", "Es kamen", "Die Quote lag bei",
                                                                         "Am"]),
                         NUMBERS, st.sampled_from(["Euro.", "Fans.", "Prozent.", "Mio. Euro mehr.", "Uhr.", ""]))

# --- properties -------------------------------------------------------------------------------


def _strict_json(line: str):
    def refuse(name):
        raise ValueError(f"not JSON: {name}")

    return json.loads(line, parse_constant=refuse)


def check_rows(doc, *, inside_sentence: bool = False) -> None:
    """The properties of one processed document (see the module docstring)."""
    if not doc.text.strip():
        # the one input a text can be refused for, as in a run (issue 13): no rows
        assert (doc.info.status, doc.info.error) == ("error", "empty document")
        return
    assert doc.info.status == "ok", doc.info.error
    text = doc.text
    for table in TABLES:
        for row in doc.rows(table):
            assert text[row["start"]:row["end"]] == row["text"], (table, row)
            if inside_sentence and table != "sentences":
                sent = doc.sentences[row["sent"]]
                assert sent.start <= row["start"] and row["end"] <= sent.end, (table, row, sent)
    frags = render(doc)
    for body in frags.values():
        body.encode("utf-8")        # no lone surrogate anywhere
        assert "\x00" not in body
    rec = _strict_json(frags["dataset.jsonl"])
    for f in rec["figures"]:
        assert math.isfinite(f["value"]) and (f["value_max"] is None or math.isfinite(f["value_max"]))


@FUZZ
@given(text=press_texts(numbers=PLAIN_NUMBERS))
def test_extract_press_like_text(blank_nlp, text):
    check_rows(extract(text, nlp=blank_nlp))


@settings(FUZZ, max_examples=30)
@given(text=press_texts(numbers=PLAIN_NUMBERS))
def test_extract_press_like_text_with_the_model(nlp, text):
    check_rows(extract(text, nlp=nlp))


@FUZZ
@given(text=st.one_of(st.text(ANY_CHAR, max_size=300),
                      st.lists(st.one_of(st.sampled_from(WORDS), st.characters(categories=["Cs"]), SEPS), max_size=40)
                      .map("".join)))
def test_extract_any_unicode(blank_nlp, text):
    """Any code points, lone surrogates and NUL included."""
    check_rows(extract(text, nlp=blank_nlp))


@FUZZ
@given(text=st.one_of(NUMBER_TEXTS, press_texts()))
@example("Es kamen 1 : 0 500 Fans.")                      # TypeError (issue 15 point 4)
@example("Das ist 1/6⁵ der Menge.")                        # ValueError on '6⁵'
@example("Umsatz: 1.234.567.890.123.456.789.012.345.678 Euro.")   # decimal.InvalidOperation
def test_extract_number_strings(blank_nlp, text):
    check_rows(extract(text, nlp=blank_nlp))


@FUZZ
@given(text=press_texts(numbers=PLAIN_NUMBERS))
@example("Text.\nPolizei\nSchmidt\n")
def test_every_row_lies_inside_its_sentence(blank_nlp, text):
    check_rows(extract(text, nlp=blank_nlp), inside_sentence=True)


@settings(FUZZ, max_examples=30)
@given(text=press_texts(numbers=PLAIN_NUMBERS))
@example("Text.\nPolizei\nSchmidt\n")
def test_every_row_lies_inside_its_sentence_with_the_model(nlp, text):
    check_rows(extract(text, nlp=nlp), inside_sentence=True)


# --- ingestion of generated files -----------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=True) | st.integers() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(["text", "title", "date", "x"]),
                                                               inner, max_size=4),
    max_leaves=12)
RECORDS = st.fixed_dictionaries({"text": st.one_of(press_texts(PLAIN_NUMBERS), st.text(max_size=80))},
                                optional={"title": st.one_of(st.text(max_size=20), JSON_VALUES),
                                          "date": st.one_of(st.text(max_size=12), st.sampled_from(["2024-03-01", "2024-02-30T10:00"]))})
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "latin-1"])


@st.composite
def files(draw):
    """(suffix, bytes) of an input file: random bytes, a text in some encoding, JSON of any shape."""
    kind = draw(st.sampled_from(["bytes", "text", "json", "jsonl", "nested"]))
    if kind == "bytes":
        return draw(st.sampled_from([".txt", ".json", ".jsonl", ".md"])), draw(st.binary(max_size=400))
    if kind == "nested":
        depth = draw(st.integers(1, 5000))
        return draw(st.sampled_from([".json", ".jsonl"])), (b"[" * depth + b"]" * draw(st.integers(0, depth)))
    enc = draw(ENCODINGS)
    if kind == "text":
        body, suffix = draw(press_texts(PLAIN_NUMBERS)), ".txt"
    elif kind == "json":
        body, suffix = json.dumps(draw(st.one_of(RECORDS, JSON_VALUES)), ensure_ascii=draw(st.booleans())), ".json"
    else:
        lines = draw(st.lists(st.one_of(RECORDS, JSON_VALUES), max_size=5))
        body = "\n".join(json.dumps(x, ensure_ascii=draw(st.booleans())) for x in lines)
        body, suffix = body + draw(st.sampled_from(["", "\n", "\r\n", "\n{kaputt"])), ".jsonl"
    try:
        return suffix, body.encode(enc)
    except UnicodeEncodeError:
        return suffix, body.encode("utf-8", "surrogatepass")


@FUZZ
@given(file=files())
def test_reading_generated_files(blank_nlp, file):
    suffix, data = file
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"input{suffix}"
        path.write_bytes(data)
        sources = list(read_file(str(path)))
    if not sources:   # a .jsonl without a single line gives no document
        text, _, error = decode(data)
        assert suffix == ".jsonl" and not error and not text.strip()
    for src in sources:
        if src.error:
            assert "\n" not in src.error and src.text == ""
        (src.text + src.title + src.source).encode("utf-8")
    for doc in extract_docs(sources, nlp=blank_nlp):
        if doc.info.status == "error":
            assert any(s.error == doc.info.error for s in sources), doc.info.error   # only unreadable input
            render(doc)
        else:
            check_rows(doc)
