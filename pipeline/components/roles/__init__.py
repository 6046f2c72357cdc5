"""``press_roles``: person–role–organisation statements (``roles.csv``).

- ``component``: the factory ``make_roles``, ``RoleExtractor`` and the driver
  ``extract_roles`` (PER entities → ``Mention`` → every rule of ``ROLE_RULES``);
- ``rules/``: one module per construction and the ordered table ``ROLE_RULES``;
  adding a construction means one module there and one line in ``rules/__init__.py``;
  the clause readers read families of phrasings with the person as subject
  (``predicate``: ``X ist seit 2019 CTO bei Y``, ``X ist bei Y tätig``, ``X wechselt zu Y``,
  ``X übernimmt die Leitung``; verbs by lemma), after ``Name,`` (``apposition``: titles of
  any wording before ``bei``/``von``, chains, coordination) and over lists (``list_head``);
- ``mention``: ``Mention``, the person as the rules read it; ``rows``: ``RoleRows``,
  building and deduplicating the ``Role`` rows;
- ``orgs``: organisation finders shared by the rules; ``words``: word tests;
  ``config``: ``DEFAULTS``, the factory's tunable numbers.

German words are in ``pipeline/lang/role_words.py`` and ``pipeline/lang/role_links.py``.
"""
from pipeline.components.roles.component import DEFAULTS, RoleExtractor, extract_roles, make_roles

__all__ = ["DEFAULTS", "RoleExtractor", "extract_roles", "make_roles"]
