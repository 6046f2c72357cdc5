"""Scale words after a number (``541 Mio.``, ``drei Milliarden``): lower-case -> factor.

``Billion`` is the German 10^12. ``Dutzend`` is 12 (``ein Dutzend``); the plural
``Dutzende`` is vague and deliberately absent.
"""

SCALES = {
    "tausend": 1e3, "tsd.": 1e3, "tsd": 1e3,
    "million": 1e6, "millionen": 1e6, "mio.": 1e6, "mio": 1e6, "mill.": 1e6,
    "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9, "mia.": 1e9,
    "billion": 1e12, "billionen": 1e12, "bio.": 1e12, "bio": 1e12,
    "billiarde": 1e15, "billiarden": 1e15,
    "dutzend": 12,
}
