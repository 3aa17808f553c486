"""mood73: the recipient of aid named only in its purpose clause ("to help Y <act>").

Why: wire stories of aid, loans and supplies often name no recipient in the giving verb's own
slots: "West Germany would provide 300 mln marks to help fight Bolivia's cocaine trade",
"Venezuela would lend 50,000 barrels per day of crude to help Ecuador meet its export
commitments", "will grant 20 billion yen to help the Philippines rebuild its grid". The
dictionary reads the gift (070/071, or the intent 033x when it is announced), but with no target
the coder dropped it; the promised ones were then counted among the acts lost as "negated,
hypothetical or asked" (the largest no-act class on the tuning files). A reader takes the party
the money is to help as its recipient.

Read only: an aid or intent code (roots 07, 033x), a "to help / to assist" infinitive on the
giving verb itself, and in it a named party: the object of "help" ("to help Jamaica"), the
subject of its complement ("to help Ecuador meet"), or the owner of the thing helped ("to help
fight Bolivia's trade", "to help the Philippine government's program"). A thing ("to help build
a hospital", "to help boost production") or an unnamed owner ("to help its farmers") gives
nothing, so a state's spending at home stays uncoded as before.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of a purpose clause whose party is the one the aid is for.
HELP_VERBS = frozenset({"help", "assist"})
#: Entity types that name a party (the resolver still decides which actor it is).
_PARTY_ENTS = frozenset({"GPE", "NORP", "ORG"})


def aid_code(code: str) -> bool:
    """Aid given (07x) or promised (033x): the codes whose recipient a purpose clause may name."""
    return code[:2] == "07" or code[:3] == "033"


def helped_party(code: str, trigger: "Token") -> list["Token"]:
    """The named party of the giving verb's "to help Y ..." clause, or [] (see the module doc)."""
    if not aid_code(code) or trigger.pos_ != "VERB":
        return []
    for clause in trigger.children:
        if clause.dep_ in ("advcl", "xcomp") and clause.lemma_.lower() in HELP_VERBS \
                and any(a.lower_ == "to" for a in clause.children if a.dep_ == "aux"):
            party = _party_in(clause)
            if party is not None:
                return [party]
    return []


def _party_in(help_verb: "Token") -> "Token | None":
    kids = list(help_verb.children)
    for obj in (k for k in kids if k.dep_ == "dobj"):  # "to help Jamaica", "to help the government's program"
        return obj if _named(obj) else _named_owner(obj)
    for comp in (k for k in kids if k.dep_ in ("ccomp", "xcomp") and k.pos_ == "VERB"):
        subj = next((g for g in comp.children if g.dep_ == "nsubj"), None)
        if subj is not None:  # "to help Ecuador meet its commitments"
            return subj if _named(subj) else None
        for obj in (g for g in comp.children if g.dep_ == "dobj"):  # "to help fight Bolivia's trade"
            return _named_owner(obj)
    return None


def _named_owner(thing: "Token") -> "Token | None":
    owner = next((c for c in thing.children if c.dep_ == "poss"), None)
    return owner if owner is not None and _named(owner) else None


def _named(tok: "Token") -> bool:
    """A name, or a noun a name qualifies ("the Philippine government"); not a pronoun."""
    if tok.pos_ == "PRON":
        return False
    return tok.pos_ == "PROPN" or tok.ent_type_ in _PARTY_ENTS or any(
        c.dep_ in ("amod", "compound") and (c.pos_ == "PROPN" or c.ent_type_ in _PARTY_ENTS) for c in tok.children)
