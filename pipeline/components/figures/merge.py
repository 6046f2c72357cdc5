"""Neighbouring figures joined into one (``von 3 km bis 5 km``, ``15 Dollar und 15 Cent``)
and money implied by the document's currency (``rund 250 Millionen``)."""
from __future__ import annotations

from typing import Optional

from pipeline.components.figures.draft import clean
from pipeline.lang.currencies import CENT_LINKS, CURRENCY_SYMBOLS, CURRENCY_WORDS
from pipeline.lang.qualifiers import FIGURE_RANGE_LINKS
from pipeline.model.document import Figure
from pipeline.text.normalise import doc_text, spaces_to_plain


def merge(doc, figs: list[Figure]) -> list[Figure]:
    """Join neighbours into one figure: ranges with the unit on both ends
    (``von 3 km bis 5 km``, ``zwischen 2 l und etwa 7 l``) and ``15 Dollar und 15 Cent``.
    A compound of time units stays one figure per unit (contract v2: ``12 Stunden und
    40 Minuten`` → 12 hour, 40 minute); a number that borrowed its years from an age is an age
    too (``24 und 54 Jahre alt``)."""
    out: list[Figure] = []
    for f in figs:
        if out and f.kind == "age" and out[-1].kind == "duration" and out[-1].unit == f.unit \
                and out[-1].text[-1:].isdigit():
            out[-1].kind = "age"
        if out:
            prev = out[-1]
            between = " ".join(spaces_to_plain(doc_text(doc)[prev.end:f.start]).split()).lower()
            merged = _join(doc, prev, f, between)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(f)
    return out


def _join(doc, a: Figure, b: Figure, between: str) -> Optional[Figure]:
    text = doc_text(doc)
    if a.unit and a.unit == b.unit and a.kind == b.kind and a.value_max is None and b.value_max is None \
            and b.value >= a.value:
        before = " ".join(spaces_to_plain(text[max(0, a.start - 12):a.start]).split()).lower()
        opener = None
        if between in FIGURE_RANGE_LINKS or (between == "und" and before.endswith("zwischen")):
            opener = "zwischen" if before.endswith("zwischen") else ("von" if before.endswith("von") else None)
            start = text.rfind(opener, 0, a.start) if opener else a.start
            return Figure(start=start, end=b.end, text=text[start:b.end], kind=a.kind, value=a.value,
                          value_max=b.value, qualifier="range", unit=a.unit)
    if a.kind == b.kind == "money" and b.unit == "EUR" and text[b.start:b.end].lower().endswith("cent") \
            and between in CENT_LINKS and b.value < 1:
        return Figure(start=a.start, end=b.end, text=text[a.start:b.end], kind="money",
                      value=clean(a.value + b.value), qualifier=a.qualifier, unit=a.unit)
    return None


def implied_currency(figs: list[Figure], implied: dict[int, str]) -> list[Figure]:
    """Contract v2: a bare amount with a scale (``rund 250 Millionen``) or a count of a money noun
    (``250 Millionen Schulden``) is money in the currency of the document's written amounts when
    they all use one; otherwise the bare amount is dropped and the money noun stays a count."""
    if not implied:
        return figs
    written = {f.unit for f in figs if f.kind in ("money", "rate") and f.unit in _CURRENCY_CODES
               and f.start not in implied}
    out = []
    for f in figs:
        how = implied.get(f.start)
        if how and len(written) == 1:
            f.kind, f.unit, f.quantity_of = "money", next(iter(written)), ""
        elif how == "bare":
            continue
        out.append(f)
    return out


_CURRENCY_CODES = {code for code, _ in CURRENCY_WORDS.values()} | {code for code, _ in CURRENCY_SYMBOLS.values()}

