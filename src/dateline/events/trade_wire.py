"""Trade, money and economic diplomacy as wire copy states it (econ31, docs/evaluation/events-econ31.md).

Business and economics wire copy (Reuters, 1986-1998) words economic acts in a few ways the
general rules did not read:

- amounts stand before the thing they measure: "rescheduled 9 billion dlrs of Poland's debt",
  "sold 500,000 tonnes of oil to Japan", "announced 2 billion dlrs in trade sanctions". The
  measured noun ("debt", "oil", "sanctions") is what the dictionary's object lemmas name
  (`measured_noun`, read by `general.counted_noun`);
- aid cut off, suspended or frozen is the kind of aid its words say (`aid_kind`): economic or
  financial aid, loans and credits 1621, military aid 1622, food or humanitarian aid 1623;
- a loan refused release is economic aid refused (1221, `withheld_loan`), not property kept, and
  one asked to be released is economic aid asked for (0231), not property to be returned (0253);
- trade curbs on a thing whose "of" phrase names the goods' country ("lifted its ban on imports
  of Brazilian computers") are aimed at that country (`goods_country`);
- an appeal to open markets, buy goods, cut a trade surplus, lower trade barriers or raise or
  curb output or exports ("urged OPEC members to raise output") asks for
  economic cooperation (0211, `asked_trade_act`), not for a meeting (026: "urged Japan to open
  its rice market" is no "open talks", "raise output" no "raised the issue with");
- a warning or threat to retaliate in a trade dispute (against curbs, tariffs, sanctions, or
  "if Y imposed sanctions") threatens sanctions (1312, `retaliation_threat`), and the party whose
  measure would be answered is its target (`retaliation_target`);
- a warning that the speaker would cut aid, loans, purchases or ties ("the IMF warned Indonesia it
  could withhold loans", "China warned it would cut purchases of U.S. grain") threatens that cut
  (1311, 1312, 1313, 134: `warned_cut`), not a plain warning (130);
- a reported clause saying a party's measure violates or breaches the rules ("Japan said the U.S.
  sanctions were unjustified and violated GATT rules") accuses its owner (112), not only
  criticises it (111: `said_breach`; WIKINEWS_EVENTS.md: "said Y is violating the treaty" is an
  accusation); a verdict noun ("was a violation of international rules") stays criticism;
- "striking" before workers is their labour strike, never a blow by the clause's subject:
  "offered concessions to striking rail workers" is no attack (`striking_people`).

Pure functions on spaCy tokens; coder.py hooks them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Units of money and goods that wire copy puts before what they measure ("dlrs of debt").
MEASURE_HEADS = frozenset("dlr dlrs dollar dollars yen mark marks franc francs ecu ecus pound sterling "
                          "rouble roubles ruble rubles peso pesos lira lire rupee rupees "
                          "tonne tonnes ton tons barrel barrels bushel bushels bale bales "
                          "worth billion billions million millions mln bln "
                          # partitives: "awarded U.S. firms most of the contracts"
                          "most half bulk majority".split())
#: Money units whose "in" phrase names what the money is ("2 billion dlrs in sanctions").
MONEY_HEADS = frozenset("dlr dlrs dollar dollars yen mark marks franc francs ecu ecus pound sterling "
                        "rouble roubles ruble rubles peso pesos lira lire rupee rupees worth billion million mln bln".split())


#: What an amount "in" names as the act itself ("dlrs in sanctions", "dlrs in aid"); not a debt
#: or an investment the amount only sizes ("talks to reschedule 21 billion dlrs in foreign debt").
PAID_MEASURES = frozenset("sanction tariff duty levy aid loan credit grant assistance penalty fine "
                          "retaliation subsidy".split())


def _pobj(prep: "Token") -> "Token | None":
    return next((g for g in prep.children if g.dep_ == "pobj"), None)


def measured_noun(tok: "Token | None") -> "Token | None":
    """The thing a unit measures: "9 billion dlrs of Poland's debt" -> debt, "500,000 tonnes of
    oil" -> oil, "2 billion dlrs in trade sanctions" -> sanctions (money only, and only an act
    or aid noun: not "dlrs in debt", "dlrs in Iraq", "dlrs in March"); else None."""
    if tok is None:
        return None
    word = tok.lower_
    if word not in MEASURE_HEADS and tok.lemma_.lower() not in MEASURE_HEADS:
        return None
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        if c.lower_ == "of" and (g := _pobj(c)) is not None:
            return measured_noun(g) or g  # "300 mln dlrs worth of goods": worth of goods
        if c.lower_ == "in" and (word in MONEY_HEADS or tok.lemma_.lower() in MONEY_HEADS) \
                and (g := _pobj(c)) is not None and g.lemma_.lower() in PAID_MEASURES:
            return g
    return None


# ---------------------------------------------------------------- kinds of aid reduced

MILITARY_AID_WORDS = frozenset("military arms weapon weapons defence defense security".split())
HUMANITARIAN_AID_WORDS = frozenset("food humanitarian relief emergency medical grain".split())
ECONOMIC_AID_WORDS = frozenset("economic financial development budget loan loans credit credits lending "
                               "balance-of-payments investment".split())


def _aid_words(tok: "Token") -> set[str]:
    out: set[str] = set()
    for o in tok.children:
        if o.dep_ in ("dobj", "nsubjpass"):
            out.update((o.lower_, o.lemma_.lower()))
            out.update(c.lower_ for c in o.children if c.dep_ in ("amod", "compound", "nmod"))
    return out


def aid_kind(code: str, trigger: "Token") -> str | None:
    """The 162x of aid reduced, from its words: "cut off economic aid to Pakistan" 1621,
    "suspended military aid" 1622, "halted food aid" 1623; None when it says no kind."""
    if code != "162":
        return None
    words = _aid_words(trigger)
    if words & MILITARY_AID_WORDS:
        return "1622"
    if words & HUMANITARIAN_AID_WORDS:
        return "1623"
    if words & ECONOMIC_AID_WORDS:
        return "1621"
    return None


LOAN_WORDS = frozenset("loan loans credit credits tranche tranches aid funds fund money disbursement".split())


#: What a loan comes in ("the loan package", "an aid payment", "the next tranche of its loan");
#: "aid workers" are people.
LOAN_PARTS = frozenset({"package", "payment", "installment", "instalment", "tranche"})


#: Release codes and their economic-aid reading when what is released is a loan.
LOAN_RELEASE = {"1243": "1221", "0253": "0231", "1053": "1031"}


def withheld_loan(code: str, trigger: "Token") -> str | None:
    """1221 for a loan refused: "the IMF refused to release a 4.3 billion dlr loan to Russia"
    rejects economic aid; it frees no prisoner or property (1243). So too a loan's release
    asked or demanded: "urged the IMF to release the next tranche of its loan" 0231 (not 0253)."""
    if code not in LOAN_RELEASE:
        return None
    for act in (c for c in trigger.children if c.dep_ == "xcomp"):
        obj = next((c for c in act.children if c.dep_ == "dobj"), None)
        if obj is not None and (obj.lower_ in LOAN_WORDS or obj.lemma_.lower() in LOAN_WORDS
                                or obj.lemma_.lower() in LOAN_PARTS
                                and any(c.lower_ in LOAN_WORDS for c in obj.children if c.dep_ == "compound")):
            return LOAN_RELEASE[code]
    return None


# ---------------------------------------------------------------- appeals for trade

#: Verbs of an appeal that asks another party to act ("urged / pressed / called on Y to ...").
APPEAL_VERBS = frozenset("urge ask call press push appeal encourage exhort lobby".split())
#: Acts of trade: opening, buying, cutting a surplus or barriers.
TRADE_ACT_VERBS = frozenset("open buy import purchase cut reduce lower narrow ease remove dismantle scrap "
                            "liberalise liberalize deregulate increase boost expand stimulate raise curb "
                            "restrain limit".split())
#: What those acts are done to in a trade appeal.
TRADE_OBJECTS = frozenset("market markets economy surplus surpluses barrier barriers tariff tariffs duty duties "
                          "quota quotas subsidy subsidies import imports car cars part parts product products "
                          "good goods rice beef chip chips semiconductor semiconductors demand "
                          "restriction restrictions curb curbs output production export exports".split())


def _asked_act(trigger: "Token") -> "Token | None":
    """The infinitive an appeal asks for, on the verb or on its object ("urged Japan to open")."""
    for c in trigger.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB":
            return c
        if c.dep_ == "advcl" and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return c  # "pressed Japan on Thursday to buy ...": the parser makes the ask a purpose clause
        if c.dep_ in ("dobj", "prep"):
            for g in (c, *(x for x in c.children if x.dep_ == "pobj")):
                for x in g.children:
                    if x.dep_ in ("xcomp", "acl", "relcl") and x.pos_ == "VERB" \
                            and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children):
                        return x
    return None


def asked_trade_act(code: str, trigger: "Token") -> str | None:
    """0211 for an appeal whose asked act is trade: "urged Japan to open its rice market",
    "pressed Japan to buy more American cars", "called on Japan to cut its trade surplus"."""
    if code not in ("020", "026") or trigger.lemma_.lower() not in APPEAL_VERBS:
        return None
    act = _asked_act(trigger)
    if act is None or act.lemma_.lower() not in TRADE_ACT_VERBS:
        return None
    obj = next((c for c in act.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    words = {obj.lower_, obj.lemma_.lower(), *(c.lower_ for c in obj.children if c.dep_ in ("compound", "amod"))}
    if obj.lemma_.lower() in ("talk", "dialogue", "negotiation", "discussion"):
        return None
    return "0211" if words & TRADE_OBJECTS else None


# ---------------------------------------------------------------- retaliation threatened

RETALIATE_VERBS = frozenset({"retaliate", "hit"})
THREAT_VERBS = frozenset({"threaten", "warn", "vow", "say"})
TRADE_MEASURES = frozenset("tariff tariffs duty duties quota quotas curb curbs sanction sanctions embargo "
                           "subsidy subsidies restriction restrictions ban barrier barriers dumping import "
                           "imports export exports levy levies".split())
SANCTION_VERBS = frozenset({"impose", "slap", "raise", "levy", "restrict", "curb", "ban", "block", "limit"})


def _retaliation(trigger: "Token") -> "Token | None":
    return next((c for c in trigger.subtree if c.lemma_.lower() == "retaliate" and c.pos_ == "VERB"), None)


def _trade_words(tok: "Token") -> bool:
    return any(t.lower_ in TRADE_MEASURES or t.lemma_.lower() in TRADE_MEASURES for t in tok.subtree)


def _condition(verb: "Token") -> "Token | None":
    """The "if" clause on a verb or on its head ("threatened to retaliate if Y imposed ...")."""
    for v in (verb, verb.head):
        for c in v.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                return c
    return None


def retaliation_threat(code: str, trigger: "Token") -> str | None:
    """1312 for a threat or warning to retaliate in a trade dispute: "warned the United States it
    would retaliate against curbs on European steel", "threatened to retaliate if Washington
    imposed sanctions"; None when the retaliation names no trade measure."""
    if code[:2] != "13" or code == "1312" or trigger.lemma_.lower() not in THREAT_VERBS:
        return None
    act = _retaliation(trigger)
    if act is None:
        return None
    cond = _condition(act)
    if _trade_words(act) or (cond is not None and _trade_words(cond)):
        return "1312"
    return None


