"""Entity clean-up, acronym links, canonical forms and document-local ids.

The ``press_entities`` component runs after the model's NER (and after
``press_persons``). It trims determiners and punctuation from span edges,
labels laws MISC (``DSGVO``, ``§ 5 UWG``, ``Grundgesetz``), tags acronyms introduced
in parentheses and later repeats of names already found, and gives every mention a ``canonical`` form and an id shared by all
mentions of the same referent.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.model import extensions  # noqa: F401
from pipeline.text.view import view
from pipeline.lang.currencies import CURRENCY_SYMBOLS, CURRENCY_WORDS
from pipeline.lang.entity_cues import AMBIGUOUS_UNIT_NAMES, DETERMINERS, EDGE_PUNCT, GENITIVE_ENDINGS, KNOWN_NAMES
from pipeline.lang.name_evidence import BODY_ENDINGS, INSTITUTION_ENDINGS, places
from pipeline.lang.laws import (CITATION_OPENERS, CITATION_PARTS, LAW_ABBREVIATION_SHAPE, LAW_ABBREVIATIONS,
                                LAW_NAME_ENDINGS)
from pipeline.lang.units import UNIT_SYMBOLS, UNIT_WORDS

_ACRONYM = re.compile(r"^[A-ZÄÖÜ][A-Za-zÄÖÜ0-9&.-]{1,9}$")
_WS = re.compile(r"\s+")


def _trim(span: Span) -> Span | None:
    s, e = span.start, span.end
    words = view(span.doc).words
    keep_article = " ".join(words[s:e]) in places()   # ``Den Haag``, ``Die Presse`` is left to the model
    while s < e and ((words[s] in DETERMINERS and not keep_article) or _edge_token(words[s])):
        s += 1
    while e > s and _edge_token(words[e - 1]) and not _street_abbreviation(span.doc, e - 1):
        e -= 1
    if s >= e:
        return None
    return Span(span.doc, s, e, label=span.label_)


def _street_abbreviation(doc: Doc, i: int) -> bool:
    """Token ``i`` is the full stop of a street's abbreviation (``Karlstr.``): part of the name."""
    return i > 0 and doc[i].text == "." and doc[i - 1].text.lower().endswith("str") and not doc[i - 1].whitespace_


def _edge_token(word: str) -> bool:
    """Whitespace or edge punctuation only (``„``, ``),``): trimmed off an entity's edges."""
    return word.isspace() or set(word) <= EDGE_PUNCT


#: Lower-case currency and unit words and symbols (``Euro``, ``Cent``, ``US-Dollar``, ``EUR``, ``km``).
#: (Unit symbols such as ``W``, ``K``, ``t`` are initials too: only symbols of three or more letters.)
_UNIT_NAMES = frozenset({w.lower() for w in (*CURRENCY_WORDS, *CURRENCY_SYMBOLS, *UNIT_WORDS, *UNIT_SYMBOLS)
                         if len(w) >= 3 or not w.isalpha()} - {"w", "k", "t", "m", "l", "g", "h"})


def is_unit_word(span: Span) -> bool:
    """``Euro``, ``Cent``, ``US-Dollar``: a span that is only a currency or unit word is no name
    (``Franken``, ``Mark`` and the like only when labelled MISC, after a number or closing a
    currency name, ``Schweizer Franken``: they are also places and names)."""
    low = _WS.sub(" ", span.text).strip().lower()
    prev = span.doc[span.start - 1].text.lower() if span.start > 0 else ""
    if f"{prev} {low}" in _UNIT_NAMES:
        return True   # ``Schweizer [Franken]``, ``Pfund [Sterling]``: the end of a currency name
    if low not in _UNIT_NAMES:
        return False
    return low not in AMBIGUOUS_UNIT_NAMES or span.label_ == "MISC" or prev[:1].isdigit()   # ``30 Franken``


_LAW_SHAPE = re.compile(LAW_ABBREVIATION_SHAPE)


def is_law(span: Span) -> bool:
    """``DSGVO``, ``AktG``, ``Grundgesetz``, ``Datenschutz-Grundverordnung``, or an abbreviation
    cited after ``§ 5 Abs. 2`` / ``Art. 6``: a law, which the contract labels MISC."""
    if len(span) != 1:
        return False
    t = span.text
    if t in LAW_ABBREVIATIONS or _LAW_SHAPE.match(t):
        return True
    low = t.lower()
    if t[:1].isupper() and any(low.endswith(e) and len(low) > len(e) + 2 for e in LAW_NAME_ENDINGS):
        return True
    return t.isupper() and t.isalpha() and _after_citation(span.doc, span.start)


