"""A processed ``Doc`` carries its results through spaCy's own serialisation."""
from __future__ import annotations

from spacy.tokens import Doc, DocBin

from pipeline.model.document import SourceDoc
from pipeline.api import _make_doc, assemble, model_label

from pathlib import Path

SEEDS = sorted((Path(__file__).resolve().parent.parent / "corpus").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS] + [
    "Stuttgart, 12. September 2024 – Die Muster AG steigerte den Umsatz um 12 Prozent auf "
    "541 Mio. Euro. „Wir sind zufrieden“, sagte Anna Beispiel, Finanzvorständin der Muster AG.\n",
]


def _rows(nlp, doc: Doc) -> dict:
    text = doc.text
    return assemble(doc, SourceDoc("x", text), model_label(nlp)).to_json()


def test_to_bytes_round_trips_every_table(nlp):
    for text in TEXTS:
        doc = nlp(text)
        again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        assert _rows(nlp, again) == _rows(nlp, doc)
        # the typed views come back as the same rows, and the span groups with them
        assert again._.figures == doc._.figures and again._.roles == doc._.roles
        assert again._.blocks == doc._.blocks and again._.dateline == doc._.dateline
        for group in ("press_figures", "press_dates", "press_roles"):
            assert [(s.start_char, s.end_char, s.label_) for s in again.spans[group]] == \
                   [(s.start_char, s.end_char, s.label_) for s in doc.spans[group]]
    assert any(doc.spans["press_figures"] for doc in [nlp(t) for t in TEXTS])


def test_docbin_with_user_data(nlp):
    docs = list(nlp.pipe(TEXTS))
    blob = DocBin(docs=docs, store_user_data=True).to_bytes()
    back = list(DocBin().from_bytes(blob).get_docs(nlp.vocab))
    assert [_rows(nlp, d) for d in back] == [_rows(nlp, d) for d in docs]
    assert sum(len(d._.figures) for d in back) > 0 and sum(len(d._.roles) for d in back) > 0


def test_entity_attributes_on_spans(nlp):
    doc = nlp(TEXTS[-1])
    ids = doc._.entity_ids
    assert ids and all(e._.entity_id == ids[(e.start_char, e.end_char)] for e in doc.ents)
    assert {e._.entity_source for e in doc.ents} <= {"model", "rule", "gazetteer"}


def test_n_process_2_gives_the_same_rows(nlp):
    sources = [SourceDoc(f"t{i}", t) for i, t in enumerate(TEXTS * 2)]
    one = [_rows(nlp, d) for d in nlp.pipe((_make_doc(nlp, s) for s in sources), n_process=1)]
    two = [_rows(nlp, d) for d in nlp.pipe((_make_doc(nlp, s) for s in sources), n_process=2, batch_size=2)]
    assert two == one
    assert sum(len(r["figures"]) for r in one) > 0
