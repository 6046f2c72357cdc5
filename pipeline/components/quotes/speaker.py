"""Who speaks: the speaker phrase around a cue, and the entity it refers to.

A speaker is a name (``Max Muster`` → its PER entity), a role phrase (``die
Sprecherin der Polizei``: linked when a roles row names who holds that role), or a
pronoun (``er``, ``sie``: linked when the sentences before leave one person of that
gender). Readers return token ranges ``(a, b)`` or ``None``.
"""
from __future__ import annotations

import re
from typing import Optional

from pipeline.components.quotes.tokens import FINITE, Tokens
from pipeline.lang.speech import (FEMALE_MARKERS, FEMALE_ROLE_ENDINGS, FOCUS_WORDS, MALE_MARKERS, MALE_ROLE_ENDINGS,
                                  PRONOUNS, QUOTE_PAIRS, SOURCE_PLACE_PREPOSITIONS, SPEAKER_PRONOUN_HEADS,
                                  TIME_NOUNS)
from pipeline.lang.months import MONTH_NAMES
from pipeline.lang.name_parts import first_name_genders

#: Tags that may stand in a noun phrase before its head (article, possessive, adjective, number).
_NP_LEFT = frozenset({"ART", "PPOSAT", "ADJA", "CARD", "PIAT", "PIDAT", "ADJD"})
#: Tags of a noun phrase head.
_NP_HEAD = frozenset({"NN", "NE", "FM"})
_GENITIVE = frozenset({"des", "der"})
#: Tags that open an adverbial first constituent (``Am Montag sagte X``): the speaker follows the verb.
_ADVERBIAL = frozenset({"APPR", "APPRART", "ADV", "PROAV", "KOUS", "KON", "PAV", "ADJD", "PTKNEG", "PWAV"})

#: Words between a cue and the speaker after it (``sagte gestern``, ``äußerte sich``).
_SKIPPED_AFTER_CUE = frozenset({"ADV", "ADJD", "PRF"})

#: Tags a subject phrase may start with.
_SUBJECT_START = frozenset({"ART", "PPOSAT", "NE", "NN", "FM", "ADJA", "PIAT", "PDAT", "CARD"})
#: Pronouns that head a speaker phrase: ``Einer der Putschisten``, ``Dieser``, ``Beide``.
_PRONOUN_HEADS = frozenset({"PIS", "PDS"})
#: Articles that are never nominative singular: ``Den Unmut … brachte sie zum Ausdruck``.
_NOT_NOMINATIVE = frozenset({"Den", "Dem", "Einem", "Einen", "Des", "Eines"})
#: A first constituent longer than this is no subject the rules can trust.
_MAX_SUBJECT = 24
_YEAR = re.compile(r"^(1[89]|20)\d\d$")

Span = tuple[int, int]

#: Tags inside a noun phrase read backwards from its end (``Der Polizei zufolge``).
_NP_TAGS = frozenset({"ART", "PPOSAT", "ADJA", "CARD", "NN", "NE", "FM", "PIAT", "PDAT", "PRELAT"})


def _skip_space(tk: Tokens, i: int, end: int) -> int:
    while i < end and tk.is_space(i):
        i += 1
    return i


def _entity_end(tk: Tokens, i: int) -> int:
    return tk.ents[tk.ent_of[i]][1]


def _noun_group(tk: Tokens, i: int, end: int) -> int:
    """End of ``(Artikel) (Adjektiv)* Nomen+`` from ``i`` (``i`` when there is none), with a name in
    quotation marks as its head or after it (``die „Computerwoche“``, ``die Zeitung „taz“``)."""
    j = i
    while j < end and tk.tags[j] in _NP_LEFT:
        j += 1
    if j > i and j < end and tk.tags[j - 1] in _ARTICLES and tk.tags[j] in _PREPOSITIONS:
        j = _participle_phrase(tk, j, end)
        while j < end and tk.tags[j] in _NP_LEFT:
            j += 1
    k = j
    while k < end and (tk.tags[k] in _NP_HEAD or tk.ent_of[k] >= 0 and (tk.pos[k] in ("PROPN", "NOUN", "X")
                                                                      or _person_start(tk, k))):
        k = _entity_end(tk, k) if tk.ent_of[k] >= 0 else k + 1
    if (k > j or j > i) and k < end:
        k = marked_name(tk, k, end) or k
    return k if k > j else i


_ARTICLES = frozenset({"ART", "PPOSAT"})
_PREPOSITIONS = frozenset({"APPR", "APPRART"})
#: Tokens of a participle phrase inside a noun phrase, at most (``die in New York geborene Sängerin``).
_PARTICIPLE_REACH = 8


