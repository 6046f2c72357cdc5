"""The spaCy components, one module or subpackage each, and their order in the pipeline.

:data:`PIPELINE` is what ``pipeline.api.load`` builds: it imports each module
(``pipeline.components.<module>``, which registers the factory) and adds the
components in this order.
"""
from __future__ import annotations

from typing import NamedTuple


class Component(NamedTuple):
    """One of the project's components in the pipeline."""
    name: str                # the spaCy factory name
    module: str              # ``pipeline.components.<module>`` registers the factory
    where: str = "last"      # ``first``: before the model's own components; ``last``: after them
    needs_ner: bool = False  # left out of a pipeline without an ``ner`` (``blank:de``)


#: The project's components in pipeline order.
PIPELINE = (
    Component("press_structure", "structure", where="first"),   # blocks, headline, dateline, sentences
    Component("press_persons", "persons", needs_ner=True),
    Component("press_entity_rules", "entity_rules", needs_ner=True),   # what the model cannot know
    Component("press_entities", "entities"),
    Component("press_dates", "dates"),
    Component("press_figures", "figures"),
    Component("press_roles", "roles"),
    Component("press_quotes", "quotes"),
)
