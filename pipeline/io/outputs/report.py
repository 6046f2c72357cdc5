"""A static HTML report of a dataset, for checking an extraction by eye.

``press-extract report OUT`` reads ``OUT/dataset.jsonl`` and writes
``OUT/report/``:

``index.html``
    one row per document: source, title, status, error, counts; a click on a
    column header sorts by it (a few lines of plain JavaScript; ``#sort=COLUMN``
    in the address sorts on opening).
``doc/DOC_ID.html``
    the document's text with entities, figures and dates highlighted in the
    style of spaCy's displaCy (``spacy.displacy``, manual mode), the role
    statements highlighted in a second copy, and every table's rows beside it.

No server and no framework: the pages open from ``file://``.
"""
from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Optional

from pipeline.io.outputs.writer import JSONL_FILE, atomic_write

#: Highlight colours by label (also what the browser test looks for).
COLORS = {
    "PER": "#aa9cfc", "ORG": "#7aecec", "LOC": "#ff9561", "MISC": "#c887fb",
    "FIGURE": "#feca74", "DATE": "#bfe1d9", "ROLE": "#e4e7d2",
}
#: Which kind of row wins where two overlap in the text view (displaCy's ``ent`` style cannot nest).
_PRIORITY = ("figures", "dates", "entities")
TABLES = ("sentences", "entities", "roles", "figures", "dates")
INDEX_COLUMNS = ("source", "title", "status", "error", "doc_date", "n_sentences", "n_entities", "n_roles",
                 "n_figures", "n_dates")

_CSS = """
body { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; }
table { border-collapse: collapse; font-size: 0.85em; }
th, td { border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; cursor: pointer; user-select: none; }
td.num { text-align: right; }
tr.error td { background: #fde2e2; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2em; }
.rows { overflow-x: auto; }
.entities { font-size: 1em; }
h2 { font-size: 1.1em; margin-top: 1.5em; }
"""

_SORT_JS = """
function sortBy(th) {
  var table = th.closest('table'), body = table.tBodies[0], i = th.cellIndex;
  var asc = th.dataset.dir !== 'asc';
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { delete c.dataset.dir; });
  th.dataset.dir = asc ? 'asc' : 'desc';
  var rows = Array.prototype.slice.call(body.rows);
  rows.sort(function (a, b) {
    var x = a.cells[i].dataset.v || a.cells[i].textContent, y = b.cells[i].dataset.v || b.cells[i].textContent;
    var nx = parseFloat(x), ny = parseFloat(y);
    var r = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, 'de');
    return asc ? r : -r;
  });
  rows.forEach(function (r) { body.appendChild(r); });
}
document.querySelectorAll('th').forEach(function (th) { th.addEventListener('click', function () { sortBy(th); }); });
var m = /sort=(-?)(\\w+)/.exec(location.hash);
if (m) {
  var th = document.querySelector('th[data-col="' + m[2] + '"]');
  if (th) { sortBy(th); if (m[1]) sortBy(th); }
}
"""


