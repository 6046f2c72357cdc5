"""``press_quotes``: quotations and reported statements (``quotes.csv``).

Reads the tokens, the model's lemmas, tags and ``Mood=Sub``, the entities
(``press_entities``) and the roles (``press_roles``). In order: direct
quotations by their marks and frames (``direct``), source phrases (``reported``:
``laut X``, ``X zufolge``, ``so X`` …), speech verbs with a clause or an object
(``indirect``), then the Konjunktiv sentences that continue a report
(``free_indirect``); last, each speaker is linked to an entity (``speaker``).
No dependency parse is needed (the pipeline runs without one).
"""
from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.quotes.direct import direct_quotes, inherit_speakers, nested_quotations
from pipeline.components.quotes.indirect import became_known, free_indirect, indirect_speech, noun_reports
from pipeline.components.quotes.reported import reported_sources
from pipeline.components.quotes.rows import QuoteRows
from pipeline.components.quotes.speaker import link, role_holders, roles_gender
from pipeline.components.quotes.tokens import Tokens
from pipeline.lang.speech import SPEECH_VERBS
from pipeline.model import extensions  # noqa: F401  (registers doc._.quotes)
from pipeline.model.document import Quote
from pipeline.text.numbers import SKIPPED_ERRORS

log = logging.getLogger("press_extract")

#: Tags of a speech verb the rules read: finite, participle (``hat … gesagt``), plural present
#: read as infinitive (``Forscher bezweifeln, dass …``).
_VERB_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN", "VVPP", "VVINF"})

DEFAULTS = {
    # a quotation without a frame is a row from this many words on (shorter ones are titles, terms)
    "min_words": 4,
    # Konjunktiv sentences after a report read as its continuation, at most
    "free_sentences": 4,
    # sentences before a pronoun searched for the person it refers to
    "pronoun_window": 2,
    # a quotation without a frame keeps the speaker of a quotation at most this many sentences before
    "inherit_sentences": 1,
}


class QuoteExtractor:
    def __init__(self, nlp: Language, name: str, **config: int):
        self.name = name
        self.config = {**DEFAULTS, **config}

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = extract_quotes(doc, **self.config)
        return doc


@Language.factory(
    "press_quotes",
    assigns=["doc._.quotes", "doc.spans"],
    requires=["doc.ents", "token.tag", "token.lemma", "token.morph", "token.is_sent_start"],
    default_config=DEFAULTS,
)
def make_quotes(nlp: Language, name: str, min_words: int, free_sentences: int, pronoun_window: int,
                inherit_sentences: int):
    """Quotations and reported statements into ``doc._.quotes``."""
    return QuoteExtractor(nlp, name, min_words=min_words, free_sentences=free_sentences,
                          pronoun_window=pronoun_window, inherit_sentences=inherit_sentences)


def _role_rows(doc: Doc, tk: Tokens) -> list:
    """The roles rows with ``person_entity`` filled from the entity ids (the assembler does it later)."""
    ids = doc._.entity_ids or {}
    out = []
    for r in doc._.roles or []:
        for (s, e), eid in ids.items():
            if eid.startswith("PER") and s < r.person_end and r.person_start < e:
                r.person_entity = eid
                break
        out.append(r)
    return out


def speech_verbs(tk: Tokens) -> list[int]:
    """Tokens whose lemma is a speech verb, finite or participle (plain lists: a ``Matcher``
    over the lemmas cost as much as all rules together)."""
    return [i for i, (lemma, tag) in enumerate(zip(tk.lemmas, tk.tags)) if tag in _VERB_TAGS and lemma in SPEECH_VERBS]


def extract_quotes(doc: Doc, *, min_words: int = DEFAULTS["min_words"],
                   free_sentences: int = DEFAULTS["free_sentences"],
                   pronoun_window: int = DEFAULTS["pronoun_window"],
                   inherit_sentences: int = DEFAULTS["inherit_sentences"]) -> list[Quote]:
    """Every quotation and reported statement of ``doc``, speakers linked."""
    if not len(doc):
        return []
    tk = Tokens(doc)
    rows = QuoteRows(tk)
    verbs = speech_verbs(tk)
    stages = (
        lambda: direct_quotes(tk, rows, min_words=min_words),
        lambda: reported_sources(tk, rows),
        lambda: indirect_speech(tk, rows, verbs),
        lambda: became_known(tk, rows),
        lambda: noun_reports(tk, rows),
        lambda: free_indirect(tk, rows, verbs, max_sentences=free_sentences),
        rows.unframe_nested,
        lambda: inherit_speakers(tk, rows, max_sentences=inherit_sentences),
        lambda: nested_quotations(tk, rows),
    )
    for stage in stages:
        try:
            stage()
        except SKIPPED_ERRORS:   # a construction no rule was written for: keep the rows so far
            log.debug("quotes: a stage skipped a construction")
    roles = _role_rows(doc, tk)
    holders, genders = role_holders(roles), roles_gender(roles)
    for row, span, plural in zip(rows.rows, rows.speakers, rows.plural):
        row.speaker_entity = link(tk, span, plural=plural, holders=holders, genders=genders, window=pronoun_window)
    return rows.rows
