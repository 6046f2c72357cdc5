"""The report's HTML pieces shared by its document pages (``report.py``) and its people and
organisation pages (``report_index.py``): escaping, the page frame, a table."""
from __future__ import annotations

import html


def escape(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def page(title: str, body: str, root: str) -> str:
    """A page that links the shared assets from ``root`` (``""`` or ``"../"``)."""
    return (f'<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)}</title>'
            f'<link rel="stylesheet" href="{root}assets/report.css"></head><body>{body}'
            f'<script src="{root}assets/report.js"></script></body></html>\n')


def table(head: tuple[str, ...], rows: list[str]) -> str:
    """A table of ready ``<tr>`` rows under a sortable header; a note when there are none."""
    if not rows:
        return '<p class="empty">keine Zeilen</p>'
    th = "".join(f'<th data-col="{escape(c)}">{escape(c)}</th>' for c in head)
    return f"<table><thead><tr>{th}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
