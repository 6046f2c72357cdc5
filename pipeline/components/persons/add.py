"""Add rule PERs for names the model missed in role patterns: a name part that is also a
function word after a title (``Ärzte An Hyong-chan``), a later bare surname of a full name
(``Kern``), a run of name words in a person's slot, a name coordinated with a person
(``… (56) und Chol Ri-mun (50)``), a known first name and a surname after a title, an
organisation word or an appointing verb (``beruft Lea Probe``)."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from pipeline.components.persons.names import (_KOREAN_PART, _VERSION, _name_word, _particles_then_name, name_at,
                                               proper_at)
from pipeline.components.persons.slots import _Slots, _alone_on_line, _under_org_line
from pipeline.lang.entity_cues import DETERMINERS
from pipeline.lang.name_parts import NAME_COORDINATORS, first_names
from pipeline.lang.role_words import APPOINTING_VERBS
from pipeline.text.phrases import is_org_cue, is_role_noun
from pipeline.text.view import TextView, view


def _add(doc: Doc, spans, slots: _Slots):
    """Rule PERs for names the model missed in role patterns."""
    taken = set()
    for s, e, l, c in spans:
        taken.update(range(s, e))
    out = []
    # surnames of multi-word persons: a later ``Kern`` is the same ``Christian Kern``
    v = view(doc)
    surnames = {v.words[e - 1] for s, e, l, c in spans if l == "PER" and e - s >= 2}
    ends = {e for s, e, l, c in spans if l == "PER"}
    # neither branch below can start at a lower-case word that is no name part
    starts = [k for k, w in enumerate(v.words)
              if w[:1].isupper() or _name_word(w) is not False]
    i, c = 0, 0
    while c < len(starts):
        if starts[c] < i:
            c += 1
            continue
        i = starts[c]
        c += 1
        if i in taken:
            continue
        how = True
        if not name_at(v, i):
            j = _function_word_name(v, i, taken, slots)
        else:
            j = (_repeated_surname(v, i, surnames) or _name_in_slot(doc, i, taken, slots)
                 or _coordinated_name(doc, i, taken, ends))
            if not j:
                j, how = _first_name_in_slot(doc, i, taken, ends), "gazetteer"
        if j:
            out.append((i, j, "PER", how))
            ends.add(j)   # a name coordinated with this one may follow
            taken.update(range(i, j))
            i = j
        else:
            i += 1
    return out


def _function_word_name(v: TextView, i: int, taken: set, slots: _Slots) -> Optional[int]:
    """``Ärzte An Hyong-chan``: a name part that is also a function word, right after
    a role word and before a proper noun; the end of the name, or None."""
    w, n = v.words, len(v.words)
    t = w[i]
    if (t[:1].isupper() and t.isalpha() and slots.role_before(i) and i + 1 < n
            and i + 1 not in taken and name_at(v, i + 1)
            and (proper_at(v, i + 1) or _KOREAN_PART.match(w[i + 1]))
            and v.same_line(i, i + 1)):
        return i + 2 if not (i + 2 < n and name_at(v, i + 2) and i + 2 not in taken) else i + 3
    return None


def _repeated_surname(v: TextView, i: int, surnames: set) -> Optional[int]:
    """A later ``Kern`` alone after ``Christian Kern``: the end of the name, or None."""
    w, n = v.words, len(v.words)
    if (w[i] in surnames and (i == 0 or w[i - 1] not in DETERMINERS)
            and not (i + 1 < n and w[i + 1][:1].isupper() and v.same_line(i, i + 1))
            and (i == 0 or not w[i - 1][:1].isupper() or not v.same_line(i - 1, i))):
        return i + 1
    return None


def _name_in_slot(doc: Doc, i: int, taken: set, slots: _Slots) -> Optional[int]:
    """A run of name words in a person's slot (:data:`_RUN_SLOTS`: after a title, after
    ``<role phrase>,``, before an apposition or a parenthesis), or two or three alone on a
    contact-block line; its end, or None."""
    v = slots.view
    j = _name_run(doc, i, taken)
    if j < len(v.words) and _VERSION.match(v.words[j]):
        return None   # ``CDO Model Repository 4.0``: a product
    if _run_in_slot(slots, i, j, taken):
        return j
    if 2 <= j - i <= 3 and _alone_on_line(doc, i, j):
        return j   # ``Nadine Maier`` between organisation and ``Telefon:`` lines
    return None


def _name_run(doc: Doc, i: int, taken: set) -> int:
    """End of up to four name words from ``i`` on one line (``Konstantin von Notz``)."""
    v = view(doc)
    n, j = len(v.words), i
    while j < n and j - i < 4 and j not in taken and (j == i or v.same_line(j - 1, j)):
        if name_at(v, j):
            j += 1
        elif j > i and (k := _particles_then_name(doc, j)) and not any(x in taken for x in range(j, k)):
            j = k
        else:
            break
    return j


def _run_in_slot(slots: _Slots, i: int, j: int, taken: set) -> bool:
    """The name run ``i:j`` ends there (no free capitalised word follows on its line), has two
    words or is a proper noun, and stands in one of the :data:`_RUN_SLOTS`."""
    v = slots.view
    w, n = v.words, len(v.words)
    if j < n and j not in taken and w[j][:1].isupper() and v.same_line(j - 1, j):
        return False
    if not (j - i >= 2 or proper_at(v, i)):
        return False
    return any(slot(slots, i, j) for slot in _RUN_SLOTS)


def _any_proper(v: TextView, i: int, j: int) -> bool:
    return any(proper_at(v, k) for k in range(i, j))


# Slots of a name run ``i:j`` (slots, i, j) -> bool.

def _after_title(slots: _Slots, i: int, j: int) -> bool:
    """``Generalkonsul Huang Yiyang``, ``Prof. Dr. Anna Schmidt``: after a title or an
    honorific, with a proper noun in the run."""
    return slots.role_before(i) and _any_proper(slots.view, i, j)


def _after_role_phrase(slots: _Slots, i: int, j: int) -> bool:
    """``der Direktor der Gesundheitsbehörde, Li Ming sagte``: two name words after
    ``<role phrase>,``, followed by the text's end, punctuation or a lower-case word."""
    w = slots.view.words
    return j - i >= 2 and slots.role_before_comma(i) and (
        j >= len(w) or not w[j][:1].isalpha() or w[j][:1].islower())


