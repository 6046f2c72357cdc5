"""Markdown inputs as plain text, parsed with markdown-it-py.

A ``.md`` release is rendered to the same plain-text layout as the other
inputs, and that text is the document's normalised text (``dataset.jsonl``
carries it, so every offset resolves): markup goes, the words stay.

- ``# Titel`` → the line ``Titel``; every block is one paragraph, blank lines between;
- ``**Stuttgart, 12. September 2024** –`` → ``Stuttgart, 12. September 2024 –`` (a dateline again);
- ``rund **40.000 Besuchern**`` → ``rund 40.000 Besuchern``;
- ``[Website](https://example.com)`` → ``Website`` (no link target in the text);
- list items → ``- item`` / ``1. item`` lines; tables → ``cell | cell`` rows without the rule line.

    >>> markdown_to_text("# Titel\\n\\n**Stuttgart, 12. September 2024** – Rund **40.000 Besucher**.")
    'Titel\\n\\nStuttgart, 12. September 2024 – Rund 40.000 Besucher.\\n'
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").enable("strikethrough")


def _inline(token) -> str:
    out = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type == "image":
            out.append(_inline(child))    # its alt text
    return "".join(out)


class _Text:
    """The plain text being built: finished blocks and the lines of the open list or table."""

    def __init__(self):
        self.blocks: list[str] = []
        self.lines: list[str] = []          # lines of the list or table being built
        self.lists: list[list] = []         # open lists: [ordered, next number]
        self.row: list[str] | None = None
        self.item_prefix: str | None = None

    def close_lines(self) -> None:
        self.blocks.append("\n".join(self.lines))
        self.lines = []


def _open_list(out: _Text, t) -> None:
    out.lists.append([t.type == "ordered_list_open", int(t.attrGet("start") or 1)])


def _close_list(out: _Text, t) -> None:
    out.lists.pop()
    if not out.lists and out.lines:
        out.close_lines()


def _open_item(out: _Text, t) -> None:
    """``- `` or ``3. ``: the prefix of the item's first line."""
    ordered, n = out.lists[-1]
    out.item_prefix = f"{n}. " if ordered else "- "
    out.lists[-1][1] += 1


def _open_row(out: _Text, t) -> None:
    out.row = []


def _close_row(out: _Text, t) -> None:
    if out.row and any(out.row):
        out.lines.append(" | ".join(out.row))
    out.row = None


def _close_table(out: _Text, t) -> None:
    out.close_lines()


def _inline_text(out: _Text, t) -> None:
    """Text of a table cell, a list item's line or a block of its own."""
    text = _inline(t).strip()
    if out.row is not None:
        out.row.append(" ".join(text.split()))
    elif out.lists:
        if out.item_prefix is not None:
            out.lines.append(out.item_prefix + text)
            out.item_prefix = None
        elif text:
            out.lines.append(text)    # a later paragraph of the same item
    elif text:
        out.blocks.append(text)


def _code(out: _Text, t) -> None:
    content = t.content.strip("\n")
    if out.lists:
        out.lines.append(content)
    elif content.strip():
        out.blocks.append(content)


#: What each markdown-it token adds to the text (other tokens add nothing).
_BY_TOKEN = {
    "bullet_list_open": _open_list, "ordered_list_open": _open_list,
    "bullet_list_close": _close_list, "ordered_list_close": _close_list,
    "list_item_open": _open_item,
    "tr_open": _open_row, "tr_close": _close_row, "table_close": _close_table,
    "inline": _inline_text,
    "fence": _code, "code_block": _code,
}


def markdown_to_text(src: str) -> str:
    """The plain text of a Markdown document (see the module docstring)."""
    out = _Text()
    for t in _parser().parse(src):
        step = _BY_TOKEN.get(t.type)
        if step is not None:
            step(out, t)
    if out.lines:
        out.close_lines()
    blocks = out.blocks
    return "\n\n".join(b for b in blocks if b.strip()) + "\n" if blocks else ""
