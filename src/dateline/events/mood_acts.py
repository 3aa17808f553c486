"""Two acts told in a mood the coder otherwise drops (mood72; docs/evaluation/events-mood72.md).

- Negated permission: "X said Soviet diplomats will not be allowed to use the embassy until ...",
  "Japanese banks would not be allowed to buy dealers": the speaker's side announces a restriction
  it imposes on the party (CAMEO 172, impose administrative sanctions; the r30-r45 annotators code
  "will not be allowed to" 172 from the speaker toward the party). Without a party ("interest rates
  would not be allowed to rise") nothing resolves and nothing is coded; an agent ("by the court")
  or a past "were not allowed" is left to the ordinary reading.
- "Y could do more to <act>": a speaker telling a named party it could do more is an appeal to it
  (02x), the subcode from the act asked (help / aid: 0211, policy changes: 0242), as the r files
  code "Japan could do more to help ..." (IGOWBK 0211 JPN). The party must differ from the speaker
  ("we could do more" is no appeal), and the sentence must report it (a speech verb above); not
  negated, not a question.

Both read only "will / would" (permission) and "could / can" (do more) under a verb of saying.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_ANNOUNCING = frozenset({"will", "would", "'ll", "shall", "wo"})
_PERMITTING = frozenset({"allow", "permit"})
_PARTY_ENTS = frozenset({"NORP", "ORG", "GPE", "PERSON"})
_SELF = frozenset({"i", "we", "he", "she", "it", "they", "us"})
_AID_ACTS = frozenset({"help", "assist", "aid", "support", "finance", "lend", "fund"})
_POLICY_ACTS = frozenset({"stimulate", "open", "reform", "boost", "cut", "reduce", "lower", "ease", "liberalise",
                          "liberalize", "adopt", "change", "expand", "increase", "spur", "curb", "deregulate"})


def _speaker(verb: "Token", speech: frozenset) -> "list[Token] | None":
    """The subjects of the verb of saying the clause is reported under; None when not reported."""
    from dateline.events.frames import subjects

    head = verb
    while head.dep_ in ("xcomp", "conj") and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in speech:
        return None
    if any(c.dep_ == "neg" for c in head.head.children):
        return None  # "did not say that ..."
    return subjects(head.head) or None


def _question(verb: "Token") -> bool:
    return any(t.text == "?" for t in verb.sent)


def negated_permission(verb: "Token", speech: frozenset) -> "tuple[list[Token], list[Token]] | None":
    """(speaker, restricted party) for "said Y will not be allowed to <act>"; None otherwise."""
    if verb.lemma_.lower() not in _PERMITTING or _question(verb):
        return None
    kids = list(verb.children)
    if not any(c.dep_ == "neg" for c in kids) or not any(c.dep_ == "auxpass" for c in kids):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in _ANNOUNCING for c in kids):
        return None
    if any(c.dep_ == "agent" for c in kids) or any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids):
        return None
    if not any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in kids):
        return None
    party = [c for c in kids if c.dep_ == "nsubjpass" and c.pos_ in ("PROPN", "NOUN")
             and any(t.ent_type_ in _PARTY_ENTS for t in c.subtree)]  # "interest rates": no party
    speaker = _speaker(verb, speech)
    if not party or not speaker:
        return None
    return speaker, party


def could_do_more(verb: "Token", speech: frozenset) -> "tuple[list[Token], list[Token], str] | None":
    """(speaker, party, code) for "said Y could do more to <act>"; None otherwise."""
    if verb.lemma_.lower() != "do" or _question(verb):
        return None
    kids = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in ("could", "can") for c in kids) or any(c.dep_ == "neg" for c in kids):
        return None
    if not any(c.dep_ == "dobj" and c.lower_ == "more" for c in kids):
        return None
    party = [c for c in kids if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")]
    speaker = _speaker(verb, speech)
    if not party or not speaker or any(p.lower_ in _SELF for p in party):
        return None
    if {s.lower_ for s in speaker} & {p.lower_ for p in party}:
        return None
    act = next((c for c in verb.subtree if c.pos_ == "VERB" and c is not verb
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    lemma = act.lemma_.lower() if act is not None else ""
    code = "0211" if lemma in _AID_ACTS else "0242" if lemma in _POLICY_ACTS else "020"
    return speaker, party, code