def _before_apposition(slots: _Slots, i: int, j: int) -> bool:
    """Two name words before ``, <Rolle>`` at a clause or list start (``Thilo Cunz, Sprecher
    der dena``), or before ``(<Organisation>)`` only at the start of a line, bullet or label
    (``Thilo Cunz (dena)``), not mid-sentence, with a proper noun and no plain adjective."""
    if j - i < 2:
        return False
    after = slots.role_after(i, j)
    if after == "role":
        return slots.list_or_clause_start(i)
    v = slots.view
    return (after == "org" and slots.line_start(i) and _any_proper(v, i, j)
            and not any(v.poss[k] == "ADJ" and not proper_at(v, k) for k in range(i, j)))


#: Where a run of name words names a person (:func:`_name_in_slot`); any one will do.
_RUN_SLOTS = (_after_title, _after_role_phrase, _before_apposition)


def _coordinated_name(doc: Doc, i: int, taken: set, per_ends: set) -> Optional[int]:
    """``An Hyong-chan (56) und Chol Ri-mun (50)``: two proper-noun name words joined by
    ``und``/``sowie`` to a person, the second a hyphenated (Korean) given name, or both
    names followed by a parenthesis (``A B (56) und C D (50)``); the end of the name, or None."""
    v = view(doc)
    w, n = v.words, len(v.words)
    if i < 2 or w[i - 1] not in NAME_COORDINATORS or i + 1 >= n or i + 1 in taken:
        return None
    paren = w[i - 2] == ")"
    if not (_person_ends_before(v, i, paren, per_ends) and _second_name(v, i, paren)):
        return None
    if i + 2 < n and w[i + 2][:1].isupper() and v.same_line(i + 1, i + 2):
        return None   # ``… und Max Muster Stiftung``: longer than a name
    return i + 2


