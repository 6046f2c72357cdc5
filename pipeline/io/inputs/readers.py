"""One reader per input file type: the decoded text of a file -> its documents.

:data:`READERS` maps a file extension to its :class:`Reader`, in the order the
accepted types are named to the user (``.txt .md .html .htm .json .jsonl``).
A reader gets the source name shown in the tables, the decoded text, the
decoding warnings and the file's fields (``path``, ``size``, ``mtime``).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import PurePath
from typing import Callable, Iterator

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


def _from_record(source: str, obj, warnings: list[str], **kw) -> SourceDoc:
    if not isinstance(obj, dict):
        return SourceDoc(source, warnings=warnings, error=f"JSON value is a {type(obj).__name__}, not an object", **kw)
    text = obj.get("text")
    if not isinstance(text, str):
        return SourceDoc(source, warnings=warnings, error="JSON object has no string field 'text'", **kw)
    doc = _from_text(source, text, warnings, **kw)
    doc.title = str(obj.get("title") or "")
    doc.input_id = _scalar(obj.get("id"))
    doc.input_url = _scalar(obj.get("url") or obj.get("source"))
    doc.date, note = parse_input_date(obj.get("date"))
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


def read_text(source: str, text: str, warnings: list[str], **kw) -> Iterator[SourceDoc]:
    """Plain text (``.txt``, and stdin): the whole file is one document."""
    yield _from_text(source, text, warnings, **kw)


def read_markdown(source: str, text: str, warnings: list[str], **kw) -> Iterator[SourceDoc]:
    """Markdown: its text without the markup (``## Titel`` → ``Titel``)."""
    yield _from_text(source, markdown_to_text(normalise(text)), warnings, **kw)


def read_html(source: str, text: str, warnings: list[str], **kw) -> Iterator[SourceDoc]:
    """An HTML page: its main text, title, URL and date."""
    yield _from_html(source, text, warnings, **kw)


def read_json(source: str, text: str, warnings: list[str], **kw) -> Iterator[SourceDoc]:
    """One JSON object with a string field ``text`` (``title``, ``id``, ``url``, ``date`` optional)."""
    obj, err = _json(text)
    if err:
        yield SourceDoc(source, warnings=warnings, error=f"malformed JSON: {err}", **kw)
        return
    yield _from_record(source, obj, warnings, **kw)


def read_json_lines(source: str, text: str, warnings: list[str], **kw) -> Iterator[SourceDoc]:
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
        yield _from_record(f"{source}#{n}", obj, list(warnings), **kw)


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
    ".json": Reader(read_json),
    ".jsonl": Reader(read_json_lines, one_document=False),
}
#: What a file of any other extension is read as (stdin is read as ``.txt``).
DEFAULT_READER = READERS[".txt"]


def reader_for(path: str) -> Reader:
    """The reader of ``path`` by its extension (``-``, stdin, and unknown types: plain text)."""
    return READERS.get(PurePath(path).suffix.lower(), DEFAULT_READER)
