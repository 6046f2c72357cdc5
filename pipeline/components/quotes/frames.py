"""Speech cues and the frames around direct quotations.

A cue is a speech verb (``sagte``, ``betonte``; a separable one with its particle,
``teilte … mit``; a participle with its auxiliary, ``hat … gesagt``). A direct
quotation's frame stands after it (``„…“, sagte Max Muster.``, ``„…“, so die
Sprecherin.``), before it with a colon (``Muster betonte: „…“``, ``Muster: „…“``) or
between its parts (``„A“, sagte X, „B“``).
"""
from __future__ import annotations

from typing import NamedTuple, Optional

from pipeline.components.quotes.speaker import Span, in_source, noun_phrase_before, np_after, np_at, subject_before
from pipeline.components.quotes.tokens import FINITE, Tokens
from pipeline.text.phrases import is_role_noun
from pipeline.lang.speech import (CONTENT_CONJUNCTIONS, IMPERSONAL_SPEECH, IMPERSONAL_SUBJECTS, PARTICLE_ONLY,
                                  PRONOUNS, QUOTE_PAIRS, QUOTING_VERBS,
                                  RELATIVE_SUBJECTS, SEPARABLE_SPEECH_VERBS, SPEECH_VERBS, SUBJECT_CONJUNCTIONS,
                                  TEXT_SOURCE_VERBS)

#: Quotation marks as tokens (opening and closing).
MARKS = frozenset(QUOTE_PAIRS) | frozenset(c for cs in QUOTE_PAIRS.values() for c in cs)
#: ``„…“, so X``: the word that is a cue by itself after a quotation.
SO = frozenset({"so", "so:"})
#: Pronouns that are only nominative: right after the verb they are its subject.
_NOMINATIVE_PRONOUNS = frozenset({"er", "ich", "wir"})
#: After the particle of a separable verb the tagger missed (``gab bekannt:``).
_CLAUSE_END = frozenset({",", ":", ".", ";", "!", "?"})
#: What ends the clause before a colon frame (commas do not: ``Anna Muster, Sprecherin, betonte: „…“``).
_FRAME_ENDS = frozenset({":", ";", ".", "!", "?"})


class Cue(NamedTuple):
    a: int          # first token of the cue
    b: int          # end token (after the particle of a separable verb)
    verb: int       # the finite verb the speaker is read around
    lemma: str


def clause_start(tk: Tokens, v: int, s0: int) -> int:
    """First token of the clause holding ``v``: after the last ``:``, ``;``, quotation mark or
    comma before it in its sentence (a comma right before ``v`` belongs to an apposition)."""
    k = v - 1
    while k > s0 and (tk.is_space(k) or tk.words[k] == ","):
        k -= 1
    while k >= s0:
        w = tk.words[k]
        if w in (":", ";") or w in MARKS and _mark_ends_clause(tk, k):
            return k + 1
        if w in MARKS:      # a name in marks (``Die Organisation „Reporter ohne Grenzen“``): over its opener
            k = next((j for j in range(k - 1, max(k - 40, s0 - 1), -1) if tk.words[j] in QUOTE_PAIRS), k)
        k -= 1
    return s0


def _mark_ends_clause(tk: Tokens, k: int) -> bool:
    """A quotation mark at a clause border (``„…“, sagte``; ``sagte: „…``), not one inside a
    name (``Ein Sprecher der „Polizei von DeLand“, Randy Henderson, sagte``)."""
    if k > 0 and tk.words[k - 1] == ":":
        return True
    opener = next((j for j in range(k - 1, max(k - 40, -1), -1) if tk.words[j] in QUOTE_PAIRS), None)
    return opener is None or opener == 0 or tk.tags[opener - 1] not in _NAME_BEFORE_MARK


#: Tags before a quotation mark that opens a name (``der „Polizei von DeLand“``, ``Zeitung „taz“``).
_NAME_BEFORE_MARK = frozenset({"ART", "NN", "NE", "APPR", "APPRART", "ADJA"})