def _participle_phrase(tk: Tokens, j: int, end: int) -> int:
    """``die [in New York City geborene] Sängerin``: after an article, a preposition's phrase that
    ends in an adjective (a participle) before the noun; the token after that adjective, else ``j``."""
    for k in range(j + 1, min(end, j + _PARTICIPLE_REACH)):
        if tk.tags[k] == "ADJA" and k + 1 < end and tk.tags[k + 1] in _NP_HEAD:
            return k
        if not tk.words[k][:1].isalnum() or tk.tags[k] in FINITE:
            return j
    return j


#: Words of a name in quotation marks inside a speaker phrase, at most.
_MARKED_NAME_WORDS = 6


def _person_start(tk: Tokens, k: int) -> bool:
    """The first word of a person's name, whatever the tagger read (``Nurur/ADV Rahman``)."""
    e = tk.ent_of[k]
    return e >= 0 and tk.ents[e][0] == k and tk.ents[e][2] == "PER"


def marked_name(tk: Tokens, k: int, end: int) -> Optional[int]:
    """End of ``„Computerwoche“`` at ``k``: a short capitalised name in marks, or None."""
    closers = QUOTE_PAIRS.get(tk.words[k])
    if not closers or k + 1 >= end or not tk.words[k + 1][:1].isupper():
        return None
    for m in range(k + 2, min(end, k + 2 + _MARKED_NAME_WORDS)):
        if tk.words[m] in closers:
            return m + 1
        if tk.words[m] in (",", ".", ":", ";", "!", "?") or tk.tags[m] in FINITE:
            return None
    return None


def noun_phrase_before(tk: Tokens, i: int, s0: int) -> Optional[Span]:
    """The noun phrase that ends right before ``i`` (``Der Polizei zufolge``)."""
    b = i
    while b > s0 and tk.is_space(b - 1):
        b -= 1
    a = b
    while a > s0:
        if tk.tags[a - 1] in _NP_TAGS or tk.ent_of[a - 1] >= 0:
            a -= 1
        elif tk.words[a - 1] in _GROUP_CLOSERS:     # ``der Zeitung „Hoy Bolivia“``, ``Max Muster (CDU)``
            opener = _group_opener(tk, a - 1, s0)
            if opener is None or opener == a - 2:
                break
            a = opener
        else:
            break
    return (a, b) if a < b and any(tk.tags[k] in ("NN", "NE", "FM") for k in range(a, b)) else None


#: A closing quotation mark or parenthesis inside a noun phrase read backwards.
_GROUP_CLOSERS = frozenset({"“", "”", "«", '"', ")"})
#: Tokens a group inside a noun phrase spans, at most.
_GROUP_REACH = 8


def _group_opener(tk: Tokens, k: int, s0: int) -> Optional[int]:
    """The opening mark or parenthesis of the closing one at ``k`` (within a few tokens), or None."""
    openers = ("(",) if tk.words[k] == ")" else ("„", "»", '"', "“")
    for j in range(k - 1, max(s0, k - _GROUP_REACH) - 1, -1):
        if tk.words[j] in openers:
            return j
        if tk.words[j] in (",", ".", ";", ":"):
            return None
    return None


def in_source(tk: Tokens, a: int, b: int, prepositions: frozenset = SOURCE_PLACE_PREPOSITIONS) -> Optional[Span]:
    """``heißt es in der Erklärung``, ``Im Bericht heißt es``, ``Bei der Agentur hieß es``: the text or
    place that says it (``in X``, ``bei X``, ``aus X``)."""
    for k in range(a, b):
        if tk.words[k].casefold() in prepositions:
            sp = np_at(tk, k + 1, b)
            if sp is not None:
                return sp
            # ``in einer gestern verbreiteten Erklärung``: an adverb inside, the words to the clause end
            end = b
            while end > k + 1 and not tk.words[end - 1][:1].isalnum():
                end -= 1
            if any(tk.tags[j] in _NP_HEAD for j in range(k + 1, end)):
                return k + 1, end
    return None


