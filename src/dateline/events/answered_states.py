"""context41 (issue #4): a bare home state read from an earlier act is a party, not a place.

``coder._events_for`` drops a pair whose target is the source's own country as a bare code
("the rebels travelled to Russia" in a Russia story is a trip at home, no party). The rule
already spares a state the clause names as such ("Chechen rebels accused Moscow", "denied
Russian charges"). When the clause names no target at all and the target was read from an
earlier act (the accuser of a denial, whoever pressed a demand that is now rejected), the
target token is the answering verb itself: "Moscow accused the rebels of breaking the truce.
The rebels denied it." gives RUSREB -> RUS, and that RUS is the accusing state, a party.

Only answers by actors outside the state (rebels, opposition, people) and only answering
codes (comment 01, disapproval 11, rejection 12) are kept; a travel or force code never
takes its target from the verb this way.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Actor

ANSWER_ROOTS = frozenset({"01", "11", "12"})


def answered_state(code: str, src: "Actor", ttok: "Token | None", trigger: "Token") -> bool:
    """True when the bare home state ``ttok`` stands for was taken from an earlier act (the
    target token is the trigger itself) and a non-state actor answers it."""
    from dateline.events.actors import NON_STATE_ROLES

    return ttok is not None and ttok.i == trigger.i and code[:2] in ANSWER_ROOTS \
        and src.role in NON_STATE_ROLES
