"""The speed machinery must not change results: the text view, cached words, token pre-filters."""
from __future__ import annotations

from dataclasses import astuple

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from spacy.tokens import Span

import pipeline.components.dates.finder as dates_mod
import pipeline.components.figures.component as figures_mod
from pipeline.api import _make_doc, SourceDoc
from peer_harness import build_figures_dates
from pipeline.components.structure import set_sentence_starts, analyse
from pipeline.text.normalise import doc_text
from pipeline.text.view import SPACE_CHARS, _pieces, view, words_of

from .conftest import SEEDS, shared_path

TRICKY = ("Die Siemens AG  meldet 5\u00a0Mio.\u00a0€ Umsatz.\n\n  „Gut“, sagt Dr. Anna Li (CEO). 😀 "
          "Am 3. März 2024 um 14 Uhr\r\n\t·Bo  1 414 021 100 ½ Liter – fertig… ")


def test_view_equals_token_attributes(blank_nlp):
    for text in (TRICKY, "", " ", "\n", "a"):
        doc = blank_nlp.make_doc(text)
        tab = view(doc)
        assert tab.words == [t.text for t in doc]
        assert tab.starts == [t.idx for t in doc]
        assert tab.ends == [t.idx + len(t) for t in doc]
        assert tab.text == doc.text
        assert tab.blank == [bool(t.text) and not t.text.strip(" \u00a0\u202f\u2009\u2007") for t in doc]


def test_view_is_cached_and_rebuilt_after_retokenizing(blank_nlp):
    doc = blank_nlp.make_doc("New York ist groß")
    first = view(doc)
    assert view(doc) is first
    with doc.retokenize() as rt:
        rt.merge(doc[0:2])
    tab = view(doc)
    assert tab is not first and tab.words == ["New York", "ist", "groß"]


def test_remembered_text_is_the_doc_text(blank_nlp):
    texts = [TRICKY] + [p.read_text(encoding="utf-8") for p in SEEDS]
    for text in texts:
        doc = _make_doc(blank_nlp, SourceDoc("x", text))
        assert doc_text(doc) == doc.text == text


def test_sentence_starts_match_the_token_by_token_rule(blank_nlp):
    """``set_sentence_starts`` writes one array; every token gets a definite value."""
    for text in [TRICKY] + [p.read_text(encoding="utf-8") for p in SEEDS]:
        doc = blank_nlp.make_doc(text)
        set_sentence_starts(doc, analyse(text).blocks)
        assert doc[0].is_sent_start is True
        assert all(t.is_sent_start is not None for t in doc)
        assert not any(t.is_sent_start for t in doc if t.is_space and t.i > 0)
    doc = blank_nlp.make_doc("Er kam. Sie ging am 7. Juli. „Gut“, sagt er.")
    set_sentence_starts(doc, analyse(doc.text).blocks)
    assert [s.text for s in doc.sents] == ["Er kam.", "Sie ging am 7. Juli.", "„Gut“, sagt er."]


def test_words_follow_the_current_entities(blank_nlp):
    """Words are cached per Doc but always carry the labels of the current ``doc.ents``."""
    doc = blank_nlp("Anna Li leitet die Siemens AG in Berlin.")
    doc.ents = [Span(doc, 0, 2, label="PER"), Span(doc, 4, 6, label="ORG")]
    ws = words_of(doc)
    assert [(w.text, w.label) for w in ws if w.label] == [("Anna", "PER"), ("Li", "PER"),
                                                        ("Siemens", "ORG"), ("AG", "ORG")]
    doc.ents = [Span(doc, 7, 8, label="LOC")]
    ws2 = words_of(doc)
    assert ws2 is ws
    assert [(w.text, w.label, w.ent) for w in ws2 if w.label] == [("Berlin", "LOC", 0)]


def test_words_split_glued_punctuation_and_mark_line_breaks(blank_nlp):
    doc = blank_nlp("Hallo):\n·Bo sagt\n\nGmbH.")
    ws = words_of(doc)
    assert [w.text for w in ws] == ["Hallo", ")", ":", "·", "Bo", "sagt", "GmbH", "."]
    assert [w.text for w in ws if w.nl] == ["·", "GmbH"]
    assert all(doc.text[w.start:w.end] == w.text for w in ws)


@pytest.fixture(scope="module")
def corpus_texts():
    corpus = shared_path("corpus")
    files = sorted(corpus.glob("*/*.txt"))[::10]
    return [p.read_text(encoding="utf-8") for p in files] + [p.read_text(encoding="utf-8") for p in SEEDS]


