"""Issue 13: keys back to the user's records, the text in dataset.jsonl, HTML blocks, input dates."""
from __future__ import annotations

import json

import pytest

from pipeline.io.inputs.ingest import read_file

from .run_inputs import column, release, write_jsonl
from .test_cli import invoke

PARA = ("Die Beispiel AG hat im Jahr 2023 rund 100 Mio. Euro umgesetzt, 3 Prozent mehr als im Vorjahr. "
        "Vorstandschef Dr. Max Muster sagte am 12. Februar, man plane bis 2030 neue Stellen.")
PAGE = ("<html><head><title>Beispiel AG wächst | Presse</title>"
        "<link rel='canonical' href='https://example.com/presse/beispiel-ag'>"
        "<meta property='article:published_time' content='2024-05-06'></head><body>"
        "<nav><a href='/'>Menü</a> <a href='/presse'>Presse</a></nav><article>"
        "<h1>Beispiel AG wächst kräftig</h1><time datetime='2024-05-06'>6. Mai 2024</time>"
        f"<p>Berlin – {PARA}</p><ul><li>Punkt eins ist hier</li><li>Punkt zwei ist dort</li></ul>"
        f"<p>Zweiter Absatz. {PARA}</p></article><footer>Impressum</footer></body></html>")


def _read(tmp_path, name, data: str):
    p = tmp_path / name
    p.write_text(data, encoding="utf-8")
    return list(read_file(str(p)))


def _jsonl(out):
    return [json.loads(line) for line in (out / "dataset.jsonl").read_text(encoding="utf-8").splitlines()]