def _particle(tk: Tokens, v: int, end: int, lemma: str) -> Optional[int]:
    """The particle of a separable speech verb after ``v`` in its clause (``teilte … mit``)."""
    for k in range(v + 1, min(end, v + 25)):
        if (lemma, tk.words[k].casefold()) in SEPARABLE_SPEECH_VERBS and (
                tk.tags[k] == "PTKVZ" or k + 1 >= end or tk.words[k + 1] in _CLAUSE_END):
            return k
        if tk.words[k] in (";", ":") or tk.words[k] in MARKS or tk.tags[k] in FINITE:
            return None
    return None


def _auxiliary(tk: Tokens, v: int, s0: int) -> Optional[int]:
    """The finite auxiliary of the participle at ``v`` (``hat … gesagt``) before it in its clause."""
    for k in range(v - 1, max(s0, v - 15) - 1, -1):
        if tk.tags[k] == "VAFIN":
            return k
        if tk.words[k] in (",", ":", ";") or tk.words[k] in MARKS:
            return None
    return None


def _finite_cue(tk: Tokens, v: int, s0: int, s1: int, lemma: str) -> Optional[Cue]:
    """A finite speech verb with its particle after it (``teilte … mit``) or, verb last, right
    before it (``wie X bekannt gab``); a verb that speaks only with its particle needs one."""
    if tk.tags[v] == "VVFIN" and v + 1 < s1 and tk.words[v + 1] in _CLAUSE_END and lemma not in PARTICLE_ONLY:
        aux = _auxiliary(tk, v, s0)      # ``X hatte vor Gericht erklärt, …``: a participle read as finite
        if aux is not None:
            return Cue(v, v + 1, aux, lemma)
    p = _particle(tk, v, s1, lemma)
    if p is None and v > s0 and (lemma, tk.words[v - 1].casefold()) in SEPARABLE_SPEECH_VERBS:
        return Cue(v - 1, v + 1, v, lemma)
    if p is None and lemma in PARTICLE_ONLY:
        return None
    return Cue(v, (p if p is not None else v) + 1, v, lemma)


def speech_cue(tk: Tokens, v: int, s0: int, s1: int) -> Optional[Cue]:
    """The cue at token ``v`` (in the sentence ``s0..s1``), or None."""
    lemma, tag = tk.lemmas[v], tk.tags[v]
    if lemma not in SPEECH_VERBS:
        return None
    if tag in FINITE:
        return _finite_cue(tk, v, s0, s1, lemma)
    if tag == "VVINF" and v + 1 < s1 and tk.words[v + 1] in (",", ":") and lemma not in PARTICLE_ONLY \
            and not any(tk.tags[k] in FINITE or tk.tags[k] == "PTKZU" for k in range(clause_start(tk, v, s0), v)):
        return Cue(v, v + 1, v, lemma)     # ``Forscher bezweifeln, dass …``: a plural read as infinitive
    if tag == "VVPP" and lemma not in PARTICLE_ONLY:
        aux = _auxiliary(tk, v, s0)
        if aux is not None:
            return Cue(v, v + 1, aux, lemma)
        # ``Die taz vermutet, dass …``: a present tense the tagger read as a participle
        if v + 1 < s1 and tk.words[v + 1] in (",", ":") and tk.words[v].endswith("t"):
            return Cue(v, v + 1, v, lemma)
    return None


def speaker_of(tk: Tokens, cue: Cue, s0: int, s1: int) -> Optional[Span]:
    """The speaker of ``cue``: the subject before its verb, else the phrase after it (the
    subject of the verb before ``und`` when the clause has none of its own)."""
    if cue.verb != cue.a and tk.lemmas[cue.verb] == "werden" or cue.lemma in IMPERSONAL_SPEECH \
            or from_text(tk, cue):
        return _source_speaker(tk, cue, s0, s1)
    first = _coordinated(tk, cue.verb, s0)
    if first is not None:
        return speaker_of(tk, Cue(first, first + 1, first, tk.lemmas[first]), s0, s1)
    lo = clause_start(tk, cue.verb, s0)
    opener = _clause_opener(tk, lo, cue.verb)
    if opener is not None:
        return opener
    k = cue.verb + 1
    while k < s1 and tk.is_space(k):
        k += 1
    if k < s1 and tk.words[k] in _NOMINATIVE_PRONOUNS:   # ``…, lobte er``: always the subject
        return k, k + 1
    before = subject_before(tk, lo, cue.verb)
    if before is None or _verb_first(tk, cue.verb, s0):
        return np_after(tk, cue.verb + 1, s1) or _shared_subject(tk, cue, s0, s1) or named_before_particle(tk, cue)
    if _names_someone(tk, before):
        return before
    after = np_after(tk, cue.verb + 1, s1)
    # ``Die praktische Anwendung … stellte der SPD-Vorsitzende Max Muster in Frage``: a person's name
    # right after the verb is its subject when the first constituent names nobody (an object put first)
    if after is not None and any(tk.ent_of[i] >= 0 and tk.ents[tk.ent_of[i]][2] == "PER" for i in range(*after)):
        return after
    return before


