"""The tunable numbers of the role rules (the factory's ``default_config``)."""
from pipeline.text.phrases import MAX_AFFILIATION_WORDS

DEFAULTS = {
    # characters looked back from a name for its honorific (a paragraph can be one long line)
    "honorific_window_chars": 80,
    # words looked back from a comma before a name for the role phrase that ends there
    "comma_role_window": 16,
    # words looked back for a sentence-opening ``Für <Organisation>``
    "fuer_org_window": 12,
    # words after ``, der``/``, die`` looked at for ``als <Rolle>``
    "relative_window": 5,
    # words of a clause read after the verb of a person (``X ist seit 2019 CTO bei …``)
    "clause_window": 25,
    # a parenthesis part longer than this is no affiliation
    "max_affiliation_words": MAX_AFFILIATION_WORDS,
}
