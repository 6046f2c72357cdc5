"""One document's results for a terminal (``press-extract show``).

``render(rec)`` takes a ``dataset.jsonl`` record (``Document.to_json()``) and
gives the document's key fields, its text with the entities, figures and dates
coloured (ANSI, only when ``color``), and one small table per row table of the
record, every table of ``model.document.TABLES`` that it holds (a new table
shows up with all its columns).
"""
from __future__ import annotations

from typing import Optional

from pipeline.model.document import TABLES

#: Colours of the spans in the text, by entity label or row kind (click.style names).
SPAN_COLORS = {"PER": "magenta", "ORG": "cyan", "LOC": "yellow", "MISC": "blue", "FIGURE": "green",
               "DATE": "red"}
#: The columns shown of each known table (others: all but the keys and offsets).
SHOWN = {
    "entities": ("text", "label", "canonical", "entity"),
    "roles": ("person", "honorific", "role", "organization"),
    "figures": ("text", "kind", "value", "value_max", "qualifier", "unit", "quantity_of"),
    "dates": ("text", "date", "granularity", "resolved"),
    "quotes": ("speaker", "type", "cue", "text"),
}
#: Tables only counted: their rows are the text itself.
COUNTED_ONLY = ("sentences",)
_KEYS = ("doc_id", "sent", "start", "end")
#: Document fields shown above the text, when set.
HEADER = ("source", "title", "doc_date", "wire", "dateline_place", "input_id", "input_url", "status", "error",
          "warnings")


def _spans(rec: dict) -> list[tuple[int, int, str]]:
    """Non-overlapping coloured spans: figures, then dates, then entities (the first claim wins)."""
    out: list[tuple[int, int, str]] = []
    for table, label in (("figures", "FIGURE"), ("dates", "DATE"), ("entities", None)):
        for row in rec.get(table) or []:
            s, e = row["start"], row["end"]
            if not any(s < oe and os_ < e for os_, oe, _ in out):
                out.append((s, e, label or row.get("label", "")))
    return sorted(out)


def coloured_text(rec: dict, color: bool) -> str:
    import click

    text = rec.get("text") or ""
    if not color:
        return text
    parts, at = [], 0
    for s, e, label in _spans(rec):
        parts += [text[at:s], click.style(text[s:e], fg=SPAN_COLORS.get(label, "white"), bold=True)]
        at = e
    return "".join(parts) + text[at:]


def _fmt(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def table_text(rows: list[dict], columns: tuple[str, ...], width: int) -> str:
    """Rows as fixed-width columns, each at most its share of ``width``."""
    cells = [[_fmt(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    budget = max(width - 2 * len(columns), 10 * len(columns))
    while sum(widths) > budget:      # take from the widest column until the table fits
        widths[widths.index(max(widths))] -= 1

    def line(values):
        return "  ".join((v if len(v) <= w else v[:max(w - 1, 0)] + "…").ljust(w) for v, w in zip(values, widths)).rstrip()

    return "\n".join([line(columns), line(["─" * w for w in widths])] + [line(row) for row in cells])


def render(rec: dict, *, color: bool = False, width: int = 100, legend: Optional[bool] = None) -> str:
    """The terminal view of one ``dataset.jsonl`` record."""
    import click

    bold = (lambda s: click.style(s, bold=True)) if color else (lambda s: s)
    out = [bold(f"{k}: ") + _fmt(rec[k]) for k in HEADER if rec.get(k) not in (None, "")]
    counts = [f"{t} {len(rec[t])}" for t in TABLES if isinstance(rec.get(t), list)]
    out.append(bold("rows: ") + ", ".join(counts))
    if rec.get("text"):
        out += ["", coloured_text(rec, color).rstrip("\n")]
        if color if legend is None else legend:
            out.append("  ".join(click.style(label, fg=c, bold=True) for label, c in SPAN_COLORS.items()))
    for table in TABLES:
        rows = rec.get(table)
        if not isinstance(rows, list) or not rows or table in COUNTED_ONLY:
            continue
        columns = SHOWN.get(table) or tuple(c for c in rows[0] if c not in _KEYS)
        out += ["", bold(f"{table} ({len(rows)})"), table_text(rows, columns, width)]
    return "\n".join(out) + "\n"
