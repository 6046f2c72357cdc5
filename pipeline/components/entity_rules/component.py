"""The ``press_entity_rules`` component: the readers of :mod:`.spans`, :mod:`.labels`, :mod:`.organisations`
and :mod:`.surnames`
in order over the entities that ``press_persons`` left."""
from __future__ import annotations

from functools import partial
from inspect import signature

from spacy.language import Language
from spacy.tokens import Doc, Span

import pipeline.components.entity_rules.authorities as authorities
import pipeline.components.entity_rules.labels as labels
import pipeline.components.entity_rules.organisations as organisations
import pipeline.components.entity_rules.places as places
import pipeline.components.entity_rules.references as references
import pipeline.components.entity_rules.spans as spans
import pipeline.components.entity_rules.surnames as surnames
from pipeline.components.entity_rules.mention import LOCAL, NO_NAME, Mention
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
    labels.compound_noun_no_name,
    labels.company_words_out,
    spans.comma_ends_company,
    spans.company_glued_to_person,
    spans.postcode_out_of_place,
    spans.street_with_house_number,
    spans.legal_form_completes_company,
    spans.company_before_legal_form,
    labels.about_heading,
    spans.company_everywhere,
    spans.dateline_place_and_wire,
    spans.wire_in_footer,
    spans.place_and_country_before_date,
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
    labels.company_list,
    labels.company_product,
    labels.company_then_brand,
    organisations.organisation_before_noun,
    labels.person_needs_a_name,
    labels.company_page_or_work,
    labels.trademark_notice,
    labels.quoted_title,
    labels.product_marked,
    labels.product_compound,
    labels.known_software,
    labels.brand_before_product_word,
    labels.product_name_head,
    labels.product_name_found,
    labels.product_after_cue,
    labels.version_number,
    labels.law_or_treaty,
    labels.event_name,
    places.street_name,
    places.road_number,
    places.district_and_place,
    places.report_place_line,
    references.norm_number,
    references.eu_act_number,
    references.licence_name,
    references.vehicle_by_make,
    authorities.police_unit_and_place,
    authorities.justice_body_named,
    authorities.panel_of_a_court,
    labels.acronym_takes_long_label,
    spans.last_of_a_list,
    labels.common_compound_left,
)


class _Known:
    """Membership in a lemma table's keys or values."""

    def __init__(self, table, values: frozenset):
        self.table, self.values = table, values

    def __contains__(self, w: str) -> bool:
        return w in self.values or w in self.table

    def __bool__(self) -> bool:
        return True


class EntityRules:
    """Runs :data:`READERS`; every span a rule added or changed gets its source (``rule``,
    or ``gazetteer`` for a place-table decision) in ``doc._.entity_sources``."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        # the lemmatizer's inflected forms tell a compound noun from a name (``common_noun_compound``)
        table, nouns, lemmas, known = None, frozenset(), frozenset(), frozenset()
        if "lemmatizer" in nlp.pipe_names and hasattr(nlp.get_pipe("lemmatizer"), "lookups"):
            lookups = nlp.get_pipe("lemmatizer").lookups
            if lookups.has_table("lemma_lookup"):
                table = lookups.get_table("lemma_lookup")
                known = frozenset(table.values())
                lemmas = frozenset(v for v in known if v[:1].isupper())
                nouns = frozenset(v for v in lemmas if len(v) >= 5)
        # ``known``: every word of the table, inflected (its keys) or base form (its values)
        known = _Known(table, known) if table is not None else None
        given = {"inflected": table, "nouns": nouns, "lemmas": lemmas, "known": known}
        # a reader gets the tables its signature names
        self.readers = [partial(r, **{k: v for k, v in given.items() if k in signature(r).parameters})
                        if any(k in signature(r).parameters for k in given) else r for r in READERS]

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
        ents, local = [], []
        for m in sorted(names):
            span = Span(doc, m.start, m.end, label=m.label)
            if m.source:
                sources[(span.start_char, span.end_char)] = "rule" if m.source == LOCAL else m.source
            if m.source == LOCAL:
                local.append([span.start_char, span.end_char])
            ents.append(span)
        doc.ents = ents
        doc._.local_labels = local
        doc._.entity_sources = sources
        return doc


@Language.factory("press_entity_rules", assigns=["doc.ents", "doc._.entity_sources"], requires=["doc.ents"])
def make_entity_rules(nlp: Language, name: str) -> EntityRules:
    """Factory of the ``press_entity_rules`` component."""
    return EntityRules(nlp, name)
