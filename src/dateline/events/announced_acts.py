"""source25: who did an act on a person that a clause names by a noun with the person in its
"of" phrase ("Police announced the arrest of a journalist", "the court ordered the release of
the activist").

Why: for such nouns (arrests, releases, expulsions, killings) the "of" phrase names the person
the act was done to, yet the coder read it as the act's owner, so source and target were the
same person and the pair was dropped ("source unresolved" or "pair dropped" on an act read).
The doer is the subject of the verb that announces, orders or carries out the act; a verb that
only reports or judges it ("welcomed / condemned the arrest of X") names no doer, and the noun
then codes nothing, as before.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs whose subject is the doer of the act named by their object noun: the authority that
#: announces or confirms its own act, or orders or authorises it.
DOER_VERBS = frozenset("announce confirm order authorize authorise approve".split())
# (Light verbs left out: "the union made a second arrest of its own rules" is no arrest.)


def patient_in_of_phrase(owner: "Token | None", noun: "Token", done_to_nouns: frozenset[str]) -> bool:
    """The noun's "owner" is really its patient: the object of "of" after an act done to
    someone ("the arrest of a journalist")."""
    return owner is not None and owner.dep_ == "pobj" and owner.head.lower_ == "of" and owner.head.head == noun \
        and noun.lemma_.lower() in done_to_nouns


def doer_verb(noun: "Token", gov: "Token | None") -> bool:
    """`gov` announces, confirms or orders the act its direct object `noun` names."""
    return gov is not None and noun.dep_ in ("dobj", "nsubjpass") and noun.head == gov \
        and gov.lemma_.lower() in DOER_VERBS


def announced_patient_act(tok: "Token") -> bool:
    """ "announced / ordered the arrest of X": the act noun is reported as done by the verb's
    subject, not merely mentioned (the filters drop other nouns in an object slot)."""
    from dateline.events.coder import THEME_OWNED_NOUNS

    return doer_verb(tok, tok.head) and tok.lemma_.lower() in THEME_OWNED_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children) for c in tok.children)
