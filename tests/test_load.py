"""Model resolution, the component order, and a saved pipeline that spacy.load brings back whole."""
import subprocess
import sys

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.api import AFTER_MODEL, model_label
from pipeline.base_model import BLANK, BUNDLED, MODEL_ENV, PREFERRED, candidates, describe, resolve


def test_auto_prefers_installed_news_models_then_bundled(monkeypatch):
    monkeypatch.delenv(MODEL_ENV, raising=False)
    names = [c.name for c in candidates()]
    assert names[:3] == list(PREFERRED)
    assert names[3:] == [str(BUNDLED), BLANK]
    choice = resolve("auto")
    installed = [c for c in candidates() if c.available]
    assert choice == installed[0]
    if not any(describe(n).available for n in PREFERRED):
        assert choice.name == str(BUNDLED) and choice.label.startswith("de_press_core-")


@pytest.mark.parametrize("value, expected", [
    (str(BUNDLED), str(BUNDLED)),        # a folder
    (BLANK, BLANK),                      # a name
    ("", None),                          # unset: the usual order
    ("auto", None),                      # ``auto`` itself: the usual order
])
def test_model_env_var_makes_auto_another_pipeline(monkeypatch, value, expected):
    monkeypatch.setenv(MODEL_ENV, value)
    usual = next(c for c in candidates() if c.available)
    assert resolve("auto").name == (expected or usual.name)
    assert resolve(BLANK).name == BLANK     # an explicit model is never overridden


def test_model_env_var_naming_nothing_is_a_clear_error(monkeypatch):
    monkeypatch.setenv(MODEL_ENV, "/no/such/model")
    with pytest.raises(ValueError, match="neither an installed spaCy package"):
        resolve("auto")


def test_unknown_model_is_a_clear_error():
    with pytest.raises(ValueError, match="neither an installed spaCy package nor a pipeline folder"):
        resolve("de_gibt_es_nicht")


def test_components_in_order(nlp):
    names = nlp.pipe_names
    assert names[0] == "press_structure"
    assert names[-len(AFTER_MODEL):] == list(AFTER_MODEL)
    assert "senter" not in names and "parser" not in names  # press_structure sets the boundaries
    assert "ner" in names
    assert model_label(nlp) == resolve("auto").label


def test_saved_pipeline_loads_with_our_components(nlp, tmp_path):
    nlp.to_disk(tmp_path / "p")
    code = ("import spacy; nlp = spacy.load(%r); d = nlp('Berlin, 8. November 2011 – Die Firma setzte "
            "541 Mio. Euro um.'); print(nlp.pipe_names[0], [(f.value, f.unit) for f in d._.figures], "
            "[x.date for x in d._.dates])" % str(tmp_path / "p"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "press_structure [(541000000.0, 'EUR')] ['2011-11-08']"


def test_info_command():
    res = CliRunner().invoke(main, ["info"])
    assert res.exit_code == 0
    assert f"auto -> {resolve('auto').label}" in res.output
    assert "de_core_news_lg" in res.output


def test_installed_model_package_is_found_without_importing_it(tmp_path, monkeypatch):
    """How ``auto`` sees an installed ``de_core_news_lg``: its distribution and meta.json, no import."""
    monkeypatch.delenv(MODEL_ENV, raising=False)
    pkg = tmp_path / "de_core_news_lg"
    (pkg / "de_core_news_lg-3.8.0").mkdir(parents=True)
    (pkg / "__init__.py").write_text("raise RuntimeError('must not be imported')\n")
    meta = '{"lang": "de", "name": "core_news_lg", "version": "3.8.0"}'
    (pkg / "de_core_news_lg-3.8.0" / "meta.json").write_text(meta)
    dist = tmp_path / "de_core_news_lg-3.8.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: de_core_news_lg\nVersion: 3.8.0\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    choice = describe("de_core_news_lg")
    assert choice.available and choice.label == "de_core_news_lg-3.8.0"
    assert "de_core_news_lg" not in sys.modules
    assert resolve("auto").name == "de_core_news_lg"
    assert not describe("de_core_news_md").available
