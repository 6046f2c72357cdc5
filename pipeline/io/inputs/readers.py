"""One reader per input file type: the decoded text of a file -> its documents.

:data:`READERS` maps a file extension to its :class:`Reader`, in the order the
accepted types are named to the user (``.txt .md .html .htm .json .jsonl``).
A reader gets the source name shown in the tables, the decoded text, the
decoding warnings and the file's fields (``path``, ``size``, ``mtime``).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import Callable, Iterator, Optional

from pipeline.io.inputs.html_text import MIN_WORDS, html_page
from pipeline.io.inputs.input_dates import parse_input_date
from pipeline.io.inputs.markdown_text import markdown_to_text
from pipeline.model.document import SourceDoc
from pipeline.text.normalise import normalise, normalise_with_warnings


def _from_text(source: str, raw: str, warnings: list[str], **kw) -> SourceDoc:
    text, repaired = normalise_with_warnings(raw)
    warnings = warnings + repaired
    if not text.strip():
        return SourceDoc(source, "", warnings=warnings, error="empty document", **kw)
    return SourceDoc(source, text, warnings=warnings, **kw)


@dataclass(frozen=True)
class RecordFields:
    """Which fields of a JSON record hold what (``--text-field`` …): each the first of its names present.

    ``{"body": "Berlin, 3. März 2024 – …", "guid": "a-1"}`` is read with the defaults for the
    text and with ``RecordFields(id=("guid",))`` for the key.
    """
    text: tuple[str, ...] = ("text", "body", "content")
    id: tuple[str, ...] = ("id",)
    date: tuple[str, ...] = ("date",)
    url: tuple[str, ...] = ("url", "source")
    title: tuple[str, ...] = ("title",)

    @classmethod
    def named(cls, *, text: Optional[str] = None, id: Optional[str] = None, date: Optional[str] = None,
              url: Optional[str] = None) -> "RecordFields":
        """The defaults, with each field given by name replacing its fallbacks."""
        given = {k: (v,) for k, v in (("text", text), ("id", id), ("date", date), ("url", url)) if v}
        return cls(**given)


DEFAULT_FIELDS = RecordFields()


def _first(obj: dict, names: tuple[str, ...]):
    return next((obj[n] for n in names if obj.get(n) not in (None, "")), None)


def _from_record(source: str, obj, warnings: list[str], fields: RecordFields = DEFAULT_FIELDS, **kw) -> SourceDoc:
    if not isinstance(obj, dict):
        return SourceDoc(source, warnings=warnings, error=f"JSON value is a {type(obj).__name__}, not an object", **kw)
    # the record's own key and address come back on its error row too
    keys = {"input_id": _scalar(_first(obj, fields.id)), "input_url": _scalar(_first(obj, fields.url))}
    text = _first(obj, fields.text)
    if not isinstance(text, str):
        named = " or ".join(repr(n) for n in fields.text)
        return SourceDoc(source, warnings=warnings, error=f"JSON object has no string field {named}", **keys, **kw)
    doc = _from_text(source, text, warnings, **kw)
    doc.title = str(_first(obj, fields.title) or "")
    doc.input_id, doc.input_url = keys["input_id"], keys["input_url"]
    doc.date, note = parse_input_date(_first(obj, fields.date))
    if note:
        doc.warnings.append(f"JSON {note}")
    return doc


def _scalar(value) -> str:
    """A key field as the user wrote it: ``42`` → ``42``, ``"a-1"`` → ``a-1``; nested values as JSON."""
    if value is None or isinstance(value, str):
        return " ".join((value or "").split())
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return json.dumps(value)


def _json(text: str) -> tuple[object, str]:
    """(value, error) of one JSON text; nesting too deep for the parser is an error like any other."""
    try:
        return json.loads(text), ""
    except RecursionError:
        return None, "nested too deeply"
    except ValueError as exc:
        return None, str(exc)


def _from_html(source: str, raw: str, warnings: list[str], **kw) -> SourceDoc:
    page = html_page(raw)
    if len(page.text.split()) < MIN_WORDS:
        shown = f" (only {' '.join(page.text.split())!r})" if page.text.strip() else ""
        return SourceDoc(source, warnings=warnings, error=f"no main text found in HTML{shown}{page.failure}",
                         input_url=page.url, **kw)
    doc = _from_text(source, page.text, warnings, **kw)
    doc.title, doc.input_url = page.title, page.url
    doc.date, note = parse_input_date(page.date)
    if note:
        doc.warnings.append(f"HTML {note}")
    return doc


def read_text(source: str, text: str, warnings: list[str], fields=DEFAULT_FIELDS, **kw) -> Iterator[SourceDoc]:
    """Plain text (``.txt``, and stdin): the whole file is one document."""
    yield _from_text(source, text, warnings, **kw)


def read_markdown(source: str, text: str, warnings: list[str], fields=DEFAULT_FIELDS, **kw) -> Iterator[SourceDoc]:
    """Markdown: its text without the markup (``## Titel`` → ``Titel``)."""
    yield _from_text(source, markdown_to_text(normalise(text)), warnings, **kw)


def read_html(source: str, text: str, warnings: list[str], fields=DEFAULT_FIELDS, **kw) -> Iterator[SourceDoc]:
    """An HTML page: its main text, title, URL and date."""
    yield _from_html(source, text, warnings, **kw)


def read_json(source: str, text: str, warnings: list[str], fields: RecordFields = DEFAULT_FIELDS,
              **kw) -> Iterator[SourceDoc]:
    """One JSON record (an object with the text in ``text``, ``body`` or ``content``; ``title``, ``id``,
    ``url``, ``date`` optional), or a list of them, each a document named ``source#N``."""
    obj, err = _json(text)
    if err:
        yield SourceDoc(source, warnings=warnings, error=f"malformed JSON: {err}", **kw)
        return
    if not isinstance(obj, list):
        yield _from_record(source, obj, warnings, fields, **kw)
        return
    if not obj:
        yield SourceDoc(source, warnings=warnings, error="empty JSON list", **kw)
    for n, item in enumerate(obj, 1):
        yield _from_record(f"{source}#{n}", item, list(warnings), fields, **kw)


def read_json_lines(source: str, text: str, warnings: list[str], fields: RecordFields = DEFAULT_FIELDS,
                    **kw) -> Iterator[SourceDoc]:
    """JSON Lines: one object per line, each a document named ``source#N``; a bad line is an error row."""
    # JSON Lines are separated by \n alone: str.splitlines() would also split on U+2028,
    # U+0085, \x0b … which JSON strings may hold raw.
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        obj, err = _json(line)
        if err:
            yield SourceDoc(f"{source}#{n}", warnings=list(warnings), error=f"malformed JSON line: {err}", **kw)
            continue
        yield _from_record(f"{source}#{n}", obj, list(warnings), fields, **kw)


@dataclass(frozen=True)
class Reader:
    """How files of one type become documents."""
    read: Callable[..., Iterator[SourceDoc]]   # (source, text, warnings, **fields)
    #: False when a file holds any number of documents: a run cannot know its total in advance.
    one_document: bool = True


#: File extension -> its reader, in the order the accepted types are listed.
READERS: dict[str, Reader] = {
    ".txt": Reader(read_text),
    ".md": Reader(read_markdown),
    ".html": Reader(read_html),
    ".htm": Reader(read_html),
    ".json": Reader(read_json, one_document=False),
    ".jsonl": Reader(read_json_lines, one_document=False),
}
#: What a file of any other extension is read as (stdin: what :func:`sniff` finds).
DEFAULT_READER = READERS[".txt"]
#: ``--stdin-format`` names -> the extension whose reader reads stdin; ``auto`` sniffs.
STDIN_FORMATS = {"auto": None, "txt": ".txt", "md": ".md", "html": ".html", "json": ".json", "jsonl": ".jsonl"}
_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|article|div|p|h[1-6])\b",
                         re.I | re.S)


def sniff(text: str) -> str:
    """The extension whose reader fits a text of unknown type (stdin): ``.html``, ``.json`` (an object
    or a list), ``.jsonl`` (one JSON value per line), else ``.txt``.

        >>> sniff("<!DOCTYPE html><html><body><p>Berlin, 3. März – …</p>"), sniff('{"text": "Berlin …"}')
        ('.html', '.json')
        >>> sniff('{"text": "a"}\\n{"text": "b"}\\n'), sniff("Berlin, 3. März 2024 – Die Stadt …")
        ('.jsonl', '.txt')
    """
    head = text.lstrip("\ufeff \t\r\n")
    if _HTML_START.match(head[:2000]):
        return ".html"
    if head[:1] in ("{", "["):
        if not _json(head)[1]:
            return ".json"
        lines = [ln for ln in head.split("\n") if ln.strip()]
        if all(not _json(ln)[1] for ln in lines[:50]):
            return ".jsonl"
    return ".txt"


def reader_for(path: str) -> Reader:
    """The reader of ``path`` by its extension (``-``, stdin, and unknown types: plain text)."""
    return READERS.get(PurePath(path).suffix.lower(), DEFAULT_READER)
