"""What governments and regulators do to firms (business33, docs/evaluation/events-business33.md).

Orders given to a firm:

"MITI ordered Toshiba Machine Co to halt exports to the Soviet Union", "the Federal Reserve
ordered Acme Bancorp to stop paying dividends": the regulator's order is the event, an
administrative penalty (172, as the standard codes a cease-and-desist order), and the act it
orders is not yet done. Before, the ordered act was coded as the firm's own deed (Toshiba halting
exports to Moscow: JPNBUS 163 RUS) and the order itself was lost. Orders to armies, envoys or
people are left to the lines that code them (a general line "order ^xcomp:*" would turn
"ordered troops to fire" into a penalty), so the line is kept only when its target is a firm.

Takeovers a state stops: "Canada blocked the sale of Acme Resources Ltd to a U.S. company" was a
ban on exports (163, the line for arms and grain sales) and "Australia rejected a bid by a
Japanese company to buy a mining group" a plain rejection (120). A state refusing a foreign firm
a company rejects economic cooperation (1211, as econ31's "blocked the takeover of X by Y").
A firm's own board turning down a bid stays 120 (stmt14's convention for a rejected takeover
offer): only a government, a regulator or a bare state recodes.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Event

#: Verbs of ordering a party to act.
ORDER_VERBS = frozenset({"order", "direct", "instruct"})
#: The dictionary line this module guards (verbs.txt, business33 section).
FIRM_ORDER_LINE = "order|direct|instruct ^xcomp:* >obj"
#: Head nouns of a firm named by description ("the company", "two banks").
FIRM_NOUNS = frozenset("company firm corporation bank bancorp automaker carmaker airline carrier utility "
                       "insurer brokerage refiner producer maker manufacturer exporter importer chipmaker "
                       "steelmaker conglomerate subsidiary".split())  # (not "group", "unit": "ordered the rebel group to disarm")
#: Last words of a firm's name ("Acme Corp", "Delta AG", "Beta Industries Inc").
FIRM_NAME_WORDS = frozenset("co corp corporation inc incorporated ltd plc ag sa nv spa gmbh kk co. corp. inc. ltd. "
                            "bancorp industries holdings group airlines airways motors bank".split())


def firm_phrase(tok: "Token") -> bool:
    """A noun phrase naming a firm: a firm's name with its legal form or trade word, or a firm noun."""
    if tok.pos_ == "NOUN":
        return tok.lemma_.lower() in FIRM_NOUNS
    if tok.pos_ != "PROPN":
        return False
    return tok.lower_ in FIRM_NAME_WORDS or tok.lower_.rstrip(".") in FIRM_NAME_WORDS


def ordered_of_firm(tok: "Token") -> bool:
    """ "ordered Toshiba Machine Co to halt exports": `tok` ("halt") is an act a firm was ordered
    to carry out, not one it did."""
    head = tok.head
    if tok.dep_ != "xcomp" or head.lemma_.lower() not in ORDER_VERBS:
        return False
    return any(c.dep_ == "dobj" and firm_phrase(c) for c in head.children)


def misplaced_order(ev: "Event") -> bool:
    """The order line's event where the addressee is no firm (troops, envoys, people): dropped."""
    return (ev.pattern or "").endswith(FIRM_ORDER_LINE) and (ev.target is None or ev.target.role != "BUS")


#: Nouns of a firm, a stake or a business changing hands ("the sale of a 20 pct stake").
TRADED_PARTS = frozenset("stake share shares holding interest unit subsidiary division business operation "
                         "control".split())
#: Verbs of taking over in a bid's own clause ("a bid to buy a mining group").
ACQUIRING_VERBS = frozenset({"buy", "acquire", "purchase", "take", "take_over", "merge", "control"})
#: Nouns of a takeover in a bid's compound ("a takeover bid", "the merger proposal").
TAKEOVER_WORDS = frozenset({"takeover", "merger", "buyout", "acquisition", "purchase"})
#: Nouns of a bid or offer.
BID_NOUNS = frozenset({"bid", "offer", "proposal", "plan", "attempt", "application"})
#: Codes the dictionary gives a stopped sale (163 export ban) or a rejected bid (120, 12x).
_STOPPED_SALE = frozenset({"163"})
_REJECTED_BID = frozenset({"120", "125", "127", "144"})  # (144: "blocked X's bid for Y")
#: Roles of a deciding state ("Canada", "the Ministry of Finance", "regulators").
_STATE_ROLES = frozenset({"GOV", "LEG", "JUD"})


def _sold_firm(sale: "Token") -> bool:
    """ "the sale of Acme Resources Ltd", "the sale of a 20 pct stake in X": a firm changes hands."""
    for prep in sale.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and (firm_phrase(obj) or obj.lemma_.lower() in TRADED_PARTS):
                    return True
    return False


def _takeover_bid(bid: "Token") -> bool:
    """ "a bid by a Japanese company to buy a mining group", "a takeover bid for X"."""
    if any(c.dep_ == "compound" and c.lemma_.lower() in TAKEOVER_WORDS for c in bid.children):
        return True
    if bid.lemma_.lower() == "bid" and any(  # "Epsilon Group Plc's bid for Gamma Holdings Plc"
            p.dep_ == "prep" and p.lower_ == "for" and any(o.dep_ == "pobj" and firm_phrase(o) for o in p.children)
            for p in bid.children):
        return True
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ACQUIRING_VERBS for c in bid.children)


