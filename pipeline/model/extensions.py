"""Custom ``Doc``/``Span`` attributes of the press-extract components.

Every value a component leaves on a ``Doc`` is stored msgpack-safe (plain
dicts, lists, strings and numbers under ``doc._.press_*``), so that
``doc.to_bytes()``, ``DocBin(store_user_data=True)`` and
``nlp.pipe(texts, n_process=2)`` carry the results.  The typed attributes the
components and ``extract`` use (``doc._.figures`` → ``list[Figure]``,
``doc._.blocks`` → ``list[Block]``, ``doc._.entity_ids`` → ``{(start, end): id}``)
are getter/setter pairs over that storage.  Setting figures, dates or roles also
mirrors them as ``doc.spans["press_figures"|"press_dates"|"press_roles"|"press_quotes"]``
(labels: kind, granularity, ``ROLE``, quote type), for displaCy and other span consumers;
entities get ``ent._.entity_id``, ``ent._.canonical`` and ``ent._.source``.

Registered once on import; every component module imports this, so a
``spacy.load`` of a saved pipeline has them too.
"""
from __future__ import annotations

from dataclasses import fields
from functools import lru_cache
from typing import Any, Callable, Optional

from spacy.tokens import Doc, Span

from pipeline.model.document import DateMention, Figure, Quote, Role
from pipeline.model.layout import Block, Dateline

#: Plain values, stored as they are.
_PLAIN = {
    "headline": None,        # [start, end] of the headline, or None
    "wire": None,            # distributor named in dateline or footer
    "meta_date": None,       # ISO date given with the input (JSON ``date``)
    "doc_date": None,        # ISO date used to resolve incomplete dates
    "not_names": None,       # [[start, end], …]: where press_entity_rules read no name (``KPMG Studie``)
    "local_labels": None,    # [[start, end], …]: labels read from the mention's own sentence (a trademark notice)
}

#: Row lists: attribute -> (row type, span group, label of a row's span).
_ROWS: dict[str, tuple[type, str, Callable[[Any], str]]] = {
    "figures": (Figure, "press_figures", lambda r: r.kind),
    "dates": (DateMention, "press_dates", lambda r: r.granularity),
    "roles": (Role, "press_roles", lambda r: "ROLE"),
    "quotes": (Quote, "press_quotes", lambda r: r.type),
}

#: Per-entity maps ``{(start_char, end_char): str}``, stored as ``[[start, end, value], …]``.
_SPAN_MAPS = {"entity_ids": "entity_id", "entity_canonical": "canonical", "entity_sources": "entity_source"}


@lru_cache(maxsize=None)
def _names(cls) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def to_plain(obj) -> Optional[dict]:
    """A dataclass row as a msgpack-safe dict (None stays None)."""
    return None if obj is None else {n: getattr(obj, n) for n in _names(type(obj))}


def _typed_attr(name: str, cls: type, many: bool, group: str = "",
                label: Optional[Callable] = None):
    """``doc._.NAME``: ``cls`` rows (a list when ``many``) over dicts stored under
    ``doc._.press_NAME``; with ``group``, setting the rows also mirrors them into
    ``doc.spans[group]`` (span label ``label(row)``)."""
    key = f"press_{name}"

    def get(doc: Doc):
        stored = doc._.get(key)
        if stored is None:
            return None
        return [cls(**d) for d in stored] if many else cls(**stored)

    def set_(doc: Doc, value) -> None:
        if value is None:
            doc._.set(key, None)
        else:
            doc._.set(key, [to_plain(v) for v in value] if many else to_plain(value))
        if group:
            spans = (doc.char_span(r.start, r.end, label=label(r), alignment_mode="expand") for r in value or ())
            doc.spans[group] = [sp for sp in spans if sp is not None]

    return key, get, set_


def _span_map_attr(name: str):
    key = f"press_{name}"

    def get(doc: Doc):
        stored = doc._.get(key)
        return None if stored is None else {(s, e): v for s, e, v in stored}

    def set_(doc: Doc, mapping) -> None:
        doc._.set(key, None if mapping is None else [[s, e, v] for (s, e), v in mapping.items()])

    return key, get, set_


def _register() -> None:
    for name, default in _PLAIN.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    pairs = [_typed_attr(n, cls, True, group, label) for n, (cls, group, label) in _ROWS.items()]
    pairs += [_typed_attr("blocks", Block, True), _typed_attr("dateline", Dateline, False)]
    pairs += [_span_map_attr(n) for n in _SPAN_MAPS]
    for key, get, set_ in pairs:
        name = key[len("press_"):]
        if not Doc.has_extension(key):
            Doc.set_extension(key, default=None)
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=get, setter=set_)
    for doc_attr, span_attr in _SPAN_MAPS.items():
        if not Span.has_extension(span_attr):
            Span.set_extension(span_attr, getter=_span_lookup(doc_attr))


def _span_lookup(doc_attr: str):
    def get(span: Span) -> str:
        mapping = span.doc._.get(doc_attr) or {}
        return mapping.get((span.start_char, span.end_char), "")
    return get


_register()
