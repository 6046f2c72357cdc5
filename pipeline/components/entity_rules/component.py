"""The ``press_entity_rules`` component: the readers of :mod:`.spans`, :mod:`.labels`, :mod:`.organisations`
and :mod:`.surnames`
in order over the entities that ``press_persons`` left."""
from __future__ import annotations

from functools import partial

from spacy.language import Language
from spacy.tokens import Doc, Span

import pipeline.components.entity_rules.labels as labels
import pipeline.components.entity_rules.organisations as organisations
import pipeline.components.entity_rules.spans as spans
import pipeline.components.entity_rules.surnames as surnames
from pipeline.components.entity_rules.mention import NO_NAME, Mention
from pipeline.model import extensions  # noqa: F401
from pipeline.text.view import view

#: The rules in order. Span rules first (what is no name, where a name ends), then labels;
#: a later rule reads what the earlier ones left.
READERS = (
    spans.no_name_in_boilerplate,
    spans.lower_case_edges_out,
    labels.not_a_name,
    labels.numbers_are_no_names,
    labels.topic_after_cue,
    labels.compound_common_noun,
    labels.company_words_out,
    spans.comma_ends_company,
    spans.company_glued_to_person,
    spans.postcode_out_of_place,
    spans.street_with_house_number,
    spans.legal_form_completes_company,
    spans.company_before_legal_form,
    spans.company_everywhere,
    spans.dateline_place_and_wire,
    labels.about_heading,
    labels.org_with_country,
    labels.place_not_person,
    labels.place_by_context,
    labels.known_place,
    labels.lone_name_is_company,
    labels.name_of_a_company,
    labels.institution,
    organisations.known_organisation,
    organisations.person_then_party,
    organisations.party_then_person,
    organisations.club_as_city,
    organisations.club_name,
    surnames.title_then_surname,
    surnames.surname_repeat,
    labels.common_noun_compound,
    labels.list_neighbours_agree,
    labels.company_product,
    labels.company_then_brand,
    organisations.organisation_before_noun,
    labels.person_needs_a_name,
    labels.company_page_or_work,
    labels.quoted_title,
    labels.product_marked,
    labels.product_compound,
    labels.known_software,
    labels.brand_before_product_word,
    labels.product_name_head,
    labels.product_after_cue,
    labels.version_number,
    labels.law_or_treaty,
    labels.event_name,
    labels.acronym_takes_long_label,
    spans.last_of_a_list,
)


class EntityRules:
    """Runs :data:`READERS`; every span a rule added or changed gets its source (``rule``,
    or ``gazetteer`` for a place-table decision) in ``doc._.entity_sources``."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        # the lemmatizer's inflected forms tell a compound noun from a name (``common_noun_compound``)
        table, nouns = None, frozenset()
        if "lemmatizer" in nlp.pipe_names and hasattr(nlp.get_pipe("lemmatizer"), "lookups"):
            lookups = nlp.get_pipe("lemmatizer").lookups
            if lookups.has_table("lemma_lookup"):
                table = lookups.get_table("lemma_lookup")
                nouns = frozenset(v for v in table.values() if v[:1].isupper() and len(v) >= 5)
        self.readers = [partial(r, inflected=table, nouns=nouns) if r is labels.common_noun_compound
                        else partial(r, nouns=nouns) if r is labels.person_needs_a_name else r for r in READERS]

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        tv = view(doc)
        model = [(e.start, e.end, e.label_) for e in doc.ents]   # ``doc.ents`` builds its spans on every read
        mentions = [Mention(s, e, label) for s, e, label in model]
        for read in self.readers:
            mentions = read(doc, tv, mentions)
        sources = doc._.entity_sources if doc._.entity_sources is not None else {}
        # where a name the model saw is gone, or a rule read that there is none, later repeats
        # and acronyms must not bring one back
        names = [m for m in mentions if m.label != NO_NAME]
        gone = [(s, e) for s, e, _ in model if all(m.end <= s or e <= m.start for m in names)]
        gone += [(m.start, m.end) for m in mentions if m.label == NO_NAME]
        doc._.not_names = [[tv.starts[s], tv.ends[e - 1]] for s, e in gone]
        ents = []
        for m in sorted(names):
            span = Span(doc, m.start, m.end, label=m.label)
            if m.source:
                sources[(span.start_char, span.end_char)] = m.source
            ents.append(span)
        doc.ents = ents
        doc._.entity_sources = sources
        return doc


@Language.factory("press_entity_rules", assigns=["doc.ents", "doc._.entity_sources"], requires=["doc.ents"])
def make_entity_rules(nlp: Language, name: str) -> EntityRules:
    """Factory of the ``press_entity_rules`` component."""
    return EntityRules(nlp, name)
