"""frame71: "X and Y agreed to <act>": an agreement between the co-subjects (057 both ways).

Wire copy reports a deal two parties reached by the act they agreed on: "Yugoslavia and the UAE
have agreed to initiate efforts to end the war", "the shipping association and the longshoremen's
union said they agreed to cut cargo assessments", "Baker, Stoltenberg and Poehl agreed to pursue
the policies of the Louvre accord". The complement codes nothing by itself (lower, cut, pursue,
set up), so the frame was not taken and the pair was lost. verbs.txt's frame70/71 block has a
line "057 agree ^xcomp:<act> >none" for it; the coder's pairing of a joint act's subjects makes
the two triples. A single subject ("Britain agreed to extend its loan to Zambia") names no second
party: the line is not for it, and the intent path reads the complement as before (0331). This
module tells the two apart. Negation, modals and forecasts are the coder's usual filters.

Pure functions on spaCy tokens.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.events.patterns import Pattern

#: Subjects that stand for a pair already named ("the two sides agreed to", "both agreed to").
PAIR_WORDS = frozenset({"side", "sides", "party", "parties", "both"})
#: Auxiliaries of an agreement not yet made ("will agree to cut tariffs only if ...", "could agree").
MODALS = frozenset({"will", "would", "could", "may", "might", "shall", "should", "must", "'ll"})
#: Pronouns that may take up a coordinated subject of the saying verb above ("X and Y said they agreed").
PLURAL_PRONOUNS = frozenset({"they", "we"})


def pair_line(pat: "Pattern | None") -> bool:
    """The pattern is the co-subjects' agreement line (057 on "agree" with no target slot)."""
    return pat is not None and pat.code == "057" and "agree" in pat.heads and pat.target == ("none",)


def _coordinated(subj: "Token") -> bool:
    """A conjunct in the subject phrase: "X and Y", or one the small model hangs inside the first
    name's title ("Finance Minister Stoltenberg and U.S. Treasury Secretary Baker": "U.S." a
    conjunct of "Stoltenberg", a modifier of the head "Baker")."""
    return any(c.dep_ == "conj" for c in subj.children) or any(
        t.dep_ == "conj" and t.pos_ in ("PROPN", "NOUN") and t.i < subj.i for t in subj.subtree)


def joint_subjects(verb: "Token") -> bool:
    """The agreeing verb has two or more parties as its subject: coordinated names ("X and Y
    agreed"), a pair word ("the two sides", "both"), or a plural pronoun taking up a coordinated
    subject of the saying verb it is the clause of ("X and Y said they agreed")."""
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return False  # a forecast or a condition, no agreement made (the intent path's, as before)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "conj":  # "met on Monday and agreed to ...": the first verb's subject
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if _coordinated(subj) or subj.lower_ in PAIR_WORDS or subj.lemma_.lower() in PAIR_WORDS:
        return True
    if subj.lower_ in PLURAL_PRONOUNS and verb.dep_ == "ccomp":
        said = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return said is not None and _coordinated(said)
    return False
