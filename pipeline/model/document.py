"""Row types of the dataset contract (``../shared/spec/DATASET.md``).

Extractor components put ``Figure``, ``DateMention`` and ``Role`` objects with
character offsets on the spaCy ``Doc`` (``doc._.figures`` …); ``extract``
turns a processed ``Doc`` into a :class:`Document` that carries the rows of
every table. Field order is column order.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, asdict
from typing import Optional


@dataclass
class Sentence:
    doc_id: str
    sent: int
    start: int
    end: int
    para: int
    section: str
    text: str


@dataclass
class Entity:
    doc_id: str
    sent: int
    start: int
    end: int
    text: str
    label: str
    canonical: str
    entity: str
    source: str
    global_id: str = ""   # v3: the person's or organisation's id in people.csv / organizations.csv


@dataclass
class Role:
    """A person–role/affiliation statement; char offsets into the document.

    ``person_start``/``person_end`` (and the org ones) locate the parts so the
    assembler can link them to entity ids; they are not CSV columns.
    """
    start: int
    end: int
    text: str
    person: str
    person_start: int
    person_end: int
    honorific: str = ""
    role: str = ""
    organization: str = ""
    org_start: Optional[int] = None
    org_end: Optional[int] = None
    doc_id: str = ""
    sent: int = 0
    person_entity: str = ""
    org_entity: str = ""
    person_id: str = ""   # v3: the cross-document ids (people.csv, organizations.csv)
    org_id: str = ""

    COLUMNS = ("doc_id", "sent", "start", "end", "person", "person_entity", "honorific",
               "role", "organization", "org_entity", "text", "person_id", "org_id")


@dataclass
class Figure:
    start: int
    end: int
    text: str
    kind: str
    value: float
    value_max: Optional[float] = None
    qualifier: str = "eq"
    unit: str = ""
    quantity_of: str = ""
    doc_id: str = ""
    sent: int = 0

    COLUMNS = ("doc_id", "sent", "start", "end", "text", "kind", "value", "value_max",
               "qualifier", "unit", "quantity_of")


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    date: str
    granularity: str
    resolved: str
    doc_id: str = ""
    sent: int = 0
    period_start: str = ""
    period_end: str = ""

    COLUMNS = ("doc_id", "sent", "start", "end", "text", "date", "granularity", "resolved",
               "period_start", "period_end")


#: Granularities that cover part of a year: months per part and the letter of ``2024-Q3`` / ``2025-H1``.
_PART_MONTHS = {"quarter": (3, "Q"), "half": (6, "H")}


def period(date: str, granularity: str) -> tuple[str, str]:
    """First and last calendar day a ``dates.csv`` date covers; empty when it has no year.

        >>> period("2024-06", "month")
        ('2024-06-01', '2024-06-30')
        >>> period("2024-02", "month")
        ('2024-02-01', '2024-02-29')
        >>> period("2025", "year")
        ('2025-01-01', '2025-12-31')
        >>> period("2024-06-22", "day")
        ('2024-06-22', '2024-06-22')
        >>> period("--08-21", "day")
        ('', '')
        >>> period("2024-Q3", "quarter")
        ('2024-07-01', '2024-09-30')
        >>> period("2025-H1", "half")
        ('2025-01-01', '2025-06-30')
    """
    import calendar

    parts = date.split("-")
    if date.startswith("-") or not parts[0].isdigit() or len(parts[0]) != 4:
        return "", ""
    try:
        y = int(parts[0])
        if granularity == "year" and len(parts) == 1:
            return f"{y:04d}-01-01", f"{y:04d}-12-31"
        if granularity in _PART_MONTHS and len(parts) == 2:
            n_months, letter = _PART_MONTHS[granularity]
            k = int(parts[1][1:]) if parts[1][:1] == letter else 0
            if not 1 <= k <= 12 // n_months:
                return "", ""
            first, last_m = (k - 1) * n_months + 1, k * n_months
            last = calendar.monthrange(y, last_m)[1]
            return f"{y:04d}-{first:02d}-01", f"{y:04d}-{last_m:02d}-{last:02d}"
        m = int(parts[1])
        if granularity == "month" and len(parts) == 2:
            last = calendar.monthrange(y, m)[1]
            return f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{last:02d}"
        if granularity == "day" and len(parts) == 3:
            import datetime

            day = datetime.date(y, m, int(parts[2])).isoformat()
            return day, day
    except (ValueError, IndexError, calendar.IllegalMonthError):
        pass
    return "", ""


@dataclass
class Quote:
    """A quotation or reported statement (``quotes.csv``, contract v3); char offsets into the document.

    ``start``/``end``/``text``: the quoted or reported content (a direct quote with its
    marks); ``spans``: its parts ``s-e;s-e`` when the frame interrupts it (``„A“, sagte X,
    „B“``). ``speaker``/``cue`` are as written (``text[cue_start:cue_end] == cue``), empty
    when the text gives none.
    """
    start: int
    end: int
    text: str
    type: str                      # direct, indirect, free_indirect, reported
    speaker: str = ""
    speaker_start: Optional[int] = None
    speaker_end: Optional[int] = None
    cue: str = ""
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None
    spans: str = ""
    speaker_entity: str = ""
    speaker_id: str = ""
    doc_id: str = ""
    sent: int = 0

    COLUMNS = ("doc_id", "sent", "start", "end", "text", "type", "speaker", "speaker_start", "speaker_end",
               "speaker_entity", "speaker_id", "cue", "cue_start", "cue_end", "spans")


@dataclass
class DocumentInfo:
    doc_id: str
    source: str = ""
    title: str = ""
    dateline_place: str = ""
    dateline_date: str = ""
    wire: str = ""
    input_id: str = ""
    input_url: str = ""
    doc_date: str = ""
    n_chars: int = 0
    n_sentences: int = 0
    n_entities: int = 0
    n_roles: int = 0
    n_figures: int = 0
    n_dates: int = 0
    model: str = ""
    pipeline_version: str = ""
    status: str = "ok"
    error: str = ""
    warnings: str = ""


def columns(row_type) -> tuple[str, ...]:
    """CSV column names of a row type, in contract order."""
    cols = getattr(row_type, "COLUMNS", None)
    return tuple(cols) if cols else tuple(f.name for f in fields(row_type))


#: Columns that always hold a full ISO day or nothing: dates in Parquet and ``read_dataset``.
DATE_COLUMNS = frozenset({"period_start", "period_end", "first_seen", "last_seen"})


def column_types(row_type) -> dict[str, str]:
    """``{column: "int" | "float" | "str" | "date"}`` of a row type, in column order.

    Taken from the field annotations, so a new column gets its type with it.
    """
    hints = {f.name: str(f.type) for f in fields(row_type)}
    out = {}
    for col in columns(row_type):
        hint = hints[col].replace("Optional[", "").rstrip("]")
        out[col] = "date" if col in DATE_COLUMNS else hint if hint in ("int", "float") else "str"
    return out


TABLES = {
    "documents": DocumentInfo,
    "sentences": Sentence,
    "entities": Entity,
    "roles": Role,
    "figures": Figure,
    "dates": DateMention,
    "quotes": Quote,
}


@dataclass
class Person:
    """A person across every document of an output folder (``people.csv``, contract v3)."""
    person_id: str
    name: str = ""          # the fullest form used
    variants: str = ""      # every form, ``;``-separated, most frequent first
    n_docs: int = 0
    n_mentions: int = 0
    first_seen: str = ""    # document dates, ISO
    last_seen: str = ""
    merged_ids: str = ""    # ids merged into this one (``;``)


@dataclass
class Organization:
    """An organisation across every document of an output folder (``organizations.csv``)."""
    org_id: str
    name: str = ""
    variants: str = ""
    legal_form: str = ""
    n_docs: int = 0
    n_mentions: int = 0
    first_seen: str = ""
    last_seen: str = ""
    merged_ids: str = ""


@dataclass
class Position:
    """Who held which role at which organisation, and when the texts say so (``positions.csv``)."""
    person_id: str
    person: str = ""
    role: str = ""
    org_id: str = ""
    organization: str = ""
    first_seen: str = ""
    last_seen: str = ""
    n_docs: int = 0
    doc_ids: str = ""       # ``;``-separated, by document date


#: The index tables: made over the whole output folder, not per document.
INDEX_TABLES = {
    "people": Person,
    "organizations": Organization,
    "positions": Position,
}

#: Columns that hold the index's ids in the per-document tables (filled when the index is built).
ID_COLUMNS = {"entities": ("global_id",), "roles": ("person_id", "org_id"), "quotes": ("speaker_id",)}


@dataclass
class Document:
    """One processed document: its ``documents.csv`` row plus the rows of every table."""
    info: DocumentInfo
    text: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    @property
    def doc_id(self) -> str:
        return self.info.doc_id

    def rows(self, table: str) -> list[dict]:
        """Rows of ``table`` as dicts restricted to the contract's columns."""
        if table == "documents":
            return [asdict(self.info)]
        cols = columns(TABLES[table])
        return [{c: getattr(r, c) for c in cols} for r in getattr(self, table)]

    def to_json(self) -> dict:
        """The nested ``dataset.jsonl`` record: the document row, ``text``, then the tables."""
        out = self.rows("documents")[0]
        out["text"] = self.text
        for t in TABLES:
            if t == "documents":
                continue
            drop = ID_COLUMNS.get(t, ())   # the index's ids are the folder's, not the document's
            out[t] = [{k: v for k, v in r.items() if k not in drop} for r in self.rows(t)] if drop else self.rows(t)
        return out


@dataclass
class SourceDoc:
    """One input document before processing (see ``pipeline.io.inputs.ingest``)."""
    source: str
    text: str = ""
    title: str = ""
    date: Optional[str] = None
    input_id: str = ""   # the record's own key (JSON ``id``)
    input_url: str = ""  # JSON ``url``/``source``, or the canonical URL of an HTML page
    warnings: list[str] = field(default_factory=list)
    error: str = ""
    path: str = ""       # file the document came from (several for one .jsonl)
    size: int = 0        # of that file, for incremental runs
    mtime: float = 0.0


def _schema() -> str:
    import hashlib

    cols = [[name, *columns(t)] for name, t in TABLES.items()] + [["dataset.jsonl", "text"]]
    return hashlib.sha256(repr(cols).encode()).hexdigest()[:12]


#: Digest of every table's columns: stored results rendered with other columns are not reused.
SCHEMA = _schema()
