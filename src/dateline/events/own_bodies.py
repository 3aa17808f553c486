"""we53: "our government", "our forces", "our country" in a quotation are the speaker's own.

'"Our government condemns the Israeli raids," Syrian Foreign Minister Farouk al-Shara said':
the government is the speaker's (SYRGOV); '"Our troops attacked the rebels," a Sri Lankan
military spokesman said': the troops are the speaker's country's army (LKAMIL). A body noun
owned by the first person ("our"/"my") inside a direct quotation with a known speaker takes
the speaker's country and the noun's own role; "our country" / "our nation" is the bare country
(the standard codes a country word as its ISO3). The speaker must code with a country; a
private speaker ("a woman in Grozny") has no body of this kind, and a quotation with no speaker
is not read. Asked by the coder beside `context.colleagues` ("my colleagues").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.events.actors import ActorContext
    from dateline.model import Actor

#: Owners that are the speaker.
OWN_WORDS = frozenset({"our", "my"})
#: Nouns for the speaker's country itself: the bare ISO3.
COUNTRY_NOUNS = frozenset({"country", "nation", "state"})
#: Body nouns with their role; only these (not "our people", "our cattle", "our village").
BODY_NOUNS: dict[str, str] = {
    **dict.fromkeys("government administration cabinet authority authorities".split(), "GOV"),
    **dict.fromkeys("army military force forces troop troops soldier soldiers fighter fighters".split(), "MIL"),
    **dict.fromkeys("police policeman policemen".split(), "COP"),
}
#: Speaker roles that speak for a state (their "our government" is their state's government).
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})


def own_body(tok: "Token", ctx: "ActorContext") -> "Actor | None":
    """The actor for `tok` when it is "our/my <body noun>" inside a speaker's direct quotation;
    None otherwise."""
    from dateline.events.actors import actor_for
    from dateline.events.context import quoted_speaker
    from dateline.model import Actor

    if tok.pos_ != "NOUN":
        return None
    low = tok.lemma_.lower()
    role = BODY_NOUNS.get(low) or BODY_NOUNS.get(tok.lower_)
    if role is None and low not in COUNTRY_NOUNS:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in OWN_WORDS), None)
    if owner is None:
        return None
    who = quoted_speaker(owner, ctx)
    speaker = actor_for(who, ctx) if who is not None else None
    if speaker is None or not speaker.code or not speaker.country or speaker.code[:3] == "---":
        return None
    name = tok.doc[owner.i:tok.i + 1].text
    if low in COUNTRY_NOUNS:
        if speaker.role not in STATE_ROLES:
            return None  # a union leader's or a firm's "our country" is no act of the state
        return Actor(None, name, speaker.country, speaker.country, None)
    if speaker.role == "REB" and role == "MIL":
        return Actor(None, name, speaker.code, speaker.country, speaker.role)  # a rebel's "our fighters" are the rebels
    if speaker.role not in STATE_ROLES:
        return None  # a union's or a firm's "our government" is not read here
    return Actor(None, name, speaker.country + role, speaker.country, role)
