"""Shared fixtures: the loaded pipelines and the paths of ../shared."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# the repository's own tools (peer harness, snapshot) are not part of the installed package
sys.path.insert(0, str(ROOT / "tools"))
SHARED = ROOT.parent / "shared"
SEEDS = sorted((ROOT / "corpus").glob("*.txt"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared; the test is skipped when ../shared is not there."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not available (clone ../shared beside the repository)")
    return p


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline (auto: the bundled model here) with all our components;
    ``PRESS_EXTRACT_MODEL`` (read by ``pipeline.base_model.resolve``) runs the tests on another
    base model."""
    import pipeline

    return pipeline.load("auto")


@pytest.fixture(scope="session")
def blank_nlp():
    """Our components on a blank German pipeline: fast, for mechanics and invariants."""
    import pipeline

    return pipeline.load("blank:de")
