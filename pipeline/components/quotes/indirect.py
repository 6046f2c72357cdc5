"""Indirect speech: a speech verb with a ``dass``-clause or a clause in Konjunktiv, and speech
acts whose object is the statement.

    Muster sagte, dass die Firma wachse.     → indirect, content ``dass die Firma wachse``
    Muster sagte, die Firma wachse.          → indirect (Konjunktiv: the model's ``Mood=Sub``)
    Die Firma wachse, sagte Muster.          → indirect, speaker after the cue
    Muster betonte die Dringlichkeit: …      → indirect when Konjunktiv follows the colon
    Muster berichtete über neue Projekte.    → reported (a speech act, no clause)
"""
from __future__ import annotations

from typing import Optional

from pipeline.components.quotes.frames import (MARKS, Cue, clause_start, from_text, named_before_particle,
                                               speaker_of, speech_cue)
from pipeline.components.quotes.rows import QuoteRows
from pipeline.components.quotes.speaker import marked_name, noun_phrase_before, np_after
from pipeline.components.quotes.tokens import FINITE, Tokens
from pipeline.lang.speech import (ACT_PREPOSITIONS, ACT_VERBS, CLAUSE_ONLY, CONTENT_CONJUNCTIONS,
                                  KONJUNKTIV_II_FORMS, KNOWN_WORD, NO_INFINITIVE_CONTENT, OPINION_NOUNS, QUOTE_PAIRS,
                                  SAYING_NOUN_ENDINGS)


#: Tags that open no reported clause: a relative clause, ``um … zu``, ``und``, a conjunction of time.
_NOT_CONTENT_START = frozenset({"PRELS", "PRELAT", "KOUI", "KON", "KOUS", "PWAV", "APPR", "APPRART"})
#: Tags that open no ``zu``-infinitive of what was said: a relative clause, ``um … zu``, ``und``.
_NOT_INFINITIVE_START = frozenset({"PRELS", "PRELAT", "KOUI", "KON", "KOUS", "PWAV"})
#: Tags that open a new clause after a comma (where the reported clause ends).
_NEW_CLAUSE = frozenset({"KOUS", "PRELS", "PRELAT", "KON", "KOUI", "PWAV"})


def _next_word(tk: Tokens, j: int, end: int) -> int:
    j += 1
    while j < end and tk.is_space(j):
        j += 1
    return j


def _has_subjunctive(tk: Tokens, a: int, b: int) -> bool:
    return any(tk.sub[k] for k in range(a, b))


def _has_konjunktiv_i(tk: Tokens, a: int, b: int) -> bool:
    """Konjunktiv I (``sei``, ``habe``, ``wachse``): the mood of reported speech; Konjunktiv II alone
    (``könnte``, ``wäre``) may just say what might be."""
    return any(tk.sub[k] and tk.words[k].casefold() not in KONJUNKTIV_II_FORMS for k in range(a, b))


def _has_zu_infinitive(tk: Tokens, a: int, b: int) -> bool:
    """``zu`` + infinitive, also glued and read as a plain infinitive (``anzusprechen`` of ``ansprechen``)."""
    for j in range(a, b):
        tag = tk.tags[j]
        if tag in ("PTKZU", "VVIZU"):
            return True
        if tag in ("VVINF", "VVFIN") and "zu" in tk.words[j][2:] and tk.words[j].replace("zu", "", 1) == tk.lemmas[j]:
            return True
    return False


def _clause_end(tk: Tokens, k: int, s1: int) -> int:
    """End of the clause that starts at ``k`` (the next comma after its finite verb, or ``s1``)."""
    seen_verb = False
    for j in range(k, s1):
        if tk.tags[j] in FINITE:
            seen_verb = True
        elif tk.words[j] in (",", ";") and seen_verb and j + 1 < s1 and tk.tags[j + 1] in _NEW_CLAUSE:
            return j
    return s1


def _reads_as_content(tk: Tokens, cue: Cue, k: int, s1: int, colon: bool) -> bool:
    """The clause at ``k`` holds what was said: ``dass``/``ob``, Konjunktiv, ``zu`` + infinitive
    (``forderte, X zu schließen``), or, after a colon or a verb of saying, a main clause."""
    if tk.words[k].casefold() in CONTENT_CONJUNCTIONS:
        return True
    end = _clause_end(tk, k, s1)
    if _has_subjunctive(tk, k, end):
        return True
    if tk.tags[k] not in _NOT_INFINITIVE_START and _has_zu_infinitive(tk, k, end):
        return cue.lemma not in NO_INFINITIVE_CONTENT     # ``beschloss, in dem Zeitraum … zu reduzieren``
    if tk.tags[k] in _NOT_CONTENT_START:
        return False
    if cue.lemma in CLAUSE_ONLY:
        return False
    # a main clause: its finite verb second (``sagte, der Pilot trägt die Verantwortung``)
    return colon or any(tk.tags[j] in FINITE for j in range(k + 1, min(end, k + 6)))


