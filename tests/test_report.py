"""Issue 13: ``press-extract report``, checked in a real headless browser (Debian's ``chromium``).

The browser tests skip, saying so, only when no ``chromium`` is installed
(``apt-get install -y chromium``); the HTML tests run everywhere.
"""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.io.outputs.report import COLORS

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


def _ids(out):
    import json

    return {json.loads(x)["source"].rsplit("/", 1)[1]: json.loads(x)["doc_id"]
            for x in (out / "dataset.jsonl").read_text(encoding="utf-8").splitlines()}


def _browser(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                           *args], capture_output=True, text=True, timeout=120)


def _colour_pixels(png, colour: str) -> int:
    from PIL import Image

    rgb = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
    with Image.open(png) as im:
        rgb_im = im.convert("RGB")
        return dict((c, n) for n, c in rgb_im.getcolors(rgb_im.width * rgb_im.height)).get(rgb, 0)


def test_report_pages_and_escaping(report):
    ids = _ids(report)
    index = (report / "report" / "index.html").read_text(encoding="utf-8")
    assert index.count("<tr") == 1 + len(ids)
    assert 'class="error"' in index and "empty document" in index
    page = (report / "report" / "doc" / f"{ids['c.txt']}.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    assert "src=" not in index and "http" not in index     # nothing fetched: works from file://


@needs_browser
def test_highlights_render_in_a_browser(report, tmp_path):
    pytest.importorskip("PIL", reason="Pillow reads the screenshot (pip install pillow)")
    ids = _ids(report)
    shots = {}
    for name in ("a.txt", "b.txt"):
        png = tmp_path / f"{name}.png"
        r = _browser(f"--screenshot={png}", "--window-size=1400,1200",
                     (report / "report" / "doc" / f"{ids[name]}.html").as_uri())
        assert png.exists(), r.stderr
        shots[name] = png
    # The release's figures and dates are drawn as coloured marks; the plain note has none.
    assert _colour_pixels(shots["a.txt"], COLORS["FIGURE"]) > 500
    assert _colour_pixels(shots["a.txt"], COLORS["DATE"]) > 500
    assert _colour_pixels(shots["b.txt"], COLORS["FIGURE"]) == 0
    assert _colour_pixels(shots["b.txt"], COLORS["DATE"]) == 0


@needs_browser
def test_index_sorts_in_a_browser(report):
    ids = _ids(report)
    index = (report / "report" / "index.html").as_uri()

    def order(hash_):
        dom = _browser("--dump-dom", index + hash_).stdout
        return [m for m in re.findall(r'href="doc/(\w+)\.html"', dom)]

    unsorted = order("")
    by_figures_desc = order("#sort=-n_figures")
    by_source = order("#sort=source")
    assert set(unsorted) == set(ids.values())
    assert by_figures_desc[-1] in (ids["b.txt"], ids["empty.txt"]) and by_figures_desc[0] in (ids["a.txt"], ids["c.txt"])
    assert by_source == [ids[n] for n in sorted(ids)]
    assert order("#sort=-source") == by_source[::-1]
