"""labour58: a contract or offer that labour accepts, rejects or objects to is the employer's.

Wage-talk copy has unions answer the employer's offer without naming the employer again:
"Three Steelworkers locals on strike at Cominco Ltd rejected a tentative three-year contract"
(tuning file: CANLAB 127 CANBUS), "the union said its main objection to the contract was ..."
(USALAB 111 USABUS), "members rejected the company's latest offer". The contract has no actor
of its own, so the event was dropped ("target unresolved"). Its maker is the other side of the
dispute: the firm the sentence names, or the state for state staff or a state cue, else the
country's business, as `conflict.strike_target` finds for a strike.

And a contract or settlement labour rejects is a rejected plan to settle a dispute (CAMEO 127),
not a plain rejection (120), as the tuning file has it; a rejected "offer" stays 120 as stmt14 and
politics30 pinned, and a board or shareholders turning down a takeover offer stay 120
(business33), since only a labour source is read here.

Only a source resolved as labour (LAB), only an object (or "to" / "of" object of "objection")
that is a contract, an offer or a settlement with no owner of its own, in a sentence about a wage
dispute (a strike, pay, wages, talks, a union) unless it is a "contract", and only when nothing
else resolved the target. "Proposal", "plan" and "agreement" are left out: a government's
pension proposal criticised by the unions is the government's (owner16).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Actor

#: What labour answers in a wage dispute ("proposal", "plan", "agreement" are as often a
#: government's, whose author other rules find in the story: owner16, oppose56).
CONTRACT_WORDS = frozenset("contract offer settlement".split())
#: A rejected contract or settlement is a plan to settle the dispute (127); a rejected offer stays
#: 120, as stmt14 and politics30 pinned ("the seamen rejected the latest offer").
SETTLEMENT_WORDS = frozenset("contract settlement".split())
#: The sentence is about a wage dispute.
DISPUTE_WORDS = frozenset("strike striking striker strikers wage wages pay contract talks bargaining walkout "
                          "union unions".split())
#: Verbs whose object is the contract answered.
ANSWERING_VERBS = frozenset("reject accept ratify approve turn_down refuse spurn dismiss oppose protest "
                            "criticise criticize denounce condemn endorse back".split())


def _contract_object(trigger: "Token") -> "Token | None":
    """The contract word the trigger answers: its object, or the "to" object of an objection
    noun ("its main objection to the contract")."""
    for c in trigger.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CONTRACT_WORDS:
            return c
    if trigger.lemma_.lower() in ("objection", "opposition"):
        return next((g for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("to", "of")
                     for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in CONTRACT_WORDS), None)
    return None


def answered_contract(code: str, trigger: "Token", source: "Actor") -> bool:
    """Labour answers a contract or offer (an act of 05, 08, 11 or 12) whose maker is unnamed."""
    if source.role != "LAB" or code[:2] not in ("05", "08", "11", "12"):
        return False
    lemma = trigger.lemma_.lower()
    particle = next((c.lower_ for c in trigger.children if c.dep_ == "prt"), None)
    verb = f"{lemma}_{particle}" if particle else lemma
    if verb not in ANSWERING_VERBS and lemma not in ("objection", "opposition"):
        return False
    obj = _contract_object(trigger)
    if obj is None or any(c.dep_ == "poss" for c in obj.children):
        return False  # ("the government's offer": its owner is named, and resolved elsewhere)
    return obj.lemma_.lower() == "contract" or bool({t.lower_ for t in trigger.sent} & DISPUTE_WORDS)


def rejected_settlement(code: str, trigger: "Token", source: "Actor") -> str:
    """127 for labour rejecting a contract or offer (a plan to settle the dispute), else `code`."""
    obj = _contract_object(trigger) if code == "120" and source.role == "LAB" else None
    if obj is not None and obj.lemma_.lower() in SETTLEMENT_WORDS:
        return "127"
    return code


def striking_target(target: "Actor", tok: "Token | None", toks: list["Token"]) -> "Actor":
    """labour58: "presented its striking letter carriers with an offer", "fired 300 strikers":
    people on strike are labour (`conflict.striker`), also as a target, where "its" made them
    their firm (CANBUS) or their trade left them a bare country."""
    from dateline.events import conflict

    if tok is None:
        return target
    noun = conflict._counted(tok)
    if noun.lemma_.lower() != "striker" and not any(c.dep_ == "amod" and c.lower_ == "striking" for c in noun.children):
        return target
    return conflict.striker(target, [noun])


def offer_to_labour(code: str, trigger: "Token", target: "Actor") -> bool:
    """A 037 read from an offer (labour58's dictionary lines: "presented X with an offer", "made
    an offer to X", "offered X a pay rise") is kept only toward labour: a takeover offer to
    shareholders or a firm settles no dispute."""
    if code != "037" or trigger.lemma_.lower() not in ("present", "make", "table", "submit", "offer"):
        return True
    offered = {g.lemma_.lower() for c in trigger.children for g in (c, *c.children)}
    if not offered & {"offer", "proposal", "contract", "package", "rise", "raise", "increase"}:
        return True
    return target.role == "LAB"
