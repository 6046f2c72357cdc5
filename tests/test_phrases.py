"""The noun-phrase grammar shared by persons and roles (``pipeline.text.phrases.parse_np``):
each row is read from its second word; the NP_STEPS that take a lower-case word in, and rows
where nothing may be taken in."""
from __future__ import annotations

import pytest

from pipeline.text.phrases import NP_STEPS, parse_np
from pipeline.text.view import words_of

NOUN_PHRASES = [
    # (text, the phrase from the second word)
    ("Das Institut für Demoskopie Allensbach meldet", "Institut für Demoskopie Allensbach"),   # _org_link
    ("Die Bank of America meldet", "Bank of America"),                                         # _org_link (foreign)
    ("Die Firma Procter & Gamble meldet", "Firma Procter & Gamble"),                           # _joiner_in_name
    ("Die Deutsche Bahn AG meldet", "Deutsche Bahn AG"),
    ("Das Ministerium der Finanzen meldet", "Ministerium der Finanzen"),                       # _genitive_article
    ("Die Abteilung Forschung und Entwicklung wächst", "Abteilung Forschung und Entwicklung"),  # _and_name_word
]

MUST_NOT = [
    # (text, the phrase from the second word: what must stay out)
    ("Der Vorstand und Finanzchef sagt", "Vorstand"),            # a role word after ``und`` opens a new phrase
    ("Die Firma Muster und Partner und", "Firma Muster"),        # ``Partner`` is a role word
    ("Er sagt der Zeitung, dass", ""),                            # a verb opens no phrase
    ("Das Ministerium der", "Ministerium"),                       # a trailing article stays out
]


@pytest.mark.parametrize("text, phrase", NOUN_PHRASES + MUST_NOT)
def test_parse_np(nlp, text, phrase):
    ws = words_of(nlp(text))
    end = parse_np(ws, 1, len(ws))
    assert " ".join(w.text for w in ws[1:end]) == phrase


def test_each_step_is_what_takes_its_word_in(nlp, monkeypatch):
    """Without ``_org_link`` the phrase stops before ``für``; without ``_genitive_article`` before ``der``."""
    import pipeline.text.phrases as phrases

    for step, text, cut in (("_org_link", "Das Institut für Demoskopie Allensbach meldet", "Institut"),
                            ("_genitive_article", "Das Ministerium der Finanzen meldet", "Ministerium")):
        monkeypatch.setattr(phrases, "NP_STEPS", tuple(f for f in NP_STEPS if f.__name__ != step))
        ws = words_of(nlp(text))
        assert " ".join(w.text for w in ws[1:parse_np(ws, 1, len(ws))]) == cut
        monkeypatch.undo()
