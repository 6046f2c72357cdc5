"""Reading inputs: files, folders, stdin; txt, md, html, json, jsonl.

Every input becomes one :class:`~pipeline.document.SourceDoc` per document;
a document that cannot be read carries a one-line ``error`` instead of text,
so that a run reports it and goes on.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, Optional

from .document import SourceDoc
from .html_text import MIN_WORDS, html_page
from .input_dates import parse_input_date
from .markdown_text import markdown_to_text
from .text import normalise

SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
#: Share of control bytes above which a file is taken for binary.
_BINARY_SHARE = 0.05


def decode(data: bytes) -> tuple[Optional[str], list[str], str]:
    """(text, warnings, error): UTF-8 (BOM or not), else cp1252 with a warning."""
    if b"\x00" in data[:8192]:
        return None, [], "binary file (NUL bytes), not text"
    try:
        text, warnings = data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        try:
            text, warnings = data.decode("cp1252"), ["decoded as cp1252"]
        except UnicodeDecodeError as exc:
            return None, [], f"not UTF-8 and not cp1252 (byte 0x{data[exc.start]:02x} at {exc.start})"
    sample = text[:8192]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\v")
    if sample and controls / len(sample) > _BINARY_SHARE:
        return None, [], "binary file (control characters), not text"
    return text, warnings, ""


def _from_text(source: str, raw: str, warnings: list[str], **kw) -> SourceDoc:
    text = normalise(raw)
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


def _from_html(source: str, raw: str, warnings: list[str], **kw) -> SourceDoc:
    page = html_page(raw)
    if len(page.text.split()) < MIN_WORDS:
        shown = f" (only {' '.join(page.text.split())!r})" if page.text.strip() else ""
        return SourceDoc(source, warnings=warnings, error=f"no main text found in HTML{shown}",
                         input_url=page.url, **kw)
    doc = _from_text(source, page.text, warnings, **kw)
    doc.title, doc.input_url = page.title, page.url
    doc.date, note = parse_input_date(page.date)
    if note:
        doc.warnings.append(f"HTML {note}")
    return doc


def read_bytes(source: str, data: bytes, suffix: str, **kw) -> Iterator[SourceDoc]:
    """Documents in ``data`` read from ``source`` (a path, or ``stdin``)."""
    text, warnings, error = decode(data)
    if error:
        yield SourceDoc(source, warnings=warnings, error=error, **kw)
        return
    if suffix in (".html", ".htm"):
        yield _from_html(source, text, warnings, **kw)
    elif suffix == ".md":
        yield _from_text(source, markdown_to_text(normalise(text)), warnings, **kw)
    elif suffix == ".json":
        try:
            obj = json.loads(text)
        except ValueError as exc:
            yield SourceDoc(source, warnings=warnings, error=f"malformed JSON: {exc}", **kw)
            return
        yield _from_record(source, obj, warnings, **kw)
    elif suffix == ".jsonl":
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                yield SourceDoc(f"{source}#{n}", warnings=list(warnings), error=f"malformed JSON line: {exc}", **kw)
                continue
            yield _from_record(f"{source}#{n}", obj, list(warnings), **kw)
    else:
        yield _from_text(source, text, warnings, **kw)


def list_files(inputs: Iterable[str]) -> list[str]:
    """Files named by ``inputs`` (folders searched recursively, sorted); ``-`` kept as is."""
    out: list[str] = []
    for item in inputs:
        p = Path(item)
        if item == "-" or not p.is_dir():
            out.append(item)
            continue
        found = [str(f) for f in p.rglob("*") if f.suffix.lower() in SUFFIXES and f.is_file()
                 and not any(part.startswith(".") for part in f.relative_to(p).parts)]
        out.extend(sorted(found))
    return out


def read_file(path: str, stdin: Optional[BinaryIO] = None) -> Iterator[SourceDoc]:
    """The documents of one input path (or ``-`` for stdin)."""
    if path == "-":
        stream = stdin or sys.stdin.buffer
        yield from read_bytes("stdin", stream.read(), ".txt")
        return
    suffix = Path(path).suffix.lower()
    try:
        st = os.stat(path)
        kw = {"path": path, "size": st.st_size, "mtime": st.st_mtime}
        if suffix not in SUFFIXES:
            yield SourceDoc(path, error=f"unsupported file type {suffix or '(none)'}; expected one of {' '.join(SUFFIXES)}", **kw)
            return
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        yield SourceDoc(path, path=path, error=f"cannot read file: {exc.strerror or exc}")
        return
    yield from read_bytes(path, data, suffix, **kw)


def iter_inputs(inputs: Iterable[str], stdin: Optional[BinaryIO] = None) -> Iterator[SourceDoc]:
    """Every document of every input, in a stable order."""
    for path in list_files(inputs):
        yield from read_file(path, stdin)


def unsupported_files(inputs: Iterable[str], exclude: Optional[str] = None,
                      match: Optional[Callable[[str], bool]] = None) -> list[str]:
    """Files inside the folders of ``inputs`` that ``list_files`` passes over for their type
    (``.pdf``, ``.docx``, ``.csv``…), so that a run can name them once instead of skipping them
    silently; files under ``exclude`` (the output folder) or whose path relative to their
    folder fails ``match`` (the run's ``--glob``) are left out."""
    skip = os.path.abspath(exclude) + os.sep if exclude else None
    out: list[str] = []
    for item in inputs:
        p = Path(item)
        if item == "-" or not p.is_dir():
            continue
        out.extend(sorted(str(f) for f in p.rglob("*") if f.suffix.lower() not in SUFFIXES and f.is_file()
                          and not any(part.startswith(".") for part in f.relative_to(p).parts)
                          and not (skip and os.path.abspath(f).startswith(skip))
                          and (match is None or match(str(f.relative_to(p))))))
    return out
