"""Document layout of a press release and the sentence boundaries it implies.

The ``press_structure`` component runs right after the tokenizer. It reads
the layout from the text (headline, dateline, paragraphs, list items, contact
and boilerplate blocks), stores it on the ``Doc`` and sets ``is_sent_start``
on every token: a block always starts a sentence, and inside a block a
sentence ends only at a free-standing ``.``/``!``/``?`` (abbreviations are kept
whole by the tokenizer, so their periods never count) or after a year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.model import extensions  # noqa: F401  (registers Doc._ attributes)
from pipeline.model.layout import Block, Dateline, Layout
from pipeline.components.dates.parse import parse_date_text
from pipeline.lang import structure_cues as cues
from pipeline.lang.abbreviations import SENTENCE_STARTERS
from pipeline.text.normalise import doc_text
from pipeline.text.view import view

_BULLET = re.compile(cues.BULLET)
_READING_TIME = re.compile(cues.READING_TIME)
_CONTACT = re.compile(r"(?:%s)\s*(?::|$)" % "|".join(cues.CONTACT_HEADINGS), re.I)
_SECTION_HEADINGS = re.compile("|".join(cues.BOILERPLATE_SECTION_HEADINGS))
_SINGLE_BOILERPLATE = re.compile("|".join(cues.BOILERPLATE_LINES))
_WIRE_NAMES = "|".join(sorted(map(re.escape, cues.WIRES), key=len, reverse=True))
_DATE_WORDS = r"\d{1,2}\.\s?(?:[A-ZÄÖÜa-zäöü]+\.?)\s\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4}"
_DATELINE_DATE = re.compile(
    r"(?P<place>[^\n,/()\d]{2,40}?(?:,\s*[^\n,/()\d]{2,40}?)?),\s*(?:(?:%s)\s+)?"
    r"(?P<date>%s)\s*(?:/\s*(?P<wire>[^/\n]{2,40}?)\s*/)?\s*(?:\((?P<wire2>%s)[^)]{0,30}\)\s*)?"
    r"(?P<dash>%s)\s+" % ("|".join(cues.DATELINE_DATE_LEADS), _DATE_WORDS, _WIRE_NAMES, cues.DATELINE_DASH))
_DATELINE_WIRE = re.compile(
    r"(?P<place>[A-ZÄÖÜ][^\n()\d,:]{1,40}?)\s*\((?P<wire>%s)(?:[/ ][^)]{0,30})?\)\s*"
    r"(?:(?P<dash>%s)\s*|$)" % (_WIRE_NAMES, cues.DATELINE_DASH))
_FOOTER_WIRE = re.compile(cues.FOOTER_WIRE)
_DATE_TIME_LINE = re.compile(cues.DATE_TIME_LINE)
#: Tunable numbers of the layout rules (the factory's ``default_config``).
DEFAULTS = {
    # datelines are looked for in this many body lines at the top (police wires
    # put a date line and the office's name first)
    "dateline_search_lines": 4,
    # a longer first line is no headline
    "headline_max_chars": 200,
    # contact and boilerplate headings are short lines
    "heading_max_chars": 100,
    # a reading-time widget line is at most this long
    "widget_max_chars": 60,
    # a body line at least this long without a final stop continues on the next line
    "wrap_min_chars": 60,
}
_TERMINAL = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSERS = set("\"'“”’»«)]") | {"''"}
_OPENERS = set("\"'„“‚»«([") | {"``"}
_LOOSE_ENDERS = cues.LOOSE_SENTENCE_ENDERS
_NUM_PERIOD = re.compile(r"^(\d+)\.$")


def _lines(text: str):
    """(start, end) of every line's content without surrounding whitespace."""
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            s = pos + (len(raw) - len(raw.lstrip()))
            yield s, s + len(stripped)
        else:
            yield None
        pos += len(raw) + 1


def _headline_like(line: str, next_line: Optional[str], max_chars: int = DEFAULTS["headline_max_chars"]) -> bool:
    if (len(line) > max_chars or _BULLET.match(line) or _DATELINE_WIRE.match(line) or _DATELINE_DATE.match(line)
            or _DATE_TIME_LINE.match(line)):
        return False
    if line[-1] != ".":
        return True
    # A one-sentence title that ends in a period counts when page furniture
    # (a bullet or a reading-time line) follows it directly.
    one_sentence = not re.search(r"[.!?]\s+[A-ZÄÖÜ„\"]", line[:-1])
    return one_sentence and next_line is not None and bool(_BULLET.match(next_line))


def blocks_before_headline(blocks: list[Block]) -> bool:
    """Whether anything but date lines came before: then there is no headline."""
    return any(b.section != "body" or not b.date_line for b in blocks)


def _place(raw: str) -> str:
    words = re.split(r"(\s+|,|-)", raw.strip())
    return "".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in words)


def _wire(name: str) -> str:
    return cues.WIRES.get(name.strip(), name.strip())


