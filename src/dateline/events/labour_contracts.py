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


# target72: the employer a wage dispute leaves unnamed. "The seamen ... have rejected offers of up
# to 100 pct" (BRALAB 120 BRABUS), "The union rejects employers offers of a 7.5 pct pay rise"
# (NZLLAB 120 NZLBUS), "The unions rejected a company compromise proposal" (ESPLAB 120 ESPBUS):
# the annotators code the unnamed employer as the country's business, as the standard codes a
# strike (143 toward <ISO3>BUS). labour58 asked a named firm only; the guess is made here only
# when the sentence is plainly about pay (a rise, a pct, wages, a strike) or the offer's own
# modifier names the employer ("employers offers", "a company proposal", "the management offer").
#: Words that make a sentence a wage dispute for the guess (stronger than DISPUTE_WORDS: no
#: "union" or "talks", which a union answering a mediation offer also has).
PAY_WORDS = frozenset("strike striking striker strikers wage wages pay rise raise increase pct percent "
                      "walkout bargaining".split())
#: Modifiers of the offer that name its maker as the employer.
EMPLOYER_WORDS = frozenset("employer employers company companies management employers' owners shipowners "
                           "management's".split())
#: Objects answered when their modifier names the employer ("a company compromise proposal").
EMPLOYER_OBJECT_WORDS = frozenset("proposal package plan".split())


def employer_modifier(obj: "Token") -> bool:
    """The object's own compound or adjective names the employer ("employers offers", "a company
    compromise proposal", "the management offer")."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in EMPLOYER_WORDS for c in obj.children)


def employer_guess(found: list, trigger: "Token", source: "Actor", resolve) -> list:
    """Narrow `conflict.strike_target`'s answer for an offer: a guessed employer (anchored on the
    trigger) is dropped when the sentence names a firm of another country ("United Steelworkers of
    America locals on strike at Cominco Ltd": the union's name gave USA, the firm is Canadian),
    and is business, not the state, when the offer's modifier names the employer ("a company
    compromise proposal to extend the restructuring plan")."""
    from dateline.model import Actor

    if not found or found[0][0].i != trigger.i:
        return found
    named = [t for t in trigger.sent if t.ent_type_ == "ORG" and t.ent_iob_ == "B"]
    if any(a.role == "BUS" and a.country and a.country != source.country for _, a in resolve(named)):
        return []
    obj = next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if found[0][1].role == "GOV" and obj is not None and employer_modifier(obj):
        return [(trigger, Actor(None, "employer", source.country + "BUS", source.country, "BUS"))]
    return found


def unnamed_employer(code: str, trigger: "Token", source: "Actor") -> bool:
    """Labour answers a wage offer, contract or settlement (or a proposal its modifier gives to the
    employer) whose maker the sentence does not name: the country's business (or the state,
    as `conflict.strike_target` decides) is the target. Not when the object has a "from" / "by"
    maker (resolved elsewhere) or an owner ("the government's offer")."""
    if source.role != "LAB" or not source.country or code[:2] not in ("05", "08", "11", "12"):
        return False
    lemma = trigger.lemma_.lower()
    particle = next((c.lower_ for c in trigger.children if c.dep_ == "prt"), None)
    verb = f"{lemma}_{particle}" if particle else lemma
    if verb not in ANSWERING_VERBS:
        return False
    obj = next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")
                and c.lemma_.lower() in CONTRACT_WORDS | EMPLOYER_OBJECT_WORDS), None)
    if obj is None:
        # "rejects employers offers of a 7.5 pct pay rise": the model reads "employers offers" as a
        # clause (employers, subject of the verb "offers"); the employer is still the maker
        return any(c.dep_ == "ccomp" and c.lower_ in ("offers", "proposals") and not any(g.dep_ == "dobj" for g in c.children)
                   and any(g.dep_ == "nsubj" and g.lower_ in EMPLOYER_WORDS for g in c.children)
                   for c in trigger.children)
    if any(c.dep_ == "poss" for c in obj.children):
        return False
    if any(p.dep_ == "prep" and p.lower_ in ("from", "by") for p in obj.children):
        return False
    if employer_modifier(obj):
        return True
    if obj.lemma_.lower() in EMPLOYER_OBJECT_WORDS:
        return False
    return bool({t.lower_ for t in trigger.sent} & PAY_WORDS)


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