def content_after(tk: Tokens, cue: Cue, s1: int) -> Optional[tuple[int, int]]:
    """``sagte, dass …`` / ``sagte, die Firma wachse`` / ``betonte …: die Firma müsse``: the clause
    after the cue, up to the sentence end."""
    j = cue.b
    while j < s1:
        w = tk.words[j]
        if w in MARKS:
            end = marked_name(tk, j, s1)      # ``sagte zum „Algemeen Dagblad“, …``: a name in marks
            if end is None:
                return None
            j = end
            continue
        if w in (",", ":"):
            k = _next_word(tk, j, s1)
            if k < s1 and _reads_as_content(tk, cue, k, s1, w == ":"):
                return k, s1
            if w == ",":
                return None
        elif tk.tags[j] in FINITE and j != cue.verb:
            return None
        j += 1
    return None


def content_before(tk: Tokens, cue: Cue, s0: int) -> Optional[tuple[int, int]]:
    """``Die Firma wachse, sagte Muster``: the clause before a cue that opens its own clause."""
    k = cue.verb - 1
    while k >= s0 and tk.is_space(k):
        k -= 1
    if k < s0 or tk.words[k] != ",":
        return None
    lo = clause_start(tk, k, s0)
    if k - lo < 3 or not any(tk.tags[i] in FINITE for i in range(lo, k)):
        return None
    first = next((i for i in range(lo, k) if not tk.is_space(i)), lo)
    # ``Da ein Rückflug nicht möglich war, entschied …``, ``Wenn …, droht``: a clause of time, cause or
    # condition; ``Max Muster, der … zuständig ist, wies … zurück``: the subject with its relative clause
    if tk.tags[first] in ("KOUS", "PWAV") and tk.words[first].casefold() not in CONTENT_CONJUNCTIONS:
        return None
    comma = next((i for i in range(lo, k) if tk.words[i] == ","), None)
    if comma is not None and tk.tags[comma + 1] in ("PRELS", "PRELAT") and \
            not any(tk.tags[i] in FINITE for i in range(lo, comma)):
        return None
    return lo, k


def content_referred(tk: Tokens, cue: Cue, s0: int) -> Optional[tuple[int, int]]:
    """``… Dies bestätigte ein Sprecher.``: the sentence before, and the pronoun that points to it."""
    first = s0
    while first < cue.verb and tk.is_space(first):
        first += 1
    if first + 1 != cue.verb or tk.tags[first] != "PDS" or s0 == 0:
        return None
    prev = tk.sent_of(s0 - 1)
    return tk.sent_range(prev)[0], first + 1


def _act_content(tk: Tokens, cue: Cue, speaker, s0: int, s1: int, quoted: frozenset = frozenset()
                 ) -> Optional[tuple[int, int]]:
    """What ``Muster berichtete über neue Projekte`` reports: the rest of the clause (up to the
    particle of ``blickte … zurück``), over words in marks that are no quotation row of their own
    (``nannte die Pläne einen „Wortbruch“``; a row in ``quoted``, first tokens, ends it); of a
    passive (``wurde von X kritisiert``) the sentence."""
    if cue.a > cue.verb:                 # a participle with its auxiliary
        return (s0, s1) if tk.lemmas[cue.verb] == "werden" else (cue.verb + 1, cue.a)
    a = max(cue.verb + 1, speaker[1] if speaker and speaker[0] > cue.verb else 0)
    if cue.b - 1 > cue.verb:           # ``blickte auf 15 Jahre zurück``: up to the particle
        s1 = cue.b - 1
    b = a
    while b < s1 and tk.words[b] != ";":
        if tk.words[b] in MARKS:        # ``forderte einen „offensiven Umgang …“``: words quoted in the object
            close = _closing_mark(tk, b, s1) if b > a and b not in quoted else None
            if close is None:
                break
            b = close + 1
            continue
        if tk.words[b] == "," and b > a + 2:
            break
        if tk.tags[b] in FINITE:     # ``bezeichnete das Unglück als Tragödie und erklärte, …``: the next clause
            while b > a and tk.tags[b - 1] == "KON":
                b -= 1
            break
        b += 1
    return a, b


def _closing_mark(tk: Tokens, b: int, s1: int) -> Optional[int]:
    """The mark that closes the quotation opened at ``b`` in its sentence, or None."""
    closers = QUOTE_PAIRS.get(tk.words[b])
    if not closers:
        return None
    return next((k for k in range(b + 1, s1) if tk.words[k] in closers), None)