def _page(title: str, body: str, script: str = "") -> str:
    js = f"<script>{script}</script>" if script else ""
    return (f'<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{_CSS}</style></head><body>{body}{js}</body></html>\n")


def _cell(value) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f'<td class="num" data-v="{value}">{html.escape(str(value))}</td>'
    return f"<td>{html.escape('' if value is None else str(value))}</td>"


def _table(rows: list[dict], columns: Optional[list[str]] = None, *, sortable: bool = False) -> str:
    if not rows:
        return "<p>(keine Zeilen)</p>"
    cols = columns or [c for c in rows[0] if c != "doc_id"]
    head = "".join(f'<th data-col="{c}">{html.escape(c)}</th>' for c in cols)
    body = "".join("<tr>" + "".join(_cell(r.get(c)) for c in cols) + "</tr>" for r in rows)
    return f"<table{' class=sortable' if sortable else ''}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _spans(rec: dict) -> list[dict]:
    """Non-overlapping highlight spans for the text view: figures, then dates, then entities."""
    taken: list[tuple[int, int]] = []
    out = []
    for table in _PRIORITY:
        for row in rec.get(table, []):
            s, e = row["start"], row["end"]
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            label = row["label"] if table == "entities" else "FIGURE" if table == "figures" else "DATE"
            out.append({"start": s, "end": e, "label": label})
    return sorted(out, key=lambda x: x["start"])


def _role_spans(rec: dict) -> list[dict]:
    out, end = [], -1
    for row in sorted(rec.get("roles", []), key=lambda r: (r["start"], -r["end"])):
        if row["start"] >= end:
            out.append({"start": row["start"], "end": row["end"], "label": "ROLE"})
            end = row["end"]
    return out


def _displacy(text: str, spans: list[dict]) -> str:
    from spacy import displacy

    return displacy.render({"text": text, "ents": spans, "title": None}, style="ent", manual=True,
                           page=False, options={"colors": COLORS})


def document_page(rec: dict) -> str:
    """The HTML page of one ``dataset.jsonl`` record."""
    title = rec.get("title") or rec.get("source") or rec["doc_id"]
    text = rec.get("text", "")
    info = "<table>" + "".join(f"<tr><th>{html.escape(k)}</th>{_cell(v)}</tr>" for k, v in rec.items()
                               if k not in TABLES and k != "text") + "</table>"
    left = ['<p><a href="../index.html">← alle Dokumente</a></p>', f"<h1>{html.escape(title)}</h1>", info]
    if rec.get("status") == "error":
        left.append(f"<p><strong>Fehler:</strong> {html.escape(rec.get('error', ''))}</p>")
    if text:
        left += ["<h2>Text: Entitäten, Zahlen, Daten</h2>", _displacy(text, _spans(rec)),
                 "<h2>Text: Rollen</h2>", _displacy(text, _role_spans(rec))]
    right = []
    for table in TABLES:
        right += [f"<h2>{table} ({len(rec.get(table, []))})</h2>", _table(rec.get(table, []))]
    body = f'<div class="layout"><div>{"".join(left)}</div><div class="rows">{"".join(right)}</div></div>'
    return _page(title, body)


def index_page(recs: list[dict]) -> str:
    rows = []
    for rec in recs:
        cls = ' class="error"' if rec.get("status") == "error" else ""
        link = f'<a href="doc/{rec["doc_id"]}.html">{html.escape(rec.get("source") or rec["doc_id"])}</a>'
        cells = [f'<td data-v="{html.escape(rec.get("source", ""))}">{link}</td>']
        cells += [_cell(rec.get(c)) for c in INDEX_COLUMNS[1:]]
        rows.append(f"<tr{cls}>{''.join(cells)}</tr>")
    head = "".join(f'<th data-col="{c}">{html.escape(c)}</th>' for c in INDEX_COLUMNS)
    n_err = sum(r.get("status") == "error" for r in recs)
    body = (f"<h1>press-extract: {len(recs)} Dokumente, {n_err} mit Fehler</h1>"
            "<p>Klick auf eine Spaltenüberschrift sortiert.</p>"
            f'<table id="documents"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>')
    return _page("press-extract report", body, _SORT_JS)


def write_report(out_dir: Path, target: Optional[Path] = None) -> Path:
    """Write the report of ``out_dir`` into ``target`` (default ``out_dir/report``); the index path."""
    out_dir = Path(out_dir)
    target = Path(target) if target else out_dir / "report"
    path = out_dir / JSONL_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: run press-extract run … --out {out_dir} first")
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for rec in recs:
        atomic_write(target / "doc" / f"{rec['doc_id']}.html", document_page(rec), sync=False)
    index = target / "index.html"
    atomic_write(index, index_page(recs), sync=False)
    return index
