"""Joining and leaving organisations (codes29, docs/evaluation/events-codes29.md).

The dictionary codes a state joining an alliance or an international organisation as accession
to its founding treaty (057: "Finland joined NATO") and leaving one as reduced relations (160:
"Britain left the European Union"). Its lines name the organisation by its head noun (union,
alliance, organisation, league ...), and those nouns also name bodies no state joins as a state:
a trade union, a party's youth league, a club. `not_a_membership` drops such a reading when the
organisation the target resolved to is no international one (its code does not start with IGO):
"workers joined the union" is no treaty. An agreement left or joined has its partner as target
("withdrew from the grain deal with Ukraine"), so a target outside the organisation's own phrase
is kept. A country or a parliament that "voted to leave / join" gives a vote result, which the
standard does not code. The converse, an organisation suspending or expelling a member state
("the African Union suspended Niger after the coup"), is the organisation's 160 toward it
(`suspended_member`, asked by general._refine_one).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Event

MEMBERSHIP_CODES = frozenset({"057", "160"})
JOINING_VERBS = frozenset("join rejoin accede leave quit exit ditch abandon withdraw pull".split())
# Head nouns the dictionary's membership lines take for an organisation (data/cameo/verbs.txt,
# codes29 block). Proper names (NATO, OPEC) resolve to IGO codes through the actor tables.
ORGANISATION_NOUNS = frozenset("alliance union organisation organization bloc league commonwealth "
                               "eurozone schengen nations".split())
INTERNATIONAL = "IGO"
# "The United Kingdom voted to leave the European Union": a referendum's or a parliament's vote
# result, which the standard does not code (elections and vote results), not the leaving itself.
VOTING_VERBS = frozenset({"vote"})


def _organisation_nouns(trigger: "Token") -> list["Token"]:
    """The organisation noun the trigger joins or leaves: its object or the object of its
    "from"/"of"/"to" preposition (particles included: "pulled out of the union")."""
    out = [c for c in trigger.children if c.dep_ == "dobj"]
    preps = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "to")]
    # "pulled out of": the small model hangs "of" on "out" (a particle or a preposition)
    preps += [p for c in trigger.children if c.lower_ == "out" for p in c.children if p.dep_ == "prep"]
    out += [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return [t for t in out if t.lemma_.lower() in ORGANISATION_NOUNS]


def not_a_membership(ev: "Event", trigger: "Token | None") -> bool:
    """A join/leave reading (057 / 160 on a joining or leaving verb) aimed at an organisation noun
    whose resolved target is no international organisation: a union, league or party at home."""
    if trigger is None or ev.code not in MEMBERSHIP_CODES or trigger.lemma_.lower() not in JOINING_VERBS:
        return False
    if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in VOTING_VERBS:
        return True  # "voted to leave the European Union": a vote result (not coded, WIKINEWS_EVENTS.md)
    if (ev.target.code or "").startswith(INTERNATIONAL):
        return False
    orgs = _organisation_nouns(trigger)
    if not orgs:
        return False
    name = ev.target.name or ""
    return any(o.text in name or name in " ".join(t.text for t in o.subtree) for o in orgs)


# An organisation suspending or expelling a member state: the converse of a state leaving it (160).
SUSPENDING_VERBS = frozenset({"suspend", "expel"})
STATE_ROLES = frozenset({"", "GOV"})


def suspended_member(code: str, lemma: str, source_code: str | None, target_code: str | None,
                     target_role: str | None) -> str | None:
    """160 for "the African Union suspended Niger": an international organisation (IGO) that
    suspends or expels a state or its government reduces relations with it; the dictionary's
    172 / 166 read it as an official suspended or a person expelled. None else."""
    if code not in ("172", "166", "174") or lemma not in SUSPENDING_VERBS:
        return None
    if not (source_code or "").startswith(INTERNATIONAL) or not target_code or (target_code or "").startswith(INTERNATIONAL):
        return None
    return "160" if (target_role or "") in STATE_ROLES else None


__all__ = ["JOINING_VERBS", "MEMBERSHIP_CODES", "ORGANISATION_NOUNS", "not_a_membership", "suspended_member"]
