"""Reported statements named by their source: ``laut X``, ``X zufolge``, ``nach Angaben von X``,
``…, so X``, ``wie X mitteilte``.

    Laut Polizei wurde niemand verletzt.            → reported, speaker Polizei, cue laut
    Der Polizei zufolge wurde niemand verletzt.     → cue zufolge
    Nach Angaben der Feuerwehr brannte es lange.    → cue ``Nach Angaben``
    Niemand wurde verletzt, so die Sprecherin.      → cue so
    Wie die Polizei mitteilte, wurde niemand …      → cue mitteilte
"""
from __future__ import annotations

from typing import Optional

from pipeline.components.quotes.frames import MARKS, speech_cue
from pipeline.components.quotes.rows import QuoteRows
from pipeline.components.quotes.speaker import Span, noun_phrase_before, np_after, np_at
from pipeline.components.quotes.tokens import FINITE, Tokens
from pipeline.lang.speech import (ACCORDING_AFTER, ACCORDING_CLAUSE, ACCORDING_NOUNS, BACK_REFERENCES,
                                  SOURCE_AFTER, SOURCE_BEFORE, SOURCE_NOUN_ENDINGS,
                                  TEMPORAL_BACK_REFERENCES)

_SENTENCE_END = frozenset({".", "!", "?"})


#: Tags of the word after ``wie`` when a speaker follows (``wie die Polizei mitteilte``).
_WIE_SPEAKER_TAGS = frozenset({"ART", "NN", "NE", "PPER", "PPOSAT", "ADJA"})
_ACCORDING_LOWER = tuple(sorted(n.casefold() for n in ACCORDING_NOUNS))


def _is_laut(tk: Tokens, i: int, low: str, nxt: str) -> bool:
    return low in SOURCE_BEFORE and tk.tags[i] not in ("ADJA", "VVFIN")


def _is_postposed_nach(tk: Tokens, i: int, low: str, nxt: str) -> bool:
    """``Angaben der UN nach ist …``: ``nach`` right before the verb or a comma."""
    return low == "nach" and i + 1 < tk.n and (tk.tags[i + 1] in FINITE or nxt == ",")


def _is_nach(tk: Tokens, i: int, low: str, nxt: str) -> bool:
    return low == "nach" and tk.tags[i] in ("APPR", "ADV", "PTKVZ")


def _is_noun_nach(tk: Tokens, i: int, low: str, nxt: str) -> bool:
    return nxt in ACCORDING_AFTER and low.endswith(_ACCORDING_LOWER)


def _is_wie(tk: Tokens, i: int, low: str, nxt: str) -> bool:
    """``wie die Polizei``, ``Wie schon die WHO`` (an adverb before the speaker)."""
    if low != "wie" or i + 1 >= tk.n:
        return False
    k = i + 2 if tk.tags[i + 1] == "ADV" else i + 1
    return k < tk.n and tk.tags[k] in _WIE_SPEAKER_TAGS


#: What marks a source, in the order tried at each token: (rule, test, token the rule reads
#: relative to the test's token).
_CUES = (
    ("laut", _is_laut, 0),
    ("zufolge", lambda tk, i, low, nxt: low in SOURCE_AFTER, 0),
    ("angaben_nach", _is_postposed_nach, -1),
    ("nach_angaben", _is_nach, 0),
    ("angaben_nach", _is_noun_nach, 0),
    ("so", lambda tk, i, low, nxt: low == "," and nxt == "so", 0),
    ("wonach", lambda tk, i, low, nxt: low == "," and nxt in ACCORDING_CLAUSE, 0),
    ("wie", _is_wie, 0),
    ("demnach", lambda tk, i, low, nxt: low in BACK_REFERENCES and i in tk.sent_start_set, 0),
)


#: The words at which a test of ``_CUES`` can hold (besides a word before ``nach``).
_TRIGGERS = SOURCE_BEFORE | SOURCE_AFTER | BACK_REFERENCES | frozenset({"nach", ",", "wie"})


def source_matches(tk: Tokens) -> list[tuple[str, int]]:
    """``(rule, token)`` of every source cue, in text order (the first test of ``_CUES`` that
    holds at a token names its rule).

    One pass over the token columns: a spaCy ``Matcher`` with these patterns took about
    two thirds of the component's time (``benchmarks/components.py``)."""
    out = []
    words, n = tk.words, tk.n
    for i, w in enumerate(words):
        if len(w) > 20 or not w[:1].isalpha() and w != ",":
            continue
        low = w.casefold()
        nxt = words[i + 1].casefold() if i + 1 < n else ""
        if low not in _TRIGGERS and nxt not in ACCORDING_AFTER:     # no test of ``_CUES`` can hold
            continue
        for rule, test, shift in _CUES:
            if test(tk, i, low, nxt):
                out.append((rule, i + shift))
                break
    return out


