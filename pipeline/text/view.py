"""The one text view of a ``Doc`` that every rule component reads, built once per ``Doc``.

The rule components look at neighbouring tokens millions of times per corpus;
``doc[i]`` builds a new ``Token`` object on every access and ``tok.text`` looks
the string up again. :func:`view` returns a :class:`TextView` of plain lists
from a few ``to_array`` calls instead, at two grains:

- **tokens** (index = spaCy token index; figures, dates, structure, persons):
  ``words`` (token texts), ``starts``, ``ends``, ``blank`` (spaces only, no
  newline), ``tags``, ``poss``, ``plural`` and the line of each token
  (``line``: line breaks before its start, ``line_end``: before its end), so
  "same line?" is one comparison: ``v.same_line(a, b)``, ``v.breaks(i, j)``;
- **words** (:class:`Word`, phrase grammar of persons and roles): the tokens
  without space tokens, glued punctuation split off (``):`` → ``)`` ``:``,
  ``·Bo`` → ``·`` ``Bo``, ``GmbH.`` → ``GmbH`` ``.``), a line break before a
  word recorded as ``nl``, each word labelled with the entity of ``doc.ents``
  it lies in (:func:`words_of`).

Weak keys: the view dies with its ``Doc`` and is never serialised with it
(unlike ``user_data``); it is rebuilt when the token count changes (retokenising).
"""
from __future__ import annotations

import bisect
import weakref
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from spacy.attrs import IDX, LENGTH, MORPH, POS, TAG
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc

from pipeline.lang.role_words import ORG_CUES
from pipeline.text.normalise import NBSP, doc_text

#: Characters of a blank token: plain and no-break/thin spaces (no newline).
SPACE_CHARS = frozenset(" " + NBSP)
_SPACES = " " + NBSP
#: Punctuation that is split off when glued to a word (``):``, ``·Bo``).
PUNCT_CHARS = frozenset(",;:()[]{}„“”\"'‚‘’»«·•/–—!?…")


@dataclass(slots=True)
class Word:
    text: str
    start: int
    end: int
    tag: str = ""
    pos: str = ""
    plural: bool = False
    label: str = ""      # label of the entity the word lies in
    ent: int = -1        # index of that entity in doc.ents
    nl: bool = False     # a line break lies between this word and the previous one


class TextView:
    """Token columns of one ``Doc`` and, on first use, its :class:`Word` list."""

    __slots__ = ("text", "words", "starts", "ends", "blank", "line", "line_end",
                 "_doc", "_tags", "_word_list", "_labelled", "__weakref__")

    def __init__(self, doc: Doc):
        self.text = text = doc_text(doc)
        n = len(doc)
        # offsets in one array call: iterating the Doc builds a Token object per token
        idx, length = doc.to_array([IDX, LENGTH]).T.tolist() if n else ([], [])
        self.starts = idx
        self.ends = [s + k for s, k in zip(idx, length)]
        self.words = words = [text[s:s + k] for s, k in zip(idx, length)]
        # a token of spaces/no-break spaces only, no newline (spaCy keeps extra spaces as tokens)
        # (``strip`` runs in C; only tokens that start with a space get that far)
        self.blank = [bool(w) and w[0] in SPACE_CHARS and not w.strip(_SPACES) for w in words]
        # Only a single plain space can follow a token: any other whitespace,
        # newlines included, is a token of its own, so counting them per token
        # gives every token's line.
        line, ln, ln_end = 0, [], []
        for w in words:
            ln.append(line)
            if "\n" in w:
                line += w.count("\n")
            ln_end.append(line)
        self.line, self.line_end = ln, ln_end
        self._doc = weakref.ref(doc)
        self._tags: Optional[tuple[list[str], list[str], list[bool]]] = None
        self._word_list: Optional[list[Word]] = None
        self._labelled: list[Word] = []   # the words ``words_of`` labelled last

    def _tag_columns(self) -> tuple[list[str], list[str], list[bool]]:
        # read on first use, not when the view is built: ``press_structure`` builds it
        # before the model has tagged the Doc
        if self._tags is None:
            doc = self._doc()
            if doc is None or not len(doc):
                self._tags = ([], [], [])
            else:
                tag_h, pos_id, morph_h = doc.to_array([TAG, POS, MORPH]).T.tolist()
                strings = doc.vocab.strings
                names = {h: (strings[h] if h else "") for h in set(tag_h)}
                plur = {h: bool(h) and "Number=Plur" in strings[h] for h in set(morph_h)}
                self._tags = ([names[h] for h in tag_h], [POS_NAMES.get(p, "") for p in pos_id],
                              [plur[h] for h in morph_h])
        return self._tags

    @property
    def tags(self) -> list[str]:
        """Fine-grained tag of each token (``NE``, ``ADJA``; "" untagged)."""
        return self._tag_columns()[0]

    @property
    def poss(self) -> list[str]:
        """Universal POS of each token (``PROPN``; "" untagged)."""
        return self._tag_columns()[1]

    @property
    def plural(self) -> list[bool]:
        """The token's morphology says ``Number=Plur``."""
        return self._tag_columns()[2]

    def same_line(self, a: int, b: int) -> bool:
        """No line break between the starts of tokens ``a`` and ``b`` (``a <= b``)."""
        return self.line[a] == self.line[b]

    def breaks(self, i: int, j: int) -> int:
        """Line breaks between the end of token ``i`` and the start of token ``j`` (0 unless ``i < j``)."""
        return self.line[j] - self.line_end[i] if i < j else 0

    def gap(self, i: int, j: int) -> str:
        """Text between token ``i`` and token ``j`` (``i < j``)."""
        return self.text[self.ends[i]:self.starts[j]]

    def word_list(self) -> list[Word]:
        if self._word_list is None:
            self._word_list = self._build_words()
        return self._word_list

    def _build_words(self) -> list[Word]:
        out: list[Word] = []
        add = out.append
        text = self.text
        tags, poss, plural = self._tag_columns()
        nl = False
        for t, start, tag, pos, plur in zip(self.words, self.starts, tags, poss, plural):
            if t.isspace():
                if "\n" in t:
                    nl = True
                continue
            # most tokens are one word: only these first characters can start a split
            if len(t) == 1 or not (t[-1] == "." or t[0] in _SPLIT_FIRST):
                add(Word(t, start, start + len(t), tag, pos, plur, "", -1, nl))
            else:
                for a, b in _pieces(t):
                    add(Word(text[start + a:start + b], start + a, start + b, tag, pos, plur, "", -1, nl))
                    nl = False
            nl = False
        return out


