"""Reading inputs: files, folders, stdin; txt, md, html, json, jsonl.

Every input becomes one :class:`~pipeline.model.document.SourceDoc` per document;
a document that cannot be read carries a one-line ``error`` instead of text,
so that a run reports it and goes on.
"""
from __future__ import annotations

import codecs
import logging
import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, Optional

from pipeline.io.inputs.readers import DEFAULT_FIELDS, DEFAULT_READER, READERS, STDIN_FORMATS, RecordFields, sniff
from pipeline.model.document import SourceDoc
from pipeline.text.normalise import writable

log = logging.getLogger("press_extract")

#: The accepted file types (``READERS``), as the user is told them.
SUFFIXES = tuple(READERS)
#: Share of control bytes above which a file is taken for binary.
_BINARY_SHARE = 0.05


#: Byte order marks that name their encoding (UTF-32 first: its LE mark starts like UTF-16's).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes) -> tuple[Optional[str], list[str], str]:
    """(text, warnings, error): UTF-16/32 with a byte order mark, UTF-8 (BOM or not), else cp1252 with a warning.

    NUL bytes in the first 8 KB mean binary; later ones become U+FFFD (see ``text.normalise``).
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text, warnings = data.decode(codec), []
            except UnicodeDecodeError as exc:
                return None, [], f"not valid {codec.upper()} despite its byte order mark (at byte {exc.start})"
            break
    else:
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


def read_bytes(source: str, data: bytes, suffix: Optional[str], fields: RecordFields = DEFAULT_FIELDS,
               **kw) -> Iterator[SourceDoc]:
    """Documents in ``data`` read from ``source`` (a path, or ``stdin``), by the reader of ``suffix``
    (None: the type :func:`~pipeline.io.inputs.readers.sniff` finds, as for stdin)."""
    text, warnings, error = decode(data)
    if error:
        yield SourceDoc(source, warnings=warnings, error=error, **kw)
        return
    if suffix is None:
        suffix = sniff(text)
        if suffix != ".txt":
            log.info("%s read as %s (found by its content; --stdin-format sets it)", source, suffix[1:].upper())
    yield from READERS.get(suffix, DEFAULT_READER).read(source, text, warnings, fields=fields, **kw)


#: Default largest input file read (``--max-file-size``): far above any press release, and the
#: whole file is held in memory while it is read.
MAX_FILE_BYTES = 20 * 2**20
_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def display_path(path: str) -> str:
    """``path`` as the ``source`` column shows it: bytes that are not UTF-8 (``M\\xe4rz.txt`` from an old
    Samba share, held by Python as surrogate escapes) written as ``\\xNN``."""
    if not any("\ud800" <= c <= "\udfff" for c in path):
        return path
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _walk(top: Path) -> list[str]:
    """Supported files under ``top``, sorted; hidden names skipped.

    A symbolic link to a file is followed only when the file lies inside ``top`` (a link
    to ``/etc/passwd`` must not become a document). Links to folders are not walked: one
    inside ``top`` is read under its own name anyway (so link loops cannot happen), one
    outside is not read. What is left out is logged, one line per kind.
    """
    root = os.path.realpath(top)
    found: list[str] = []
    outside: list[str] = []
    aliases: list[str] = []
    broken: list[str] = []
    for dirpath, dirnames, filenames in os.walk(top):   # followlinks=False
        keep = []
        for d in sorted(dirnames):
            full = os.path.join(dirpath, d)
            if d.startswith("."):
                continue
            if os.path.islink(full):
                (aliases if _inside(os.path.realpath(full), root) else outside).append(full)
            else:
                keep.append(d)
        dirnames[:] = keep
        for name in filenames:
            if name.startswith("."):
                continue
            full = os.path.join(dirpath, name)
            if Path(name).suffix.lower() not in SUFFIXES:
                continue    # named once per run by the CLI (``unsupported_files``), with --glob applied
            elif os.path.islink(full) and not os.path.exists(full):
                broken.append(full)     # a loop (a -> b -> a) or a missing target: nothing to read
            elif os.path.islink(full) and not _inside(os.path.realpath(full), root):
                outside.append(full)
            elif os.path.isfile(full):
                found.append(str(Path(dirpath) / name))
    for what, items in (("symbolic link(s) pointing outside the folder not followed", outside),
                        ("symbolic link(s) to folders inside it not walked (read under their own names)", aliases),
                        ("symbolic link(s) that lead nowhere (a loop or a missing target) skipped", broken)):
        if items:
            log.info("%s: %d %s, e.g. %s", display_path(str(top)), len(items), what, display_path(sorted(items)[0]))
    return sorted(found)


def list_files(inputs: Iterable[str]) -> list[str]:
    """Files named by ``inputs`` (folders searched recursively, sorted); ``-`` kept as is."""
    out: list[str] = []
    for item in inputs:
        p = Path(item)
        if item == "-" or not p.is_dir():
            out.append(item)
            continue
        out.extend(_walk(p))
    return out


def _read_bounded(fh: BinaryIO, limit: int) -> Optional[bytes]:
    """At most ``limit`` bytes of ``fh``; None when there are more (a file still growing, stdin)."""
    data = fh.read(limit + 1)
    return None if len(data) > limit else data


def read_file(path: str, stdin: Optional[BinaryIO] = None, *, max_bytes: int = MAX_FILE_BYTES,
              fields: RecordFields = DEFAULT_FIELDS, stdin_format: str = "auto") -> Iterator[SourceDoc]:
    """The documents of one input path (or ``-`` for stdin, read as ``stdin_format``: a name of
    ``STDIN_FORMATS``, ``auto`` sniffs); ``fields`` name the fields of JSON records.

    Only regular files are opened for reading (a FIFO or ``/dev/zero`` would block or never
    end), and none larger than ``max_bytes``: the size is checked before reading, and the read
    itself stops there.
    """
    if path == "-":
        data = _read_bounded(stdin or sys.stdin.buffer, max_bytes)
        if data is None:
            yield SourceDoc("stdin", error=f"input too large: more than {max_bytes} bytes (limit {max_bytes})")
            return
        yield from _with_writable_fields(read_bytes("stdin", data, STDIN_FORMATS[stdin_format], fields))
        return
    source = display_path(path)
    suffix = Path(path).suffix.lower()
    try:
        st = os.stat(path)
        kw = {"path": path, "size": st.st_size, "mtime": st.st_mtime}
        kind = next((name for test, name in _KINDS if test(st.st_mode)), None)
        if kind or not stat.S_ISREG(st.st_mode):
            yield SourceDoc(source, error=f"not a regular file ({kind or 'unknown kind'})", **kw)
            return
        if suffix not in SUFFIXES:
            yield SourceDoc(source, error=f"unsupported file type {suffix or '(none)'}; expected one of {' '.join(SUFFIXES)}", **kw)
            return
        if st.st_size > max_bytes:
            yield SourceDoc(source, error=f"file too large: {st.st_size:,} bytes (limit {max_bytes:,})", **kw)
            return
        # O_NONBLOCK: the file may have been replaced by a FIFO since the stat.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                yield SourceDoc(source, error="not a regular file (replaced while read)", **kw)
                return
            data = _read_bounded(fh, max_bytes)
        if data is None:
            yield SourceDoc(source, error=f"file too large: grew past {max_bytes:,} bytes while read", **kw)
            return
    except OSError as exc:
        yield SourceDoc(source, path=path, error=f"cannot read file: {exc.strerror or exc}")
        return
    yield from _with_writable_fields(read_bytes(source, data, suffix, fields, **kw))


def _with_writable_fields(docs: Iterable[SourceDoc]) -> Iterator[SourceDoc]:
    # Titles (and other fields without offsets) of any format: the text itself is repaired by
    # normalise_with_warnings, which counts what it replaced.
    for d in docs:
        d.title = writable(d.title or "")
        yield d


def iter_inputs(inputs: Iterable[str], stdin: Optional[BinaryIO] = None, *,
                max_bytes: int = MAX_FILE_BYTES) -> Iterator[SourceDoc]:
    """Every document of every input, in a stable order."""
    for path in list_files(inputs):
        yield from read_file(path, stdin, max_bytes=max_bytes)


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
