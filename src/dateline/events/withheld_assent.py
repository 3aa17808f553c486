"""Assent withheld from legislation (stance35; docs/evaluation/events-stance35.md).

"The president said he will not sign a bill that cuts school funding", "would not approve any
budget that raises taxes": an executive announcing that it withholds its assent rejects (120) the
legislature whose bill it is; "refused to sign / vetoed / threatened to veto a bill that ..."
are the same stance with a verb of their own. News names the bill by its content, not by its
author ("a bill that ...", "the spending bill"), so the target slot holds only the bill.

Two pure functions, asked by the coder:
- `refused_legislation`: a negated verb of assent whose object is a bill (the coder's negation
  branch, beside its other refusals) -> the bill noun;
- `home_legislature`: when a rejection, veto or threat (12x, 13x) of one government source is
  aimed only at a bill that named no owner, the legislature of the source's own country.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns of legislation a legislature passes and an executive signs.
LEGISLATION_NOUNS = frozenset({"bill", "budget", "legislation", "law"})
#: Verbs of an executive's assent: negated, each withholds it.
ASSENT_VERBS = frozenset({"sign", "approve", "accept", "support", "back", "endorse", "enact"})
#: Roots where a bill's legislature is the target: rejection (12), threat (13).
_AIMED_ROOTS = frozenset({"12", "13"})


#: Auxiliaries that make a withheld assent announced ("will not sign"); "did not sign the bill on
#: Friday" is a negated event, not coded (WIKINEWS_EVENTS.md).
_ANNOUNCING = frozenset({"will", "would", "'ll", "shall", "wo"})


def refused_legislation(verb: "Token") -> "Token | None":
    """ "will not sign a bill that ...": the bill, when the (negated) verb is one of assent put
    in the future."""
    if verb.lemma_.lower() not in ASSENT_VERBS or not any(
            c.dep_ == "aux" and c.lower_ in _ANNOUNCING for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in LEGISLATION_NOUNS), None)


def _owned(noun: "Token") -> bool:
    """The bill's phrase names someone of its own: "Japan's budget", "the Senate bill", "a bill by X"."""
    return any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" or c.dep_ == "poss" and c.pos_ != "PRON"
               or c.dep_ == "prep" and c.lower_ == "by" for c in noun.children)


def home_legislature(code: str, things: "list[Token]", sources: "list[tuple[Token, Actor]]") -> "list[tuple[Token, Actor]]":
    """The source's own legislature as the target of a rejected, vetoed or threatened bill that
    names no owner; [] otherwise (the source is no government, or not one source)."""
    if code[:2] not in _AIMED_ROOTS or len(sources) != 1:
        return []
    src = sources[0][1]
    if src.role != "GOV" or not src.country:
        return []
    bill = next((t for t in things if t.lemma_.lower() in LEGISLATION_NOUNS and not _owned(t)), None)
    if bill is None:
        return []
    return [(bill, Actor(None, "legislature", src.country + "LEG", src.country, "LEG"))]
