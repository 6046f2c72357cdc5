"""The main text of an HTML page, with its block structure, via trafilatura.

trafilatura finds the main content (navigation, scripts, styles dropped) and
gives it as an XML tree of blocks (``<head>``, ``<p>``, ``<list>``,
``<table>``, ``<quote>``). We write one block per paragraph, separated by a
blank line, which is how the structure component reads paragraphs: the
``<h1>`` becomes the headline line, each ``<p>`` its own paragraph, list items
``- `` lines, table rows ``cell | cell`` lines. When the main content does not
start with a heading, the page title is put before it as the headline line.

When trafilatura finds nothing, fails, or the page nests deeper than lxml's tree
reaches (about 255 levels: a release inside 1,000 ``<div>``s lost its text),
the page is read flat instead (:func:`flat_text`): every text of the body, a
paragraph per block element, with the standard library's streaming
``html.parser``, which keeps no tree and so has no depth limit.

    >>> page = html_page("<html><body><article><h1>Beispiel AG wächst</h1>"
    ...                  "<p>Berlin – Die Beispiel AG wächst um 12 Prozent.</p></article></body></html>")
    >>> page.text.splitlines()[:2]
    ['Beispiel AG wächst', '']
"""
from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Optional

#: Fewer words than this in the main text: a page of navigation only (``Menü``), not a document.
MIN_WORDS = 5


@dataclass
class HtmlPage:
    text: str            # blocks separated by blank lines
    title: str = ""      # <title>/og:title metadata
    url: str = ""        # canonical URL the page declares (<link rel=canonical>, og:url)
    date: str = ""       # publication date from the metadata (ISO), empty when none
    failure: str = ""    # why no text was found, when it was not for want of text (``; …``)


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


#: Elements that start and end a paragraph of the flat text.
_BLOCKS = frozenset({"address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt", "figcaption",
                     "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
                     "nav", "ol", "p", "pre", "section", "table", "tr", "ul"})
#: Elements whose content is no text of the page.
_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "iframe", "object"})
#: lxml (libxml2) stops building the tree below this depth: deeper pages are read flat.
_TREE_DEPTH = 250


class _Flat(HTMLParser):
    """Collects the text of a page as paragraphs, the ``<title>``, and the deepest nesting."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.parts: list[str] = []
        self.skip = 0
        self.depth = self.max_depth = 0
        self.in_title, self.title = False, ""

    def _break(self) -> None:
        lines = (" ".join(line.split()) for line in "".join(self.parts).split("\n"))
        text = "\n".join(line for line in lines if line)
        if text:
            self.paragraphs.append(text)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "hr", "img", "input", "meta", "link", "wbr"):   # void: no end tag follows
            if tag == "br":
                self.parts.append("\n")
            return
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        if tag in _SKIPPED:
            self.skip += 1
            self.in_title = self.in_title or tag == "title"
        elif tag in _BLOCKS:
            self._break()

    def handle_endtag(self, tag):
        self.depth = max(self.depth - 1, 0)
        if tag in _SKIPPED:
            self.skip = max(self.skip - 1, 0)
            self.in_title = self.in_title and tag != "title"
        elif tag in _BLOCKS:
            self._break()

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif not self.skip:
            self.parts.append(data)


def flat_text(raw: str) -> tuple[str, str, int]:
    """(text, title, deepest nesting) of a page read flat: every text of the body outside
    scripts and styles, a paragraph per block element (``<p>``, ``<div>``, ``<h1>``, ``<li>`` …).

        >>> flat_text("<html><body>" + "<div>" * 1000 + "<h1>Beispiel AG wächst</h1><p>Um 12 Prozent.</p>"
        ...           + "</div>" * 1000 + "</body></html>")[0]
        'Beispiel AG wächst\n\nUm 12 Prozent.'
    """
    parser = _Flat()
    parser.feed(raw)
    parser.close()
    parser._break()
    return "\n\n".join(parser.paragraphs), " ".join(parser.title.split()), parser.max_depth


def _flat_page(raw: str, why: str) -> HtmlPage:
    """The page read flat, after trafilatura gave nothing (``why`` says what happened)."""
    try:
        text, title, _ = flat_text(raw)
    except Exception as exc:  # noqa: BLE001  (html.parser on pathological markup: say so, go on)
        return HtmlPage("", failure=f"; {why}, and the flat reading failed: {type(exc).__name__}: {exc}")
    return HtmlPage(text, title, failure="" if text.strip() else "")


def _deeper_than_the_tree(raw: str) -> Optional[HtmlPage]:
    """The page read flat when it nests deeper than lxml's tree reaches, else None."""
    if raw.count("<") < _TREE_DEPTH:
        return None
    text, title, depth = flat_text(raw)
    return HtmlPage(text, title) if depth >= _TREE_DEPTH else None


def html_page(raw: str) -> HtmlPage:
    """Main text and metadata of an HTML page."""
    import trafilatura

    try:
        deep = _deeper_than_the_tree(raw)
    except Exception:  # noqa: BLE001  (trafilatura gets its chance; _flat_page reports a failure)
        deep = None
    if deep is not None and deep.text.strip():
        return deep
    try:
        result = trafilatura.bare_extraction(raw, include_comments=False, include_tables=True,
                                             with_metadata=True, favor_recall=True)
    except Exception as exc:  # noqa: BLE001  (lxml errors, recursion on odd markup)
        return _flat_page(raw, f"main-text extraction failed ({type(exc).__name__}: {exc})")
    if result is None or not ((getattr(result, "body", None) is not None and len(result.body))
                              or (result.text or "").strip()):
        return _flat_page(raw, "main-text extraction found nothing")
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
