"""Currency names, symbols and ISO codes -> (ISO 4217 code, factor).

Keys of ``CURRENCY_WORDS`` are lower-case phrases (matched case-insensitively,
tokenized like the text); ``CURRENCY_SYMBOLS`` are case-sensitive (ISO codes
are upper-case so ``eur``/``usd`` in running text do not match by accident,
except the lower-case forms listed). A bare ``Dollar`` or ``$`` is USD, a bare
``Pfund`` GBP. ``Cent`` is a hundredth of a euro.
"""

CURRENCY_WORDS = {
    "euro": ("EUR", 1), "euros": ("EUR", 1), "cent": ("EUR", 0.01), "eurocent": ("EUR", 0.01),
    "dollar": ("USD", 1), "us-dollar": ("USD", 1), "us dollar": ("USD", 1), "usd": ("USD", 1),
    "amerikanische dollar": ("USD", 1), "amerikanischen dollar": ("USD", 1),
    "kanadische dollar": ("CAD", 1), "kanadischen dollar": ("CAD", 1), "kanadischer dollar": ("CAD", 1),
    "australische dollar": ("AUD", 1), "australischen dollar": ("AUD", 1),
    "neuseeländische dollar": ("NZD", 1), "neuseeländischen dollar": ("NZD", 1),
    "hongkong-dollar": ("HKD", 1), "singapur-dollar": ("SGD", 1),
    "yuan": ("CNY", 1), "renminbi": ("CNY", 1), "rmb": ("CNY", 1),
    "yen": ("JPY", 1), "franken": ("CHF", 1), "schweizer franken": ("CHF", 1), "fr.": ("CHF", 1),
    "pfund": ("GBP", 1), "pfund sterling": ("GBP", 1), "britische pfund": ("GBP", 1),
    "britischen pfund": ("GBP", 1),
    "rubel": ("RUB", 1), "rupien": ("INR", 1), "rupie": ("INR", 1), "indische rupien": ("INR", 1),
    "indischen rupien": ("INR", 1), "won": ("KRW", 1), "lira": ("TRY", 1), "türkische lira": ("TRY", 1),
    "türkischen lira": ("TRY", 1), "złoty": ("PLN", 1), "zloty": ("PLN", 1), "forint": ("HUF", 1),
    "kronen": ("SEK", 1), "schwedische kronen": ("SEK", 1), "schwedischen kronen": ("SEK", 1),
    "norwegische kronen": ("NOK", 1), "norwegischen kronen": ("NOK", 1),
    "dänische kronen": ("DKK", 1), "dänischen kronen": ("DKK", 1),
    "tschechische kronen": ("CZK", 1), "tschechischen kronen": ("CZK", 1),
    "real": ("BRL", 1), "rand": ("ZAR", 1), "peso": ("MXN", 1), "mexikanische peso": ("MXN", 1),
    "riel": ("KHR", 1), "kambodschanische riel": ("KHR", 1), "kambodschanischen riel": ("KHR", 1),
    "mark": ("DEM", 1), "d-mark": ("DEM", 1), "deutsche mark": ("DEM", 1),
    "finnische mark": ("FIM", 1), "finnischen mark": ("FIM", 1), "schilling": ("ATS", 1),
    "usd$": ("USD", 1), "mxn$": ("MXN", 1), "aud$": ("AUD", 1), "cad$": ("CAD", 1), "nzd$": ("NZD", 1),
}

CURRENCY_SYMBOLS = {
    "€": ("EUR", 1), "$": ("USD", 1), "US$": ("USD", 1), "US-$": ("USD", 1), "£": ("GBP", 1),
    "¥": ("JPY", 1), "₹": ("INR", 1), "₽": ("RUB", 1), "CHF": ("CHF", 1), "SFr.": ("CHF", 1),
    "EUR": ("EUR", 1), "USD": ("USD", 1), "GBP": ("GBP", 1), "JPY": ("JPY", 1), "CNY": ("CNY", 1),
    "RMB": ("CNY", 1), "AUD": ("AUD", 1), "CAD": ("CAD", 1), "NZD": ("NZD", 1), "MXN": ("MXN", 1),
    "INR": ("INR", 1), "RUB": ("RUB", 1), "SEK": ("SEK", 1), "NOK": ("NOK", 1), "DKK": ("DKK", 1),
    "PLN": ("PLN", 1), "CZK": ("CZK", 1), "HUF": ("HUF", 1), "TRY": ("TRY", 1), "KRW": ("KRW", 1),
    "HKD": ("HKD", 1), "SGD": ("SGD", 1), "BRL": ("BRL", 1), "ZAR": ("ZAR", 1), "KHR": ("KHR", 1),
}

#: Nouns that make a counted amount money (contract v2: ``250 Millionen Schulden``), matched by
#: the end of the noun so compounds count too (``Steuereinnahmen``, ``Baukosten``).
MONEY_NOUN_ENDINGS = ("schulden", "umsatz", "umsätze", "umsätzen", "kosten", "gewinn", "gewinne", "gewinnen",
                      "einnahmen", "ausgaben", "investitionen", "überschüsse", "überschuss", "überschüssen",
                      "verlust", "verluste", "verlusten", "erlös", "erlöse", "erlösen", "defizit")

#: Smallest scale that makes a bare amount money (``rund 250 Millionen``; ``5 Tausend`` is not).
MONEY_MIN_SCALE = 1e6

#: Words right after a bare amount that show a counted noun follows later, so it is no money:
#: ``795 Millionen an Hunger leidenden Menschen``, ``3 Millionen der Einwohner``.
BARE_AMOUNT_BLOCKERS = frozenset({"an", "der", "die", "des", "den", "von", "aller"})

#: Text between an amount and its cents (``15 Dollar und 15 Cent``, ``2 Euro 50 Cent``).
CENT_LINKS = frozenset({"und", ""})
