"""Issues 13 and 26: ``press-extract report``, checked in a real headless browser (Debian's ``chromium``).

The browser tests skip, saying so, only when no ``chromium`` is installed
(``apt-get install -y chromium``); the HTML tests run everywhere. The browser
reads the state of a page from its address (``#q=…``, ``#tab=roles&hl=roles:0``)
exactly as it does after typing or hovering, and ``assets/report.js`` writes what
overflows sideways into ``body[data-overflow]``; ``--dump-dom`` shows both.
"""
from __future__ import annotations

import html
import json
import re
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.io.outputs import report as report_module
from pipeline.io.outputs.report import COLORS, HIGHLIGHT, write_report
from pipeline.model.document import TABLES

from .run_inputs import release
from .test_cli import invoke

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_browser = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on PATH (Debian: apt-get install -y chromium)")

PLAIN = "Kurze Notiz\n\nDas Treffen fand statt. Alle waren da.\n"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("report")
    src = tmp / "in"
    src.mkdir()
    (src / "a.txt").write_text(release(1), encoding="utf-8")                   # figures and dates
    (src / "b.txt").write_text(PLAIN, encoding="utf-8")                        # neither
    (src / "c.txt").write_text("<script>alert(1)</script> " + release(2), encoding="utf-8")
    (src / "empty.txt").write_text("", encoding="utf-8")                       # an error row
    out = tmp / "out"
    assert invoke(src, "--out", out).exit_code == 0
    r = CliRunner().invoke(main, ["report", str(out)])
    assert r.exit_code == 0, r.output
    return out


# -- a made-up dataset with people, organisations, wires and roles (what a trained model gives) ----

def _rec(doc_id: str, source: str, text: str, *, date="", wire="", ents=(), figures=(), roles=(), status="ok",
         error="", **extra) -> dict:
    def at(s: str) -> tuple[int, int]:
        i = text.index(s)
        return i, i + len(s)

    entities = [{"doc_id": doc_id, "sent": 0, "start": at(t)[0], "end": at(t)[1], "text": t, "label": label,
                 "canonical": t, "entity": f"{label}{n}", "source": "model"} for n, (t, label) in enumerate(ents, 1)]
    figs = [{"doc_id": doc_id, "sent": 0, "start": at(t)[0], "end": at(t)[1], "text": t, "kind": "money",
             "value": v, "value_max": None, "qualifier": "eq", "unit": "EUR", "quantity_of": ""} for t, v in figures]
    rls = [{"doc_id": doc_id, "sent": 0, "start": at(t)[0], "end": at(t)[1], "person": p, "person_entity": "PER1",
            "honorific": "", "role": role, "organization": org, "org_entity": "ORG1", "text": t}
           for t, p, role, org in roles]
    return {"doc_id": doc_id, "source": source, "title": (text.splitlines() or [""])[0], "dateline_place": "", "dateline_date": "",
            "wire": wire, "input_id": "", "input_url": "", "doc_date": date, "n_chars": len(text),
            "n_sentences": 1, "n_entities": len(entities), "n_roles": len(rls), "n_figures": len(figs), "n_dates": 0,
            "model": "m", "pipeline_version": "0", "status": status, "error": error, "warnings": "", "text": text,
            "sentences": [], "entities": entities, "roles": rls, "figures": figs, "dates": [], **extra}


LONG_ROLE = ("Die Nordwind Energie GmbH hat Anna Beispielfrau zur Leiterin der Abteilung für Netzausbau, "
             "Digitalisierung und Kommunikation in Norddeutschland ernannt.")
MADE_UP = [
    _rec("d1", "/data/wire/ots/1.txt", "Nordwind wächst\n\n" + LONG_ROLE + " Der Umsatz stieg auf 12 Mio. Euro.",
         date="2024-03-01", wire="ots", ents=[("Nordwind Energie GmbH", "ORG"), ("Anna Beispielfrau", "PER")],
         figures=[("12 Mio. Euro", 12e6)],
         roles=[(LONG_ROLE[30:-8], "Anna Beispielfrau",
                 "Leiterin der Abteilung für Netzausbau, Digitalisierung und Kommunikation in Norddeutschland",
                 "Nordwind Energie GmbH")]),
    _rec("d2", "/data/wire/dpa/2.html", "Stadtwerke bauen\n\nDie Stadtwerke Süd bauen ein Wärmenetz, sagte Max Muster.",
         date="2024-05-10", wire="dpa", ents=[("Stadtwerke Süd", "ORG"), ("Max Muster", "PER")]),
    _rec("d3", "/data/blog/3.json#1", "Notiz\n\nOhne Datum & ohne <b>Agentur</b>.", ents=[]),
    _rec("d4", "/data/blog/4.txt", "", status="error", error="empty document"),
]