def np_at(tk: Tokens, i: int, end: int) -> Optional[Span]:
    """The speaker phrase starting at token ``i``: a pronoun, a name, or a role phrase with its
    genitive (``der Sprecher der Polizei``) and a name right after it (``Vorstandschef Max Muster``)."""
    i = _skip_space(tk, i, end)
    if i >= end:
        return None
    if tk.words[i] in PRONOUNS and tk.tags[i] == "PPER" or tk.words[i] in SPEAKER_PRONOUN_HEADS \
            or tk.tags[i] in _PRONOUN_HEADS and tk.words[i][:1].isupper():
        j = i + 1      # ``Einer der Putschisten``, ``Dieser``
        if tk.tags[i] != "PPER" and j < end and tk.words[j] in _GENITIVE:
            j = _noun_group(tk, j, end)
        return i, j
    b = _noun_group(tk, i, end)
    if b == i:
        b = marked_name(tk, i, end) or i      # ``„Die Zeit“``: a name in marks
    if b == i:
        return None
    while b < end and tk.words[b] in _GENITIVE and tk.tags[b] == "ART":
        nb = _noun_group(tk, b, end)
        if nb == b:
            break
        b = nb
    if b < end and tk.ent_of[b] >= 0 and tk.ents[tk.ent_of[b]][2] == "PER":
        b = _entity_end(tk, b)
    return i, b


def np_after(tk: Tokens, i: int, end: int) -> Optional[Span]:
    """The speaker after a cue (``sagte der Sprecher``, ``so Müller``), over a short adverb
    (``sagte gestern Müller``)."""
    i = _skip_space(tk, i, end)
    for _ in range(3):   # over ``sich`` and short adverbs: ``äußerte sich gestern der Minister``
        span = np_at(tk, i, end)
        if span is not None or i + 1 >= end or tk.tags[i] not in _SKIPPED_AFTER_CUE:
            return span
        i = _skip_space(tk, i + 1, end)
    return None


def subject_before(tk: Tokens, lo: int, v: int) -> Optional[Span]:
    """The first constituent ``lo..v`` when it reads as the subject of the verb at ``v``
    (``Die Firma teilte mit``; ``Anna Muster, Sprecherin der Stadt, betonte``); None when it
    is an adverbial (``Am Montag sagte …``: the speaker follows the verb)."""
    a = _skip_space(tk, lo, v)
    if a < v and tk.tags[a] == "KON":               # ``Aber Zeitungen berichteten``
        a = _skip_space(tk, a + 1, v)
    if a < v and tk.words[a] in FOCUS_WORDS:       # ``Auch die Ministerin sagte``
        a = _skip_space(tk, a + 1, v)
    b = v
    while b > a and (tk.is_space(b - 1) or tk.words[b - 1] == ","):
        b -= 1
    if a >= b or not _may_open_subject(tk, a):
        return None
    b = _before_relative(tk, a, b)
    if b - a > _MAX_SUBJECT or any(tk.tags[k] in FINITE or _YEAR.match(tk.words[k]) for k in range(a, b)):
        return None
    # an article, a name or a noun first: the subject, whatever stands inside it
    # (``der für die Region zuständige Koordinator, Max Muster, sagte``)
    if tk.tags[a] not in _SUBJECT_START and np_at(tk, a, b) is None:
        return None
    return (a, b) if any(_heads_phrase(tk, k) for k in range(a, b)) else None


def _may_open_subject(tk: Tokens, a: int) -> bool:
    """Not an adverbial (``Am Montag``, ``letzten September``) nor an article that is never
    nominative (``Den Unmut``)."""
    if tk.words[a] in _NOT_NOMINATIVE or _time_phrase(tk, a):
        return False
    return tk.tags[a] not in _ADVERBIAL or tk.words[a] in SPEAKER_PRONOUN_HEADS or _person_start(tk, a)


def _time_phrase(tk: Tokens, a: int) -> bool:
    """``letzten September``, ``Ende Januar``, ``diese Woche``: the first noun names a time."""
    for k in range(a, min(a + 3, tk.n)):
        if tk.tags[k] in _NP_HEAD:
            w = tk.words[k].casefold()
            return w in TIME_NOUNS or w in MONTH_NAMES
    return False


def _heads_phrase(tk: Tokens, k: int) -> bool:
    w = tk.words[k]
    return tk.tags[k] in _NP_HEAD or tk.tags[k] in _PRONOUN_HEADS or w in PRONOUNS or w in SPEAKER_PRONOUN_HEADS


def _before_relative(tk: Tokens, a: int, b: int) -> int:
    """``Die Organisation, die … ausübt, erklärte``: the subject ends before its relative clause."""
    for k in range(a + 1, b - 1):
        if tk.words[k] == "," and tk.tags[k + 1] in ("PRELS", "PRELAT"):
            return k
    return b


# --- linking -------------------------------------------------------------------------------


