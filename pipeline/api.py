"""Library API: load the pipeline, run it on texts, assemble the table rows."""
from __future__ import annotations

import bisect
from importlib import import_module
from typing import Iterable, Iterator, Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.model import extensions  # noqa: F401
from pipeline import slicing
from pipeline.components import PIPELINE
from pipeline.model.document import (DateMention, Document, DocumentInfo, Entity, Figure, Quote, Role, Sentence,
                                     SourceDoc, period)
from pipeline.base_model import BLANK, resolve
from pipeline.model.layout import block_of
from pipeline.text.normalise import doc_id, doc_text, normalise_with_warnings, remember_text, writable
from pipeline.text.tokenizer import add_abbreviations
from pipeline.version import __version__

#: Project components placed after the model, in pipeline order (``components.PIPELINE``).
AFTER_MODEL = tuple(c.name for c in PIPELINE if c.where == "last")
#: Model components that our sentence boundaries replace (and that would override them).
REPLACED = ("senter", "parser")
#: Texts longer than this are refused (per document) rather than exhausting memory.
MAX_CHARS = 2_000_000
#: The error of a text over :data:`MAX_CHARS`: its row keeps the size and hash (``n_chars``,
#: ``doc_id``), not the text (a 300 MB JSON string would be written to ``dataset.jsonl`` and the store).
TOO_LONG = "document too long"


def load(model: str = "auto") -> Language:
    """The base pipeline (``auto``: de_core_news_lg > md > sm > bundled) with our components."""
    for component in PIPELINE:   # imported for the factories' registration
        import_module(f"pipeline.components.{component.module}")
    choice = resolve(model)
    if choice.name == BLANK:
        nlp = spacy.blank("de")
    else:
        nlp = spacy.load(choice.name, exclude=list(REPLACED))
    add_abbreviations(nlp)
    has_ner = "ner" in nlp.pipe_names
    for component in PIPELINE:
        if has_ner or not component.needs_ner:
            nlp.add_pipe(component.name, **{component.where: True})   # first=True or last=True
    nlp.max_length = MAX_CHARS
    nlp.meta.setdefault("press_extract", {})["model"] = choice.label
    return nlp


def model_label(nlp: Language) -> str:
    """``name-version`` of the base pipeline, as written in documents.csv."""
    label = nlp.meta.get("press_extract", {}).get("model")
    return label or f"{nlp.meta.get('lang', 'de')}_{nlp.meta.get('name', 'pipeline')}-{nlp.meta.get('version', '0')}"


_DEFAULT_NLP: Optional[Language] = None


def _default_nlp() -> Language:
    global _DEFAULT_NLP
    if _DEFAULT_NLP is None:
        _DEFAULT_NLP = load()
    return _DEFAULT_NLP


def extract(text: str, *, source: Optional[str] = None, date: Optional[str] = None,
            title: str = "", nlp: Optional[Language] = None) -> Document:
    """Run the pipeline on one text and return its :class:`Document`.

    ``date`` is the document date when the text has no dateline, in any form
    ``pipeline.io.inputs.input_dates`` reads (``2024-05-05``, ``05.05.2024``, ``5. Mai 2024``).
    An empty text gives the same error row as in a run (``empty document``); lone
    surrogates become U+FFFD with a warning.
    """
    from pipeline.io.inputs.input_dates import parse_input_date

    if not isinstance(text, str):
        raise TypeError(f"extract() needs the text as a str, not {type(text).__name__}")
    iso, note = parse_input_date(date)
    clean, warnings = normalise_with_warnings(text)
    src = SourceDoc(source or "", clean, title=writable(title), date=iso, warnings=warnings + ([note] if note else []))
    if not src.text.strip():
        src.text, src.error = "", "empty document"
    return next(extract_docs([src], nlp=nlp))


def _make_doc(nlp: Language, src: SourceDoc) -> Doc:
    doc = nlp.make_doc(src.text)
    remember_text(doc, src.text)
    doc._.meta_date = src.date
    return doc


