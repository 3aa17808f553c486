"""A coalition named only by the clause that founded it: "X announced a coalition, which Y joined" (frame64; issue #4).

Why: "join +coalition >obj" aims at the coalition, which stands for the state that leads it; the
actor resolver reads that leader from the noun's own phrase ("the U.S.-led coalition", "NATO's
alliance"). When the story names the leader only as the doer of the verb that made the coalition
in the same sentence ("the United States announced a naval coalition to patrol the Gulf, which was
joined by Australia and Britain"; "Saudi Arabia formed an alliance that Egypt joined"), the
coalition resolved to no one and the joining was lost. The founding verb's subject is then the
party joined. Only a coalition or alliance with no leader or member named in its own phrase, and
only as the object of a verb of founding or leading.

The small model hangs such a relative clause on the nearest noun, inside the coalition's own
tail ("a naval coalition to guard Gulf shipping, which was joined by ...": on "shipping"; "an
alliance against terrorism, which Egypt joined": on "terrorism"); for a verb of joining or leaving,
whose object is a body, the relative word then stands for the coalition above that noun.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_BODIES = frozenset({"coalition", "alliance"})
_FOUNDING_VERBS = frozenset("announce form launch create set build assemble found establish lead head organise "
                            "organize forge unveil propose".split())


def founder(body: "Token | None") -> "Token | None":
    """The subject of the verb that founded `body` ("announced a coalition"), or None."""
    if body is None or body.lemma_.lower() not in _BODIES or body.dep_ != "dobj":
        return None
    if any(c.dep_ in ("poss", "compound", "nmod") or c.dep_ == "amod" and (c.ent_type_ or "-" in c.text)
           for c in body.children):
        return None  # "the U.S.-led coalition", "NATO's alliance": the phrase names its own leader
    verb = body.head
    if verb.lemma_.lower() not in _FOUNDING_VERBS:
        return None
    from dateline.events.frames import subjects  # (late: frames imports this module)

    subj = subjects(verb)
    return subj[0] if subj else None


_JOINING_VERBS = frozenset({"join", "rejoin", "leave", "quit"})


def joined_antecedent(verb: "Token", antecedent: "Token") -> "Token":
    """The coalition a relative clause of joining describes when the parser hung it on a noun in
    the coalition's tail ("a coalition to guard Gulf shipping, which Y joined"); else `antecedent`."""
    if verb.lemma_.lower() not in _JOINING_VERBS or antecedent.lemma_.lower() in _BODIES:
        return antecedent
    node = antecedent
    for _ in range(4):
        if node.head is node or node.dep_ not in ("pobj", "prep", "dobj", "relcl", "acl", "compound"):
            return antecedent
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in _BODIES:
            return node
    return antecedent


def joins_a_body(trigger: "Token", targets: list["Token"]) -> bool:
    """ "Britain and Australia joined the coalition": the joiners join a third party, not each other.

    Why: roots 03-06 pair coordinated agents with each other when no target resolves ("X and Y
    agreed to cooperate"). A verb of joining names what is joined as its object; when that body
    resolves to no one (a coalition whose leader the sentence does not name), the act has an
    unknown target, and pairing the joiners ("GBR 062 AUS") codes an alliance between them that
    the sentence does not state."""
    return trigger.lemma_.lower() in _JOINING_VERBS and bool(targets)
