"""Direct quotations: the marks, their frame, and quotations the frame interrupts.

    „Wir wachsen“, sagte Max Muster.                 → direct, speaker Max Muster, cue sagte
    Muster betonte: „Wir wachsen.“                  → direct, colon frame
    „Wir wachsen“, sagte Muster, „und investieren.“  → one row, spans s1-e1;s2-e2
"""
from __future__ import annotations

from typing import Optional

from pipeline.components.quotes.frames import Frame, frame_after, frame_before, frame_in_sentence
from pipeline.components.quotes.marks import mark_spans
from pipeline.components.quotes.rows import QuoteRows
from pipeline.components.quotes.tokens import Tokens
from pipeline.lang.speech import UNSURE_FRAME_VERBS


def _tokens_of(tk: Tokens, s: int, e: int) -> Optional[tuple[int, int]]:
    a, z = tk.token_at(s), tk.token_at(e - 1)
    return None if a is None or z is None else (a, z + 1)


def _words(tk: Tokens, a: int, b: int) -> int:
    return sum(1 for k in range(a, b) if tk.words[k][:1].isalnum())


def _sentence_end(tk: Tokens, qb: int) -> int:
    """End token of the sentence the frame after a quotation stands in (its closing mark's or the next)."""
    k = tk.sent_of(min(qb, tk.n - 1))
    return tk.sent_range(k)[1]


def _continuation(tk: Tokens, fr: Frame, spans: list[tuple[int, int]], at: int) -> Optional[tuple[int, int]]:
    """The second part of ``„A“, sagte X, „B“``: the quotation that opens right after the frame."""
    if at >= len(spans):
        return None
    nxt = _tokens_of(tk, *spans[at])
    if nxt is None:
        return None
    k = fr.end
    while k < nxt[0] and (tk.is_space(k) or tk.words[k] == ","):
        k += 1
    return nxt if k == nxt[0] else None


#: Verb tags: words in marks with one say something (``„Wir wachsen“``).
_VERB_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN", "VVPP", "VVINF", "VAINF", "VMINF", "VVIZU", "VAPP", "VVIMP"})


def _name_after_noun(tk: Tokens, qa: int, qb: int, slot: frozenset = frozenset({"NN", "NE"})) -> bool:
    """``die Organisation „Ärzte ohne Grenzen“``, ``das Magazin „auto, motor und sport“``: words
    without a verb right after a noun (or another word of ``slot``) name what the noun is."""
    k = qa - 1
    while k >= 0 and tk.is_space(k):
        k -= 1
    return k >= 0 and tk.tags[k] in slot and not any(tk.tags[j] in _VERB_TAGS for j in range(qa, qb))


#: Words before a name in marks: a noun, an article, a preposition (``die „Rente mit 67“``, ``in „Nature“``).
_NAME_SLOT = frozenset({"NN", "NE", "ART", "APPR", "APPRART"})


def title_like(tk: Tokens, qa: int, qb: int, links: frozenset = frozenset()) -> bool:
    """A name in marks, no quotation: every word capitalised (``„Deus Caritas Est“``) or a single
    word (``„Kliper“``), and no sentence punctuation inside; ``links`` are more lower-case words a
    name may hold after its first (``„Ärzte ohne Grenzen“``)."""
    words = [tk.words[k] for k in range(qa + 1, qb - 1) if tk.words[k][:1].isalnum()]
    if any(tk.words[k] in (".", "!", "?", ",") for k in range(qa + 1, qb - 1)):
        return False
    if links and words and not words[0][:1].isupper():
        return False
    return len(words) <= 1 or all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_LINKS or w in links
                                  for w in words)


#: Lower-case words inside titles and names (``„Institut für Wirtschaft und Umwelt“``).
_NAME_LINKS = frozenset({"am", "im", "der", "die", "das", "des", "von", "und", "für", "of", "the", "and", "de"})
#: More of them in a name after a noun, an article or a preposition (``die Organisation „Ärzte ohne
#: Grenzen“``, ``die „Rente mit 67“``, ``der „Rat zur Wiederherstellung der Demokratie“``); without
#: such a word before, the same shape is a slogan someone said (``Sprüche wie „Nieder mit …“``).
_NAME_LINKS_AFTER_SLOT = frozenset({"ohne", "mit", "zur", "zum", "vom", "eines", "einer", "in", "auf", "gegen",
                                    "aus", "bei", "for", "on", "to", "du", "la", "le", "del"})


def _a_name(tk: Tokens, qa: int, qb: int) -> bool:
    """``„Deus Caritas Est“``; after a noun, article or preposition also ``„Ärzte ohne Grenzen“``."""
    if title_like(tk, qa, qb):
        return True
    k = qa - 1
    while k >= 0 and tk.is_space(k):
        k -= 1
    return k >= 0 and tk.tags[k] in _NAME_SLOT_ADJ and title_like(tk, qa, qb, _NAME_LINKS_AFTER_SLOT)


_NAME_SLOT_ADJ = frozenset({"NN", "NE", "ART", "APPR", "APPRART", "ADJA"})


