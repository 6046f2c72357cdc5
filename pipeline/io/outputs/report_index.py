"""The report's pages of the cross-document index: one per person and per organisation.

``people.html`` and ``organizations.html`` list them (searchable like the document index);
``person/P-….html`` shows a person's roles over time (``positions.csv``), what they said
(``quotes.csv``, when the folder has it) and the documents that mention them;
``org/O-….html`` the organisation's people and positions, and its documents. Read from the
folder's CSVs, written when ``people.csv`` exists.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from pipeline.io.outputs.html_page import escape as _e, page as _page, table
from pipeline.io.outputs.writer import atomic_write


@dataclass
class IndexData:
    people: list[dict]
    organizations: list[dict]
    positions: list[dict]
    links: dict[str, dict[str, str]] = field(default_factory=dict)       # doc_id → {entity: global id}
    mentions: dict[str, set[str]] = field(default_factory=dict)          # global id → doc_ids
    quotes: dict[str, list[dict]] = field(default_factory=dict)          # person id → quote rows


def _rows(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def read_index(out_dir: Path) -> Optional[IndexData]:
    """The index tables of ``out_dir``; None when the folder has none."""
    out_dir = Path(out_dir)
    if not (out_dir / "people.csv").is_file():
        return None
    data = IndexData(_rows(out_dir / "people.csv"), _rows(out_dir / "organizations.csv"),
                     _rows(out_dir / "positions.csv"))
    links: dict[str, dict[str, str]] = defaultdict(dict)
    mentions: dict[str, set[str]] = defaultdict(set)
    for r in _rows(out_dir / "entities.csv"):
        if r.get("global_id"):
            links[r["doc_id"]][r["entity"] or f"{r['label']}:{r['text']}"] = r["global_id"]
            mentions[r["global_id"]].add(r["doc_id"])
    quotes: dict[str, list[dict]] = defaultdict(list)
    for q in _rows(out_dir / "quotes.csv"):
        if q.get("speaker_id"):
            quotes[q["speaker_id"]].append(q)
    data.links, data.mentions, data.quotes = dict(links), dict(mentions), dict(quotes)
    return data


def entity_href(gid: str) -> str:
    """The page of a person (``P-…``) or organisation (``O-…``), relative to the report's root."""
    return f"{'person' if gid.startswith('P-') else 'org'}/{gid}.html"


def index_links(index: Optional[IndexData]) -> str:
    if not index:
        return ""
    return (f'<p class="meta"><a href="people.html">Personen ({len(index.people):,})</a> · '
            f'<a href="organizations.html">Organisationen ({len(index.organizations):,})</a></p>')


def _table(head: tuple[str, ...], rows: list[list[str]]) -> str:
    """A table of rows of ready cells (already escaped, links kept)."""
    return table(head, ["<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows])


def _link(gid: str, name: str, root: str) -> str:
    return f'<a href="{root}{entity_href(gid)}">{_e(name or gid)}</a>' if gid else _e(name)


def _docs_table(doc_ids, docs: dict[str, dict], root: str) -> str:
    rows = sorted((docs[d] for d in doc_ids if d in docs), key=lambda r: (r.get("doc_date") or "9999", r["doc_id"]))
    return _table(("date", "document"), [[_e(r.get("doc_date")), f'<a href="{root}doc/{_e(r["doc_id"])}.html">'
                                          f'{_e(r.get("title") or r.get("source") or r["doc_id"])}</a>'] for r in rows])


def _header(title: str, facts: list[tuple[str, str]], root: str) -> str:
    meta = "".join(f"<span><b>{k}:</b> {_e(v)}</span>" for k, v in facts if v)
    return (f'<header class="top"><a href="{root}index.html">← alle Dokumente</a>'
            f'<h1>{_e(title)}</h1><p class="meta">{meta}</p></header>')


def person_page(p: dict, index: IndexData, docs: dict[str, dict]) -> str:
    positions = [r for r in index.positions if r["person_id"] == p["person_id"]]
    pos = _table(("role", "organization", "from", "to", "documents"),
                 [[_e(r["role"]), _link(r["org_id"], r["organization"], "../"), _e(r["first_seen"]),
                   _e(r["last_seen"]), _e(r["n_docs"])] for r in positions])
    quotes = _table(("type", "quote", "document"),
                    [[_e(q.get("type")), _e(q.get("text")), f'<a href="../doc/{_e(q["doc_id"])}.html">'
                      f'{_e(docs.get(q["doc_id"], {}).get("title") or q["doc_id"])}</a>']
                     for q in index.quotes.get(p["person_id"], [])])
    facts = [("Varianten", p["variants"].replace(";", "; ")), ("Dokumente", p["n_docs"]), ("Erwähnungen", p["n_mentions"]),
             ("zuerst", p["first_seen"]), ("zuletzt", p["last_seen"]), ("zusammengeführt", p["merged_ids"])]
    body = (_header(p["name"], facts, "../") + '<main class="entity">'
            f'<h2>Rollen</h2>{pos}<h2>Zitate</h2>{quotes}'
            f'<h2>Dokumente</h2>{_docs_table(index.mentions.get(p["person_id"], ()), docs, "../")}</main>')
    return _page(p["name"], body, "../")


def org_page(o: dict, index: IndexData, docs: dict[str, dict]) -> str:
    positions = [r for r in index.positions if r["org_id"] == o["org_id"]]
    people = _table(("person", "role", "from", "to", "documents"),
                    [[_link(r["person_id"], r["person"], "../"), _e(r["role"]), _e(r["first_seen"]),
                      _e(r["last_seen"]), _e(r["n_docs"])] for r in positions])
    facts = [("Varianten", o["variants"].replace(";", "; ")), ("Rechtsform", o["legal_form"]), ("Dokumente", o["n_docs"]),
             ("Erwähnungen", o["n_mentions"]), ("zuerst", o["first_seen"]), ("zuletzt", o["last_seen"]),
             ("zusammengeführt", o["merged_ids"])]
    body = (_header(o["name"], facts, "../") + '<main class="entity">'
            f'<h2>Personen und Rollen</h2>{people}'
            f'<h2>Dokumente</h2>{_docs_table(index.mentions.get(o["org_id"], ()), docs, "../")}</main>')
    return _page(o["name"], body, "../")


def _list_page(title: str, rows: list[dict], id_col: str) -> str:
    rows = sorted(rows, key=lambda r: (-int(r["n_docs"] or 0), r["name"]))
    table = _table(("name", "documents", "mentions", "from", "to"),
                   [[_link(r[id_col], r["name"], ""), _e(r["n_docs"]), _e(r["n_mentions"]), _e(r["first_seen"]),
                     _e(r["last_seen"])] for r in rows])
    return _page(title, _header(title, [("Anzahl", f"{len(rows):,}")], "") + f"<main>{table}</main>", "")


def write_index_pages(target: Path, index: IndexData, docs: dict[str, dict]) -> None:
    """``people.html``, ``organizations.html`` and a page per person and organisation."""
    atomic_write(target / "people.html", _list_page("Personen", index.people, "person_id"), sync=False)
    atomic_write(target / "organizations.html", _list_page("Organisationen", index.organizations, "org_id"), sync=False)
    for p in index.people:
        atomic_write(target / entity_href(p["person_id"]), person_page(p, index, docs), sync=False)
    for o in index.organizations:
        atomic_write(target / entity_href(o["org_id"]), org_page(o, index, docs), sync=False)


__all__ = ["IndexData", "read_index", "write_index_pages", "entity_href", "index_links"]
