"""Long documents go through the model in slices (issue 15 point 11): same rows, bounded memory."""
from __future__ import annotations

import pytest

from pipeline import extract, slicing
from pipeline.io.outputs.writer import render

from .conftest import shared_path


def _long_text(n_chars: int) -> str:
    """Corpus releases joined by blank lines (not the evaluation folder)."""
    parts, n = [], 0
    for folder in ("okfde_blog_pressemitteilungen", "berlin_polizei_meldungen", "wikinews_de_quotes"):
        for f in sorted(shared_path("corpus", folder).glob("*.txt")):
            parts.append(f.read_text(encoding="utf-8").strip())
            n += len(parts[-1]) + 2
            if n > n_chars:
                return "\n\n".join(parts)[:n_chars]
    return "\n\n".join(parts)


def test_cuts_tile_the_tokens_at_paragraph_breaks(blank_nlp):
    text = "\n\n".join(f"Absatz {i}. Die Firma setzte {i} Mio. Euro um." for i in range(400))
    doc = blank_nlp.get_pipe("press_structure")(blank_nlp.make_doc(text))
    cuts = list(slicing._cuts(doc, 2000))
    assert cuts[0][0] == 0 and cuts[-1][1] == len(doc) and len(cuts) > 5
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:]))
    for start, end in cuts[:-1]:
        assert doc[end - 1].is_space and "\n\n" in doc[end - 1].text      # right after a blank line
        assert doc[end - 1].idx + len(doc[end - 1]) - doc[start].idx <= 2000 + 60


def test_text_without_blank_lines_is_cut_at_sentence_starts(blank_nlp):
    text = " ".join(f"Satz {i} sagt, die Firma setzte {i} Mio. Euro um." for i in range(400))
    doc = blank_nlp.get_pipe("press_structure")(blank_nlp.make_doc(text))
    cuts = list(slicing._cuts(doc, 2000))
    assert len(cuts) > 5 and all(doc[start].is_sent_start for start, _ in cuts[1:])


@pytest.mark.parametrize("pipeline_name", ["blank_nlp", "nlp"])
def test_sliced_rows_equal_whole_rows(request, monkeypatch, pipeline_name):
    nlp = request.getfixturevalue(pipeline_name)
    text = _long_text(40_000)
    whole = render(extract(text, nlp=nlp))
    monkeypatch.setattr(slicing, "SLICE_CHARS", 6_000)   # seven slices instead of one
    sliced = render(extract(text, nlp=nlp))
    assert sliced == whole
    assert whole["figures.csv"].count("\n") > 10 and whole["sentences.csv"].count("\n") > 200


def test_the_model_never_sees_more_than_a_slice(nlp, monkeypatch):
    text = _long_text(40_000)
    seen = []
    model = [n for n in nlp.pipe_names if not n.startswith("press_")]
    assert model, "the model has components of its own"

    class Probe:          # records the length of every Doc a model component is given
        def __init__(self, real):
            self.real = real

        def __call__(self, doc):
            seen.append(len(doc.text))
            return self.real(doc)

    monkeypatch.setattr(nlp, "_components", [(n, Probe(p) if n in model else p) for n, p in nlp._components])
    monkeypatch.setattr(slicing, "SLICE_CHARS", 6_000)
    doc = extract(text, nlp=nlp)
    assert doc.info.status == "ok" and len(doc.text) == len(text)
    # each slice plus its context (64 tokens either side), and together every character at least once
    assert seen and max(seen) <= 6_000 + 2_000 and sum(seen) >= len(text) * len(model)


@pytest.mark.parametrize("before, after", [("0035.txt", "0036.txt"), ("0487.txt", "0488.txt")])
def test_the_model_sees_the_words_at_a_slice_border_as_in_the_whole_text(nlp, monkeypatch, before, after):
    """Cut right before 'Thorbjørn Jagland über …' / 'Freundlich, zuvorkommend …', the model without
    context took them for the start of a document and found an entity the whole text does not have."""
    folder = shared_path("corpus", "10kgnad_test")
    first = (folder / before).read_text(encoding="utf-8").strip() + "\n\n"
    text = first + (folder / after).read_text(encoding="utf-8").strip()
    whole = render(extract(text, nlp=nlp))
    monkeypatch.setattr(slicing, "SLICE_CHARS", len(first) + 10)   # the first cut: at the start of `after`
    doc = nlp.get_pipe("press_structure")(nlp.make_doc(text))
    assert [doc[s].idx for s, _ in slicing._cuts(doc, slicing.SLICE_CHARS)][:2] == [0, len(first)]
    assert render(extract(text, nlp=nlp)) == whole


def test_slices_of_a_dense_text_end_after_max_tokens(blank_nlp):
    """``1 % 1 % …`` has three times the tokens of prose per character: a slice ends by tokens too."""
    doc = blank_nlp.make_doc("1 % " * 3000)
    cuts = list(slicing._cuts(doc, 10**9, max_tokens=1000))
    assert all(0 < e - s <= 1000 for s, e in cuts)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(doc) and all(a[1] == b[0] for a, b in zip(cuts, cuts[1:]))


@pytest.mark.parametrize("text, long", [
    ("1 % " * 10_001, True),                                   # 40,004 characters, 20,002 spaces
    ("Die Beispiel AG wächst. " * 1_700, False),               # 40,800 characters of prose: one pass
    ("x" * (slicing.SLICE_CHARS + 1), True),
])
def test_a_text_is_long_by_characters_or_by_spaces(text, long):
    assert slicing.is_long(text) is long