def _reports_an_act(tk: Tokens, cue: Cue) -> bool:
    """The verb's object is the statement: an ``ACT_VERBS`` lemma, or the particle and stem of a
    separable one (``gab … bekannt`` → ``bekanntgeben``, ``geht von … aus`` → ``ausgehen``, though
    ``gehen`` alone speaks only with a clause)."""
    particle = tk.words[cue.b - 1].casefold() if cue.b - 1 > cue.verb else ""
    if particle and particle + cue.lemma in ACT_VERBS:
        needed = ACT_PREPOSITIONS.get(particle + cue.lemma)
        return not needed or any(tk.words[k] in needed for k in range(cue.verb + 1, cue.b - 1))
    return cue.lemma not in CLAUSE_ONLY and cue.lemma in ACT_VERBS


def indirect_speech(tk: Tokens, rows: QuoteRows, verbs: list[int]) -> None:
    """A row per speech verb in ``verbs`` (token indices) that opens a clause or reports an act."""
    quoted = frozenset(tk.token_at(r.start) for r in rows.rows if r.type == "direct")
    for v in verbs:
        if v in rows.cue_tokens or v in rows.content_tokens:
            continue
        s0, s1 = tk.sent_range(tk.sent_of(v))
        cue = speech_cue(tk, v, s0, s1)
        if cue is None or cue.verb in rows.content_tokens:
            continue
        speaker = speaker_of(tk, cue, s0, s1)
        part = content_after(tk, cue, s1) or content_before(tk, cue, s0)
        if part is None:
            part = content_referred(tk, cue, s0)
            if part is not None and not from_text(tk, cue):
                # ``Dies teilte die Firma mit``: ``Dies`` is the object
                speaker = np_after(tk, cue.verb + 1, s1) or named_before_particle(tk, cue)
        kind = "indirect"
        if part is None and _reports_an_act(tk, cue) and speaker is not None:
            part, kind = _act_content(tk, cue, speaker, s0, s1, quoted), "reported"
        part = rows.content(*part) if part else None
        if part is None or rows.taken(*part):
            continue
        rows.add(kind, [part], speaker, (cue.a, cue.b), verb=cue.verb)


def _noun_clause(tk: Tokens, a: int, s1: int) -> Optional[int]:
    """End of the clause at ``a`` that says what a noun of saying holds (``dass``/``ob``, Konjunktiv I,
    a ``zu``-infinitive up to the comma after it), or None."""
    if a >= s1:
        return None
    end = _clause_end(tk, a, s1)
    if tk.words[a].casefold() in CONTENT_CONJUNCTIONS:
        return end
    if tk.tags[a] in _NOT_INFINITIVE_START:
        return None
    if _has_konjunktiv_i(tk, a, end):
        return end
    z = next((j for j in range(a, end) if _has_zu_infinitive(tk, j, j + 1)), None)
    if z is None:
        return None
    return next((j for j in range(z, end) if tk.words[j] == ","), end)   # ``…, den Park zu schließen, am Montag ab``


#: The last three letters of the nouns of saying and opinion: most nouns are ruled out by them before the full test.
_SAYING_TAILS = frozenset(e[-3:] for e in SAYING_NOUN_ENDINGS) | frozenset(n[-3:] for n in OPINION_NOUNS)
#: Tokens from a noun of saying to the comma that ends its phrase, at most (``die Forderung des Vereins,``).
_NOUN_TO_COMMA = 10


def noun_reports(tk: Tokens, rows: QuoteRows) -> None:
    """``die Forderung des Vorsitzenden, auf die SPD zuzugehen``, ``mit der Begründung, dass …``: a noun
    of saying (``SAYING_NOUN_ENDINGS``) and after its comma a ``dass``/``ob`` clause, Konjunktiv or a
    ``zu``-infinitive; the noun phrase is the speaker as written (who said it, it does not name), the
    noun the cue."""
    words = tk.words
    nouns = [j for j, t in enumerate(tk.tags) if t == "NN" and words[j][-3:] in _SAYING_TAILS and (
        words[j].casefold().endswith(SAYING_NOUN_ENDINGS) or words[j].casefold() in OPINION_NOUNS)]
    for noun in nouns:
        k = next((j for j in range(noun + 1, min(tk.n, noun + _NOUN_TO_COMMA)) if tk.words[j] == ","), None)
        if k is None or k in rows.content_tokens or noun in rows.cue_tokens:
            continue
        s0, s1 = tk.sent_range(tk.sent_of(k))
        sp = noun_phrase_before(tk, k, s0)
        if sp is None or not sp[0] <= noun < sp[1]:
            continue
        a = _next_word(tk, k, s1)
        end = _noun_clause(tk, a, s1)
        part = rows.content(a, end) if end else None
        if part is not None and not rows.taken(*part):
            if tk.words[noun].casefold() in OPINION_NOUNS:
                sp = _holder(tk, s0, sp[0])
            rows.add("indirect", [part], sp, (noun, noun + 1), verb=noun)