def _rest(tk: Tokens, s0: int, s1: int, a: int, b: int) -> tuple[int, int]:
    """The larger side of the sentence around the source phrase ``a..b``."""
    return (b, s1) if s1 - b >= a - s0 else (s0, a)


def _laut(tk: Tokens, i: int, s0: int, s1: int):
    if i > s0 and tk.tags[i - 1] in ("ART", "ADJA"):     # ``der Laut der Glocke``: the noun
        return None
    if i + 1 < s1 and tk.tags[i + 1] == "PRELS":          # ``ein Gutachten, laut dem …``
        return _nach_relative(tk, i, s0, s1)
    sp = np_at(tk, i + 1, s1) or _words_to_verb(tk, i + 1, s1)
    if sp is None:
        return None
    return sp, (i, i + 1), _rest(tk, s0, s1, i, sp[1])


def _words_to_verb(tk: Tokens, a: int, s1: int, most: int = 12) -> Optional[Span]:
    """``laut einer am Dienstag veröffentlichten Mitteilung des WFP``: the words up to the verb or comma."""
    for b in range(a, min(s1, a + most)):
        if tk.tags[b] in ("VVFIN", "VAFIN", "VMFIN") or tk.words[b] in (",", ".", ";", ":"):
            return (a, b) if b - a >= 1 and any(tk.tags[k] in ("NN", "NE") for k in range(a, b)) else None
    return None


def _zufolge(tk: Tokens, i: int, s0: int, s1: int):
    sp = noun_phrase_before(tk, i, s0)
    if sp is None:
        return None
    return sp, (i, i + 1), _rest(tk, s0, s1, sp[0], i + 1)


def _nach_angaben(tk: Tokens, i: int, s0: int, s1: int):
    """``Nach Angaben von X``, ``nach Polizeiangaben``, ``Nach Ansicht der X``: the source phrase
    after ``nach`` when its noun is one of saying (``SOURCE_NOUN_ENDINGS``)."""
    if i + 1 < s1 and tk.tags[i + 1] == "PRELS":
        return _nach_relative(tk, i, s0, s1)
    # over a determiner np_at does not read: ``Nach dieser Analyse``, ``nach deren Angaben``
    a = i + 2 if i + 1 < s1 and tk.tags[i + 1] in ("PDAT", "PRELAT", "PDS") else i + 1
    sp = np_at(tk, a, s1)
    if sp is None:
        return None
    if not any(tk.tags[k] in ("NN", "NE") and tk.words[k].casefold().endswith(SOURCE_NOUN_ENDINGS)
               for k in range(*sp)):    # ``Nach Grupps Meinung``: the source noun need not come first
        return None
    end = sp[1]
    if end < s1 and tk.words[end] in ("von", "vom"):
        after = np_at(tk, end + 1, s1)
        end = after[1] if after else end
    return (i + 1, end), (i, i + 1), _rest(tk, s0, s1, i, end)


def _nach_relative(tk: Tokens, i: int, s0: int, s1: int):
    """``Umfragen, nach denen 72 Prozent … ablehnen``, ``ein Gutachten, laut dem …``: the noun before
    the comma is the source, the relative clause what it says."""
    k = i - 1
    while k > s0 and tk.is_space(k):
        k -= 1
    if k <= s0 or tk.words[k] != ",":
        return None
    if tk.tags[k - 1] == "PTKVZ":      # ``liegt ein Gutachten vor, laut dem …``: over the particle
        k -= 1
    sp = noun_phrase_before(tk, k, s0)
    if sp is None or not any(tk.words[j].casefold().endswith(SOURCE_NOUN_ENDINGS) for j in range(*sp)):
        return None
    end = next((j for j in range(i + 2, s1) if tk.words[j] in (",", ";")), s1)
    return sp, (i, i + 1), (i + 2, end)


def _demnach(tk: Tokens, i: int, s0: int, s1: int):
    """``Demnach …``: what the source named before said. The source is not in this sentence:
    ``Demnach`` stands for it, as a pronoun would (its speaker, linked to nothing)."""
    if tk.words[i].casefold() in TEMPORAL_BACK_REFERENCES and not any(tk.sub[k] for k in range(i + 1, s1)):
        return None
    return (i, i + 1), (i, i + 1), (i + 1, s1)


