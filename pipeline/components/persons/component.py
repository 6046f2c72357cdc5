"""``press_persons``: fixes the model's PER spans before ``press_entities``.

* titles, role words, honorifics and determiners leave PER spans
  (``Generalkonsul Huang Yiyang`` → ``Huang Yiyang``);
* split names are merged (``Mu`` + ``Kerui``, ``Ursula`` + ``von der Leyen``),
  a missed first or last name is taken in when the tagger calls it a proper
  noun or it follows a role word;
* a non-PER span in a person's slot of a role pattern becomes PER, and a
  capitalised name the model missed there is added: after a role word or an
  honorific, after ``<role phrase>,``, before ``, <role>``, before
  ``(<role/org>)`` in list items, alone on a contact-block line; a later bare
  surname of a full name found elsewhere (``Kern``) is PER too;
* a PER span holding or followed by an organisation word (``ARQUM GmbH``,
  ``Open Knowledge Foundation``) becomes ORG; one with digits or lower-case
  words, inside an English organisation name or before its own acronym
  (``Restricted Stock Units (RSUs)``) becomes MISC.

Every span added or changed is recorded as source ``rule`` in
``doc._.entity_sources``.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.components.persons.add import _add
from pipeline.components.persons.grow import _merge
from pipeline.components.persons.relabel import _relabel
from pipeline.components.persons.slots import _Slots
from pipeline.model import extensions  # noqa: F401
from pipeline.text.view import view

#: Tunable numbers of the person rules (the factory's ``default_config``).
DEFAULTS = {
    # words looked back from a comma before a name for a role phrase (as in ``press_roles``)
    "comma_role_window": 16,
}


class PersonFixer:
    """The stages, in order: ``relabel`` each model entity (trim a PER, make a non-PER in a
    person's slot one), ``merge`` split names and grow them over missed name words, ``add``
    rule PERs for names the model missed; then the rule spans win over the model's."""

    def __init__(self, nlp: Language, name: str, comma_role_window: int = DEFAULTS["comma_role_window"]):
        self.name = name
        self.comma_role_window = comma_role_window

    def __call__(self, doc: Doc) -> Doc:
        sources = doc._.entity_sources if doc._.entity_sources is not None else {}
        slots = _Slots(doc, self.comma_role_window)
        spans: list[tuple[int, int, str, bool]] = []
        for ent in doc.ents:
            spans += _relabel(doc, ent, slots)
        spans = _merge(doc, spans)
        spans += _add(doc, spans, slots)
        doc.ents, changed = _rule_spans_win(doc, spans)
        doc._.entity_sources = _with_sources(doc, spans, changed, sources)
        return doc


def _rule_spans_win(doc: Doc, spans) -> tuple[list[Span], set[tuple[int, int]]]:
    """The entities after the rules (a rule span wins over the model spans it overlaps),
    and the character keys of the spans the rules changed."""
    tv = view(doc)
    new = [Span(doc, s, e, label=l) for s, e, l, _ in spans if s < e]
    changed = {(tv.starts[s], tv.starts[e - 1] + len(tv.words[e - 1])) for s, e, _, c in spans if c and s < e}
    new.sort(key=lambda sp: ((sp[0].idx, sp[-1].idx + len(sp[-1].text)) not in changed, sp.start))
    keep, used = [], set()
    for sp in new:
        if any(i in used for i in range(sp.start, sp.end)):
            continue
        used.update(range(sp.start, sp.end))
        keep.append(sp)
    return sorted(keep, key=lambda sp: sp.start), changed


def _with_sources(doc: Doc, spans, changed: set[tuple[int, int]], sources: dict) -> dict:
    """``sources`` with every entity the rules changed recorded as ``rule``, or as
    ``gazetteer`` when a first name of the lexicon found it (``_first_name_in_slot``)."""
    tv = view(doc)
    gazetteer = {(tv.starts[s], tv.starts[e - 1] + len(tv.words[e - 1])) for s, e, _, c in spans
                 if c == "gazetteer" and s < e}
    for sp in doc.ents:
        key = (sp.start_char, sp.end_char)
        if key in changed:
            sources[key] = "gazetteer" if key in gazetteer else "rule"
    return sources


@Language.factory(
    "press_persons",
    assigns=["doc.ents", "doc._.entity_sources"],
    requires=["doc.ents", "token.tag", "token.pos"],
    default_config=DEFAULTS,
)
def make_persons(nlp: Language, name: str, comma_role_window: int):
    """Fix PER spans in ``doc.ents`` (runs after the model's ``ner``)."""
    return PersonFixer(nlp, name, comma_role_window=comma_role_window)