#: First characters of the tokens that :func:`_pieces` may split (a dot ends the others).
_SPLIT_FIRST = PUNCT_CHARS | {"."}


@lru_cache(maxsize=1 << 16)
def _pieces(t: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of the words in token text ``t``."""
    if len(t) > 1 and all(c in PUNCT_CHARS or c == "." for c in t):
        return tuple((i, i + 1) for i in range(len(t)))
    if len(t) > 1 and t[0] in "·•":
        return (0, 1), (1, len(t))
    if t.endswith(".") and t[:-1] in ORG_CUES and t not in ORG_CUES:
        return (0, len(t) - 1), (len(t) - 1, len(t))  # ``GmbH.`` at a sentence end
    return ((0, len(t)),)


_VIEWS: "weakref.WeakKeyDictionary[Doc, TextView]" = weakref.WeakKeyDictionary()


#: The view asked for last: rules ask for the same Doc's view many times in a row.
_LAST: list[Optional[TextView]] = [None]


def view(doc: Doc) -> TextView:
    """The cached :class:`TextView` of ``doc`` (rebuilt if the token count changed)."""
    v = _LAST[0]
    if v is not None and v._doc() is doc and len(v.words) == len(doc):
        return v
    v = _VIEWS.get(doc)
    if v is None or len(v.words) != len(doc):
        v = _VIEWS[doc] = TextView(doc)
    _LAST[0] = v
    return v


def words_of(doc: Doc) -> list[Word]:
    """The view's words, labelled with the current ``doc.ents``.

    The words are built once per ``Doc`` and relabelled on later calls, so
    callers must not change them.
    """
    v = view(doc)
    out = v.word_list()
    for w in v._labelled:
        w.label, w.ent = "", -1
    labelled: list[Word] = []
    if out:
        starts = [w.start for w in out]
        for i, ent in enumerate(doc.ents):
            s, e, label = ent.start_char, ent.end_char, ent.label_
            k = bisect.bisect_left(starts, s)
            while k < len(out) and out[k].end <= e:
                out[k].label, out[k].ent = label, i
                labelled.append(out[k])
                k += 1
    v._labelled = labelled
    return out


def line_ends(ws: list[Word]) -> list[int]:
    """For each word, the index of the first word of the next line: forward scans stop there."""
    out = [0] * len(ws)
    nxt = len(ws)
    for n in range(len(ws) - 1, -1, -1):
        out[n] = nxt
        if ws[n].nl:
            nxt = n
    return out