def _source_speaker(tk: Tokens, cue: Cue, s0: int, s1: int) -> Optional[Span]:
    """Who speaks in a passive (``wurde von X als … bezeichnet``; ``wird Muster zitiert``: the one
    quoted), through ``heißt es in der Erklärung`` or ``geht aus einer Mitteilung hervor``: the text."""
    lo = clause_start(tk, cue.verb, s0)
    if cue.lemma in IMPERSONAL_SPEECH:     # ``In der Erklärung heißt es``: the text speaks
        return in_source(tk, lo, _clause_end_after(tk, cue.b, s1))
    if from_text(tk, cue):               # ``geht aus einer Mitteilung der Firma hervor``
        return in_source(tk, lo, _clause_end_after(tk, cue.b, s1),
                         TEXT_SOURCE_VERBS[cue.lemma, tk.words[cue.b - 1].casefold()])
    if cue.lemma in QUOTING_VERBS:
        return _quoted_subject(tk, cue.verb, s0, s1)
    # without ``von X``: a text named before the auxiliary (``Im Bericht wurde festgestellt``), not a
    # phrase inside the subject (``wurde die Rolle der KI in der Klimapolitik hervorgehoben``)
    return _passive_agent(tk, cue.verb, cue.a) or in_source(tk, lo, cue.verb)


def _quoted_subject(tk: Tokens, aux: int, s0: int, s1: int) -> Optional[Span]:
    """The subject of ``wird … zitiert``: the phrase after the auxiliary when it opens its clause
    (``„…“, wird Max Muster zitiert``), else the one before it (``Max Muster wird mit den Worten zitiert``)."""
    if _verb_first(tk, aux, s0):
        return np_after(tk, aux + 1, s1)
    return subject_before(tk, clause_start(tk, aux, s0), aux)


def named_before_particle(tk: Tokens, cue: Cue) -> Optional[Span]:
    """``gab heute – nach langen Tests – Professor Max Muster bekannt``: a person or organisation named
    between the verb and its particle, with the noun phrase it ends, when no phrase follows the verb."""
    for k in range(cue.verb + 1, cue.b - 1):
        e = tk.ent_of[k]
        if e >= 0 and tk.ents[e][2] in ("PER", "ORG"):
            end = tk.ents[e][1]
            return noun_phrase_before(tk, end, cue.verb + 1) or (tk.ents[e][0], end)
    return None


def _shared_subject(tk: Tokens, cue: Cue, s0: int, s1: int) -> Optional[Span]:
    """``X wollte sich nicht festlegen, sagte aber, …``: a verb after a comma with no subject of its
    own (a comma or colon follows it) shares the subject of the sentence's first finite verb."""
    k = cue.b
    while k < s1 and (tk.is_space(k) or tk.tags[k] in ("ADV", "ADJD")):
        k += 1
    if k >= s1 or tk.words[k] not in (",", ":"):
        return None
    c = cue.verb - 1
    while c > s0 and tk.is_space(c):
        c -= 1
    if tk.words[c] != ",":
        return None
    first = next((j for j in range(s0, c) if tk.tags[j] in FINITE), None)
    if first is None or any(tk.tags[j] in ("KOUS", "PRELS", "PWAV") for j in range(s0, first)):
        return None
    return speaker_of(tk, Cue(first, first + 1, first, tk.lemmas[first]), s0, c)


