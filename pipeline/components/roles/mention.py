"""``Mention``: one PER entity of a document as the role rules read it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from spacy.tokens import Doc

from pipeline.components.roles.rows import RoleRows


@dataclass
class Mention:
    """The person at words ``pa:pb`` and what the rules share about it.

    ``name_start`` is the first word of honorific + name; ``title_start`` the first word
    of the title run before it (set by the ``title_before`` rule); ``after`` the word
    after the name and its parenthesis (set by the ``parenthesis`` rule)."""
    doc: Doc
    text: str
    ws: list
    per_end_at: dict[int, int]     # end word of a PER entity -> its first word
    config: dict[str, Any]
    rows: RoleRows
    pa: int
    pb: int
    lim: int                       # end of the name's line (in words)
    hon: Optional[tuple[int, int]] = None
    name_start: int = 0
    title_start: Optional[int] = None
    after: int = field(default=0)
    lemmas: Any = field(default_factory=dict)   # (start, end) of a word (characters) -> lemma (``.get``)
    org_names: frozenset = frozenset()    # the texts of the document's ORG entities

    def lemma(self, k: int) -> str:
        """The lemma of word ``k`` (its text when no token starts there)."""
        w = self.ws[k]
        return self.lemmas.get((w.start, w.end), w.text)

    def __post_init__(self):
        self.after = self.pb

    def add(self, role, org, extra: tuple[int, ...] = ()) -> None:
        """A statement about this person (with its honorific)."""
        self.rows.add(self.pa, self.pb, self.hon, role, org, extra)
