"""Academic and courtesy prefixes that stand before a name but are not part of it.

``roles.csv`` keeps them in the ``honorific`` column; ``press_persons`` strips
them from PER spans. Sequences (``Prof. Dr.``, ``Dr. med.``) are written as
consecutive entries separated by spaces or no-break spaces.
"""

#: Prefixes that can start an honorific sequence (each may repeat: ``Prof. Dr. Dr.``).
HONORIFICS = (
    "Prof.", "Dr.", "Dres.", "Dr.-Ing.", "Dipl.-Ing.", "Dipl.-Kfm.",
    "Dipl.-Kffr.", "Dipl.-Volksw.", "Dipl.-Psych.", "Dipl.-Phys.", "Dipl.-Inform.", "Dipl.",
    "Mag.", "Mag.a", "MMag.", "DI", "Ing.", "Univ.-Prof.", "Univ.-Doz.", "Ao.Univ.-Prof.", "DDr.", "Dr.in",
    "Prof.in", "PD", "Priv.-Doz.", "apl.", "Hon.-Prof.", "Jun.-Prof.", "em.",
    "Herr", "Herrn", "Frau", "Hr.", "Fr.", "Hrn.", "Sir", "Dame", "Lord", "Lady",
    "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr", "Prof",
)

#: Parts that only follow a doctor's title (``Dr. med.``, ``Dr. h.c.``, ``Dr. rer. nat.``).
HONORIFIC_SUFFIXES = (
    "med.", "med. dent.", "med. vet.", "rer. nat.", "rer. pol.", "phil.", "jur.", "iur.",
    "theol.", "oec.", "habil.", "h.c.", "h. c.", "mult.", "sc.", "techn.", "Ing.",
)

#: Honorifics that are courtesy forms (``Herr``/``Frau``): only taken as honorific
#: when a capitalised name follows directly, since they are also common nouns.
COURTESY = frozenset({"Herr", "Herrn", "Frau", "Hr.", "Fr.", "Hrn.", "Sir", "Dame", "Lord", "Lady",
                      "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms"})

#: Degree titles that the tokenizer splits before their final full stop (``Dr.-Ing`` ``.``):
#: as tokens they still stand before a name.
SPLIT_HONORIFICS = ("Dr.-Ing", "Dipl.-Ing")