def extract_docs(sources: Iterable[SourceDoc], *, nlp: Optional[Language] = None,
                 batch_size: int = 16) -> Iterator[Document]:
    """Process documents in order; a document that fails yields an error row, never an exception."""
    nlp = nlp or _default_nlp()
    label = model_label(nlp)
    batch: list[SourceDoc] = []

    def flush():
        todo = [s for s in batch if not s.error and not slicing.is_long(s.text)]
        done: dict[int, Doc] = {}
        try:
            docs = [_make_doc(nlp, s) for s in todo]
            for s, d in zip(todo, nlp.pipe(docs, batch_size=batch_size)):
                done[id(s)] = d
        except Exception:  # one bad document must not sink its batch: redo one by one
            done.clear()
        for s in batch:
            if s.error:
                yield error_document(s, s.error, label)
                continue
            try:
                d = done.get(id(s)) or slicing.process(nlp, _make_doc(nlp, s))   # long ones in slices
                yield assemble(d, s, label)
            except Exception as exc:  # noqa: BLE001  (reported per document)
                yield error_document(s, f"processing failed: {type(exc).__name__}: {exc}".splitlines()[0], label)

    for src in sources:
        if not src.error and len(src.text) > MAX_CHARS:
            src.error = f"{TOO_LONG}: {len(src.text)} characters (limit {MAX_CHARS})"
        batch.append(src)
        if len(batch) >= batch_size:
            yield from flush()
            batch = []
    if batch:
        yield from flush()


def error_document(src: SourceDoc, error: str, model: str) -> Document:
    """The ``documents.csv`` row of an input that could not be processed."""
    text = src.text or ""
    info = DocumentInfo(doc_id=doc_id(text if text else src.source), source=src.source,
                        input_id=src.input_id, input_url=src.input_url, n_chars=len(text), model=model, pipeline_version=__version__,
                        status="error", error=error, warnings=";".join(src.warnings))
    return Document(info=info, text="" if error.startswith(TOO_LONG) else text)


def _overlapping_id(ids: dict, start: Optional[int], end: Optional[int], persons: bool) -> str:
    """The id of the entity at (or overlapping) ``start:end``: a person's for the person,
    another label's for the organisation (``Anna Test (SPD)`` never links SPD to a PER)."""
    if start is None or end is None:
        return ""
    wanted = [(k, eid) for k, eid in ids.items() if eid.startswith("PER") == persons]
    for k, eid in wanted:
        if k == (start, end):
            return eid
    for (s, e), eid in wanted:
        if s < end and start < e:
            return eid
    return ""


def _within_sentence(r: Role, text: str, sentences: list[Sentence], sent_of) -> Role:
    """A role whose parts stand in several sentences (a contact block: organisation line,
    name line) keeps the person's sentence as its span: ``start``/``end``/``text`` cover
    the parts inside it; ``role`` and ``organization`` keep their strings."""
    if not sentences:
        return r
    sent = sentences[sent_of(r.person_start)]
    if sent.start <= r.start and r.end <= sent.end:
        return r
    pts = [r.person_start, r.person_end]
    if r.org_start is not None and sent.start <= r.org_start and r.org_end <= sent.end:
        pts += [r.org_start, r.org_end]
    lo, hi = min(pts), min(max(pts), sent.end)   # every part in pts lies in the person's sentence
    if r.honorific:
        k = text.rfind(r.honorific, sent.start, r.person_start)
        if k >= 0:
            lo = min(lo, k)
    # widen over the role when it stands in the same sentence
    if r.role:
        k = text.find(r.role, sent.start, sent.end)
        if k >= 0 and r.start <= k < r.end:
            lo, hi = min(lo, k), max(hi, k + len(r.role))
    r.start, r.end, r.text = lo, hi, text[lo:hi]
    return r


class _Sentences:
    """The sentence rows of a document, and which sentence a character offset falls in."""

    def __init__(self, doc: Doc, text: str, did: str):
        blocks = doc._.blocks or []
        self.rows: list[Sentence] = []
        for sent in doc.sents:
            raw = text[sent.start_char:sent.end_char]
            stripped = raw.strip()
            if not stripped:
                continue
            start = sent.start_char + (len(raw) - len(raw.lstrip()))
            block = block_of(blocks, start)
            self.rows.append(Sentence(did, len(self.rows), start, start + len(stripped),
                                      block.para if block else 0, block.section if block else "body", stripped))
        self.starts = [s.start for s in self.rows]

    def of(self, char: int) -> int:
        """The number of the sentence that holds ``char`` (the first one before any sentence)."""
        return max(bisect.bisect_right(self.starts, char) - 1, 0)

    def inside(self, start: int, end: int) -> bool:
        """Whether ``start:end`` lies within one sentence."""
        k = self.of(start)
        return bool(self.rows) and self.rows[k].start <= start and end <= self.rows[k].end


