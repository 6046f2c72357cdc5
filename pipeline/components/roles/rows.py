"""The ``Role`` rows of one document: built from word and character ranges, deduplicated."""
from __future__ import annotations

from typing import Optional

from pipeline.lang.role_links import COORDINATORS
from pipeline.model.document import Role

Span = Optional[tuple]

#: Articles after the link between coordinated organisations (``der X AG und der Y GmbH``).
ORG_ARTICLES = frozenset({"der", "die", "des", "dem", "den"})


def _kept(r: Span) -> Span:
    """An empty range is no range."""
    return None if r is not None and r[0] >= r[1] else r


class RoleRows:
    """Collects the statements of a document. A role is a character range, or
    ``(start, end, text)`` when the organisation sits inside it
    (``stellvertretende [SPD-]Fraktionsvorsitzende``); the first statement of a
    (person start, role, organisation) wins."""

    def __init__(self, text: str, ws: list):
        self.text = text
        self.ws = ws
        self.rows: list[Role] = []
        self.seen: set = set()
        self.bare: dict = {}    # (person start, role) -> index of its row without organisation
        self.placed: set = set()   # (person start, role) that have a row with an organisation

    def add(self, pa: int, pb: int, hon: Span, role: Span, org: Span, extra: tuple[int, ...] = ()) -> None:
        """A statement about the person at words ``pa:pb``; ``extra`` are character
        offsets the statement's text must also cover (a title's first word, a parenthesis).
        Coordinated organisations give one statement each (``CEO von Euronews und Africanews``)."""
        parts = self._coordinated_orgs(org) if org is not None else None
        if parts:
            for o in parts:
                self._add(pa, pb, hon, role, o, extra)
            return
        self._add(pa, pb, hon, role, org, extra)

    def _coordinated_orgs(self, org) -> Optional[list[tuple[int, int]]]:
        """The character ranges of two or more ORG entities that make up the range ``org``,
        joined by ``und``/``sowie``/a comma (an article may follow the link); else None."""
        runs: list[list] = []
        last_ent, linked = None, True
        for w in self.ws:
            if w.end <= org[0] or w.start >= org[1]:
                continue
            if w.ent >= 0 and w.label == "ORG" and w.start >= org[0] and w.end <= org[1]:
                if w.ent != last_ent:
                    if not linked:
                        return None   # ``New Yorker Lenox Hill-Krankenhaus``: one name
                    runs.append([w.start, w.end])
                runs[-1][1] = w.end
                last_ent, linked = w.ent, False
            elif runs and (w.text in COORDINATORS or w.text == "," or linked and w.text in ORG_ARTICLES):
                last_ent, linked = None, True
            else:
                return None   # (``Institut der Universität``: a genitive is no coordination)
        return [tuple(r) for r in runs] if len(runs) >= 2 else None

    def _add(self, pa: int, pb: int, hon: Span, role: Span, org: Span, extra: tuple[int, ...] = ()) -> None:
        text, ws = self.text, self.ws
        ps, pe = ws[pa].start, ws[pb - 1].end
        role, org = _kept(role), _kept(org)
        if role is None and org is None:
            return
        role_text = (role[2] if len(role) > 2 else text[role[0]:role[1]]) if role else ""
        org_text = text[org[0]:org[1]] if org else ""
        at = self._slot(ps, role_text, org_text)
        if at is None:
            return
        pts = [ps, pe] + [x for r in (hon, role, org) if r for x in r[:2]] + list(extra)
        s, e = min(pts), max(pts)
        self.rows.insert(at, Role(
            start=s, end=e, text=text[s:e], person=text[ps:pe], person_start=ps, person_end=pe,
            honorific=text[hon[0]:hon[1]] if hon else "",
            role=role_text, organization=org_text,
            org_start=org[0] if org else None, org_end=org[1] if org else None))

    def _slot(self, ps: int, role_text: str, org_text: str) -> Optional[int]:
        """Where the statement goes in ``rows``, or None when it is known already. The same title
        read again with its organisation (``als Steuerberater … Teil von KPMG``) replaces the
        row without one; a title without organisation after one with it is dropped."""
        key, title = (ps, role_text, org_text), (ps, role_text)
        if key in self.seen or role_text and not org_text and title in self.placed:
            return None
        self.seen.add(key)
        at = len(self.rows)
        if role_text and title in self.bare:
            at = self.bare.pop(title)
            self.rows.pop(at)
        elif role_text and not org_text:
            self.bare[title] = at
        if role_text and org_text:
            self.placed.add(title)
        return at

    def in_order(self) -> list[Role]:
        """The rows by position (stable: equal positions keep the order the rules found them)."""
        self.rows.sort(key=lambda r: (r.start, r.end))
        return self.rows
