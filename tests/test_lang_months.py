"""Month names, cues and code words used by the dates component."""
import pytest

from pipeline.lang.months import (CODE_CUES, FULL_NAME_EXTRAS, MONTH_CUES, MONTH_NAMES, MONTHS, NOT_YEAR_AFTER,
                                  ORDINAL_DAY_STEMS, RANGE_END_ARTICLES, WEEKDAYS, YEAR_CUES, YEAR_LINK_WORDS)


@pytest.mark.parametrize("key,m", [("januar", 1), ("jänner", 1), ("feber", 2), ("märz", 3), ("mai", 5),
                                   ("okt.", 10), ("sept.", 9), ("dezember", 12)])
def test_months(key, m):
    assert MONTHS[key] == m


@pytest.mark.parametrize("key", ["montag", "mittwoch", "morgen", "gestern", "woche", "jahr", "märzen"])
def test_not_months(key):
    assert key not in MONTHS


def test_cues():
    assert {"seit", "bis", "jahr", "anfang", "ende"} <= YEAR_CUES
    assert "agenda" not in YEAR_CUES and "agenda" in CODE_CUES
    assert "im" in MONTH_CUES and "mittwoch" in WEEKDAYS
    assert ORDINAL_DAY_STEMS["zweit"] == 2 and ORDINAL_DAY_STEMS["einunddreißigst"] == 31


@pytest.mark.parametrize("key", ["nr.", "§", "az.", "tel."])
def test_code_cues(key):
    assert key in CODE_CUES


def test_shared_year_gap_and_range_connectors():
    from pipeline.lang.months import DATE_RANGE_CONNECTORS, SHARED_YEAR_GAP
    assert {"-", "und", "erneut", "im", ","} <= SHARED_YEAR_GAP
    # content words end the link: ``im Oktober stieg der Umsatz, im November 2020``
    assert not {"stieg", "der", "umsatz", "nach"} & SHARED_YEAR_GAP
    assert {"auf", "auf den", "bis zum"} <= DATE_RANGE_CONNECTORS and "über" not in DATE_RANGE_CONNECTORS
    assert "©" in YEAR_CUES


@pytest.mark.parametrize("key,m", [("sep", 9), ("sep.", 9), ("okt", 10), ("jän.", 1), ("march", 3), ("june", 6),
                                   ("oct.", 10), ("dec", 12), ("mär", 3)])
def test_months_from_cldr(key, m):
    assert MONTHS[key] == m


@pytest.mark.parametrize("key", ["mai.", "juni.", "märz.", "monday", "mon", "so", "ma"])
def test_months_from_cldr_must_not_match(key):
    assert key not in MONTHS


def test_full_name_extras_are_month_spellings():
    assert MONTHS["feber"] == 2 and MONTHS["maerz"] == 3 and FULL_NAME_EXTRAS == {"feber", "maerz"}
    assert not FULL_NAME_EXTRAS & MONTH_NAMES
    assert not {"feb", "febr.", "mär.", "okt."} & FULL_NAME_EXTRAS


def test_range_end_articles_and_year_link():
    assert {"zum", "den"} <= RANGE_END_ARTICLES and not {"bis", "und", "im", "dem"} & RANGE_END_ARTICLES
    assert YEAR_LINK_WORDS == ("des", "jahres")


@pytest.mark.parametrize("word", ["uhr", "euro", "prozent"])
def test_not_year_after(word):
    assert word in NOT_YEAR_AFTER


@pytest.mark.parametrize("word", ["wurde", "gegründet", "und", "Uhr", "teilnehmer"])
def test_not_in_not_year_after(word):
    assert word not in NOT_YEAR_AFTER