def _entities(doc: Doc, text: str, did: str, sents: _Sentences) -> list[Entity]:
    """The entity rows: the model's and the rules' entities with their canonical form and id."""
    ids = doc._.entity_ids or {}
    canon = doc._.entity_canonical or {}
    sources = doc._.entity_sources or {}
    entities = []
    for ent in doc.ents:
        k = (ent.start_char, ent.end_char)
        surface = text[k[0]:k[1]]
        entities.append(Entity(did, sents.of(k[0]), k[0], k[1], surface,
                               ent.label_, canon.get(k, surface), ids.get(k, ""), sources.get(k, "model")))
    return entities


def _roles(doc: Doc, text: str, did: str, sents: _Sentences) -> list[Role]:
    """The role rows, each within the person's sentence and linked to the entities it names."""
    ids = doc._.entity_ids or {}
    roles: list[Role] = sorted((_within_sentence(r, text, sents.rows, sents.of) for r in doc._.roles or []),
                               key=lambda r: (r.start, r.end))
    for r in roles:
        r.doc_id, r.sent = did, sents.of(r.start)
        r.person_entity = _overlapping_id(ids, r.person_start, r.person_end, True)
        r.org_entity = _overlapping_id(ids, r.org_start, r.org_end, False)
    return roles


def _figures_and_dates(doc: Doc, did: str, sents: _Sentences) -> tuple[list[Figure], list[DateMention]]:
    """The figure and date rows; a date gets its period (``März 2024`` → 2024-03-01..2024-03-31)."""
    # a figure or date that a rule read across a sentence boundary is dropped: every row
    # lies inside its sentence
    figures: list[Figure] = sorted((f for f in doc._.figures or [] if sents.inside(f.start, f.end)),
                                   key=lambda r: (r.start, r.end))
    dates: list[DateMention] = sorted((d for d in doc._.dates or [] if sents.inside(d.start, d.end)),
                                      key=lambda r: (r.start, r.end))
    for row in (*figures, *dates):
        row.doc_id, row.sent = did, sents.of(row.start)
    for row in dates:
        row.period_start, row.period_end = period(row.date, row.granularity)
    return figures, dates


def _quotes(doc: Doc, did: str, sents: _Sentences) -> list[Quote]:
    """The quote rows (``press_quotes`` links the speakers; ``sent`` is the quote's first sentence)."""
    quotes: list[Quote] = sorted(doc._.quotes or [], key=lambda r: (r.start, r.end))
    for row in quotes:
        row.doc_id, row.sent = did, sents.of(row.start)
    return quotes


def _document_info(doc: Doc, src: SourceDoc, text: str, did: str, model: str, **counts: int) -> DocumentInfo:
    """The documents.csv row: headline, dateline, wire, dates, the input's fields and the row counts."""
    dl = doc._.dateline
    headline = doc._.headline
    return DocumentInfo(
        doc_id=did, source=src.source,
        title=text[headline[0]:headline[1]] if headline else src.title,
        dateline_place=dl.place if dl else "", dateline_date=(dl.date or "") if dl else "",
        wire=doc._.wire or "", input_id=src.input_id, input_url=src.input_url, doc_date=doc._.doc_date or "",
        n_chars=len(text), model=model, pipeline_version=__version__, warnings=";".join(src.warnings), **counts)


def assemble(doc: Doc, src: SourceDoc, model: str) -> Document:
    """Turn a processed ``Doc`` into the rows of every table."""
    text = doc_text(doc)
    did = doc_id(text)
    sents = _Sentences(doc, text, did)
    entities = _entities(doc, text, did, sents)
    roles = _roles(doc, text, did, sents)
    figures, dates = _figures_and_dates(doc, did, sents)
    quotes = _quotes(doc, did, sents)
    info = _document_info(doc, src, text, did, model, n_sentences=len(sents.rows), n_entities=len(entities),
                          n_roles=len(roles), n_figures=len(figures), n_dates=len(dates))
    return Document(info=info, text=text, sentences=sents.rows, entities=entities,
                    roles=roles, figures=figures, dates=dates, quotes=quotes)
