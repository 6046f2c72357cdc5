"""A static HTML report of a dataset, to work in with a browser (``file://``, no server).

``press-extract report OUT`` reads ``OUT/dataset.jsonl`` and writes ``OUT/report/``:

``index.html``
    every document in one table (source, title, date, wire, status, rows per
    table), with a search box and filters by date, wire, folder, file type,
    status, person and organisation; the counts of every table on top; a click
    on a column header sorts. The filters live in the address (``#q=Muster``,
    ``#wire=ots&per=Anna``, ``#sort=-n_figures``), so a view can be linked.
``doc/DOC_ID.html``
    the document's text once, its entities, figures and dates coloured (with a
    legend), and beside it one tab per row table (entities grouped by entity,
    then figures, dates, roles, quotes — every table of ``model.document.TABLES``
    that the record holds); hovering a row highlights its span in the text
    (``#tab=roles&hl=roles:0`` opens a tab with a row highlighted).
``people.html``, ``organizations.html``, ``person/P-….html``, ``org/O-….html``
    when the folder has the index (``people.csv``): each person's roles over time,
    quotes and documents; each organisation's people (``report_index.py``).
``assets/report.css``, ``assets/report.js``
    written once and shared by every page (``pipeline/io/outputs/assets/``).

Every value is HTML-escaped; nothing is fetched from elsewhere.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path, PurePath
from typing import Optional

from pipeline.io.outputs.html_page import escape as _e, page as _page, table as _table
from pipeline.io.outputs.report_index import IndexData, read_index, write_index_pages
from pipeline.io.outputs.report_index import entity_href as _entity_href, index_links as _index_links
from pipeline.io.outputs.terminal import SHOWN
from pipeline.io.outputs.writer import JSONL_FILE, atomic_write
from pipeline.model.document import TABLES

#: Highlight colours by label (the same as ``assets/report.css``; the browser test looks for them).
COLORS = {
    "PER": "#aa9cfc", "ORG": "#7aecec", "LOC": "#ff9561", "MISC": "#c887fb",
    "FIGURE": "#feca74", "DATE": "#bfe1d9", "ROLE": "#e4e7d2", "QUOTE": "#f6d6e8",
}
#: The colour of a hovered row's span in the text (``::highlight(row)`` in the CSS).
HIGHLIGHT = "#ffd400"
#: Legend names of the colours.
LEGEND = {"PER": "Person", "ORG": "Organisation", "LOC": "Ort", "MISC": "Sonstiges", "FIGURE": "Zahl",
          "DATE": "Datum"}
#: Which kind of row is coloured where two overlap in the text: figures, then dates, then entities.
_PRIORITY = ("figures", "dates", "entities")
#: Tables not given a tab: their rows are the text itself (the count is in the header).
_NO_TAB = ("documents", "sentences")
ASSETS = Path(__file__).parent / "assets"
ASSET_FILES = ("report.css", "report.js")
#: Index columns before the per-table counts.
INDEX_COLUMNS = ("source", "title", "doc_date", "wire", "status", "error")


def _cell(value) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        shown = int(value) if isinstance(value, float) and value.is_integer() else value
        return f'<td class="num" data-v="{value}">{_e(shown)}</td>'
    return f"<td>{_e(value)}</td>"


def _row_tables(rec: dict) -> list[str]:
    """The row tables a record holds, in contract order (a table added to TABLES comes with it)."""
    return [t for t in TABLES if t not in ("documents",) and isinstance(rec.get(t), list)]


# -- the document page ---------------------------------------------------------------------------

def _coloured(rec: dict) -> list[tuple[int, int, str]]:
    """Non-overlapping coloured spans: figures, then dates, then entities (the first claim wins)."""
    taken: list[tuple[int, int, str]] = []
    for table in _PRIORITY:
        for row in rec.get(table) or []:
            s, e = row["start"], row["end"]
            if any(s < te and ts < e for ts, te, _ in taken):
                continue
            label = row.get("label", "") if table == "entities" else "FIGURE" if table == "figures" else "DATE"
            taken.append((s, e, label))
    return sorted(taken)


def text_html(text: str, spans: list[tuple[int, int, str]]) -> str:
    """The text with ``<mark class=LABEL>`` around each span, everything escaped."""
    out, at = [], 0
    for s, e, label in spans:
        out += [_e(text[at:s]), f'<mark class="{_e(label)}">{_e(text[s:e])}</mark>']
        at = e
    out.append(_e(text[at:]))
    return "".join(out)


def _tr(starts: list[int], ends: list[int], cells: list) -> str:
    return (f'<tr data-s="{" ".join(map(str, starts))}" data-e="{" ".join(map(str, ends))}" tabindex="0">'
            + "".join(_cell(c) for c in cells) + "</tr>")


def _entities_tab(rows: list[dict], links: Optional[dict] = None) -> tuple[str, int]:
    """One line per entity (its mentions highlighted together), most mentioned first; a person or
    organisation of the index links to its page."""
    groups: dict[str, list[dict]] = {}
    for r in rows:
        groups.setdefault(r.get("entity") or f"{r.get('label')}:{r.get('text')}", []).append(r)
    lines = []
    for key, ms in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[1][0]["start"])):
        first = ms[0]
        label = f'<td><mark class="{_e(first.get("label"))}">{_e(first.get("label"))}</mark></td>'
        gid = (links or {}).get(key, "")
        if gid:
            label += f'<td><a class="gid" href="../{_entity_href(gid)}">{_e(gid)}</a></td>'
        lines.append(_tr([m["start"] for m in ms], [m["end"] for m in ms],
                         [first.get("canonical") or first.get("text"), len(ms)]).replace("</tr>", label + "</tr>", 1))
    head = ("entity", "mentions", "label", "index") if links else ("entity", "mentions", "label")
    return _table(head, lines), len(groups)


def _rows_tab(table: str, rows: list[dict]) -> str:
    cols = SHOWN.get(table) or tuple(c for c in (rows[0] if rows else {}) if c not in ("doc_id", "sent", "start", "end"))
    if table == "roles":
        cols = ("person", "role", "organization")     # the statement itself is the highlighted span
    return _table(cols, [_tr([r["start"]], [r["end"]], [r.get(c) for c in cols]) for r in rows
                         if isinstance(r.get("start"), int) and isinstance(r.get("end"), int)])


def _meta(rec: dict) -> str:
    parts = [("Quelle", rec.get("source")), ("Datum", rec.get("doc_date")), ("Agentur", rec.get("wire")),
             ("Ort", rec.get("dateline_place")), ("ID", rec.get("input_id")), ("Status", rec.get("status"))]
    meta = "".join(f"<span><b>{k}:</b> {_e(v)}</span>" for k, v in parts if v)
    counts = "".join(f"<li>{_e(t)}: {len(rec[t])}</li>" for t in _row_tables(rec))
    return f'<p class="meta">{meta}</p><ul class="counts">{counts}</ul>'


def document_page(rec: dict, links: Optional[dict] = None) -> str:
    """The HTML page of one ``dataset.jsonl`` record (``links``: its entity ids → index ids)."""
    title = rec.get("title") or rec.get("source") or rec["doc_id"]
    text = rec.get("text") or ""
    tabs, panels = [], []
    for table in (t for t in _row_tables(rec) if t not in _NO_TAB):
        rows = rec[table]
        if table == "entities":
            body, n = _entities_tab(rows, links)
        else:
            body, n = _rows_tab(table, rows), len(rows)
        tabs.append(f'<button type="button" data-tab="{_e(table)}">{_e(table)} ({n})</button>')
        panels.append(f'<section class="panel" id="tab-{_e(table)}">{body}</section>')
    legend = "".join(f'<li class="{k}">{_e(v)}</li>' for k, v in LEGEND.items())
    error = f'<p><strong>Fehler:</strong> {_e(rec.get("error"))}</p>' if rec.get("status") == "error" else ""
    left = (f'<ul class="legend">{legend}</ul>{error}'
            f'<div class="text" id="text">{text_html(text, _coloured(rec))}</div>')
    right = f'<div class="tabs">{"".join(tabs)}</div>{"".join(panels)}'
    body = (f'<header class="top"><a href="../index.html">← alle Dokumente</a><h1>{_e(title)}</h1>{_meta(rec)}</header>'
            f'<main class="doc"><div>{left}</div><aside class="side">{right}</aside></main>')
    return _page(title, body, "../")


# -- the index -----------------------------------------------------------------------------------

def _names(rec: dict, label: str) -> list[str]:
    """The distinct people (``PER``) or organisations (``ORG``) of a record, by canonical form."""
    seen = dict.fromkeys((r.get("canonical") or r.get("text") or "").strip() for r in rec.get("entities") or []
                         if r.get("label") == label)
    return [n for n in seen if n]


def _folder(source: str) -> str:
    return PurePath(source.split("#", 1)[0]).parent.name if "/" in source else ""


def _kind(source: str) -> str:
    return PurePath(source.split("#", 1)[0]).suffix.lstrip(".").lower() or (source.split("#")[0] or "?")


def _index_row(rec: dict, tables: list[str]) -> str:
    source = rec.get("source") or rec["doc_id"]
    per, org = _names(rec, "PER"), _names(rec, "ORG")
    data = {"date": rec.get("doc_date") or "", "wire": rec.get("wire") or "", "folder": _folder(source),
            "type": _kind(source), "status": rec.get("status") or "", "per": "|".join(per), "org": "|".join(org),
            "q": " ".join([source, rec.get("title") or "", rec.get("input_id") or "", *per, *org])}
    attrs = " ".join(f'data-{k}="{_e(v)}"' for k, v in data.items())
    cls = ' class="error"' if rec.get("status") == "error" else ""
    short = "/".join(source.split("/")[-2:])     # folder/file: the full path is in the tooltip and the search
    link = f'<a href="doc/{_e(rec["doc_id"])}.html" title="{_e(source)}">{_e(short)}</a>'
    cells = [f'<td data-v="{_e(source)}">{link}</td>'] + [_cell(rec.get(c)) for c in INDEX_COLUMNS[1:]]
    if not rec.get("title") and rec.get("opening"):    # no headline: the text's opening words, marked as such
        cells[1] = f'<td class="opening">{_e(rec["opening"])}</td>'

    cells += [_cell(_count(rec, t)) for t in tables]
    return f"<tr{cls} {attrs}>{''.join(cells)}</tr>"


def _select(name: str, label: str, values) -> str:
    options = "".join(f'<option value="{_e(v)}">{_e(v)}</option>' for v in sorted(set(values)) if v)
    return f'<label>{label}<select id="f-{name}"><option value="">alle</option>{options}</select></label>'


def _filters(recs: list[dict]) -> str:
    people = Counter(n for r in recs for n in _names(r, "PER"))
    orgs = Counter(n for r in recs for n in _names(r, "ORG"))
    lists = "".join(f'<datalist id="l-{k}">' + "".join(f'<option value="{_e(n)}">' for n, _ in c.most_common(500))
                    + "</datalist>" for k, c in (("per", people), ("org", orgs)))
    sources = [r.get("source") or "" for r in recs]
    return ('<div class="filters">'
            '<label>Suche<input type="search" id="f-q" placeholder="Titel, Quelle, Person, Organisation"></label>'
            '<label>Datum ab<input type="date" id="f-from"></label><label>bis<input type="date" id="f-to"></label>'
            + _select("wire", "Agentur", (r.get("wire") for r in recs))
            + _select("folder", "Ordner", map(_folder, sources))
            + _select("type", "Typ", map(_kind, sources))
            + _select("status", "Status", (r.get("status") for r in recs))
            + '<label>Person<input id="f-per" list="l-per"></label>'
            '<label>Organisation<input id="f-org" list="l-org"></label>'
            f'</div>{lists}')


def _opening(text: str, limit: int = 90) -> str:
    """The first words of a text, for an index row without a title."""
    words = " ".join(text.split())
    return words if len(words) <= limit else words[:limit].rsplit(" ", 1)[0] + " …"


def _count(rec: dict, table: str) -> int:
    rows = rec.get(table)
    return rows if isinstance(rows, int) else len(rows or [])


def index_page(recs: list[dict], index: Optional[IndexData] = None) -> str:
    """The index of the records (a row table may be given as its row count instead of its rows)."""
    tables = [t for t in TABLES if t != "documents" and any(isinstance(r.get(t), (list, int)) for r in recs)]
    n_err = sum(r.get("status") == "error" for r in recs)
    counts = "".join(f"<li>{_e(t)}: {sum(_count(r, t) for r in recs):,}</li>" for t in tables)
    head = "".join(f'<th data-col="{_e(c)}">{_e(c)}</th>' for c in INDEX_COLUMNS)
    head += "".join(f'<th data-col="n_{_e(t)}">{_e(t)}</th>' for t in tables)
    rows = "".join(_index_row(r, tables) for r in recs)
    body = (f'<header class="top"><h1>press-extract: {len(recs)} Dokumente, {n_err} mit Fehler</h1>'
            f'<ul class="counts">{counts}</ul>{_index_links(index)}</header><main>{_filters(recs)}'
            f'<p><span id="shown">{len(recs)}</span> von {len(recs)} Dokumenten; '
            'Klick auf eine Spaltenüberschrift sortiert.</p>'
            f'<table id="documents"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></main>')
    return _page("press-extract report", body, "")


def write_report(out_dir: Path, target: Optional[Path] = None) -> Path:
    """Write the report of ``out_dir`` into ``target`` (default ``out_dir/report``); the index path."""
    out_dir = Path(out_dir)
    target = Path(target) if target else out_dir / "report"
    path = out_dir / JSONL_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: run press-extract run … --out {out_dir} first")
    for name in ASSET_FILES:
        atomic_write(target / "assets" / name, (ASSETS / name).read_bytes(), sync=False)
    index = read_index(out_dir)
    recs = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            links = index.links.get(rec["doc_id"]) if index else None
            atomic_write(target / "doc" / f"{rec['doc_id']}.html", document_page(rec, links), sync=False)
            # the index needs no text: sentences become their count, the text goes
            short = {k: len(v) if k == "sentences" else v for k, v in rec.items() if k != "text"}
            short["opening"] = _opening(rec.get("text") or "")
            recs.append(short)
    if index:
        write_index_pages(target, index, {r["doc_id"]: r for r in recs})
    page = target / "index.html"
    atomic_write(page, index_page(recs, index), sync=False)
    return page
