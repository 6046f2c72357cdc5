"""``press_persons``: fixes the model's PER spans before ``press_entities``.

The stages, in the order :class:`~pipeline.components.persons.component.PersonFixer`
runs them: ``relabel`` (each model entity: a PER trimmed by ``trim`` and checked, another
label made a person in a person's slot), ``grow`` (split names merged, missed name words
taken in), ``add`` (rule PERs for names the model missed). ``slots`` answers "is this a
position where press text names a person?", ``names`` "could this word be part of a name?".
"""
from pipeline.components.persons.component import DEFAULTS, PersonFixer, make_persons

__all__ = ["DEFAULTS", "PersonFixer", "make_persons"]
