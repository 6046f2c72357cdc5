"""The token columns the quote rules read, built once per ``Doc`` (plain lists, no ``Token`` objects)."""
from __future__ import annotations

import bisect
from typing import Optional

from spacy.attrs import LEMMA, MORPH, SENT_START
from spacy.tokens import Doc

from pipeline.lang.speech import KONJUNKTIV_FORMS, LEMMA_FIXES, REPORTIVE_MODALS
from pipeline.text.view import view

#: Finite verb tags (STTS): full verbs, auxiliaries, modals.
FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})
#: Tokens that end a clause inside a sentence.
CLAUSE_MARKS = frozenset({",", ":", ";", "(", ")", "–", "-"})


def _present_subjunctive(word: str, lemma: str) -> bool:
    """Konjunktiv I of the third person, which the tagger often reads as indicative:
    the infinitive without its ``n`` (``wachse`` of ``wachsen``, ``liege`` of ``liegen``; ``handle``
    and ``handele`` of ``handeln``)."""
    if len(word) <= 3 or not lemma.endswith("n"):
        return False
    if lemma.endswith(("eln", "ern")):      # ``handele``/``handle`` of ``handeln``, ``ändere`` of ``ändern``
        return word in (lemma[:-1] + "e", lemma[:-3] + lemma[-2] + "e")
    return lemma.endswith("en") and word == lemma[:-1]


class Tokens:
    """Texts, offsets, lemmas, tags, Konjunktiv flags, sentences and entities of one ``Doc``."""

    def __init__(self, doc: Doc):
        tv = view(doc)
        self.doc = doc
        self.text = tv.text
        self.words, self.starts, self.ends = tv.words, tv.starts, tv.ends
        self.tags, self.pos = tv.tags, tv.poss
        n = len(doc)
        if n:
            lemma_h, morph_h = doc.to_array([LEMMA, MORPH]).T.tolist()
        else:
            lemma_h, morph_h = [], []
        strings = doc.vocab.strings
        # a lemma the lemmatizer left as written (``gaben``) is fixed once per distinct lemma
        lemmas = {h: LEMMA_FIXES.get(strings[h], strings[h]) for h in set(lemma_h)}
        moods = {h: bool(h) and "Mood=Sub" in strings[h] for h in set(morph_h)}
        plur = {h: bool(h) and "Number=Plur" in strings[h] for h in set(morph_h)}
        self.lemmas = [lemmas[h] for h in lemma_h]
        self.plural = [plur[h] for h in morph_h]
        self.sub = [t in FINITE and (moods[h] or w in KONJUNKTIV_FORMS or _present_subjunctive(w, lem))
                    for h, w, t, lem in zip(morph_h, self.words, self.tags, self.lemmas)]
        self._reportive_sollen()
        # sentence starts from one array (``doc.sents`` builds a Span per sentence)
        self.sent_starts: list[int] = [i for i, v in enumerate(doc.to_array([SENT_START]).tolist())
                                       if i == 0 or v == 1] if n else []
        self.sent_start_set = frozenset(self.sent_starts)
        self.n = n
        self._entities(doc)

    def _reportive_sollen(self) -> None:
        """``Er soll das Geld unterschlagen haben``: ``sollen`` with a perfect infinitive reports
        what others say, as Konjunktiv does."""
        words, tags = self.words, self.tags
        for i, w in enumerate(words):
            if w in REPORTIVE_MODALS and tags[i] == "VMFIN":
                for k in range(i + 2, min(len(words), i + 16)):
                    if words[k] in (".", ";", ":", "!", "?"):
                        break
                    if words[k] in ("sein", "haben") and tags[k - 1] in ("VVPP", "VAPP"):
                        self.sub[i] = True
                        break

    def _entities(self, doc: Doc) -> None:
        self.ent_of: list[int] = [-1] * self.n     # index into self.ents of the entity holding a token
        self.ents: list[tuple[int, int, str, str]] = []   # (first token, end token, label, id)
        ids = doc._.entity_ids or {}
        for k, e in enumerate(doc.ents):
            self.ents.append((e.start, e.end, e.label_, ids.get((e.start_char, e.end_char), "")))
            for i in range(e.start, e.end):
                self.ent_of[i] = k

    def sent_of(self, i: int) -> int:
        return bisect.bisect_right(self.sent_starts, i) - 1

    def sent_range(self, k: int) -> tuple[int, int]:
        """First and end token of sentence ``k``."""
        end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else self.n
        return self.sent_starts[k], end

    def token_at(self, char: int) -> Optional[int]:
        """The token that starts at or holds character ``char``."""
        i = bisect.bisect_right(self.starts, char) - 1
        return i if 0 <= i < self.n and char < self.ends[i] else None

    def is_space(self, i: int) -> bool:
        return not self.words[i].strip()

    def span_text(self, a: int, b: int) -> tuple[int, int, str]:
        """Character range and text of tokens ``a..b-1`` (spaces at either end dropped)."""
        while a < b and self.is_space(a):
            a += 1
        while b > a and self.is_space(b - 1):
            b -= 1
        if a >= b:
            return 0, 0, ""
        s, e = self.starts[a], self.ends[b - 1]
        return s, e, self.text[s:e]
