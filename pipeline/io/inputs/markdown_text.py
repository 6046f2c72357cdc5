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


def markdown_to_text(src: str) -> str:
    """The plain text of a Markdown document (see the module docstring)."""
    tokens = _parser().parse(src)
    blocks: list[str] = []
    lines: list[str] = []          # lines of the list or table being built
    lists: list[list] = []         # open lists: [ordered, next number]
    row: list[str] | None = None
    item_prefix = None
    for t in tokens:
        kind = t.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            lists.append([kind == "ordered_list_open", int(t.attrGet("start") or 1)])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            if not lists and lines:
                blocks.append("\n".join(lines))
                lines = []
        elif kind == "list_item_open":
            ordered, n = lists[-1]
            item_prefix = f"{n}. " if ordered else "- "
            lists[-1][1] += 1
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close":
            if row and any(row):
                lines.append(" | ".join(row))
            row = None
        elif kind == "table_close":
            blocks.append("\n".join(lines))
            lines = []
        elif kind == "inline":
            text = _inline(t).strip()
            if row is not None:
                row.append(" ".join(text.split()))
            elif lists:
                if item_prefix is not None:
                    lines.append(item_prefix + text)
                    item_prefix = None
                elif text:
                    lines.append(text)    # a later paragraph of the same item
            elif text:
                blocks.append(text)
        elif kind in ("fence", "code_block"):
            content = t.content.strip("\n")
            if lists:
                lines.append(content)
            elif content.strip():
                blocks.append(content)
    if lines:
        blocks.append("\n".join(lines))
    return "\n\n".join(b for b in blocks if b.strip()) + "\n" if blocks else ""
