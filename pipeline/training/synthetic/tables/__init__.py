"""Language tables of the synthetic press-release generator (no logic).

``names``: legal forms, name parts, institutions, NGOs, products, events,
laws, roles; ``frames``: the sentence and block frames per genre.
"""
