"""``press_entity_rules``: what the model cannot know about names in press releases.

Runs after ``press_persons`` and before ``press_entities``. Each rule is a reader over the
entity list (:mod:`.spans` fixes spans, :mod:`.labels` fixes labels); the order is
:data:`.component.READERS`. Where to add a rule: a short function in one of the two
modules, its table in ``pipeline/lang/name_evidence.py``, its name in ``READERS``, and a
table of must/must-not rows in ``tests/test_entity_rules.py``.
"""
from pipeline.components.entity_rules.component import READERS, EntityRules, make_entity_rules  # noqa: F401,E402
