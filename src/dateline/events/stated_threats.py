"""Threats and pledges named by a noun (stance35; docs/evaluation/events-stance35.md).

"The United States repeated its threat to impose sanctions on Japan", "North Korea renewed its
threat to attack the South", "Washington's threat to impose tariffs still stands", "my pledge to
veto any tax increase remains firm": a party states (again) that it will do an act; the act told
by the noun's "to"-infinitive is the party's intent (03x) or, for a hostile act, its threat (13x),
as "threatened to impose sanctions" is. (Intent nouns under announcing verbs, "announced plans
to", are `appeals.nominal_intent`'s; this module adds the threat nouns there, and the noun that
is the subject of "remains / stands": a stance kept on record.)

A threat noun with a cooperative act ("its threat to withdraw from the talks" reads as 087 to the
dictionary) is not coded here: the coder asks `threat_noun` and drops a non-hostile code.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

# (perfev55: imported here, not in `stated_by` at each call: neither imports this module)
from dateline.events import filters
from dateline.events.frames import subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns of a threat whose "to"-infinitive names the threatened act.
THREAT_NOUNS = frozenset({"threat", "threats"})
#: Nouns of a stated intent or threat (with appeals.INTENT_NOUNS' "pledge/promise/vow/commitment").
STATED_NOUNS = THREAT_NOUNS | frozenset({"pledge", "promise", "vow", "commitment", "offer"})
#: Verbs that put a threat on record ("repeated / renewed / issued its threat to").
RECORDING_VERBS = frozenset({"repeat", "renew", "reiterate", "reaffirm", "issue", "make", "voice", "restate",
                             "step_up", "escalate"})
#: Copulas that keep a stated threat or pledge standing: "my pledge to veto remains firm".
STANDING_VERBS = frozenset({"remain", "stand", "hold"})


def _noun_of(act: "Token") -> "Token | None":
    """The stated noun whose "to"-infinitive the act is ("its threat to attack Y" -> threat)."""
    if act.dep_ != "acl" or act.pos_ != "VERB" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in act.children):
        return None
    noun = act.head
    return noun if noun.lower_ in STATED_NOUNS or noun.lemma_.lower() in STATED_NOUNS else None


def threat_noun(act: "Token") -> bool:
    """True when the act is told by a threat noun's infinitive (a cooperative act there is no intent)."""
    noun = _noun_of(act)
    return noun is not None and (noun.lower_ in THREAT_NOUNS or noun.lemma_.lower() in THREAT_NOUNS)


def stated_by(act: "Token") -> "list[Token] | None":
    """Who states the threat or pledge the act is told by: the recording verb's subjects ("X
    repeated its threat to"), or the noun's possessor when the noun is the subject of a standing
    verb ("X's threat to ... still stands", "my pledge to ... remains"); None otherwise."""
    noun = _noun_of(act)
    if noun is None:
        return None
    gov = noun.head
    lemma = gov.lemma_.lower()
    particle = next((f"{lemma}_{c.lower_}" for c in gov.children if c.dep_ == "prt"), lemma)
    if noun.dep_ == "dobj" and gov.pos_ == "VERB" and (lemma in RECORDING_VERBS or particle in RECORDING_VERBS) \
            and (noun.lower_ in THREAT_NOUNS or noun.lemma_.lower() in THREAT_NOUNS):
        if filters.is_negated(gov) or filters.is_hypothetical(gov):
            return None
        return subjects(gov) or None
    if noun.dep_ == "nsubj" and lemma in STANDING_VERBS and not filters.is_negated(gov):
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        return [owner] if owner is not None else None
    return None
