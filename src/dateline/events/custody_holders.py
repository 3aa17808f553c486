"""world32: who holds the people whose arrest, detention or execution a criticism names.

"The European Union condemned the arrest of opposition leaders in Belarus", "Britain condemned
the detention of opposition leaders in Kenya", "Amnesty condemned the execution of the nine
activists": 1990s wire copy names the reaction to a state's act of custody or punishment by the
act's noun alone. The coder took "X's arrest" as done to X by whoever the story reported doing
it, and with no such report before it coded nothing. Only a state arrests, detains, imprisons or
executes (a kidnapping or killing may be anyone's), so a reader takes the holding state as the
target: the country the act's "in" phrase names, else the country of the people held. The state
is its government (GOV), the office that orders arrests and executions.

A criticism of the criticising state's own arrests has no other side here (the coder's usual
same-actor rules apply); killings, kidnappings and expulsions are left to the act reported.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Acts only a state's authorities perform on people in its hands.
CUSTODY_NOUNS = frozenset("arrest detention imprisonment jailing execution internment incarceration "
                          "conviction sentencing".split())
#: The codes whose target may be an act's holder: criticism (11x) and rejection (12x) of it.
ANSWER_ROOTS = frozenset({"11", "12"})


def custody_act(noun: "Token") -> bool:
    """`noun` names a state's act of custody or punishment done to someone named in an "of"
    phrase or as its possessor ("the arrest of opposition leaders", "Abiola's detention")."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in CUSTODY_NOUNS and any(
        c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def holder_clues(noun: "Token") -> tuple[list["Token"], list["Token"]]:
    """(places, people) for a custody act: the objects of an "in" phrase on the act or on its
    theme ("the arrest of opposition leaders in Belarus"), and the people held (the "of"
    objects, else the possessor)."""
    people = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    people = people or [c for c in noun.children if c.dep_ == "poss"]
    places = [g for holder in (noun, *people) for c in holder.children
              if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
              if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")]
    return places, people