def from_text(tk: Tokens, cue: Cue) -> bool:
    """``geht aus … hervor``: a text named by a preposition speaks (``TEXT_SOURCE_VERBS``)."""
    return (cue.lemma, tk.words[cue.b - 1].casefold()) in TEXT_SOURCE_VERBS


def _clause_end_after(tk: Tokens, b: int, s1: int) -> int:
    """The first comma, colon or mark after ``b`` in its sentence (or the sentence end)."""
    return next((k for k in range(b, s1) if tk.words[k] in (",", ":", ";") or tk.words[k] in MARKS), s1)


def _names_someone(tk: Tokens, sp: Span) -> bool:
    a, b = sp
    return b - a == 1 and tk.words[a] in PRONOUNS or any(tk.ent_of[i] >= 0 for i in range(a, b))


def _clause_opener(tk: Tokens, lo: int, v: int) -> Optional[Span]:
    """A clause with its verb last: ``Max Muster, der … vorwarf, dass …`` (the relative pronoun
    speaks), ``da sie befürchten, …``, ``Während Minister Max Muster ankündigte, …`` (the phrase
    after the conjunction speaks)."""
    if tk.tags[v] not in FINITE and tk.tags[v] != "VVPP":
        return None
    k = v - 1
    while k > lo and tk.is_space(k):
        k -= 1
    if tk.words[k] == ",":      # ``Max Muster, der …, sagte``: the verb follows the clause, it does not end it
        return None
    while k > lo and tk.words[k - 1] != ",":     # the clause after the last comma before the verb
        k -= 1
    lo = k
    while lo < v and tk.is_space(lo):
        lo += 1
    if lo >= v:
        return None
    if tk.tags[lo] == "PRELS" and tk.words[lo] in RELATIVE_SUBJECTS:
        return lo, lo + 1
    # the tagger reads ``Während`` as a preposition too: then the verb must end the clause
    if tk.words[lo].casefold() in SUBJECT_CONJUNCTIONS and (
            tk.tags[lo] == "KOUS" or tk.tags[lo] == "APPR" and v + 1 < tk.n and tk.words[v + 1] == ","):
        sp = np_at(tk, lo + 1, v)
        if sp is not None:
            return sp
    return None


def _passive_agent(tk: Tokens, aux: int, participle: int) -> Optional[Span]:
    """``von Bundesminister Max Muster`` between the auxiliary and the participle, or None."""
    for k in range(aux + 1, participle):
        if tk.words[k] in ("von", "vom"):
            return np_at(tk, k + 1, participle)
    return None


def _verb_first(tk: Tokens, v: int, s0: int) -> bool:
    """``…, sagte X`` / ``„…“ sagte X``: the verb opens its clause after a quotation or a clause
    with a verb of its own (not after an apposition: ``Peng Yiting, Vorsitzender von X, betonte``)."""
    k = v - 1
    while k >= s0 and tk.is_space(k):
        k -= 1
    if k < s0 or tk.words[k] in MARKS and _mark_ends_clause(tk, k):
        return True
    if tk.words[k] != ",":
        return False
    if k > s0 and tk.words[k - 1] in MARKS:
        return True
    lo = clause_start(tk, k, s0)
    # ``Max Muster, der … zuständig ist, sagte``: a verb inside a relative clause is not the clause's own
    embedded = next((j for j in range(lo + 1, k) if tk.words[j - 1] == "," and tk.tags[j] in ("PRELS", "PRELAT")), k)
    return any(tk.tags[j] in FINITE for j in range(lo, embedded))


def _coordinated(tk: Tokens, v: int, s0: int) -> Optional[int]:
    """``X stellte … vor, erläuterte … und erklärte …``: the first finite verb of the sentence,
    whose subject the verbs after ``und`` share."""
    k = v - 1
    while k >= s0 and tk.is_space(k):
        k -= 1
    if k < s0 or tk.tags[k] != "KON":
        return None
    return next((j for j in range(s0, k) if tk.tags[j] in FINITE), None)


# --- the frame of a direct quotation -----------------------------------------------------------


