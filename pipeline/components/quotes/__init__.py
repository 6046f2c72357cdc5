"""``press_quotes``: who said what (``quotes.csv``).

- ``component``: the factory ``make_quotes``, ``QuoteExtractor`` and the driver ``extract_quotes``;
- ``marks``: quotation marks; ``direct``: direct quotations and their frames (``frames``: cues,
  the frame after or before a quotation);
- ``reported``: ``laut X``, ``X zufolge``, ``nach Angaben von X``, ``so X``, ``wie X mitteilte``;
- ``indirect``: speech verb + ``dass``/Konjunktiv clause, speech acts, free indirect continuation;
- ``speaker``: the speaker phrase and its entity; ``rows``: building the rows; ``tokens``: the
  token columns the rules read.

German words are in ``pipeline/lang/speech.py``.
"""
from pipeline.components.quotes.component import DEFAULTS, QuoteExtractor, extract_quotes, make_quotes

__all__ = ["DEFAULTS", "QuoteExtractor", "extract_quotes", "make_quotes"]
