"""The currency table: names, symbols, ISO codes → ISO 4217."""
import pytest

from pipeline.lang.currencies import CENT_LINKS, CURRENCY_SYMBOLS, CURRENCY_WORDS


@pytest.mark.parametrize("key,code", [("euro", "EUR"), ("us-dollar", "USD"), ("dollar", "USD"), ("yuan", "CNY"),
                                      ("renminbi", "CNY"), ("franken", "CHF"), ("pfund", "GBP"), ("yen", "JPY"),
                                      ("kanadischen dollar", "CAD"), ("indische rupien", "INR")])
def test_currency_words(key, code):
    assert CURRENCY_WORDS[key][0] == code


@pytest.mark.parametrize("key,code", [("€", "EUR"), ("$", "USD"), ("£", "GBP"), ("EUR", "EUR"), ("USD", "USD"),
                                      ("CHF", "CHF"), ("US$", "USD")])
def test_currency_symbols(key, code):
    assert CURRENCY_SYMBOLS[key][0] == code


def test_cent_is_a_hundredth():
    assert CURRENCY_WORDS["cent"] == ("EUR", 0.01)


@pytest.mark.parametrize("key", ["eur", "usd", "Euro", "mio.", "prozent", "milliarden"])
def test_not_currency_symbols(key):
    # ISO codes are upper-case symbols; lower-case ``eur`` in running text is not matched
    assert key not in CURRENCY_SYMBOLS


@pytest.mark.parametrize("key", ["mio.", "prozent", "euroraum", "eurozone"])
def test_not_currency_words(key):
    assert key not in CURRENCY_WORDS


def test_cent_links():
    assert {"und", ""} <= CENT_LINKS and not {"oder", "bis", "-", "plus"} & CENT_LINKS