def find_dateline(text: str, start: int, end: int) -> Optional[Dateline]:
    """The dateline at the start of the line ``text[start:end]``, if any."""
    line = text[start:end]
    m = _DATELINE_DATE.match(line)
    if m:
        parsed = parse_date_text(m.group("date"))
        if parsed and parsed[1] == "day":
            wire = m.group("wire") or m.group("wire2") or ""
            return Dateline(start, start + len(m.group(0).rstrip()), _place(m.group("place")),
                            parsed[0], _wire(wire) if wire else "")
    m = _DATELINE_WIRE.match(line)
    if m:
        return Dateline(start, start + len(m.group(0).rstrip()), _place(m.group("place")),
                        None, _wire(m.group("wire")))
    return None


@dataclass
class _Reading:
    """The layout read so far, line by line (``analyse``)."""
    text: str
    lines: list
    config: dict
    blocks: list[Block] = field(default_factory=list)
    headline: Optional[tuple[int, int]] = None
    dateline: Optional[Dateline] = None
    para: int = -1
    mode: str = "body"          # ``contact``/``boilerplate`` after such a heading, to the end
    body_lines: int = 0         # body lines searched for a dateline

    def add(self, start: int, end: int, section: str, date_line: bool = False) -> None:
        self.blocks.append(Block(start, end, self.para, section, date_line=date_line))


# -- line rules, in the order of LINE_RULES: each places line ``i`` (``text[s:e]``) and
# returns True, or leaves it to the next rule

def _headline_line(r: _Reading, i: int, s: int, e: int, line: str) -> bool:
    """The title: a headline-like line with nothing but date lines before it."""
    if r.headline is not None or blocks_before_headline(r.blocks):
        return False
    nxt = next((r.lines[j] for j in range(i + 1, len(r.lines)) if r.lines[j]), None)
    if not _headline_like(line, r.text[nxt[0]:nxt[1]] if nxt else None, r.config["headline_max_chars"]):
        return False
    r.headline = (s, e)
    r.add(s, e, "headline")
    return True


def _section_line(r: _Reading, i: int, s: int, e: int, line: str) -> bool:
    """A line of a contact or boilerplate section, which a short heading opens
    (``Pressekontakt:``, ``Über die Firma``) and which runs to the end."""
    short = len(line) <= r.config["heading_max_chars"]
    if _CONTACT.match(line) and short:
        r.mode = "contact"
    elif _SECTION_HEADINGS.match(line) and short and not line.endswith("."):
        r.mode = "boilerplate"
    if r.mode == "body":
        return False
    r.add(s, e, r.mode)
    return True


def _boilerplate_line(r: _Reading, i: int, s: int, e: int, line: str) -> bool:
    """A single boilerplate line or a short reading-time widget (``Lesezeit: 3 Minuten``)."""
    if _SINGLE_BOILERPLATE.match(line) or (len(line) <= r.config["widget_max_chars"] and _READING_TIME.search(line)):
        r.add(s, e, "boilerplate")
        return True
    return False


def _bullet_line(r: _Reading, i: int, s: int, e: int, line: str) -> bool:
    """``- Punkt``, ``• Punkt``: a list item."""
    if _BULLET.match(line):
        r.add(s, e, "list_item")
        return True
    return False


def _dateline_line(r: _Reading, i: int, s: int, e: int, line: str) -> bool:
    """``Stuttgart, 12. September 2024 –`` in one of the first body lines; the rest of its line is body."""
    if r.dateline is not None or r.body_lines >= r.config["dateline_search_lines"]:
        return False
    r.body_lines += 1
    r.dateline = find_dateline(r.text, s, e)
    if not r.dateline:
        return False
    end = r.dateline.end
    r.add(s, end, "dateline")
    rest = len(r.text[end:e]) - len(r.text[end:e].lstrip())
    if end + rest < e:
        r.add(end + rest, e, "body")
    return True


def _wrapped_line(r: _Reading, i: int, s: int, e: int, line: str) -> bool:
    """A wrapped continuation of a long body line of the same paragraph without a final stop."""
    prev = r.blocks[-1] if r.blocks else None
    if (prev and prev.para == r.para and prev.section == "body" and prev.end - prev.start >= r.config["wrap_min_chars"]
            and r.text[prev.end - 1] not in ".!?:;\"“”)"):
        prev.end = e
        return True
    return False


def _body_line(r: _Reading, i: int, s: int, e: int, line: str) -> bool:
    """Any other line: body, or a list item when it ends in ``;``."""
    section = "list_item" if line.endswith(";") else "body"
    r.add(s, e, section, date_line=bool(_DATE_TIME_LINE.match(line)))
    return True


#: The rules that place a line, tried in this order; the first that returns True places it.
LINE_RULES = (_headline_line, _section_line, _boilerplate_line, _bullet_line, _dateline_line, _wrapped_line,
              _body_line)