def _rows(nlp, texts):
    out = []
    for doc in nlp.pipe(texts):
        out.append(([astuple(f) for f in doc._.figures], [astuple(d) for d in doc._.dates]))
    return out


def test_token_prefilters_change_no_result(corpus_texts, monkeypatch):
    """Skipping tokens that cannot start a number or a date finds exactly what trying every token finds."""
    nlp = build_figures_dates()
    fast = _rows(nlp, corpus_texts)
    monkeypatch.setattr(figures_mod, "may_start_number", lambda w: True)
    monkeypatch.setattr(dates_mod, "may_start_date", lambda w: True)
    slow = _rows(nlp, corpus_texts)
    assert fast == slow
    assert sum(len(f) for f, _ in fast) > 500 and sum(len(d) for _, d in fast) > 200


def test_view_lines_agree_with_the_text(blank_nlp):
    """``same_line``/``breaks`` say what searching the text for a newline says."""
    for text in (TRICKY, "a\nb\n\n c", "\n\nx y\n"):
        doc = blank_nlp.make_doc(text)
        v = view(doc)
        for a in range(len(doc)):
            for b in range(a, min(len(doc), a + 6)):
                assert v.same_line(a, b) == ("\n" not in text[doc[a].idx:doc[b].idx])
                if b > a:
                    gap = text[doc[a].idx + len(doc[a]):doc[b].idx]
                    assert v.breaks(a, b) == gap.count("\n") and v.gap(a, b) == gap


def test_view_reads_tags_set_after_it_was_built(nlp):
    """``press_structure`` builds the view before the model tags the Doc: tags are read at first use."""
    doc = nlp.make_doc("Anna Li leitet die Siemens AG.")
    v = view(doc)
    for name, proc in nlp.pipeline:
        doc = proc(doc)
    assert view(doc) is v
    assert v.tags == [t.tag_ for t in doc] and v.poss == [t.pos_ for t in doc]
    assert v.plural == ["Number=Plur" in str(t.morph) for t in doc]
    assert [w.tag for w in words_of(doc)] == [t.tag_ for t in doc if not t.is_space]


# -- property tests of the fast paths: the same words and columns as the plain definitions --

_ALPHABET = st.sampled_from(list("aBc.,:;()·•„“\"'/–!?…-") + [" ", "  ", "\n", "\u00a0", "\u2009", "GmbH", "AG", "Dr", "5", " GmbH. ", " Inc. "])
_TEXTS = st.lists(_ALPHABET, max_size=40).map("".join)


def _reference_words(v) -> list[tuple]:
    """Every non-space token through ``_pieces``, as the view built its words before the fast path."""
    out, nl = [], False
    for t, start in zip(v.words, v.starts):
        if t.isspace():
            nl = nl or "\n" in t
            continue
        for a, b in _pieces(t):
            out.append((v.text[start + a:start + b], start + a, start + b, nl))
            nl = False
        nl = False
    return out


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS)
@example(text="Muster GmbH. Neu):\n·Bo …")
def test_words_fast_path_splits_like_pieces(blank_nlp, text):
    doc = blank_nlp.make_doc(text)
    v = view(doc)
    assert [(w.text, w.start, w.end, w.nl) for w in words_of(doc)] == _reference_words(v)
    assert v.blank == [bool(w) and all(c in SPACE_CHARS for c in w) for w in v.words]


@settings(max_examples=100, deadline=None)
@given(text=_TEXTS, data=st.data())
def test_words_carry_only_the_current_entities(blank_nlp, text, data):
    """Relabelling resets only the words labelled last: after any sequence of ``doc.ents``
    every word has exactly the label of the entity it lies in."""
    doc = blank_nlp.make_doc(text)
    for _ in range(3):
        n = len(doc)
        cuts = sorted(data.draw(st.sets(st.integers(0, n), max_size=4)))
        spans = [Span(doc, a, b, label="ORG") for a, b in zip(cuts[::2], cuts[1::2]) if a < b]
        doc.ents = spans
        want = []
        for w in words_of(doc):
            inside = [k for k, e in enumerate(doc.ents) if e.start_char <= w.start and w.end <= e.end_char]
            want.append(("ORG", inside[0]) if inside else ("", -1))
        assert [(w.label, w.ent) for w in words_of(doc)] == want
