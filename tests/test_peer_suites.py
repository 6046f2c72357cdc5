"""Peer suites (Recognizers-Text, Duckling): pass-rate floors just below the measured rates.

Measured rates are in ``docs/peer-tests.md`` (``python benchmarks/peer_tests.py``);
a drop below a floor is a regression.
"""
import pytest

from peer_harness import DELIBERATE, SUITES, run_suites

from .conftest import shared_path

FLOORS = {
    "recognizers_text/number.json": 0.96,
    "recognizers_text/percent.json": 0.93,
    "recognizers_text/currency.json": 0.95,
    "recognizers_text/dimension.json": 0.74,
    "recognizers_text/temperature.json": 0.99,
    "recognizers_text/age.json": 0.85,          # v3: `im Alter von 79 Jahren` is kind age again
    "recognizers_text/duration_extractor.json": 0.68,
    "recognizers_text/duration_parser.json": 0.80,
    "recognizers_text/date_extractor.json": 0.70,
    "recognizers_text/date_parser.json": 0.83,
    "duckling/number.json": 0.93,
    "duckling/distance.json": 0.96,
    "duckling/duration.json": 0.85,             # v2: compound durations one row per unit (4 deliberate)
    "duckling/volume.json": 0.94,
    "duckling/date.json": 0.73,                 # issue 27: named days, quarters; 42 deliberate (resolution, eves)
}


@pytest.fixture(scope="module")
def results():
    return run_suites(shared_path("peer-tests"))


@pytest.mark.parametrize("suite", sorted(FLOORS))
def test_floor(results, suite):
    assert results[suite]["rate"] >= FLOORS[suite], (suite, results[suite]["failed"])


#: Failures that are neither deliberate nor fixed yet (docs/peer-tests.md "Other known failures");
#: a failure outside this list and ``DELIBERATE`` is a regression.
KNOWN_FAILURES = {
    "recognizers_text/currency.json": {"currency-0025"},
    "recognizers_text/duration_extractor.json": {"duration_extractor-0001"},
    "duckling/number.json": {"number-0054"},
    "duckling/distance.json": {"distance-0016"},
    "duckling/duration.json": {"duration-0011", "duration-0012"},
    # issue 27 (docs/peer-tests.md): lunar-calendar days where the holidays package and the peer differ
    # by one day, month-first order with a lower-case month, a weekday after a holiday, `Koningsdag` moved
    # off a Sunday, `saraswati jayanti`, `Goldener Sonntag`
    "duckling/date.json": {f"time-{n:04d}" for n in (25, 93, 363, 364, 412, 413, 423, 424, 433, 446, 447, 448,
                                                     449, 450, 454, 455, 481, 537)},
    "duckling/volume.json": {"volume-0021", "volume-0025"},
}


@pytest.mark.parametrize("suite", sorted(FLOORS))
def test_no_new_failures(results, suite):
    new = set(results[suite]["failed"]) - set(DELIBERATE.get(suite, {})) - KNOWN_FAILURES.get(suite, set())
    assert not new, (suite, sorted(new))


def test_deliberate_cases_exist():
    """Every listed deliberate difference names a case of a suite we run."""
    import json
    root = shared_path("peer-tests")
    for suite, cases in DELIBERATE.items():
        assert suite in SUITES
        ids = {r["id"] for r in json.loads((root / suite).read_text(encoding="utf-8"))}
        assert set(cases) <= ids, (suite, set(cases) - ids)
