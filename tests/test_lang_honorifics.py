"""The honorific table: prefixes recognised before a name, and what must not be."""
import pytest

from pipeline.lang.honorifics import COURTESY, HONORIFICS
from pipeline.text.phrases import honorific_regex


def _honorific(before: str) -> str:
    """The honorific the roles extractor finds at the end of ``before`` (+ a space)."""
    text = before + " "
    m = honorific_regex().search(text)
    return m.group(1) if m else ""


@pytest.mark.parametrize("h", ["Dr.", "Prof.", "Dr.-Ing.", "Dipl.-Ing.", "Herr", "Frau"])
def test_contract_honorifics_listed(h):
    assert h in HONORIFICS


@pytest.mark.parametrize("before,expected", [
    ("Moderation: Prof. Dr.", "Prof. Dr."),
    ("Betrieb: Dr.", "Dr."),
    ("sagte Dr.-Ing.", "Dr.-Ing."),
    ("mit Dipl.-Ing.", "Dipl.-Ing."),
    ("begrüßte Frau", "Frau"),
    ("dankte Herrn", "Herrn"),
    ("Prof.\u00a0Dr.", "Prof.\u00a0Dr."),          # no-break space inside
    ("Leiter ist Dr. med.", "Dr. med."),
    ("Prof. Dr. h.c.", "Prof. Dr. h.c."),
])
def test_honorific_found(before, expected):
    assert _honorific(before) == expected


@pytest.mark.parametrize("before", [
    "Generalkonsul",        # a role, not an honorific
    "Professor",            # spelled out: a role (``Professor an der …``)
    "Vorstandsfrau",        # ends in ``frau`` but is a noun
    "Drucker",
    "Direktor",
    "im Jahr 2025 sagte",
])
def test_not_an_honorific(before):
    assert _honorific(before) == ""


def test_courtesy_subset():
    assert {"Herr", "Frau"} <= COURTESY <= set(HONORIFICS)