@pytest.fixture(scope="module")
def made_up(tmp_path_factory):
    out = tmp_path_factory.mktemp("made-up")
    (out / "dataset.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in MADE_UP),
                                       encoding="utf-8")
    write_report(out)
    return out / "report"


def _ids(out):
    return {json.loads(x)["source"].rsplit("/", 1)[1]: json.loads(x)["doc_id"]
            for x in (out / "dataset.jsonl").read_text(encoding="utf-8").splitlines()}


def _browser(*args: str, size: str = "1280,900") -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                           "--disable-component-update", "--no-first-run", "--hide-scrollbars",
                           f"--window-size={size}", *args], capture_output=True, text=True, timeout=120)


def _dom(tmp_path, url: str) -> str:
    return _browser(f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=2000", "--dump-dom", url).stdout


def _shot(tmp_path, url: str, name: str, size: str = "1280,900"):
    png = tmp_path / f"{name}.png"
    r = _browser(f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=2000", f"--screenshot={png}",
                 url, size=size)
    assert png.exists(), r.stderr
    return png


def _pixels(png, colour: str, box=None) -> int:
    """How many pixels of ``png`` (inside ``box``: left, top, right, bottom) have exactly ``colour``."""
    from PIL import Image

    rgb = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
    with Image.open(png) as im:
        part = im.convert("RGB").crop(box) if box else im.convert("RGB")
        return dict((c, n) for n, c in part.getcolors(part.width * part.height)).get(rgb, 0)


# -- HTML, everywhere -------------------------------------------------------------------------------

def test_report_pages_and_escaping(report):
    ids = _ids(report)
    index = (report / "report" / "index.html").read_text(encoding="utf-8")
    assert index.count("<tr") == 1 + len(ids)
    assert 'class="error"' in index and "empty document" in index
    page = (report / "report" / "doc" / f"{ids['c.txt']}.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    # nothing fetched from elsewhere: every address is a file of the report (works from file://)
    for html_file in [report / "report" / "index.html", *(report / "report" / "doc").glob("*.html")]:
        text = html_file.read_text(encoding="utf-8")
        assert "http" not in text.replace(">http", ""), html_file
        for ref in re.findall(r'(?:src|href)="([^"#]+)', text):
            assert (html_file.parent / ref).is_file(), (html_file.name, ref)


def test_assets_once_and_text_once(made_up):
    assert sorted(p.name for p in (made_up / "assets").iterdir()) == ["report.css", "report.js"]
    page = (made_up / "doc" / "d1.html").read_text(encoding="utf-8")
    assert "<style" not in page and "function" not in page          # must-not: assets copied into a page
    assert page.count("Der Umsatz stieg auf") == 1                  # the text once (issue 26: it was twice)
    assert '<mark class="ORG">Nordwind Energie GmbH</mark>' in page and '<mark class="FIGURE">12 Mio. Euro</mark>' in page
    assert 'class="legend"' in page and "Organisation" in page
    assert page.index('id="tab-roles"') > page.index('id="text"')   # the panels beside the text


def test_index_counts_filters_and_escaping(made_up):
    index = (made_up / "index.html").read_text(encoding="utf-8")
    assert "<li>entities: 4</li>" in index and "<li>roles: 1</li>" in index and "<li>figures: 1</li>" in index
    for ident in ("f-q", "f-from", "f-to", "f-wire", "f-type", "f-per", "f-org"):
        assert f'id="{ident}"' in index
    assert '<option value="Anna Beispielfrau">' in index and '<option value="ots">ots</option>' in index
    page = (made_up / "doc" / "d3.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;Agentur&lt;/b&gt;" in page and "<b>Agentur" not in page and "Datum &amp; ohne" in page


def test_tabs_follow_the_tables(made_up, monkeypatch, tmp_path):
    """A table added to TABLES (issue 26: quotes) gets its tab with its columns; without it, no tab."""
    page = (made_up / "doc" / "d1.html").read_text(encoding="utf-8")
    assert 'id="tab-quotes"' not in page and 'id="tab-sentences"' not in page
    quote = {"doc_id": "q", "sent": 0, "start": 0, "end": 14, "text": "Wir bauen aus.", "type": "direct",
             "speaker": "Anna Beispielfrau", "speaker_start": 20, "speaker_end": 37, "speaker_entity": "PER1",
             "speaker_id": "", "cue": "sagte", "cue_start": 15, "cue_end": 20, "spans": ""}
    monkeypatch.setitem(TABLES, "quotes", object)
    rec = _rec("q", "q.txt", "Wir bauen aus. sagte Anna Beispielfrau.", quotes=[quote])
    html = report_module.document_page(rec)
    assert 'id="tab-quotes"' in html and ">Anna Beispielfrau<" in html and ">direct<" in html
    assert 'data-s="0" data-e="14"' in html                        # its span, for the highlight
    assert "quotes: 1" in report_module.index_page([rec])


# -- in the browser ---------------------------------------------------------------------------------

def _shown_docs(dom: str) -> list[str]:
    body = dom.split("<tbody>", 1)[1]
    return [m.group(2) for m in re.finditer(r'<tr([^>]*)>.*?href="doc/(\w+)\.html"', body) if "hidden" not in m.group(1)]


@needs_browser
@pytest.mark.parametrize("query, shown", [
    ("", ["d1", "d2", "d3", "d4"]),
    ("#q=Beispielfrau", ["d1"]),                  # a person in the search box
    ("#q=stadtwerke", ["d2"]),                    # case does not matter
    ("#per=Max", ["d2"]),
    ("#org=Nordwind", ["d1"]),
    ("#wire=dpa", ["d2"]),
    ("#type=json", ["d3"]),
    ("#status=error", ["d4"]),
    ("#from=2024-04-01", ["d2"]),                 # undated documents drop out of a date range
    ("#to=2024-04-01", ["d1"]),
    ("#q=Nordwind&wire=dpa", []),                 # must-not: filters combine
    ("#q=%3Cb%3E", []),                           # markup is no search text
])
def test_search_and_filters_in_a_browser(made_up, tmp_path, query, shown):
    dom = _dom(tmp_path, (made_up / "index.html").as_uri() + query)
    assert _shown_docs(dom) == shown
    assert f'<span id="shown">{len(shown)}</span>' in dom


@needs_browser
def test_nothing_overflows_at_1280_px(made_up, report, tmp_path):
    urls = [(made_up / "index.html").as_uri(), (report / "report" / "index.html").as_uri()]
    for tab in ("entities", "roles", "figures", "dates"):
        urls += [(made_up / "doc" / "d1.html").as_uri() + f"#tab={tab}"]
    urls += [p.as_uri() for p in sorted((report / "report" / "doc").glob("*.html"))]
    for url in urls:
        dom = _dom(tmp_path, url)
        assert 'data-ready="1"' in dom, url
        assert 'data-overflow=""' in dom, (url, re.search(r'data-overflow="[^"]*"', dom))
    # must-not: the check sees a page that is too wide
    wide = made_up / "doc" / "wide.html"
    wide.write_text((made_up / "doc" / "d1.html").read_text(encoding="utf-8").replace(
        '<div class="text"', '<div style="width:2400px">x</div><div class="text"'), encoding="utf-8")
    assert 'data-overflow="page' in _dom(tmp_path, wide.as_uri())


@needs_browser
def test_document_page_in_a_browser(made_up, tmp_path):
    pytest.importorskip("PIL", reason="Pillow reads the screenshot (pip install pillow)")
    url = (made_up / "doc" / "d1.html").as_uri()
    plain = _shot(tmp_path, url + "#tab=roles", "d1-roles")
    hovered = _shot(tmp_path, url + "#tab=roles&hl=roles:0", "d1-roles-hl")
    text_box, side_box = (0, 0, 640, 900), (700, 0, 1280, 900)
    # the roles tab is open in the first screen, on the right (issue 26: it started 5,200 px down)
    assert _pixels(plain, "#24324a", side_box) > 500
    # the text on the left has its organisation and figure coloured
    assert _pixels(plain, COLORS["ORG"], text_box) > 200 and _pixels(plain, COLORS["FIGURE"], text_box) > 100
    # the hovered role's span is highlighted in the text; without the hover it is not
    assert _pixels(hovered, HIGHLIGHT, text_box) > 1000
    assert _pixels(plain, HIGHLIGHT, text_box) == 0


@needs_browser
def test_highlights_render_in_a_browser(report, tmp_path):
    pytest.importorskip("PIL", reason="Pillow reads the screenshot (pip install pillow)")
    ids = _ids(report)
    shots = {name: _shot(tmp_path, (report / "report" / "doc" / f"{ids[name]}.html").as_uri(), name, "1400,1200")
             for name in ("a.txt", "b.txt")}
    text_box = (0, 180, 790, 1200)    # the text column, below the legend
    # The release's figures and dates are drawn as coloured marks; the plain note has none.
    assert _pixels(shots["a.txt"], COLORS["FIGURE"], text_box) > 500
    assert _pixels(shots["a.txt"], COLORS["DATE"], text_box) > 500
    assert _pixels(shots["b.txt"], COLORS["FIGURE"], text_box) == 0
    assert _pixels(shots["b.txt"], COLORS["DATE"], text_box) == 0


@needs_browser
def test_index_sorts_in_a_browser(report, tmp_path):
    ids = _ids(report)
    index = (report / "report" / "index.html").as_uri()

    def order(hash_):
        return re.findall(r'href="doc/(\w+)\.html"', _dom(tmp_path, index + hash_))

    unsorted = order("")
    by_figures_desc = order("#sort=-n_figures")
    by_source = order("#sort=source")
    assert set(unsorted) == set(ids.values())
    assert by_figures_desc[-1] in (ids["b.txt"], ids["empty.txt"]) and by_figures_desc[0] in (ids["a.txt"], ids["c.txt"])
    assert by_source == [ids[n] for n in sorted(ids)]
    assert order("#sort=-source") == by_source[::-1]


# -- the index's pages (issue 25) ---------------------------------------------------------------------

INDEXED = [
    "Berlin, 12. März 2024 – Die Beispiel AG stellt ihre Zahlen vor. \"Wir wachsen\", sagte Max Muster, "
    "Vorstandsvorsitzender der Beispiel AG. Auch Lea Probe, Finanzvorständin der Beispiel AG, war zufrieden.\n",
    "Hamburg, 3. Juni 2024 – Max Muster, Vorstandsvorsitzender der Beispiel AG, eröffnete das neue Werk. "
    "Die Beispiel AG beschäftigt dort 120 Menschen.\n",
]


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    """Two made-up releases that share a person and an organisation, run and reported."""
    tmp = tmp_path_factory.mktemp("indexed")
    src = tmp / "in"
    src.mkdir()
    for i, text in enumerate(INDEXED):
        (src / f"r{i}.txt").write_text(text, encoding="utf-8")
    out = tmp / "out"
    assert CliRunner().invoke(main, ["run", str(src), "--out", str(out)]).exit_code == 0   # the shipped model
    assert CliRunner().invoke(main, ["report", str(out)]).exit_code == 0
    return out


def test_person_and_organisation_pages(indexed):
    import csv as _csv

    site = indexed / "report"
    with open(indexed / "people.csv", encoding="utf-8", newline="") as fh:
        people = list(_csv.DictReader(fh))
    with open(indexed / "positions.csv", encoding="utf-8", newline="") as fh:
        positions = [p for p in _csv.DictReader(fh) if p["org_id"]]
    assert people and positions
    index = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="people.html"' in index and 'href="organizations.html"' in index
    listing = (site / "people.html").read_text(encoding="utf-8")
    assert all(f'href="person/{p["person_id"]}.html"' in listing for p in people)
    pos = positions[0]
    page = (site / "person" / f"{pos['person_id']}.html").read_text(encoding="utf-8")
    assert html.escape(pos["role"]) in page and f'href="../org/{pos["org_id"]}.html"' in page
    assert 'href="../doc/' in page                                   # the documents that mention the person
    org = (site / "org" / f"{pos['org_id']}.html").read_text(encoding="utf-8")
    assert f'href="../person/{pos["person_id"]}.html"' in org
    doc_links = [p for p in (site / "doc").glob("*.html") if f'person/{pos["person_id"]}.html' in p.read_text(encoding="utf-8")]
    assert doc_links                                                  # the entities tab links to the person


def test_no_index_pages_without_an_index(made_up):
    assert not (made_up / "people.html").exists() and 'href="people.html"' not in (made_up / "index.html").read_text(encoding="utf-8")


@needs_browser
def test_index_pages_fit_1280_px(indexed, tmp_path):
    site = indexed / "report"
    pages = [site / "people.html", site / "organizations.html"] + sorted((site / "person").glob("*.html"))[:3] \
        + sorted((site / "org").glob("*.html"))[:3]
    for page in pages:
        dom = _dom(tmp_path, page.as_uri())
        assert 'data-ready="1"' in dom and 'data-overflow=""' in dom, page
