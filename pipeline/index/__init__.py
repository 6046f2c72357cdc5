"""The cross-document index: one id per person and organisation over every document of an
output folder (contract v3: ``global_id``, ``person_id``, ``org_id``, ``people.csv``,
``organizations.csv``, ``positions.csv``).

``names`` compares names (pure functions); ``resolve`` groups the mentions of all
documents into people and organisations; ``registry`` keeps ids stable across runs;
``tables`` makes the three index tables; ``build`` runs it over an output folder.
"""