def _ids_in(tk: Tokens, a: int, b: int, label: str) -> list[str]:
    out = []
    for k in range(a, b):
        e = tk.ent_of[k]
        if e >= 0 and tk.ents[e][2] == label and tk.ents[e][3] and tk.ents[e][3] not in out:
            out.append(tk.ents[e][3])
    return out


def _gender_of(tk: Tokens, roles_gender: dict[str, str], eid: str) -> str:
    """``f``/``m`` when a mention of the person has ``Frau``/``Herr`` or a gendered role before it."""
    if eid in roles_gender:
        return roles_gender[eid]
    for a, _b, label, e in tk.ents:
        if e != eid:
            continue
        k = a - 1
        while k >= 0 and tk.is_space(k):
            k -= 1
        if k >= 0 and tk.words[k] in FEMALE_MARKERS:
            return "f"
        if k >= 0 and tk.words[k] in MALE_MARKERS:
            return "m"
    return _first_name_gender(tk, eid)


def _first_name_gender(tk: Tokens, eid: str) -> str:
    """The gender the first-name table gives the first word of a mention (``Anna Muster`` → f)."""
    table = first_name_genders()
    for a, b, _label, e in tk.ents:
        if e == eid and b - a >= 2 and tk.words[a] in table:
            return table[tk.words[a]]
    return ""


def roles_gender(roles) -> dict[str, str]:
    """Gender from role words of the roles rows: ``Sprecherin`` → f, ``Sprecher`` → m;
    ``Vorsitzende``, ``Abgeordnete`` say nothing."""
    out: dict[str, str] = {}
    for r in roles:
        if not (r.person_entity and r.role):
            continue
        head = r.role.split()[-1].casefold()
        g = "f" if head.endswith(FEMALE_ROLE_ENDINGS) else "m" if head.endswith(MALE_ROLE_ENDINGS) else ""
        if g and out.get(r.person_entity) != "f":
            out[r.person_entity] = g
    return out


def _pronoun_link(tk: Tokens, a: int, plural: bool, genders: dict[str, str], window: int) -> str:
    """The one person of the pronoun's gender in the sentences before it (and its own), else ""."""
    word = tk.words[a]
    gender, number = PRONOUNS.get(word, ("", "sg"))
    if number == "pl" or plural or not gender:
        return ""
    k = tk.sent_of(a)
    lo = tk.sent_starts[max(k - window, 0)] if tk.sent_starts else 0
    seen: list[str] = []
    for s, _e, label, eid in tk.ents:
        if label == "PER" and eid and lo <= s < a and eid not in seen:
            seen.append(eid)
    fits = [e for e in seen if _gender_of(tk, genders, e) in ("", gender)]
    return fits[0] if len(fits) == 1 else ""


def _role_link(tk: Tokens, a: int, b: int, holders: dict[str, set[str]]) -> str:
    """The person a roles row says holds the role named in ``a..b`` (only when there is one)."""
    for k in range(b - 1, a - 1, -1):
        found = holders.get(tk.words[k].casefold())
        if found:
            return next(iter(found)) if len(found) == 1 else ""
    return ""


def link(tk: Tokens, span: Optional[Span], *, plural: bool, holders: dict[str, set[str]],
         genders: dict[str, str], window: int) -> str:
    """The document-local entity id the speaker refers to, or ""."""
    if span is None:
        return ""
    a, b = span
    for label in ("PER", "ORG"):
        ids = _ids_in(tk, a, b, label)
        if ids:
            return ids[-1] if label == "PER" else ids[0]
    if b - a == 1 and tk.words[a] in PRONOUNS:
        return _pronoun_link(tk, a, plural, genders, window)
    if b - a == 1 and tk.tags[a] == "PRELS":
        return _relative_link(tk, a)
    return _role_link(tk, a, b, holders)


def _relative_link(tk: Tokens, a: int) -> str:
    """``Max Muster, der … vorwarf``: the relative pronoun refers to the name before its comma."""
    k = a - 1
    while k >= 0 and (tk.is_space(k) or tk.words[k] == ","):
        k -= 1
    e = tk.ent_of[k] if k >= 0 else -1
    return tk.ents[e][3] if e >= 0 and tk.ents[e][2] in ("PER", "ORG") else ""


def role_holders(roles) -> dict[str, set[str]]:
    """``{role word (case-folded): {person entity ids}}`` from the roles rows."""
    out: dict[str, set[str]] = {}
    for r in roles:
        if r.person_entity and r.role:
            out.setdefault(r.role.split()[-1].casefold(), set()).add(r.person_entity)
    return out
