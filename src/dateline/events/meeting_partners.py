"""target68: the partner of an act done "in talks with Y" / "at a meeting with Y".

Why: wire stories put the other side of an act in the meeting where it was done, not in the
verb's own slots: "Balladur discussed the need to cut spending in talks here today with
Lawson", "the request was made at a meeting with Baker", "pledged aid during a meeting with the
Iraqi minister". The dictionary reads the act (040, 020, 05x ...) but no slot of the verb holds
a party, so the coder dropped it (the eval's "act read: no target word", one of the larger
target losses on the new 1987 and 1990s wire files). A reader takes the meeting's other side.

Only a phrase on the act's own verb is read ("in", "at", "during", "after" + a talks noun +
"with Y"); a meeting named elsewhere in the sentence, or one with no "with" phrase ("at talks
later this month"), gives nothing. Only acts one side does to the other in a meeting: statements,
appeals, intents, consultations, support, cooperation, aid, yielding, demands, rejections
(roots 01-08, 10, 12), never force (a "meeting with Y" says nothing about whom a raid hit).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Actor

#: Roots of acts that take the meeting's other side as their target.
MEETING_ACT_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08", "10", "12"})
#: Prepositions that set an act inside a meeting.
_SETTING_PREPS = frozenset({"in", "at", "during", "after"})
#: Nouns of a meeting whose "with" phrase names the other side.
TALK_NOUNS = frozenset("talk talks meeting negotiation negotiations discussion discussions consultation "
                       "consultations conversation conversations session summit lunch dinner breakfast".split())


def other_party(target: "Actor", source: "Actor") -> bool:
    """A coded actor that is not the acting side: another named entity when both are named (two
    U.S. firms share the code USABUS), else another code."""
    if not target.code:
        return False
    if target.entity and source.entity:
        return target.entity != source.entity
    return target.code != source.code


def _with_objects(noun: "Token") -> list["Token"]:
    out = []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            out.append(obj)
            out.extend(c for c in obj.conjuncts if c.dep_ == "conj")
    return out


def meeting_partners(code: str, trigger: "Token") -> list["Token"]:
    """The "with" objects of a talks noun in a setting phrase on the act's verb ("discussed X in
    talks with Y": [Y]); [] when the act's code or the phrase does not fit."""
    if code[:2] not in MEETING_ACT_ROOTS or trigger.pos_ not in ("VERB", "AUX"):
        return []
    out: list["Token"] = []
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in _SETTING_PREPS):
        for noun in (o for o in prep.children if o.dep_ == "pobj" and o.lower_ in TALK_NOUNS):
            out.extend(_with_objects(noun) or ([body] if prep.lower_ != "after" and code[:2] in BODY_ACT_ROOTS
                                                and (body := meeting_owner(noun)) else []))
    return out


#: target69: acts done at a body's meeting that address the body (statements, appeals, intents,
#: consultation, support, cooperation); a rejection or criticism there is aimed at the thing's
#: author (act_targets, asked later), not at the host body.
BODY_ACT_ROOTS = frozenset({"01", "02", "03", "04", "05", "06"})
#: target69: meetings a body holds ("a meeting of EC foreign ministers", "the OPEC conference").
BODY_MEETINGS = frozenset("meeting meetings session summit conference".split())


def meeting_owner(noun: "Token") -> "Token | None":
    """target69: the body whose meeting an act is done at ("At a meeting of EC foreign ministers,
    Britain called for a debate": the EC; "told the OPEC conference"): an organisation named in
    the meeting's "of" phrase or on its own modifiers (frames.possessor; a host city is the venue);
    never a state, a person or a people (a "meeting of Arab states" names no single body)."""
    from dateline.events.frames import possessor

    if noun.lower_ not in BODY_MEETINGS:
        return None
    owner = possessor(noun)
    if owner is None or owner.pos_ == "PRON":
        return None
    if owner.ent_type_ == "ORG":
        return owner
    if owner.pos_ == "NOUN" and any(c.dep_ in ("compound", "nmod", "amod") and c.ent_type_ == "ORG"
                                    for c in owner.children):
        return owner  # "EC foreign ministers": the body's council
    return None
