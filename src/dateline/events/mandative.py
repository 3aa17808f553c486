"""Appeals told by a mandative "that"-clause (tuneact45; docs/evaluation/events-tuneact45.md).

"The ministry suggested that Iraq allow the inspectors back", "Moscow proposed that NATO postpone
its enlargement": a verb of suggesting with a subjunctive (bare) clause asks the clause's
subject to act (020, the asked act's subcode by appeals.asked_act_code). The same verbs with an
indicative clause report a finding or a belief, no appeal: "the report suggested that Iraq was hiding
weapons", "the figures suggest that exports will fall".
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs whose "that"-clause asks only when it is mandative (the dictionary's "suggest ^ccomp" lines).
SUGGESTING = frozenset({"suggest", "propose"})


def asked_clause(tok: "Token") -> "Token | None":
    """The mandative complement of a suggesting verb: a clause with its own subject whose verb is
    bare ("that Iraq allow"; "suggested that consumers avoid", a present left after a past verb);
    None otherwise."""
    for c in tok.children:
        if c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX"):
            continue
        if not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children):
            continue
        if any(a.dep_ in ("aux", "auxpass") for a in c.children):
            continue  # ("that Y should <act>" is read by the coder's obligation path)
        if c.tag_ == "VB" or c.tag_ == "VBP" and tok.tag_ == "VBD":
            return c  # "suggested that consumers avoid": a present after a past is no backshifted report
    return None


def indicative_suggestion(tok: "Token", code: str) -> bool:
    """True when an appeal read off a suggesting verb's clause is no appeal (an indicative clause)."""
    return code[:2] == "02" and tok.lemma_.lower() in SUGGESTING \
        and any(c.dep_ == "ccomp" for c in tok.children) and asked_clause(tok) is None
