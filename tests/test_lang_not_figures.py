"""``lang/not_figures.py``: words that make a number no figure."""
import re

import pytest

from pipeline.lang.not_figures import (ADDRESS_CONTEXT, ADDRESS_WORDS, CITATION_LINKS, NUMBER_IDIOMS,
                                       PLACE_NAME_PARTS, VAGUE_BEFORE_EXTRA)


@pytest.mark.parametrize("line", ["Hauptplatz 1", "Musterstraße 12a", "Tel. 0316 872-0", "presse@graz.at",
                                  "Postfach 12"])
def test_address_context(line):
    assert re.search(ADDRESS_CONTEXT, line, re.I)


@pytest.mark.parametrize("line", ["3100 Mitarbeiter arbeiten dort", "Der Umsatz stieg", "Platzhirsch"])
def test_address_context_must_not_match(line):
    assert not re.search(ADDRESS_CONTEXT, line, re.I)


def test_tables():
    assert "street" in ADDRESS_WORDS and "straße" not in ADDRESS_WORDS
    assert "vier wänden" in NUMBER_IDIOMS and "vier wochen" not in NUMBER_IDIOMS
    assert {"und", ","} <= CITATION_LINKS and "mit" not in CITATION_LINKS
    assert "st." in PLACE_NAME_PARTS and "wenige" in VAGUE_BEFORE_EXTRA