def retaliation_target(trigger: "Token") -> "Token | None":
    """The party whose measure a threatened retaliation would answer: the subject of its "if"
    clause ("if Washington imposed sanctions" -> Washington); None when there is none."""
    act = _retaliation(trigger)
    if act is None:
        return None
    cond = _condition(act)
    if cond is None:
        return None
    return next((c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN")), None)


# ---------------------------------------------------------------- rules broken, strikers

#: Verbs of breaking a rule. Only the verb accuses: a verdict noun ("was a violation of
#: international law") labels the act as "called it X" does, criticism (111; the stmt14 variety set).
BREACH_WORDS = frozenset("violate breach infringe contravene flout".split())


def said_breach(speech: "Token") -> bool:
    """True when the speech verb's reported clause says something violates or breaches, with a
    verb (the copular verdict read off it is then an accusation, 112)."""
    for c in speech.children:
        if c.dep_ == "ccomp" and any(t.lemma_.lower() in BREACH_WORDS and t.pos_ == "VERB"
                                     for t in c.subtree if not _negated_breach(t)):
            return True
    return False


def _negated_breach(tok: "Token") -> bool:
    """A breach verb under a negation ("did not violate") says no breach."""
    return any(c.dep_ == "neg" for c in tok.children)


#: People who strike work: "striking workers / miners / teachers".
STRIKER_NOUNS = frozenset("worker workers miner miners employee employees teacher teachers nurse nurses "
                          "docker dockers driver drivers pilot pilots staff doctor doctors student students "
                          "union unions railwayman railwaymen farmer farmers trucker truckers "
                          "steelworker steelworkers dockworker dockworkers crew crews".split())


def striking_people(trigger: "Token") -> bool:
    """True for "striking" as the participle of people on strike ("striking rail workers",
    "workers striking for higher pay"), which is no use of force."""
    if trigger.lemma_.lower() != "strike" or trigger.tag_ != "VBG":
        return False
    people = [c for c in trigger.children if c.dep_ in ("dobj", "nsubj")]
    if trigger.dep_ in ("amod", "acl"):
        people.append(trigger.head)
    return any(p.lower_ in STRIKER_NOUNS or p.lemma_.lower() in STRIKER_NOUNS for p in people)


# ---------------------------------------------------------------- the goods' country

#: Trade flows whose "of" phrase names the goods ("imports of Brazilian computers").
TRADE_FLOWS = frozenset("import imports export exports shipment shipments sale sales purchase purchases "
                        "delivery deliveries".split())
#: Codes of trade measures and their easing or threat.
TRADE_CODES = frozenset({"163", "085", "1312", "0254", "1054"})


def goods_country(code: str, cands: list[list["Token"]]) -> "Token | None":
    """The nationality word of goods a trade measure is on, when the slot holds only the trade
    flow: "lifted its ban on imports of Brazilian computers" -> Brazilian; None otherwise."""
    if code not in TRADE_CODES:
        return None
    for toks in cands:
        for t in toks:
            if t.lemma_.lower() not in TRADE_FLOWS and t.lower_ not in TRADE_FLOWS:
                continue
            for p in t.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for g in p.children:
                        if g.dep_ != "pobj":
                            continue
                        for m in g.children:
                            if m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE"):
                                return m
    return None


# ---------------------------------------------------------------- cuts warned of

#: Reductions whose threat CAMEO codes: aid cut 1311, embargo 1312, ties cut 1313, talks halted 134.
WARNED_CUTS = {"162": "1311", "1621": "1311", "1622": "1311", "1623": "1311", "163": "1312",
               "160": "1313", "161": "1313", "164": "134"}
FUTURE_AUX = frozenset({"would", "will", "could", "might", "may", "'ll"})


def warned_cut(code: str, trigger: "Token") -> str | None:
    """The 13x of a warning whose clause says the speaker's side would cut aid, trade or ties:
    "warned Indonesia it could withhold loans" 1311; None when the clause's act is another."""
    if code != "130" or trigger.lemma_.lower() not in ("warn", "threaten", "say"):
        return None
    from dateline.events.frames import verb_frame
    from dateline.events.patterns import load_dictionary

    for clause in (c for c in trigger.children if c.dep_ == "ccomp" and c.pos_ == "VERB"):
        if not any(a.dep_ == "aux" and a.lower_ in FUTURE_AUX for a in clause.children):
            continue
        pat = load_dictionary().match(verb_frame(clause))
        if pat is not None and pat.code in WARNED_CUTS:
            return WARNED_CUTS[pat.code]
    return None
