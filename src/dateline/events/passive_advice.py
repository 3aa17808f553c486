"""negated75: policy advice in the passive is an appeal to the speaker's own government.

"The windfall profit tax should be abolished, the oil industry's spokesman said", "the group said
sanctions should be imposed against the chipmakers", "Keidanren said the proceeds should be used
to stimulate the economy": a business, labour or civic speaker tells what should be done to a
policy without naming who should do it. The one who can impose, abolish or exempt is the state,
and the r-file gold codes these as the speaker's appeal (020, 0242 for a change of policy) to its
own country's government. The advice reader (`coder._code_obligation`) asked for a party as the
advised subject ("said the government should delay the tax") and dropped a thing as subject.

Only advice ("should", "ought to"; "must" is a demand, read elsewhere), a passive verb of acting on
a policy (impose, abolish, lift, exempt, adopt, cut, use ...), a subject that is no party and not
the speaker's own ("its shares should be listed": the speaker's own business), and a speaker with
a country that is not itself the state (a minister's "taxes should be cut" is his government's
plan, not an appeal to it). A named passive agent ("should be imposed by Congress") is the
advised party itself and is left to the readers of named parties.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of acting on a policy that only an authority does.
POLICY_VERBS = frozenset("impose abolish lift ease repeal scrap adopt exempt cut raise reduce lower increase introduce "
                         "extend relax tighten suspend withdraw approve undertake use implement enact amend change "
                         "revise reform privatise privatize deregulate liberalise liberalize end halt postpone delay "
                         "drop open allocate spend phase remove restrict limit freeze curb".split())
#: Modals of advice ("must" demands and is read as a demand).
ADVICE_MODALS = frozenset({"should", "ought"})
#: Owners that make the thing the speaker's or a party's own ("its shares", "their wages").
OWN_WORDS = frozenset({"its", "our", "their", "his", "her", "my", "your"})
#: Speakers who are the state: their advice is their own plan.
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})


def advised_policy(clause: "Token") -> bool:
    """`clause` (a speech verb's complement) advises, in the passive, an act on a policy by an
    unnamed doer: "the tax should be abolished", "sanctions should be imposed against Y"."""
    from dateline.events.statements import advisable_party

    if clause.pos_ != "VERB" or clause.lemma_.lower() not in POLICY_VERBS:
        return False
    kids = list(clause.children)
    if not any(c.dep_ == "auxpass" for c in kids) or not any(
            c.dep_ == "aux" and c.lower_ in ADVICE_MODALS for c in kids):
        return False
    if any(c.dep_ == "agent" for c in kids):
        return False  # "should be imposed by Congress": a named doer
    subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or advisable_party(subj):
        return False
    return not any(c.dep_ == "poss" and (c.lower_ in OWN_WORDS or advisable_party(c)) for c in subj.children)


#: Prepositions that aim a policy at someone ("sanctions should be imposed against Y").
AIMING_PREPS = frozenset({"against", "on", "upon"})


def aimed_at_own(clause: "Token", country: str) -> bool:
    """The advised act is aimed at a party named by the speaker's own nationality ("sanctions
    should be imposed against Japanese chipmakers" in a Japanese speaker's mouth): no speaker
    asks its own state to sanction its own firms, so the speaker's country was misread, and a
    guess built on it would be wrong twice."""
    from dateline.events.actors import country_of

    return any(w.pos_ in ("ADJ", "PROPN") and country_of(w.text) == country
               for p in clause.children if p.dep_ == "prep" and p.lower_ in AIMING_PREPS
               for o in p.children if o.dep_ == "pobj" for w in o.subtree)


def authority(source: Actor, clause: "Token | None" = None) -> Actor | None:
    """The government of the speaker's country, advised; None for a state speaker, no country, or
    an act aimed at the speaker's own nationals (`aimed_at_own`). `clause`: the advised verb."""
    if not source.country or source.role in STATE_ROLES or source.code.startswith("IGO"):
        return None
    if clause is not None and aimed_at_own(clause, source.country):
        return None
    return Actor(None, "government", source.country + "GOV", source.country, "GOV")


def advised_clause(speech: "Token") -> "Token | None":
    """The speech verb's complement that `advised_policy` reads (the coder keeps only the verb)."""
    return next((c for c in speech.children if c.dep_ in ("ccomp", "conj") and advised_policy(c)), None)
