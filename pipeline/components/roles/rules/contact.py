"""Contact blocks: a name alone on its line takes the organisation line above it
(``Polizeipräsidium Mannheim / Stabsstelle Öffentlichkeitsarbeit / Nadine Maier``,
``Rückfragen & Kontakt / KPMG Austria GmbH / Mag. Lisa Kannonier``) or, failing that,
right below it (``Laura Riske / Polizeipräsidium Freiburg``); a title line right below
the name is its role (``Jos Poortvliet / Marketing Director``)."""
from __future__ import annotations

import bisect
import re
from typing import Optional

from pipeline.components.roles.mention import Mention
from pipeline.lang import role_words as rw
from pipeline.lang.structure_cues import CONTACT_HEADINGS
from pipeline.text.phrases import is_org_cue, is_role_noun, parse_role

_CONTACT_HEADING = re.compile(r"(?:%s)\s*(?::|$)" % "|".join(CONTACT_HEADINGS), re.I)
_CONTACT_SKIP = re.compile(r"^(?:" + "|".join(re.escape(w) for w in rw.CONTACT_LINE_STARTS) + r")", re.I)


def contact(m: Mention) -> None:
    """The rule."""
    text, ws = m.text, m.ws
    ps, pe = ws[m.pa].start, ws[m.pb - 1].end
    line = _own_line(text, ps, pe, m.hon[0] if m.hon else ps)
    if line is None:
        _name_comma_org(m, ps, pe)
        return  # not alone on its line
    ls, le = line
    in_block = _in_contact_block(m.doc, ps)
    below = _lines_after(text, le, 2)
    role = None
    if below and not _CONTACT_SKIP.match(below[0][2]):
        # (outside a contact block too: ``Weitere Informationen:`` / name / title / organisation)
        role = _title_line(ws, *below[0][:2])
        if role is not None:
            below = below[1:]
    org = _org_above(text, ls, in_block) or _org_below(text, below, in_block)
    if org is not None or role is not None:
        m.add(role, org)


def _name_comma_org(m: Mention, ps: int, pe: int) -> None:
    """``Eva-Maria Hufschmitt, ABBYY`` / ``Elisabeth Strobel, BCW Germany`` on one line of a
    contact block: the part after the comma is the organisation (an organisation line)."""
    text = m.text
    ls = text.rfind("\n", 0, ps) + 1
    le = text.find("\n", pe)
    le = len(text) if le < 0 else le
    first = m.hon[0] if m.hon else ps
    rest = text[pe:le]
    if text[ls:first].strip() or not rest.startswith(", ") or not _in_contact_block(m.doc, ps):
        return
    s = pe + 2
    if "," in text[s:le] or _CONTACT_SKIP.match(text[s:le].strip()):
        return
    org = _org_line(text, s, le, True)
    if org is not None and any(w.label == "ORG" or is_org_cue(w.text) for w in m.ws[m.pb:m.lim]):
        m.add(None, org)   # (not ``Sylvia Schwab, Leitung Politik und Kommunikation``)


def _own_line(text: str, ps: int, pe: int, first: int) -> Optional[tuple[int, int]]:
    """The line of the name at characters ``ps:pe`` (``first``: where its honorific starts)
    when nothing else but a trailing comma stands on it: (line start, line end)."""
    ls = text.rfind("\n", 0, ps) + 1
    le = text.find("\n", pe)
    le = len(text) if le < 0 else le
    if text[ls:first].strip() or text[pe:le].strip(" ,\t"):
        return None
    return ls, le


def _org_line(text: str, s: int, e: int, in_block: bool) -> Optional[tuple[int, int]]:
    """The characters ``s:e`` are one short organisation line: an organisation word, or in a
    contact block a capitalised line without digits, heading colon or title at its end."""
    line = text[s:e]
    stripped = line.strip()
    words = stripped.split()
    low = stripped.lower()
    if not 1 <= len(words) <= 6 or any(a in low for a in rw.ADDRESS_WORDS):
        return None
    if any(is_org_cue(x.strip(",.")) for x in words) or (
            in_block and stripped[:1].isupper() and not any(c.isdigit() for c in stripped)
            and not stripped.endswith(":") and not is_role_noun(words[-1])):
        off = s + line.index(stripped)
        return off, off + len(stripped)
    return None


def _org_above(text: str, ls: int, in_block: bool) -> Optional[tuple[int, int]]:
    """The organisation line above the name's line (starting at ``ls``), over up to two
    department lines (``Stabsstelle …``) and, in a contact block, one blank line."""
    line_end = ls - 1
    blank_ok = in_block
    for _ in range(3):
        if line_end <= 0:
            return None
        s = text.rfind("\n", 0, line_end) + 1
        stripped = text[s:line_end].strip()
        if not stripped:
            if blank_ok:   # ``ABBYY Europe GmbH`` / blank line / name
                blank_ok, line_end = False, s - 1
                continue
            return None
        skip = _CONTACT_SKIP.match(stripped)
        if _CONTACT_HEADING.match(stripped) and not skip:
            return None   # ``Press contacts`` right above the name: a heading, no organisation
        if not skip:
            return _org_line(text, s, line_end, in_block)
        if stripped.endswith(":") or _CONTACT_HEADING.match(stripped):
            return None   # the block's heading: nothing above it belongs to the name
        line_end = s - 1
    return None


def _org_below(text: str, below, in_block: bool) -> Optional[tuple[int, int]]:
    """The organisation line right below the name (or below its title line)."""
    for s, e, line in below[:1]:
        if line and not _CONTACT_SKIP.match(line):
            return _org_line(text, s, e, in_block)
    return None


def _lines_after(text: str, le: int, n: int) -> list[tuple[int, int, str]]:
    """Up to ``n`` non-empty lines after the line that ends at ``le``: (start, end, stripped)."""
    out = []
    while le < len(text) and len(out) < n:
        e = text.find("\n", le + 1)
        e = len(text) if e < 0 else e
        raw = text[le + 1:e]
        if raw.strip():
            off = le + 1 + (len(raw) - len(raw.lstrip()))
            out.append((off, off + len(raw.strip()), raw.strip()))
        elif out:
            break
        le = e
    return out


def _title_line(ws, s: int, e: int) -> Optional[tuple[int, int]]:
    """The character range of a line that is one role phrase (``Marketing Director``)."""
    a = bisect.bisect_left(ws, s, key=lambda w: w.start)
    b = a
    while b < len(ws) and ws[b].end <= e:
        b += 1
    ph = parse_role(ws, a, b) if b > a else None
    if ph is not None and ph.end == b and ph.org_c is None:
        return s, e
    if (ph is not None and ph.org_c is None and ph.end < b and ws[ph.end].text == ","
            and _department_rest(ws[ph.end + 1:b])):
        return s, e   # ``Director, Eclipse Ecosystems – Europe``: title and its department
    return None


def _department_rest(part) -> bool:
    """The words after a title's comma on a title line name a department, no organisation:
    capitalised words and dashes, no ORG entity, legal form or digit."""
    return bool(part) and len(part) <= 6 and all(
        (w.text[:1].isupper() or w.text in ("–", "-", "&", "/")) and w.label != "ORG" and w.text not in rw.LEGAL_FORMS
        and not any(c.isdigit() for c in w.text) for w in part)


def _in_contact_block(doc, char: int) -> bool:
    blocks = doc._.blocks or []
    return any(b.start <= char < b.end + 1 and b.section == "contact" for b in blocks)
