"""Accidents that kill: "a passenger jet crashed, killing 298 people", "a ferry capsized, killing
dozens". The participle ("killing") inherits the subject of the verb it hangs on; when that verb
says something went wrong by itself (crashed, sank, collapsed), its subject is a vehicle or a
building, not an agent, and the standard codes no event (no perpetrator is named). Without this
the coder read the jet as the killer (integ33: Wikinews-style probes).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Intransitive verbs of a mishap: what they say happened had no one doing it.
MISHAP_VERBS = frozenset("crash collapse capsize sink derail overturn plunge collide explode erupt "
                         "crash-land ditch topple founder flood".split())


def mishap_clause(verb: "Token") -> bool:
    """The verb tells of an accident (a MISHAP_VERBS lemma with no direct object): a participle
    hung on it ("..., killing 157 people") has no agent."""
    return verb.lemma_.lower() in MISHAP_VERBS and not any(c.dep_ == "dobj" for c in verb.children)
