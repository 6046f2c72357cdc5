"""German inflection endings from which the phrase grammar and the persons rules derive
or recognise word forms."""

#: Endings of a masculine agent noun's derived forms: feminine ``-in``/``-innen``, genitive
#: ``-s``/``-es``, plural/weak ``-e``/``-en``/``-n``/``-ern`` (``Präsident`` →
#: ``Präsidentin``, ``Präsidenten``); ``""`` keeps the base form.
NOUN_ENDINGS = ("", "in", "innen", "s", "es", "e", "en", "n", "ern")

#: Endings of an inflected adjective or adjectival noun (``Vorsitzend`` → ``Vorsitzende``,
#: ``Vorsitzender``; ``stellvertretenden``).
ADJECTIVE_ENDINGS = ("e", "er", "en", "em", "es")

#: Derivational suffixes of adjectives before their inflection ending: a capitalised word
#: with one (``Gefährlichen``, ``Zuständige``, ``Neugierige``) is no first name.
ADJECTIVE_SUFFIXES = ("lich", "ig", "isch", "bar", "sam", "haft", "los", "end", "ert")
