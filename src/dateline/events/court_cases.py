"""court58: a case brought to a court is aimed at the party whose act it challenges.

The dictionary codes a petition or appeal lodged with a court as 115 toward the court ("filed an
appeal with the Constitutional Court", legal30), and a court asked to rule as a plea to it (020).
When the clause names the act the case is about and its author, the case is the author's
opponent's lawsuit against that author, as the standard codes a lawsuit (115 toward the party
sued): "filed a petition in the Supreme Court challenging the government's dismissal of the
assembly" (115 toward the government), "asked the Court of Session to rule on the government's
decision" (115, not a 020 plea to the court), "the court had been petitioned by X for a ruling on
the prorogation of parliament by the Queen" (115 toward the one who prorogued).

`challenged_owner` finds that author in the trigger's clause: the owner of the object of a
challenging word (CHALLENGING_WORDS: "challenging", "to overturn", "seeking to block") or of the
thing a ruling is sought on ("a ruling on", "to rule on"); the owner is the possessor ("the
government's dismissal") or the act's "by" agent ("the prorogation ... by the Queen"). Things with
no owner ("challenging the law") leave the court as the target. Pure: tokens in, tokens out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of a case that challenge a thing: "challenging the decree", "to overturn the ban".
CHALLENGING_WORDS = frozenset("challenge contest overturn annul block halt stop quash invalidate void "
                              "dispute reverse suspend".split())
#: Words after which "on" names what the court is to rule on.
RULING_WORDS = frozenset("rule ruling decide decision judgment judgement verdict".split())
#: Codes of a case brought to a court (115) or a court asked to act (020).
CASE_CODES = frozenset({"115", "020"})


def _owner(thing: "Token") -> "Token | None":
    """The author of an act noun: its possessor, else its "by" agent."""
    poss = next((c for c in thing.children if c.dep_ == "poss"), None)
    if poss is not None and poss.pos_ in ("NOUN", "PROPN"):
        return poss
    by = next((g for p in thing.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
               for g in p.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
    return by


def challenged_owner(trigger: "Token") -> list["Token"]:
    """The author of the act a court case challenges or asks a ruling on, in the trigger's clause
    (its own subjects left out); [] when none is named."""
    mine = {t.i for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "agent") for t in c.subtree}
    for t in trigger.subtree:
        if t.i in mine or t.i == trigger.i:
            continue
        low = t.lemma_.lower()
        thing = None
        if low in CHALLENGING_WORDS and t.pos_ == "VERB":
            thing = next((c for c in t.children if c.dep_ == "dobj"), None)
        elif t.dep_ == "prep" and t.lower_ == "on" and t.head.lemma_.lower() in RULING_WORDS:
            thing = next((c for c in t.children if c.dep_ == "pobj"), None)
        if thing is None or thing.pos_ != "NOUN":
            continue
        owner = _owner(thing)
        if owner is not None:
            return [owner, *owner.conjuncts]
    return []


#: Possessive pronouns a court's ruling may wrongly take for the court itself.
OWNER_PRONOUNS = frozenset("its their".split())


def self_owned_ruling(targets: list["Token"]) -> bool:
    """ "the Supreme Court ruled against its attempt": the thing ruled on is owned by "its" /
    "their", which the coreference stage may give to the court, the clause's subject; a court does
    not rule on its own act, so the pronoun is the party of the sentence before."""
    return any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for t in targets for c in t.children) \
        and not any(c.lower_ == "own" for t in targets for c in t.children)  # "its own earlier ruling": the court's


def previous_subject(tok: "Token") -> list["Token"]:
    """The subject of the main clause of the sentence before `tok`'s (with its conjuncts)."""
    start = tok.sent.start
    if start == 0:
        return []
    prev = tok.doc[start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return []
    return [subj, *subj.conjuncts]
