"""Every organisation a role names is an ORG entity (contract: ``org_entity`` links it).

A role statement is evidence the model may have missed: ``Artem Izokh (Vice President,
Volocopter)`` names the company ``Volocopter`` even when the model found no entity there.
"""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.components.entities import canonical
from pipeline.model.document import Role

#: Lower-case words a name may hold (``Institut für Automatisierung``, ``Bank of China``).
_NAME_LINKS = frozenset({"für", "der", "des", "die", "und", "of", "for", "and", "de", "du", "von", "zu", "&", "-",
                         "group", "holding", "international"})


def names_an_organisation(text: str) -> bool:
    """``Volocopter``, ``Beispiel AG``, ``Institut für Automatisierung``, ``dena``; not
    ``seinem Unternehmen`` or ``der Firma``: a name starts with a capital or is one word."""
    words = text.split()
    if not words:
        return False
    if len(words) == 1:
        return any(c.isalpha() for c in words[0])
    return words[0][:1].isupper() and all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_LINKS for w in words)


def inside_a_word(text: str, start: int, end: int) -> bool:
    """The organisation is part of a compound (``[Club]-Boss``, ``[SPD]-Fraktionschef``,
    ``[Bahn]chef``): no entity of its own, the contract keeps it in the role's word."""
    return (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-‐")) or (
        end < len(text) and (text[end].isalnum() or text[end] in "-‐"))


def add_org_entities(doc: Doc, roles: list[Role]) -> None:
    """Make the organisation of every role row an ORG entity where no entity covers it (source
    ``rule``, the id of a same-named ORG or a new one). An entity already there keeps its label
    (``Chinas Sonderbeauftragter``: a place, linked as it is); a span that cuts a token, or
    where ``press_entity_rules`` read that there is no name (``Anbieter von [Cloud-Infrastruktur]``,
    ``Mitglied der [Praxisgruppe Corporate/M&A]``), is left alone."""
    ents = list(doc.ents)
    ids = dict(doc._.entity_ids or {})
    canon = dict(doc._.entity_canonical or {})
    sources = dict(doc._.entity_sources or {})
    known = {e.text for e in ents}   # as press_entities: a genitive drops only from a name it knows
    changed = False
    for r in roles:
        span = _new_org_span(doc, r, ents)
        if span is None:
            continue
        ents.append(span)
        key = (r.org_start, r.org_end)
        name = canonical(span.text, known)
        canon[key] = name
        ids[key] = next((i for k, i in ids.items() if i.startswith("ORG") and canon.get(k) == name), None) \
            or _new_id(ids, "ORG")
        sources[key] = "rule"
        changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)
        doc._.entity_ids, doc._.entity_canonical, doc._.entity_sources = ids, canon, sources


def _new_org_span(doc: Doc, r: Role, ents: list):
    """The ORG span of the role's organisation where no entity covers it yet, or None."""
    if r.org_start is None or r.org_end is None or not names_an_organisation(r.organization):
        return None
    if any(e.start_char < r.org_end and r.org_start < e.end_char for e in ents) or _no_name_there(doc, r):
        return None   # an entity is there, or the entity rules read that there is no name
    span = doc.char_span(r.org_start, r.org_end, label="ORG")
    if span is None or (len(span) == 1 and not _proper(span[0])):
        return None   # ``Justizminister des [Landes]``: a common noun, no name
    return span


def _no_name_there(doc: Doc, r: Role) -> bool:
    """``press_entity_rules`` read that there is no name around the organisation's span."""
    return any(a <= r.org_start and r.org_end <= b for a, b in doc._.not_names or ())


def _proper(token) -> bool:
    """One word that is a name: the tagger's proper noun, an acronym or a word in camel case."""
    t = token.text
    return token.tag_ in {"NE", "FM"} or token.pos_ == "PROPN" or (t.isupper() and len(t) > 1) or (
        any(c.isupper() for c in t[1:]) and any(c.islower() for c in t))


def _new_id(ids: dict, label: str) -> str:
    used = [int(i[len(label):]) for i in ids.values() if i.startswith(label) and i[len(label):].isdigit()]
    return f"{label}{max(used, default=0) + 1}"
