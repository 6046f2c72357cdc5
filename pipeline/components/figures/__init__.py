"""``press_figures``: quantities → ``doc._.figures``.

Works on tokens: ``numbers.number_at`` reads a number (digits, groups, words,
scale word); ``PhraseMatcher``s over the unit and currency tables find the unit
after (or a currency before) it; small rules add the qualifier before it, a
range (``10 bis 15``, ``zwischen 3 und 5``), a rate (``pro Jahr``,
``jährlich``) and, for plain counts, the counted noun after any adjectives.
Numbers that overlap ``doc._.dates``, codes, ordinals, times of day, years,
postcodes, formulas and bare numbers without a unit or noun are skipped.

Modules, in the order a figure is read: ``number`` (where the number starts, a
range after it), ``exclusions`` (numbers that are no figures), ``units`` (the
unit, borrowed units, cents), ``counted`` (the counted noun of a bare number),
``context`` (qualifier, change, rate, sign, age), ``merge`` (neighbours joined,
implied currency); ``draft`` holds the figure being read, ``component`` the
component and its factory.
"""
from pipeline.components.figures.component import DEFAULTS, FiguresComponent, make_figures

__all__ = ["DEFAULTS", "FiguresComponent", "make_figures"]