class Frame(NamedTuple):
    cue: Optional[Span]
    speaker: Optional[Span]
    end: int                 # first token after the frame


def frame_after(tk: Tokens, qb: int, s1: int) -> Optional[Frame]:
    """``„…“, sagte X`` / ``„…“, so X`` / ``„…“, erklärte die Sprecherin der Polizei``."""
    j = _after_comma(tk, qb, s1)
    if j is None:
        return None
    if tk.words[j].casefold() in SO and tk.tags[j] == "ADV" or tk.words[j] == "so":
        sp = np_after(tk, j + 1, s1)
        return Frame((j, j + 1), sp, sp[1] if sp else j + 1) if sp else None
    cue = _cue_after_quote(tk, j, s1)
    if cue is None:
        return None
    sp = _speaker_after_cue(tk, cue, s1)
    return Frame((cue.a, cue.b), sp, max(cue.b, sp[1] if sp else j + 1))


def _after_comma(tk: Tokens, qb: int, s1: int) -> Optional[int]:
    """The first word after ``„…“,`` (German sets the comma: ``„…“, sagte X``), or None."""
    j = qb
    while j < s1 and tk.is_space(j):
        j += 1
    if j >= s1 or tk.words[j] != ",":
        return None
    j += 1
    while j < s1 and tk.is_space(j):
        j += 1
    return j if j < s1 else None


def _cue_after_quote(tk: Tokens, j: int, s1: int) -> Optional[Cue]:
    """The speech verb right after ``„…“,``; a plural read as infinitive counts (``„…“, meinen die beiden``)."""
    cue = speech_cue(tk, j, j, s1)
    if cue is None and tk.tags[j] == "VVINF" and tk.lemmas[j] in SPEECH_VERBS and tk.lemmas[j] not in PARTICLE_ONLY:
        cue = Cue(j, j + 1, j, tk.lemmas[j])
    return cue if cue is not None and cue.verb == j else None


def _speaker_after_cue(tk: Tokens, cue: Cue, s1: int) -> Optional[Span]:
    """Who speaks after ``„…“, sagte``: the phrase after the verb (or its particle); the one quoted
    when no one quotes by name (``zitierte man X``; but ``zitiert die Zeitung X``: the newspaper, as
    the Wikinews gold reads it); the text of ``heißt es in der Erklärung``."""
    j = cue.verb
    if cue.lemma in QUOTING_VERBS and _skip_space(tk, j + 1, s1) < s1 and \
            tk.words[_skip_space(tk, j + 1, s1)] in IMPERSONAL_SUBJECTS:
        sp = _person_in(tk, cue.b, _clause_end_after(tk, cue.b, s1))
        if sp is not None:
            return sp
    if cue.lemma in IMPERSONAL_SPEECH:
        return in_source(tk, cue.b, _clause_end_after(tk, cue.b, s1))
    sp = np_after(tk, cue.b if cue.b > j + 1 else j + 1, s1)
    return sp if sp is not None else np_after(tk, j + 1, s1)


def _skip_space(tk: Tokens, i: int, end: int) -> int:
    while i < end and tk.is_space(i):
        i += 1
    return i


def _person_in(tk: Tokens, a: int, b: int) -> Optional[Span]:
    """The first person named in ``a..b`` (its entity), or None."""
    for k in range(a, b):
        e = tk.ent_of[k]
        if e >= 0 and tk.ents[e][2] == "PER":
            return tk.ents[e][0], tk.ents[e][1]
    return None


def frame_before(tk: Tokens, qa: int, s0: int) -> Optional[Frame]:
    """``X betonte: „…“`` / ``Dazu sagte X: „…“`` / ``Max Muster: „…“`` (a colon before the mark)."""
    k = qa - 1
    while k >= s0 and tk.is_space(k):
        k -= 1
    if k < s0 or tk.words[k] != ":":
        return None
    lo = k - 1
    while lo > s0 and tk.words[lo - 1] not in _FRAME_ENDS and tk.words[lo - 1] not in MARKS:
        lo -= 1
    for v in range(lo, k):
        cue = speech_cue(tk, v, lo, k)
        if cue is not None:
            return Frame((cue.a, cue.b), speaker_of(tk, cue, lo, k), k)
    return _name_before_colon(tk, lo, k) or _clause_before_colon(tk, lo, k)


