"""The scale table: ``Mio.``, ``Milliarden`` …"""
import pytest

from pipeline.lang.scales import SCALES


@pytest.mark.parametrize("key,f", [("mio.", 1e6), ("millionen", 1e6), ("mrd.", 1e9), ("milliarden", 1e9),
                                   ("tsd.", 1e3), ("tausend", 1e3), ("billionen", 1e12), ("dutzend", 12)])
def test_scales(key, f):
    assert SCALES[key] == f


@pytest.mark.parametrize("key", ["dutzende", "hunderte", "tausende", "millionär", "milliardär",
                                 "billionenumfang", "hälfte"])
def test_not_scales(key):
    assert key not in SCALES