def direct_quotes(tk: Tokens, rows: QuoteRows, *, min_words: int) -> None:
    """One row per quotation with a frame, or of ``min_words`` words or more without one."""
    spans = rows.marks = mark_spans(tk.text)
    i = 0
    while i < len(spans):
        toks = _tokens_of(tk, *spans[i])
        i += 1
        if toks is None:
            continue
        qa, qb = toks
        s0 = tk.sent_range(tk.sent_of(qa))[0]
        fr = frame_after(tk, qb, _sentence_end(tk, qb))
        parts = [toks]
        if fr is not None:
            nxt = _continuation(tk, fr, spans, i)
            if nxt is not None:
                parts.append(nxt)
                i += 1
        else:
            fr = frame_before(tk, qa, s0)
        claim = fr is not None
        if _a_name(tk, qa, qb):     # ``die Zeitung „Berliner Morgenpost“``, ``„Eco Cities“``
            continue
        if fr is None and _words(tk, qa, qb) > 1:
            if _name_after_noun(tk, qa, qb, _NAME_SLOT) and tk.words[qa + 1][:1].isupper():
                continue     # ``der Rat „Oberste Rat zur Wiederherstellung …“``: a name, whatever the sentence says
            fr = frame_in_sentence(tk, qa, qb, s0, tk.sent_range(tk.sent_of(qb - 1))[1], rows.cue_tokens)
            if fr is not None and fr.cue is not None and tk.lemmas[fr.cue[0]] in UNSURE_FRAME_VERBS:
                fr = Frame(fr.cue, None, fr.end)
        if fr is None and (_words(tk, qa, qb) < min_words or _name_after_noun(tk, qa, qb)):
            continue
        verb = fr.cue[0] if fr is not None and fr.cue is not None else None
        rows.add("direct", parts, fr.speaker if fr else None, fr.cue if fr else None, verb=verb, claim=claim)


def _name_in_marks(tk: Tokens, qa: int, qb: int) -> bool:
    """``„Berliner Morgenpost“``, ``„Social Action Party“``: capitalised words, no sentence, or a
    single capitalised word that is a name (``„Xinhua“``), not a word quoted (``„kaputt“``, ``„Ruck“``)."""
    if not title_like(tk, qa, qb):
        return False
    inner = [k for k in range(qa + 1, qb - 1) if tk.words[k][:1].isalnum()]
    return len(inner) != 1 or tk.tags[inner[0]] in ("NE", "FM") or tk.ent_of[inner[0]] >= 0


def nested_quotations(tk: Tokens, rows: QuoteRows) -> None:
    """Words in marks inside a report that no frame of their own claims (``Er sagte, das sei ein
    „großer Erfolg“ gewesen``): direct rows, two words or more (a single word in marks is mostly a
    term or a name). Without a speaker of their own: giving them the report's speaker was wrong
    in one case of three on the train split (``laut X`` quotes words X need not have said)."""
    reports = [n for n, c in enumerate(rows.claimed) if c and rows.rows[n].type != "direct"]
    if not reports:
        return
    have = {(r.start, r.end) for r in rows.rows if r.type == "direct"}
    for s, e in rows.marks:
        if (s, e) in have or not any(rows.rows[n].start <= s and e <= rows.rows[n].end for n in reports):
            continue
        toks = _tokens_of(tk, s, e)
        if toks is None or _words(tk, *toks) < 2 or _name_in_marks(tk, *toks) or _a_name(tk, *toks):
            continue
        rows.add("direct", [toks], None, None, claim=False)


def _lends_speaker(tk: Tokens, rows: QuoteRows, n: int) -> bool:
    """A quotation passes its speaker on; a report only when a person's name ends the speaker phrase
    (``Muster sagte, die Lage sei ernst. „Wir handeln.“``), not a source (``Berichten zufolge``)."""
    if rows.rows[n].type == "direct":
        return True
    sp = rows.speakers[n]
    if rows.rows[n].type == "reported" or sp is None:
        return False
    e = tk.ent_of[sp[1] - 1]
    return e >= 0 and tk.ents[e][2] == "PER"


def inherit_speakers(tk: Tokens, rows: QuoteRows, *, max_sentences: int) -> None:
    """A quotation without a frame keeps the speaker of the row before it in its paragraph
    (``„A“, so Muster. „B.“`` → B is Muster's too), at most ``max_sentences`` sentences back."""
    order = sorted(range(len(rows.rows)), key=lambda n: rows.rows[n].start)
    prev = None
    for n in order:
        row = rows.rows[n]
        if row.type == "direct" and not row.speaker and not row.cue and prev is not None \
                and _lends_speaker(tk, rows, prev):
            src = rows.rows[prev]
            near = tk.sent_of(tk.token_at(row.start) or 0) - tk.sent_of(tk.token_at(src.end - 1) or 0)
            if 0 <= near <= max_sentences and "\n\n" not in tk.text[src.end:row.start]:
                row.speaker, row.speaker_start, row.speaker_end = src.speaker, src.speaker_start, src.speaker_end
                rows.speakers[n], rows.plural[n] = rows.speakers[prev], rows.plural[prev]
        if row.speaker:
            prev = n
