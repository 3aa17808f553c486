"""The field an unspecified appeal or intent is in, from what it asks or promises (subcode64).

CAMEO has field subcodes for appeals and intents of material cooperation (0211 economic, 0213
judicial; 0311 economic, 0312 military, 0313 judicial, 0314 intelligence), and the standard
codes "the most specific fitting code". The general rules leave an appeal whose asked act the
dictionary does not know ("called on the Western nations to set up a mechanism to end volatile
exchange rates", "urged Bonn to cut interest rates", "asked Rome to extradite the fugitive") at
the plain 020, and an intent to cooperate whose field is said beside the verb rather than on a
"cooperation" noun ("pledged to cooperate on stabilising currencies") or only by who the two
parties are ("the two countries' intelligence services would work together") at the plain 030.

- `appeal_field`: a 020 from one country to another whose asked content (the infinitive or clause
  it asks for, or its "for" phrase) names trade, money or debt -> 0211; extradition or a tribunal
  -> 0213. Words inside named entities ("the Trade Ministry") do not count; an appeal at home is
  policy (020).
- `intent_field`: an intent to cooperate, work together or coordinate (030) between two parties of the same security role (SPY, MIL) is in that
  field (0314, 0312); else one whose complements ("on", "in", "over" phrases; not "against",
  which names the crime fought) name a field -> 0311, 0312, 0313, 0314.

- `bargaining_talks`: talks held, opened or begun that are named for what is bargained over
  ("opened free trade talks with Y", "held wage talks with Y") are negotiations (046), not a plain
  meeting (040); other talks ("talks on the crisis", "peace talks") and talks as the subject of
  what came of them ("US-Japanese trade talks collapsed") stay 040 as the tune gold codes them.

A 020 or 030 whose content names no field keeps the general code.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Actor

#: Money, trade and the economy as the content of an appeal or a promise.
#: Not "economic", "economy", "tax", "budget", "inflation" or "subsidies": an appeal for growth,
#: tax cuts or "economic restraint" at home, or for "economic aid", stays 020 in the tune gold; trade, money and debt
#: between the parties is the cooperation 0211 names.
ECONOMIC = frozenset("currency currencies monetary debt debts loan loans investment investments invest "
                     "trade tariff tariffs wage wages export exports import imports dollar dollars yen".split())
#: Heads of a name-like phrase whose modifiers are no field ("the world trade body", "the debt committee").
NAMING_HEADS = frozenset("body organisation organization ministry minister union council commission committee "
                         "agency bank office department representative negotiator preparer".split())
#: "exchange rates", "interest rates": rates of money, not a rate of anything.
RATE_KINDS = frozenset({"exchange", "interest"})
#: Not "suspect" or "prosecute": "urged the police to find the suspects" is no judicial cooperation.
JUDICIAL = frozenset("extradite extradition tribunal judicial".split())
MILITARY = frozenset("military defence defense army armies naval navy".split())
INTELLIGENCE = frozenset("intelligence espionage".split())

#: Verbs of an appeal whose infinitive or clause is the asked content.
APPEAL_HEADS = frozenset("urge ask call press push appeal encourage exhort lobby demand request plead "
                         "say tell".split())
#: Complement arcs that carry what is asked or promised.
CONTENT_DEPS = frozenset({"xcomp", "ccomp", "advcl", "dobj", "prep"})
#: Prepositions that name an asked or promised content; not "to" (the addressee); an "in" place is a
#: named entity, which `_words` skips.
CONTENT_PREPS = frozenset({"for", "on", "over", "against", "about", "with", "in"})


def _words(nodes: list["Token"]) -> set[str]:
    out: set[str] = set()
    for n in nodes:
        for t in n.subtree:
            if t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON", "FAC", "LOC"):
                continue  # "the Trade Ministry", "the World Trade Organisation": a name, not a field
            if t.dep_ in ("compound", "amod") and t.head.lemma_.lower() in NAMING_HEADS:
                continue  # "the world trade body": a name in all but capitals
            out.add(t.lemma_.lower())
            out.add(t.lower_)
            if t.lemma_.lower() == "rate" and any(c.lower_ in RATE_KINDS for c in t.children):
                out.add("currency")
    return out


def _content(trigger: "Token", preps: frozenset[str]) -> list["Token"]:
    nodes = []
    for c in trigger.children:
        if c.dep_ not in CONTENT_DEPS:
            continue
        if c.dep_ == "prep" and c.lower_ not in preps:
            continue
        if c.dep_ == "dobj" and c.ent_type_:
            continue  # the addressee itself ("urged Japan ...")
        if c.dep_ == "advcl" and not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue  # a time or reason clause, not the asked act
        nodes.append(c)
    return nodes


def field_of(words: set[str]) -> str | None:
    """'econ', 'jud', 'mil' or 'spy' for the field these words name; None when none or several."""
    found = [name for name, lemmas in (("econ", ECONOMIC), ("jud", JUDICIAL), ("mil", MILITARY),
                                       ("spy", INTELLIGENCE)) if words & lemmas]
    return found[0] if len(found) == 1 else None


def appeal_field(code: str, trigger: "Token", src: "Actor", tgt: "Actor") -> str | None:
    """0211 / 0213 for a plain appeal (020) between two countries whose asked content names trade,
    money or extradition. An appeal at home ("the president asked Congress to ...", "called on
    employers to hold down salaries") is policy, not cooperation: 020 as the tune gold codes it."""
    if code != "020" or trigger.lemma_.lower() not in APPEAL_HEADS:
        return None
    if src.country and src.country == tgt.country:
        return None
    field = field_of(_words(_content(trigger, CONTENT_PREPS - {"with"})))
    return {"econ": "0211", "jud": "0213"}.get(field or "")


def home_firms_appeal(code: str, src: "Actor", tgt: "Actor") -> str | None:
    """020 for a trade appeal (0211, trade_wire.asked_trade_act) that a government makes to its own
    country's firms: "MITI urged makers to boost chip imports", "the ministry asked Japanese chip
    makers to reduce output" (code74; the r32 / r36 gold: 020, as appeal_field leaves an appeal at
    home). Cooperation asked between states, or of foreign or creditor banks, stays 0211."""
    if code != "0211" or src.role not in ("GOV", "LEG", None, "") or tgt.role != "BUS":
        return None
    return "020" if src.country and src.country == tgt.country else None


#: Verbs of cooperating whose field the complements or the parties give (coop.GENERIC_COOPERATION).
COOPERATING = frozenset({"cooperate", "collaborate", "work", "coordinate"})
INTENT_CODES = {"econ": "0311", "mil": "0312", "jud": "0313", "spy": "0314"}
ROLE_FIELDS = {"SPY": "0314", "MIL": "0312"}


def intent_field(code: str, trigger: "Token", src: "Actor", tgt: "Actor") -> str | None:
    """0311-0314 for a plain intent to cooperate (030) whose field its complements or both
    parties' shared security role name."""
    if code != "030" or not ({trigger.lemma_.lower()} | {x.lemma_.lower() for x in trigger.children
                                                        if x.dep_ in ("xcomp", "ccomp")}) & COOPERATING:
        return None  # ("agreed to restore their intelligence-sharing pact", "a wage offer": no cooperating)
    if src.role and src.role == tgt.role and src.role in ROLE_FIELDS:
        return ROLE_FIELDS[src.role]  # two intelligence services cooperate as such, whatever against
    preps = CONTENT_PREPS - {"with", "against"}  # ("work together against illegal trade in arms": the crime, no field)
    nodes = _content(trigger, preps)
    nodes += [n for x in trigger.children if x.dep_ in ("xcomp", "ccomp") for n in _content(x, preps)]
    field = field_of(_words(nodes))
    return INTENT_CODES[field] if field else None


#: What talks are named for when they bargain ("trade talks"): negotiation (046).
BARGAINED = frozenset("trade wage wages pay contract debt budget tariff".split())
TALK_NOUNS = frozenset({"talk", "talks", "discussion", "discussions"})


def bargaining_talks(code: str, trigger: "Token") -> str | None:
    """046 for a 040 whose talks noun is named for a bargain ("opened free trade talks with Y")."""
    if code != "040":
        return None
    if trigger.pos_ != "VERB":
        return None  # "US-Japanese trade talks collapsed": the talks as a subject stay 040 (coop11, prec12)
    nouns = [c for c in trigger.children if c.dep_ == "dobj"]
    for n in nouns:
        if n.lemma_.lower() in TALK_NOUNS and any(
                m.dep_ in ("compound", "amod") and m.lemma_.lower() in BARGAINED
                for m in n.children):
            return "046"
    return None