def _person_ends_before(v: TextView, i: int, paren: bool, per_ends: set) -> bool:
    """A person's name ends right before the ``und`` at ``i - 1`` (before its parenthesis
    ``(56)`` when ``paren``), on the line of the words after it."""
    w = v.words
    j = i - 2
    if paren:
        j = next((k for k in range(j - 1, max(j - 5, -1), -1) if w[k] == "("), -1) - 1
    return j >= 0 and j + 1 in per_ends and v.same_line(j, i + 1)


def _second_name(v: TextView, i: int, paren: bool) -> bool:
    """Words ``i``, ``i + 1`` after ``und`` are a name: a capitalised proper noun, then a
    hyphenated given name (``Chol Ri-mun``), or both people carry the same parenthesis
    (ages): ``Papa Roach und Enter Shikari`` (bands) stays out."""
    w, n = v.words, len(v.words)
    a, b = i, i + 1
    if not (proper_at(v, a) and name_at(v, a) and w[a][:1].isupper()):
        return False
    return w[b][:1].isupper() and bool(_KOREAN_PART.match(w[b]) or (
        paren and proper_at(v, b) and name_at(v, b) and i + 2 < n and w[i + 2] == "("))


def _first_name_in_slot(doc: Doc, i: int, taken: set, per_ends: set) -> Optional[int]:
    """A known first name and a surname the model missed, right after a title, an
    organisation word, an appointing verb or another person it is coordinated with
    (``Präsident der Handelskammer Otto Muster``, ``beruft Lea Probe``, ``Scott Opitz und
    Alex Elkin``), or alone on its line
    under an organisation line (``Polizei Musterstadt`` / ``Anna Schmidt``); the end, or None."""
    v = view(doc)
    if not _first_name_then_surname(v, i, taken):
        return None
    if not v.same_line(i - 1, i):
        return i + 2 if _under_org_line(doc, i, i + 2) else None
    if not _opens_name_slot(v, i - 1, per_ends):
        return None
    return _third_name_end(v, i + 2, taken)


def _first_name_then_surname(v: TextView, i: int, taken: set) -> bool:
    """``Otto Muster``: a known first name (not the text's first word), then a free
    capitalised name word on its line that is no first name."""
    w, n = v.words, len(v.words)
    names = first_names()
    if i == 0 or w[i] not in names or i + 1 >= n or i + 1 in taken:
        return False
    nxt = w[i + 1]
    return nxt[:1].isupper() and name_at(v, i + 1) and nxt not in names and v.same_line(i, i + 1)


def _opens_name_slot(v: TextView, p: int, per_ends: set) -> bool:
    """Word ``p`` before a first name opens a person's slot: an organisation word, a title,
    an appointing verb (``beruft Lea Probe zur …``), or ``und``/``sowie``/``,`` right after
    another person."""
    t = v.words[p]
    return (is_org_cue(t) or is_role_noun(t) or t in APPOINTING_VERBS
            or ((t in NAME_COORDINATORS or t == ",") and p in per_ends))


def _third_name_end(v: TextView, j: int, taken: set) -> int:
    """End of a first name and surname ending at ``j``, with a third free proper-noun name
    word on the line taken in."""
    w, n = v.words, len(v.words)
    if (j < n and j not in taken and name_at(v, j) and w[j][:1].isupper() and v.same_line(j - 1, j)
            and proper_at(v, j)):
        return j + 1
    return j