def _after_citation(doc: Doc, i: int) -> bool:
    """Token ``i`` closes a citation: ``§ 823 Abs. 1``, ``Art. 6 Abs. 1 lit. a`` before it."""
    words = view(doc).words
    for k in range(i - 1, max(i - 9, -1), -1):
        w = words[k]
        if w in CITATION_OPENERS:
            return k < i - 1
        if not (w[:1].isdigit() or w in CITATION_PARTS):
            return False
    return False


def canonical(text: str, known: set[str]) -> str:
    """Base form of a name: whitespace collapsed, genitive -s dropped for known names."""
    name = _WS.sub(" ", text).strip()
    for ending in GENITIVE_ENDINGS:
        base = name[: -len(ending)]
        if name.endswith(ending) and len(base) > 2 and (base in known or base in KNOWN_NAMES):
            return base
    return name


def _is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text)) and sum(c.isupper() for c in text) >= 2


def _acronym_links(doc: Doc, ents: list[Span]) -> tuple[list[Span], dict[str, Span]]:
    """Spans for ``Long Name (ACR)`` acronyms, and acronym → long-name span; a person has
    no acronym, so ``(UNITAR)`` after a name is left to the model and the roles."""
    by_end = {e.end: e for e in ents}
    added, links = [], {}
    words = view(doc).words
    for i in range(2, len(words) - 1) if len(words) > 3 else ():
        if words[i - 1] != "(" or words[i + 1] != ")" or not _is_acronym(words[i]):
            continue
        long = by_end.get(i - 1)
        if long is None or long.label_ == "PER":
            continue   # ``Mihoko Kumamoto (UNITAR)``, ``Olaf Scholz (SPD)``: a person's affiliation
        links[words[i]] = long
        added.append(Span(doc, i, i + 1, label=long.label_))
    return added, links


_CAMEL = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+[A-ZÄÖÜ][A-Za-zäöüß]+$")


#: A one-word ORG with one of these endings is a body's common noun (``Ministerium``,
#: ``Oberverwaltungsgericht``, ``Kraftwerk``): its genitive is no repeat of a name.
_BODY_NOUN_ENDINGS = INSTITUTION_ENDINGS + BODY_ENDINGS + ("werk", "amt", "ium", "haus", "tag", "senat")


def _repeats(doc: Doc, ents: list[Span]) -> list[Span]:
    """Unlabelled later mentions of a name found elsewhere: an acronym, a multi-word name or
    one word written in camel case (``ClimatePartner``), which no common noun is; and the
    genitive of a one-word company (``ABBYYs``, ``Vivinos``)."""
    words = view(doc).words
    names: dict[tuple[str, ...], str] = {}
    for e in ents:
        if _is_acronym(e.text) or len(e) > 1 or _CAMEL.match(e.text):
            names.setdefault(tuple(words[e.start:e.end]), e.label_)
        if e.label_ == "ORG" and len(e) == 1 and len(e.text) > 2 and not e.text.endswith(("s", "x", "z")) \
                and not e.text.lower().endswith(_BODY_NOUN_ENDINGS):
            names.setdefault((e.text + "s",), "ORG")   # its genitive: ``ABBYYs Leistung``, ``Vivinos Datenbank``
    # by first word, longest first: the longest name starting at a token wins
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in sorted(names, key=len, reverse=True):
        by_first.setdefault(key[0], []).append(key)
    out = []
    for i, w in enumerate(words):
        for key in by_first.get(w, ()):
            if tuple(words[i:i + len(key)]) == key:
                out.append(Span(doc, i, i + len(key), label=names[key]))
                break
    return out


#: Sources whose label is evidence the model did not read (a legal form, a place table, a
#: person's slot): in :func:`harmonise_labels` one such mention outweighs any number of the model's.
EVIDENCE_SOURCES = frozenset({"rule", "gazetteer"})