def _names_person(tk: Tokens, sp: Span) -> bool:
    return any(tk.ent_of[i] >= 0 and tk.ents[tk.ent_of[i]][2] == "PER" for i in range(*sp))


def _name_before_colon(tk: Tokens, lo: int, k: int) -> Optional[Frame]:
    """``Max Muster: „…“``, ``Anna Muster, Präsidentin des Rates: „…“``, ``und Ministerin Anna
    Muster: „…“``: a name alone before the colon, with its apposition."""
    while lo < k and (tk.is_space(lo) or tk.tags[lo] in _LEAD_IN):
        lo += 1
    sp = np_at(tk, lo, k)
    if sp is None or not _names_person(tk, sp):
        return None
    if sp[1] == k:
        return Frame(None, sp, k)
    if any(tk.tags[i] in FINITE or tk.tags[i] == "VVPP" for i in range(sp[1], k)):
        return None
    if tk.words[sp[1]] == ",":
        return Frame(None, (sp[0], k), k)     # the apposition belongs to the speaker phrase
    if tk.tags[sp[1]] in ("APPR", "APPRART"):
        return Frame(None, sp, k)             # ``Nina Hagen zur neuen Heimat: „…“``
    return None


#: Punctuation and conjunctions before a speaker phrase: ``…“), und der Ministerpräsident X: „…“``.
_LEAD_IN = frozenset({"$,", "$(", "KON", "$."})


def _clause_before_colon(tk: Tokens, lo: int, k: int) -> Optional[Frame]:
    """``Stoiber stellte die Rolle in Frage: „…“``, ``Die Firma empfindet die Kritik als
    ungerechtfertigt: „…“``: a clause with no speech verb introduces the quotation; its subject
    speaks, its finite verb is the cue."""
    v = next((i for i in range(lo, k) if tk.tags[i] in FINITE), None)
    if v is None or tk.lemmas[v] == "werden" or any(tk.words[i] in CONTENT_CONJUNCTIONS for i in range(lo, k)):
        return None
    sp = speaker_of(tk, Cue(v, v + 1, v, tk.lemmas[v]), lo, k)
    return Frame((v, v + 1), sp, k) if sp is not None and _someone(tk, sp) else None


def _someone(tk: Tokens, sp: Span) -> bool:
    """A person or organisation by name, a personal pronoun or a role noun (``Der Ermittler``): a
    clause with no speech verb says nothing about speaking, so ``die Worte``, ``das Motiv`` are no
    speakers."""
    a, b = sp
    return b - a == 1 and tk.words[a] in PRONOUNS or any(
        tk.ent_of[i] >= 0 and tk.ents[tk.ent_of[i]][2] in ("PER", "ORG")
        or tk.tags[i] == "NN" and is_role_noun(tk.words[i]) for i in range(a, b))


def frame_in_sentence(tk: Tokens, qa: int, qb: int, s0: int, s1: int, taken: set[int]) -> Optional[Frame]:
    """A cue elsewhere in the quotation's sentence (``Der Präsident konstatierte eine „Kluft …“``,
    ``äußerte sich …, es gebe „keinen Grund“``): the nearest one outside quotation marks."""
    order = sorted((k for k in range(s0, s1) if not qa <= k < qb and k not in taken),
                   key=lambda k: (qa - k) if k < qa else (k - qb) + 0.5)
    for v in order:
        cue = speech_cue(tk, v, s0, s1)
        if cue is not None and not _inside_marks(tk, v, s0):
            sp = speaker_of(tk, cue, s0, s1)
            if sp is not None and not (qa <= sp[0] < qb):
                return Frame((cue.a, cue.b), sp, cue.b)
    return None


def _inside_marks(tk: Tokens, v: int, s0: int) -> bool:
    """Whether an odd number of quotation marks stands between the sentence start and ``v``."""
    return sum(1 for k in range(s0, v) if tk.words[k] in MARKS) % 2 == 1