def _angaben_nach(tk: Tokens, i: int, s0: int, s1: int):
    """``Seiner Meinung nach``, ``Dem Vernehmen nach``, ``Angaben der Polizei nach``."""
    sp = noun_phrase_before(tk, i + 1, s0)
    if sp is None or not any(tk.words[k].casefold().endswith(SOURCE_NOUN_ENDINGS) or
                             tk.words[k].casefold().endswith(_ACCORDING_LOWER) for k in range(*sp)):
        return None
    return sp, (i + 1, i + 2), _rest(tk, s0, s1, sp[0], i + 2)


def _wonach(tk: Tokens, i: int, s0: int, s1: int):
    """``Berichte, wonach …``: the noun phrase before the comma says who, the clause after what."""
    sp = noun_phrase_before(tk, i, s0)
    return sp, (i + 1, i + 2), (i + 2, s1)


def _so(tk: Tokens, i: int, s0: int, s1: int):
    """``…, so X.``, ``…, so X weiter:``, ``…, so Max Muster von der Stadt.``: ``so`` and a speaker that
    ends the sentence or its clause; ``Dennoch, so X, habe …``: the clause after it is said too."""
    sp, cue = np_after(tk, i + 2, s1), (i + 1, i + 2)
    if sp is None and i + 2 < s1:       # ``…, so vermutet die Zeitung``: the verb first, then who says it
        verb = speech_cue(tk, i + 2, s0, s1)
        if verb is not None and verb.verb == i + 2:
            sp, cue = np_after(tk, verb.b, s1), (i + 1, verb.b)
    if sp is None:
        return None
    k = sp[1]
    while k < s1 and tk.words[k] not in _SENTENCE_END and tk.words[k] not in (",", ";", ":"):
        if tk.tags[k] in FINITE or k - sp[1] >= _SO_TAIL:     # ``so die Firma wächst``: no frame
            return None
        k += 1
    parts = [(s0, i)]
    if k < s1 and tk.words[k] == "," and any(tk.tags[j] in FINITE for j in range(k + 1, s1)):
        parts.append((k + 1, s1))
    return sp, cue, parts


#: Words after the speaker of ``…, so X`` before its clause ends, at most (``von den Salzburger Nachrichten``).
_SO_TAIL = 16


def _wie(tk: Tokens, i: int, s0: int, s1: int):
    """``wie X mitteilte``, ``Wie die Ministerin, Anna Muster, am Montag bekannt gab``: a speaker,
    then a speech verb ending the clause (an apposition and adverbs between them)."""
    sp = np_at(tk, i + 2 if tk.tags[i + 1] == "ADV" else i + 1, s1)
    if sp is None:
        return None
    for v in range(sp[1], min(s1, sp[1] + _WIE_REACH)):
        if tk.words[v] in (".", ";", ":", "!", "?") or tk.words[v] in MARKS:
            return None
        cue = speech_cue(tk, v, s0, s1)
        if cue is None:
            if tk.tags[v] in FINITE:
                return None
            continue
        end = cue.b
        while end < s1 and tk.is_space(end):
            end += 1
        if end < s1 and tk.words[end] not in (",", ".", ";", "!", "?"):
            return None
        return sp, (cue.a, cue.b), _rest(tk, s0, s1, i, end)
    return None


#: Tokens from the speaker of ``wie X … mitteilte`` to its verb, at most.
_WIE_REACH = 16


_RULES = {"laut": _laut, "zufolge": _zufolge, "nach_angaben": _nach_angaben, "angaben_nach": _angaben_nach,
          "so": _so, "wie": _wie, "wonach": _wonach, "demnach": _demnach}


def reported_sources(tk: Tokens, rows: QuoteRows) -> None:
    """A row per source phrase (``source_matches``)."""
    for label, i in source_matches(tk):
        if i in rows.content_tokens or i in rows.cue_tokens:
            continue
        s0, s1 = tk.sent_range(tk.sent_of(i))
        found = _RULES[label](tk, i, s0, s1)
        if found is None:
            continue
        speaker, cue, part = found
        parts = [p for p in (rows.content(*r) for r in (part if isinstance(part, list) else [part])) if p]
        if not parts or any(rows.taken(*p) for p in parts):
            continue
        rows.add("reported", parts, speaker, cue, verb=cue[0])