def test_jsonl_id_and_url_reach_documents_csv(tmp_path):
    feed = tmp_path / "feed.jsonl"
    write_jsonl(feed, [{"id": "pm-17", "url": "https://example.com/pm/17", "text": release(1)},
                       {"id": 42, "source": "https://example.com/pm/42", "text": release(2)},
                       {"text": release(3)}])
    out = tmp_path / "out"
    assert invoke(feed, "--out", out).exit_code == 0
    assert column(out, "documents", "input_id") == ["pm-17", "42", ""]
    assert column(out, "documents", "input_url") == ["https://example.com/pm/17", "https://example.com/pm/42", ""]
    # The keys sit after `wire`, as in the contract's table.
    head = (out / "documents.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert head[head.index("wire") + 1: head.index("wire") + 3] == ["input_id", "input_url"]
    assert [d["input_id"] for d in _jsonl(out)] == ["pm-17", "42", ""]


def test_changed_key_is_a_changed_result(tmp_path):
    """The same text under a new id must not reuse the stored row with the old id."""
    feed = tmp_path / "feed.jsonl"
    write_jsonl(feed, [{"id": "a", "text": release(1)}])
    out = tmp_path / "out"
    invoke(feed, "--out", out)
    write_jsonl(feed, [{"id": "b", "text": release(1)}])
    invoke(feed, "--out", out)
    assert column(out, "documents", "input_id") == ["b"]


def test_html_canonical_url_blocks_and_metadata_date(tmp_path):
    [d] = _read(tmp_path, "a.html", PAGE)
    assert not d.error
    assert d.input_url == "https://example.com/presse/beispiel-ag"
    assert d.date == "2024-05-06"
    # Headline line, blank line, one paragraph per block: what the structure component reads.
    assert d.text.startswith("Beispiel AG wächst kräftig\n\nBerlin – Die Beispiel AG")
    assert "\n\n- Punkt eins ist hier\n- Punkt zwei ist dort\n\nZweiter Absatz." in d.text
    assert "Menü" not in d.text and "Impressum" not in d.text


def test_html_paragraphs_and_headline_in_the_tables(tmp_path, blank_nlp):
    import pipeline

    [src] = _read(tmp_path, "a.html", PAGE)
    doc = next(pipeline.extract_docs([src], nlp=blank_nlp))
    assert doc.info.title == "Beispiel AG wächst kräftig"
    assert doc.info.input_url == "https://example.com/presse/beispiel-ag"
    first = doc.sentences[0]
    assert (first.text, first.section) == ("Beispiel AG wächst kräftig", "headline")
    assert len({s.para for s in doc.sentences}) >= 3


def test_html_without_main_text_is_an_error_row(tmp_path):
    [d] = _read(tmp_path, "menu.html", "<html><body><nav><a href='/'>Menü</a></nav></body></html>")
    assert d.error == "no main text found in HTML (only 'Menü')"


def test_jsonl_text_resolves_every_offset(tmp_path):
    page = tmp_path / "a.html"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    r = invoke(page, "-", "--out", out, input=release(4))
    assert r.exit_code == 0, r.output
    recs = _jsonl(out)
    assert len(recs) == 2
    for rec in recs:
        text = rec["text"]
        assert list(rec)[:list(rec).index("text")] == list(rec)[:len(rec) - 7]   # after the row, before the tables
        assert len(text) == rec["n_chars"] and text
        for table in ("sentences", "entities", "roles", "figures", "dates", "quotes"):
            for row in rec[table]:
                assert text[row["start"]:row["end"]] == row["text"]
        assert rec["n_sentences"] > 0


@pytest.mark.parametrize("value, iso, warning", [
    ("2024-05-06T10:00:00", "2024-05-06", ""),
    ("06.05.2024", "2024-05-06", ""),
    ("6.5.24", "2024-05-06", ""),
    ("6. Mai 2024", "2024-05-06", ""),
    ("3. Jänner 2021", "2021-01-03", ""),
    ("June 5, 2019", "2019-06-05", ""),
    ("17 March 2022", "2022-03-17", ""),
    ("Mai 2024", "2024-05-01", "JSON date 'Mai 2024' has no day: 2024-05-01 used"),
    ("nächste Woche", None, "JSON date 'nächste Woche' not understood: ignored"),
    ("31.02.2024", None, "JSON date '31.02.2024' not understood: ignored"),
])
def test_json_date_german_forms_or_a_warning(tmp_path, value, iso, warning):
    [d] = _read(tmp_path, "a.json", json.dumps({"text": release(1), "date": value}))
    assert d.date == iso
    assert d.warnings == ([warning] if warning else [])


def test_unparsed_json_date_warning_reaches_the_table(tmp_path):
    p = tmp_path / "a.json"
    p.write_text(json.dumps({"text": release(1), "date": "irgendwann"}), encoding="utf-8")
    out = tmp_path / "out"
    r = invoke(p, "--out", out)
    assert column(out, "documents", "warnings") == ["JSON date 'irgendwann' not understood: ignored"]
    assert "warning: JSON date 'irgendwann'" in r.stderr


def test_extract_normalises_date_and_refuses_non_text(blank_nlp):
    import pipeline

    text = "Beispiel AG wächst\n\nDie Beispiel AG plant am 20. Mai neue Stellen."
    doc = pipeline.extract(text, date="05.05.2024", nlp=blank_nlp)
    assert doc.info.doc_date == "2024-05-05"
    assert [d.date for d in doc.dates] == ["2024-05-20"]
    vague = pipeline.extract(text, date="bald", nlp=blank_nlp)
    assert vague.info.warnings == "date 'bald' not understood: ignored"
    empty = pipeline.extract("  \n", nlp=blank_nlp)
    assert (empty.info.status, empty.info.error) == ("error", "empty document")
    with pytest.raises(TypeError, match="needs the text as a str, not NoneType"):
        pipeline.extract(None, nlp=blank_nlp)


def test_period_columns(tmp_path, blank_nlp):
    import pipeline

    text = ("Beispiel AG wächst\n\nBerlin, 12. März 2024 – Die Beispiel AG plant im Juni 2024 "
            "und im Jahr 2025 neue Stellen, Start am 20. Oktober.")
    doc = pipeline.extract(text, nlp=blank_nlp, date=None)
    got = {(d.date, d.period_start, d.period_end) for d in doc.dates}
    assert {("2024-03-12", "2024-03-12", "2024-03-12"), ("2024-06", "2024-06-01", "2024-06-30"),
            ("2025", "2025-01-01", "2025-12-31")} <= got
    no_year = pipeline.extract("Die Messe beginnt am 20. Oktober.", nlp=blank_nlp)
    assert [(d.resolved, d.period_start, d.period_end) for d in no_year.dates] == [("unresolved", "", "")]


MD = """# Messe Stuttgart zieht Bilanz

**Stuttgart, 12. September 2024** – Die Messe zählte rund **40.000 Besuchern** an drei Tagen.
Mehr auf der [Website](https://messe.example.com/bilanz).

| Jahr | Halle |
|------|------:|
| 2023 | Ost |

- erster Punkt
- zweiter *Punkt*
"""


def test_markdown_is_parsed_not_read_as_plain_text(tmp_path, blank_nlp):
    import pipeline

    [src] = _read(tmp_path, "a.md", MD)
    assert "**" not in src.text and "#" not in src.text and "https://" not in src.text
    doc = next(pipeline.extract_docs([src], nlp=blank_nlp))
    assert doc.info.title == "Messe Stuttgart zieht Bilanz"
    assert (doc.info.dateline_place, doc.info.dateline_date) == ("Stuttgart", "2024-09-12")
    assert [s.section for s in doc.sentences[:2]] == ["headline", "dateline"]
    assert any(f.value == 40000 and f.text.startswith("rund 40.000") for f in doc.figures)
    texts = [s.text for s in doc.sentences]
    assert not any(set(t) <= set("|-: ") for t in texts)          # no table rule sentence
    assert "- erster Punkt" in texts and "Jahr | Halle" in texts
    for row in (*doc.sentences, *doc.figures, *doc.dates, *doc.entities):
        assert doc.text[row.start:row.end] == row.text


def test_markdown_text_reaches_dataset_jsonl(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(MD, encoding="utf-8")
    out = tmp_path / "out"
    assert invoke(p, "--out", out).exit_code == 0
    [rec] = _jsonl(out)
    assert rec["text"].startswith("Messe Stuttgart zieht Bilanz\n\nStuttgart, 12. September 2024 –")
    assert rec["title"] == "Messe Stuttgart zieht Bilanz"


def test_html_headline_outside_the_main_content_comes_from_the_title(tmp_path, blank_nlp):
    import pipeline

    page = ("<html><head><title>Beispiel AG wächst | Presse Beispiel</title></head><body><nav>Menü</nav>"
            f"<article><p>Berlin, 6. Mai 2024 – {PARA}</p><p>{PARA}</p></article></body></html>")
    [src] = _read(tmp_path, "a.html", page)
    assert src.text.startswith("Beispiel AG wächst\n\nBerlin, 6. Mai 2024 – Die Beispiel AG")
    doc = next(pipeline.extract_docs([src], nlp=blank_nlp))
    assert [s.section for s in doc.sentences[:2]] == ["headline", "dateline"]
    assert (doc.info.title, doc.info.dateline_place, doc.info.doc_date) == ("Beispiel AG wächst", "Berlin", "2024-05-06")
