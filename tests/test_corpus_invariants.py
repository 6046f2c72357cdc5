"""Invariants over the real corpus: offsets are sacred, sentences tile the text, runs are deterministic."""
import random

import pytest

from pipeline.extract import extract_docs
from pipeline.ingest import iter_inputs
from pipeline.structure import SECTIONS
from pipeline.writer import dataset_jsonl, table_csv

from .conftest import shared_path

TABLES = ("sentences", "entities", "roles", "figures", "dates")


def check_document(doc):
    """Every row's text is its span; sentences are ordered, disjoint and stripped."""
    text = doc.text
    assert doc.info.status == "ok", doc.info.error
    for table in TABLES:
        for row in doc.rows(table):
            assert text[row["start"]:row["end"]] == row["text"], (table, row)
            assert row["doc_id"] == doc.doc_id
            assert 0 <= row["sent"] < max(len(doc.sentences), 1)
    prev_end = 0
    for i, s in enumerate(doc.sentences):
        assert s.sent == i and s.start >= prev_end and s.text == s.text.strip() and s.text
        assert s.section in SECTIONS
        prev_end = s.end
    for table in ("entities", "figures", "dates", "roles"):
        for row in doc.rows(table):
            sent = doc.sentences[row["sent"]]
            assert sent.start <= row["start"] < sent.end, (table, row, sent)
    for r in doc.roles:
        assert r.person and text[r.person_start:r.person_end] == r.person


def test_offsets_over_whole_corpus_with_rule_components(blank_nlp):
    """All 2,305 documents through every rule component (no statistical model: fast)."""
    corpus = shared_path("corpus")
    docs = list(extract_docs(iter_inputs([str(p) for p in sorted(corpus.glob("*/*.txt"))]), nlp=blank_nlp))
    assert len(docs) >= 2300
    for doc in docs:
        check_document(doc)
    assert sum(len(d.figures) for d in docs) > 1000
    assert sum(len(d.dates) for d in docs) > 1000


def test_offsets_on_corpus_sample_with_model(nlp):
    corpus = shared_path("corpus")
    files = sorted(corpus.glob("*/*.txt"))
    sample = random.Random(7).sample(files, 120) + sorted((shared_path("seeds")).glob("*.txt"))
    docs = list(extract_docs(iter_inputs([str(p) for p in sample]), nlp=nlp))
    for doc in docs:
        check_document(doc)
    assert sum(len(d.entities) for d in docs) > 500


def test_deterministic_output(nlp):
    files = [str(p) for p in sorted(shared_path("corpus", "okfde_blog_pressemitteilungen").glob("*.txt"))[:8]]
    runs = []
    for _ in range(2):
        docs = list(extract_docs(iter_inputs(files), nlp=nlp))
        runs.append([table_csv(t, docs) for t in ("documents",) + TABLES] + [dataset_jsonl(docs)])
    assert runs[0] == runs[1]