def takeover_code(ev: "Event", tok: "Token") -> str | None:
    """1211 for a state stopping a firm's sale to, or a takeover by, another party; 120 for a
    firm rejecting a merger proposal (127 is a plan to settle a dispute); None otherwise."""
    src = ev.source
    if src is None or ev.target is None or ev.target.role != "BUS":
        return None
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return None
    noun = obj.lemma_.lower()
    state = src.role in _STATE_ROLES or (src.role is None and src.country is not None)
    if not state:
        if src.role == "BUS" and ev.code == "127" and noun in BID_NOUNS and _takeover_bid(obj):
            return "120"  # "Omega KK rejected a merger proposal from Gamma Holdings Plc"
        return None
    if ev.code in _STOPPED_SALE and noun == "sale" and _sold_firm(obj):
        return "1211"
    if ev.code in _REJECTED_BID and noun in BID_NOUNS and _takeover_bid(obj):
        return "1211"
    return None


#: Nouns and verbs of a labour strike.
STRIKE_WORDS = frozenset({"strike", "walkout", "stoppage", "walk"})


def _is_strike(tok: "Token") -> bool:
    if tok.lemma_.lower() in STRIKE_WORDS:
        return True
    return any(c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in STRIKE_WORDS for c in tok.children) or any(
        p.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in STRIKE_WORDS for o in p.children)
        for p in tok.children)


def strike_demand(trigger: "Token") -> bool:
    """ "workers staged a strike demanding higher wages", "went on strike to demand a raise": what
    strikers demand in the strike's own clause is asked of their employer, the party the strike
    is aimed at (conflict.strike_target), not of their government (appeals.decider's default for
    an undirected demand by labour, which made Hyundai's strikers demand wages of Seoul)."""
    if any(c.dep_ == "nsubj" and (c.lemma_.lower() == "striker" or any(
            a.dep_ == "amod" and a.lower_ == "striking" for a in c.children)) for c in trigger.children):
        return True  # "striking workers at Daewoo Shipbuilding demanded a 30 pct pay rise"
    if trigger.dep_ not in ("acl", "advcl", "xcomp", "relcl"):
        return False
    return _is_strike(trigger.head)


#: Verbs of going to law ("sued to block", "filed suit to stop", "went to court to halt").
LEGAL_ACTION_VERBS = frozenset({"sue", "file", "petition", "go"})
#: What "filed" or "went" must name to be a lawsuit.
_LAWSUIT_WORDS = frozenset({"suit", "lawsuit", "petition", "motion", "court", "complaint", "injunction"})


def sought_at_law(tok: "Token") -> bool:
    """ "The FTC sued to block Lambda's acquisition of Omega", "the union filed suit to stop the
    sale": the block is what the lawsuit asks a court for, not a block made (the purpose clause
    was coded 1211 as if the regulator had blocked the deal itself). The lawsuit stays coded."""
    head = tok.head
    if tok.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    lemma = head.lemma_.lower()
    if lemma not in LEGAL_ACTION_VERBS:
        return False
    if lemma == "sue":
        return True
    return any(c.lemma_.lower() in _LAWSUIT_WORDS for c in head.children) or any(
        p.dep_ == "prep" and any(o.lemma_.lower() in _LAWSUIT_WORDS for o in p.children) for p in head.children)


def not_done(tok: "Token") -> bool:
    """An act a firm was ordered to do, or one a lawsuit asks for: not coded as done."""
    return ordered_of_firm(tok) or sought_at_law(tok)


#: Verbs of nationalising.
NATIONALISING_VERBS = frozenset({"nationalise", "nationalize"})


def nationalised_owner(ev: "Event", tok: "Token") -> "Actor | None":
    """Whose property a state nationalised when the slot names no owner: "Nicaragua nationalised
    three private sugar mills" (mills are no actor), "Peru's government nationalised the
    country's insurance companies" (the possessor is the state itself, a self-event that was
    dropped): the country's business, the nationalising state's own firms."""
    from dateline.model import Actor

    if ev.code != "1711" or tok.lemma_.lower() not in NATIONALISING_VERBS or not ev.source.country:
        return None
    country = ev.source.country
    tgt = ev.target
    if tgt is not None and tgt.code and not (tgt.country == country and tgt.role in (None, "GOV")):
        return None
    return Actor(None, "firms", country + "BUS", country, "BUS")


def raid_on_firm(ev: "Event", tok: "Token") -> str | None:
    """ "Japan's Fair Trade Commission raided the offices of eight construction companies": a
    regulator's raid on a firm is a search for evidence (091, as police_searches codes a police
    raid), not a military attack (190)."""
    if ev.code != "190" or tok.lemma_.lower() != "raid" or ev.target is None or ev.target.role != "BUS":
        return None
    return "091" if ev.source.role in ("GOV", "COP", "JUD") else None
