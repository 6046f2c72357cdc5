"""Custom ``Doc`` attributes shared by the press-extract components.

Registered once on import; every component module imports this so that a
``spacy.load`` of a saved pipeline has them too.
"""
from spacy.tokens import Doc

_DOC_ATTRS = {
    "blocks": None,          # list[structure.Block]: lines/paragraphs with section
    "headline": None,        # (start, end) of the headline or None
    "dateline": None,        # structure.Dateline or None
    "wire": None,            # distributor named in dateline or footer
    "meta_date": None,       # ISO date given with the input (JSON ``date``)
    "doc_date": None,        # ISO date used to resolve incomplete dates
    "figures": None,         # list[document.Figure]
    "dates": None,           # list[document.DateMention]
    "roles": None,           # list[document.Role]
    "entity_ids": None,      # dict[(start, end)] -> "PER1" …
    "entity_canonical": None,  # dict[(start, end)] -> canonical name
    "entity_sources": None,  # dict[(start, end)] -> "model" | "rule" | "gazetteer"
}

for _name, _default in _DOC_ATTRS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