def _holder(tk: Tokens, s0: int, a: int):
    """Who holds the opinion named at ``a`` (``Die Firma ist der Meinung, …``): the subject of the
    finite verb before it, or None."""
    v = next((j for j in range(s0, a) if tk.tags[j] in FINITE), None)
    return None if v is None else speaker_of(tk, Cue(v, v + 1, v, tk.lemmas[v]), s0, a)


def became_known(tk: Tokens, rows: QuoteRows) -> None:
    """``Im April wurde bekannt, dass …``, ``Nachdem bekannt geworden war, dass …``: what became
    known, without a speaker; the cue runs from ``bekannt`` to the form of ``werden``."""
    for i, w in enumerate(tk.words):
        if w != KNOWN_WORD or i in rows.content_tokens:
            continue
        s0, s1 = tk.sent_range(tk.sent_of(i))
        near = [k for k in range(max(s0, i - 3), min(s1, i + 4)) if tk.lemmas[k] == "werden" and k != i]
        finite = [k for k in near if tk.tags[k] in FINITE]
        if not near or not finite:
            continue
        a, b = min(near[0], i), max(near[-1], i) + 1
        part = content_after(tk, Cue(a, b, finite[-1], "werden"), s1)
        part = rows.content(*part) if part else None
        if part is not None and not rows.taken(*part):
            rows.add("indirect", [part], None, (a, b), verb=finite[-1])


def _sentence_free(tk: Tokens, rows: QuoteRows, a: int, b: int) -> bool:
    """A sentence that continues a report: Konjunktiv, and no cue or row of its own."""
    if not _has_subjunctive(tk, a, b) or rows.taken(a, b):
        return False
    return not any(speech_cue(tk, k, a, b) is not None or tk.words[k] in MARKS for k in range(a, b))


def _cue_anchors(tk: Tokens, rows: QuoteRows, verbs: list[int], taken: set[int], reach: int) -> dict[int, tuple]:
    """``Künstlerin Anna Muster äußerte sich kritisch. Sie rate …``: a sentence with a speech verb
    and a named speaker but no row (no clause, no act) still opens a report its Konjunktiv
    sentences continue: ``{sentence: (speaker span, plural)}``; only sentences with Konjunktiv
    within ``reach`` sentences after them are read (the others open nothing)."""
    out: dict[int, tuple] = {}
    moods = {tk.sent_of(i) for i, sub in enumerate(tk.sub) if sub}
    for v in verbs:
        k = tk.sent_of(v)
        if k in taken or k in out or v in rows.cue_tokens or not any(k + j in moods for j in range(1, reach + 1)):
            continue
        s0, s1 = tk.sent_range(k)
        cue = speech_cue(tk, v, s0, s1)
        sp = speaker_of(tk, cue, s0, s1) if cue is not None else None
        if sp is not None and any(tk.ent_of[i] >= 0 and tk.ents[tk.ent_of[i]][2] in ("PER", "ORG")
                                  for i in range(*sp)):
            out[k] = (sp, tk.plural[cue.verb])
    return out


def free_indirect(tk: Tokens, rows: QuoteRows, verbs: list[int], *, max_sentences: int) -> None:
    """Konjunktiv sentences right after an indirect or reported row (or a sentence whose speech verb
    names its speaker), in its paragraph, up to ``max_sentences`` of them: ``free_indirect`` rows
    with the report's speaker.

        Muster sagte, die Firma wachse. Sie werde 100 Stellen schaffen.
        → the second sentence is free_indirect, speaker Muster
    """
    anchors: dict[int, tuple] = {}
    for n, row in enumerate(rows.rows):
        if row.type in ("indirect", "reported", "direct") and row.speaker:
            z = tk.token_at(row.end - 1)
            if z is not None:
                anchors[tk.sent_of(z)] = (rows.speakers[n], rows.plural[n])
    anchors.update(_cue_anchors(tk, rows, verbs, set(anchors), max_sentences))
    last, gap, unbroken = None, 0, False
    for k in range(len(tk.sent_starts)):
        a, b = tk.sent_range(k)
        if k in anchors:
            last, gap, unbroken = anchors[k], 0, True
            continue
        gap += 1
        if last is None or gap > max_sentences or not _sentence_free(tk, rows, a, b):
            continue
        part = rows.content(a, b, keep_final=True)
        if part is None:
            continue
        unbroken = unbroken and gap == 1
        if not unbroken:     # a sentence without report between: reported speech, speaker unsure
            if _has_konjunktiv_i(tk, a, b):
                rows.add("free_indirect", [part], None, None)
                gap = 0
            continue
        rows.add("free_indirect", [part], last[0], None)
        rows.plural[-1] = last[1]
        gap = 0