def harmonise_labels(ents: list[Span], canon: dict[tuple[int, int], str],
                     sources: dict[tuple[int, int], str] | None = None, local=()) -> list[Span]:
    """One label per name in a document, decided by the strongest evidence: the majority
    label of its mentions that a rule or gazetteer labelled (a legal form, a place table, a
    person's slot), else of all its mentions (first wins ties). A mention at ``local`` (char
    offsets) keeps the label its own sentence gave it (``[ABBYY] … sind eingetragene Marken``)
    and does not vote."""
    local = {tuple(x) for x in local}
    votes: dict[str, dict[str, tuple[int, int]]] = {}   # label → (evidence mentions, all mentions)
    for e in ents:
        key = (e.start_char, e.end_char)
        if key in local:
            continue
        c = votes.setdefault(canon[key], {})
        evidence, total = c.get(e.label_, (0, 0))
        c[e.label_] = (evidence + ((sources or {}).get(key) in EVIDENCE_SOURCES), total + 1)
    best = {name: max(c, key=c.get) for name, c in votes.items()}
    return [e if best.get(canon[(e.start_char, e.end_char)], e.label_) == e.label_
            or (e.start_char, e.end_char) in local
            else Span(e.doc, e.start, e.end, label=best[canon[(e.start_char, e.end_char)]]) for e in ents]


def assign_ids(ents: list[Span], canon: dict[tuple[int, int], str],
               acronyms: dict[str, Span]) -> dict[tuple[int, int], str]:
    """Document-local ids: same canonical name, a person's later part-name, or an acronym."""
    ids: dict[tuple[int, int], str] = {}
    counters: dict[str, int] = {}
    seen: list[tuple[Span, str]] = []
    key = lambda sp: (sp.start_char, sp.end_char)  # noqa: E731
    for ent in sorted(ents, key=lambda s: s.start):
        c = canon[key(ent)]
        found = None
        long = acronyms.get(ent.text)
        if long is not None and key(long) in ids:
            found = ids[key(long)]
        for prev, pid in reversed(seen):
            if found:
                break
            if prev.label_ != ent.label_:
                continue
            pc = canon[key(prev)]
            if pc == c:
                found = pid
            elif ent.label_ == "PER" and set(c.split()) <= set(pc.split()):
                found = pid  # "Huang" after "Huang Yiyang"
            elif ent.label_ == "ORG" and (pc.startswith(c + " ") or c.startswith(pc + " ")):
                found = pid  # "Siemens" and "Siemens AG"
        if not found:
            counters[ent.label_] = counters.get(ent.label_, 0) + 1
            found = f"{ent.label_}{counters[ent.label_]}"
        ids[key(ent)] = found
        seen.append((ent, found))
    return ids


def _outside(spans: list[Span], not_names) -> list[Span]:
    """The spans that overlap no place where ``press_entity_rules`` read no name."""
    return [sp for sp in spans if all(sp.end_char <= a or b <= sp.start_char for a, b in not_names)]


class EntitiesComponent:
    """Cleans entity spans and links mentions (``press_entities``)."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        sources = dict(doc._.entity_sources or {})
        ents = []
        for old in doc.ents:
            new = _trim(old)
            if new is None or is_unit_word(new):
                continue
            if new.label_ != "MISC" and is_law(new):
                new = Span(doc, new.start, new.end, label="MISC")   # ``DSGVO`` is no place
                sources[(new.start_char, new.end_char)] = "rule"
            ents.append(new)
            if (old.start_char, old.end_char) in sources:
                sources.setdefault((new.start_char, new.end_char), sources[(old.start_char, old.end_char)])
        acr_spans, acronyms = _acronym_links(doc, ents)
        rule = _outside(acr_spans + _repeats(doc, ents + acr_spans), doc._.not_names or ())
        merged = filter_spans(ents + rule)  # model spans win ties by coming first
        model_keys = {(e.start_char, e.end_char) for e in ents}
        # an acronym or repeat takes its long form's label, but a law stays MISC
        merged = [Span(doc, e.start, e.end, label="MISC") if e.label_ != "MISC" and is_law(e) else e for e in merged]
        doc.ents = merged
        # ``doc.ents`` builds a new Span per entity on every read: read it once after each write
        current = list(doc.ents)
        for e in current:
            k = (e.start_char, e.end_char)
            if k not in model_keys:
                sources[k] = "rule"
            sources.setdefault(k, "model")
        known = {e.text for e in current}
        canon = {(e.start_char, e.end_char): canonical(e.text, known) for e in current}
        doc.ents = harmonise_labels(current, canon, sources, doc._.local_labels or ())
        doc._.entity_sources = sources
        doc._.entity_ids = assign_ids(list(doc.ents), canon, acronyms)
        doc._.entity_canonical = canon
        return doc


@Language.factory(
    "press_entities",
    assigns=["doc.ents", "doc._.entity_ids", "doc._.entity_canonical", "doc._.entity_sources"],
    requires=["doc.ents"],
)
def make_entities(nlp: Language, name: str) -> EntitiesComponent:
    """Factory of the ``press_entities`` component."""
    return EntitiesComponent(nlp, name)
