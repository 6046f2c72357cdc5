"""The main text of an HTML page, with its block structure, via trafilatura.

trafilatura finds the main content (navigation, scripts, styles dropped) and
gives it as an XML tree of blocks (``<head>``, ``<p>``, ``<list>``,
``<table>``, ``<quote>``). We write one block per paragraph, separated by a
blank line, which is how the structure component reads paragraphs: the
``<h1>`` becomes the headline line, each ``<p>`` its own paragraph, list items
``- `` lines, table rows ``cell | cell`` lines. When the main content does not
start with a heading, the page title is put before it as the headline line.

    >>> page = html_page("<html><body><article><h1>Beispiel AG wächst</h1>"
    ...                  "<p>Berlin – Die Beispiel AG wächst um 12 Prozent.</p></article></body></html>")
    >>> page.text.splitlines()[:2]
    ['Beispiel AG wächst', '']
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

#: Fewer words than this in the main text: a page of navigation only (``Menü``), not a document.
MIN_WORDS = 5


@dataclass
class HtmlPage:
    text: str            # blocks separated by blank lines
    title: str = ""      # <title>/og:title metadata
    url: str = ""        # canonical URL the page declares (<link rel=canonical>, og:url)
    date: str = ""       # publication date from the metadata (ISO), empty when none


def _inline(el) -> str:
    """Text of ``el`` with ``<lb/>`` as line breaks and HTML whitespace collapsed per line."""
    parts: list[str] = []

    def walk(node):
        if node.text:
            parts.append(node.text)
        for child in node:
            if child.tag == "lb":
                parts.append("\n")
            else:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _block(el) -> str:
    if el.tag == "list":
        return "\n".join(f"- {t}" for t in (_inline(i) for i in el.iter("item")) if t)
    if el.tag == "table":
        rows = []
        for row in el.iter("row"):
            cells = [_inline(c) for c in row.iter("cell")]
            if any(cells):
                rows.append(" | ".join(cells))
        return "\n".join(rows)
    return _inline(el)


def blocks_text(body) -> str:
    """The blocks of trafilatura's ``body`` tree, one paragraph each, separated by blank lines."""
    blocks = [_block(el) for el in body]
    if not body.tag == "body" or not len(body):
        blocks = [_inline(body)]
    return "\n\n".join(b for b in blocks if b)


def html_page(raw: str) -> HtmlPage:
    """Main text and metadata of an HTML page."""
    import trafilatura

    result = trafilatura.bare_extraction(raw, include_comments=False, include_tables=True,
                                         with_metadata=True, favor_recall=True)
    if result is None:
        return HtmlPage("")
    body = getattr(result, "body", None)
    text = blocks_text(body) if body is not None else (result.text or "")
    title = " ".join((result.title or "").split())
    starts_with_head = body is not None and len(body) and body[0].tag == "head"
    if title and text and not starts_with_head and not text.startswith(title):
        # The <h1> often sits in a page header outside the main content: trafilatura's
        # title (that <h1>, else <title> without the site name) is the headline line then.
        text = f"{title}\n\n{text}"
    return HtmlPage(text, title, _url(result.url), result.date or "")


def _url(value: Optional[str]) -> str:
    # trafilatura puts whatever the page declares there; only an absolute URL is a key.
    value = (value or "").strip()
    return value if value.startswith(("http://", "https://")) else ""