def analyse(text: str, *, dateline_search_lines: int = DEFAULTS["dateline_search_lines"],
            headline_max_chars: int = DEFAULTS["headline_max_chars"],
            heading_max_chars: int = DEFAULTS["heading_max_chars"],
            widget_max_chars: int = DEFAULTS["widget_max_chars"],
            wrap_min_chars: int = DEFAULTS["wrap_min_chars"]) -> Layout:
    """Split ``text`` into blocks with paragraph index and section."""
    config = {"dateline_search_lines": dateline_search_lines, "headline_max_chars": headline_max_chars,
              "heading_max_chars": heading_max_chars, "widget_max_chars": widget_max_chars,
              "wrap_min_chars": wrap_min_chars}
    r = _Reading(text, list(_lines(text)), config)
    in_para = False
    for i, ln in enumerate(r.lines):
        if ln is None:
            in_para = False
            continue
        if not in_para:
            r.para += 1
            in_para = True
        s, e = ln
        line = text[s:e]
        for rule in LINE_RULES:
            if rule(r, i, s, e, line):
                break
    return Layout(r.blocks, r.headline, r.dateline, _wire_of(text, r.dateline))


def _wire_of(text: str, dateline: Optional[Dateline]) -> str:
    """The wire the dateline names, else the one of the last footer credit."""
    if dateline and dateline.wire:
        return dateline.wire
    m = None
    for m in _FOOTER_WIRE.finditer(text):
        pass
    return _wire(next(g for g in m.groups() if g)) if m else ""


def _is_start_after(words: list[str], text: str, ends: list[int], p: int, i: int) -> bool:
    """Whether token ``i`` opens a new sentence inside a block, given ``p``, the token before it."""
    t = words[i]
    first = t[0]
    if not (first.isupper() or first.isdigit() or t in _OPENERS):
        return False
    if t in _OPENERS and text[ends[p]:ends[p] + 1] != " ":
        return False  # a quote glued to the period closes the sentence: „… bereit.“
    while words[p] in _CLOSERS and p > 0 and words[p - 1] not in _OPENERS:
        p -= 1
        if words[p] in _TERMINAL:
            return True
    pt = words[p]
    if pt in _TERMINAL or pt.endswith("..."):
        return True
    m = _NUM_PERIOD.match(pt)
    if m:
        # "2025." ends a sentence; "7. Juli" and "2. Forum" are ordinals.
        return len(m.group(1)) == 4 or t in SENTENCE_STARTERS
    return pt in _LOOSE_ENDERS and t in SENTENCE_STARTERS


def set_sentence_starts(doc: Doc, blocks: list[Block]) -> None:
    """Set ``is_sent_start`` on every token from the blocks and punctuation."""
    if not len(doc):
        return
    tab = view(doc)
    words, ends, text = tab.words, tab.ends, tab.text
    starts = sorted(b.start for b in blocks)
    flags = numpy.full((len(doc), 1), -1, dtype="int64")   # Doc.from_array: 1 start, -1 inside
    flags[0, 0] = 1
    k = 0
    prev = -1 if words[0].isspace() else 0
    for i in range(1, len(words)):
        w = words[i]
        if w.isspace():
            continue
        block_start = False
        while k < len(starts) and starts[k] < ends[i]:
            if starts[k] >= (ends[prev] if prev >= 0 else 0):
                block_start = True
            k += 1
        if block_start or (prev >= 0 and _is_start_after(words, text, ends, prev, i)):
            flags[i, 0] = 1
        prev = i
    # one array write: the ``is_sent_start`` setter rescans the whole doc on every call
    doc.from_array([SENT_START], flags.view("uint64"))


class StructureComponent:
    """Reads the layout and sets sentence starts (``press_structure``)."""

    def __init__(self, nlp: Language, name: str, **config: int):
        self.name = name
        self.config = {**DEFAULTS, **config}

    def __call__(self, doc: Doc) -> Doc:
        layout = analyse(doc_text(doc), **self.config)
        doc._.blocks = layout.blocks
        doc._.headline = layout.headline
        doc._.dateline = layout.dateline
        doc._.wire = layout.wire
        if layout.dateline and layout.dateline.date:
            doc._.doc_date = layout.dateline.date
        elif doc._.meta_date:
            doc._.doc_date = doc._.meta_date
        set_sentence_starts(doc, layout.blocks)
        return doc


@Language.factory(
    "press_structure",
    assigns=["token.is_sent_start", "doc._.blocks", "doc._.headline", "doc._.dateline", "doc._.wire",
             "doc._.doc_date"],
    requires=[],
    default_config=DEFAULTS,
)
def make_structure(nlp: Language, name: str, dateline_search_lines: int, headline_max_chars: int,
                   heading_max_chars: int, widget_max_chars: int, wrap_min_chars: int) -> StructureComponent:
    """Factory of the ``press_structure`` component."""
    return StructureComponent(nlp, name, dateline_search_lines=dateline_search_lines,
                              headline_max_chars=headline_max_chars, heading_max_chars=heading_max_chars,
                              widget_max_chars=widget_max_chars, wrap_min_chars=wrap_min_chars)

