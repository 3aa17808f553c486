"""conflict15: what a rejected request asked for, and refusals that answer a request.

CAMEO splits "reject" (12) by what was asked: aid (122x), a policy change (1232), a release
(1243), a pull-back (1246), talks (125). The verb dictionary names a few asked acts by their
verbs ("reject +call ^xcomp:resign"); news phrases the rest in as many ways as it phrases the
act itself ("rejected opposition demands to take action", "refused Washington's request to
halt the offensive", "turned down calls for the release of the prisoners"). `rejected_request_code`
reads the asked act with the verb dictionary, as `appeals.asked_act_code` does for an appeal,
and mirrors the act's code into its refusal (the table below follows CAMEO's 08x -> 12x pairs).

`answered_request` finds the one who asked when a refusal names nothing ("The government asked
Y to delay the vote, but Y refused."): the asker of the request in the same sentence.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from dateline.events.patterns import Frame, Pattern

REJECTING_LEMMAS = frozenset({"reject", "dismiss", "rebuff", "spurn", "refuse", "decline", "turn_down", "ignore"})
REQUEST_NOUNS = frozenset({"call", "calls", "demand", "demands", "request", "requests", "appeal", "appeals",
                           "plea", "pleas", "petition", "ultimatum",
                           # code71: "rejected World Bank recommendations for sweeping reforms"
                           "recommendation", "recommendations", "suggestion", "suggestions"})
# The refusal of an asked act, by the act's own code (CAMEO 08x yield -> 12x refuse to yield).
REFUSAL_FOR_ACT = {
    "04": "125", "057": "127", "061": "1211", "062": "1212", "06": "121",
    "071": "1221", "072": "1222", "073": "1223", "074": "1224", "07": "122",
    "081": "1241", "082": "1242", "0831": "1231", "0832": "1232", "0833": "1233", "0834": "1234",
    "083": "123", "084": "1243", "085": "1244", "086": "1245", "087": "1246",
}
# Asked things named by a noun ("demands for the release of ...").
REFUSAL_FOR_NOUN = {
    **dict.fromkeys("release freeing return".split(), "1243"),
    **dict.fromkeys("withdrawal pullout pull-out retreat ceasefire truce de-escalation".split(), "1246"),
    **dict.fromkeys("policy cut cuts increase reduction measure measures action".split(), "1232"),
    # code71: the economic policy changes lenders and creditors ask of a state ("rejected a demand
    # by the IMF for a currency devaluation", "calls for the privatisation of state firms")
    **dict.fromkeys("devaluation revaluation liberalization liberalisation deregulation privatization privatisation "
                    "overhaul overhauls austerity tightening restructuring".split(), "1232"),
}
# code71: "demands for the removal (introduction) of <a measure>": the act on a measure is a
# policy change (1232); on a leader or a government ("the removal of the president") it is not
# read here.
# (Sanctions, embargoes and boycotts are left to the dictionary's easing lines: 1244, not 1232.)
MEASURE_ACTS = frozenset("removal abolition abolishment elimination scrapping introduction adoption "
                         "implementation".split())
_NOT_MEASURES = frozenset("president premier leader minister government regime chief head governor king "
                          "general commander official officials troops forces sanction sanctions embargo "
                          "boycott".split())
# A reform asked for is a policy change (1232) unless it is one of the political order (123).
POLITICAL_REFORM = frozenset({"political", "democratic", "constitutional", "electoral"})


def _asked(request: "Token") -> tuple["Token | None", "Token | None"]:
    """(asked verb, asked noun) of a request noun: "demands to release" -> release,
    "calls for the release of" -> release (noun)."""
    for c in request.children:
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return c, None
    for p in request.children:
        if p.dep_ == "prep" and p.lower_ == "for":
            for g in p.children:
                if g.dep_ == "pobj":
                    return None, g
    for p in request.children:  # code71: "a demand by the IMF for a devaluation": "for" hung on the asker
        if p.dep_ == "prep" and p.lower_ in ("by", "from", "of"):
            for g in p.children:
                if g.dep_ == "pobj":
                    for q in g.children:
                        if q.dep_ == "prep" and q.lower_ == "for":
                            return None, next((o for o in q.children if o.dep_ == "pobj"), None)
    return None, None


def _measure_act(noun: "Token") -> bool:
    """code71: "the removal of food subsidies", "early introduction of a tax reform": an act on a
    measure (not on a leader, a government or troops)."""
    if noun.lemma_.lower() not in MEASURE_ACTS:
        return False
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            objs = [g for g in p.children if g.dep_ == "pobj"]
            return bool(objs) and all(o.pos_ == "NOUN" and o.ent_type_ == "" and o.lemma_.lower() not in _NOT_MEASURES
                                      for o in objs)
    return False


def _act_code(act: "Token") -> str | None:
    from dateline.events.appeals import _armed_act_stopped
    from dateline.events.frames import verb_frame
    from dateline.events.patterns import load_dictionary

    if _armed_act_stopped(act):
        return "1246"  # "refused calls to halt the offensive": no de-escalation
    pat = load_dictionary().match(verb_frame(act))
    if pat is None:
        return None
    return next((REFUSAL_FOR_ACT[pat.code[:n]] for n in (4, 3, 2) if pat.code[:n] in REFUSAL_FOR_ACT), None)


def rejected_request_code(code: str, trigger: "Token") -> str | None:
    """The 12x subcode of "rejected / refused Y's call (demand, request) to <act> / for <thing>";
    None keeps the code. A plain rejection (120) only: a dictionary line that named the asked act
    already chose."""
    from dateline.events.frames import direct_object

    if code != "120" or trigger.lemma_.lower() not in REJECTING_LEMMAS:
        return None
    obj = direct_object(trigger)
    if obj is None or obj.lower_ not in REQUEST_NOUNS and obj.lemma_.lower() not in REQUEST_NOUNS:
        return None
    verb, noun = _asked(obj)
    if verb is not None:
        # an asked act the dictionary does not know ("to take action", "to cut taxes") is a policy
        return _act_code(verb) or "1232"
    if noun is None:
        return None
    word = noun.lemma_.lower()
    if _measure_act(noun):
        return "1232"
    if word == "reform" or word == "reforms":
        return "123" if any(c.lower_ in POLITICAL_REFORM for c in noun.children) else "1232"
    return REFUSAL_FOR_NOUN.get(word) or REFUSAL_FOR_NOUN.get(noun.lower_) or _asked_thing_code(noun)


# codes42: CAMEO's appeal subcodes and its rejection subcodes name the same asked things
# (0232 "appeal for military aid" / 1222 "reject request for military aid").
REFUSAL_FOR_APPEAL = {
    "0211": "1211", "0212": "1212", "021": "121",
    "0231": "1221", "0232": "1222", "0233": "1223", "0234": "1224", "023": "122",
    "0241": "1231", "0242": "1232", "0243": "1233", "0244": "1234", "024": "123",
    "0251": "1241", "0252": "1242", "0253": "1243", "0254": "1244", "0255": "1245", "0256": "1246",
    "026": "125", "027": "127", "028": "126",
}


def _asked_thing_code(noun: "Token") -> str | None:
    """codes42: "rejected Bosnian requests for weapons" (1222), "demands for her resignation"
    (1231): the thing asked for, read as the dictionary reads "called for <thing>" (an appeal
    subcode), mirrored into the rejection family. None for a plain 020 or an unknown thing."""
    from dateline.events.frames import noun_lemmas
    from dateline.events.patterns import Frame, load_dictionary

    pat = load_dictionary().match(Frame("call", preps={"for": noun_lemmas(noun)}))
    return REFUSAL_FOR_APPEAL.get(pat.code) if pat is not None else None


def refused_act_code(code: str, trigger: "Token") -> str | None:
    """The 12x subcode of a refused act: "refused to send tanks to X" (1222), "ruled out holding
    talks with X" (125), mirrored from the act's own code as for a rejected request; None keeps
    120 (an act the dictionary does not know, or one with no refusal code)."""
    from dateline.events.frames import complement_verbs, direct_object

    if code != "120" or not (trigger.lemma_.lower() == "refuse" or trigger.lemma_.lower() == "rule" and any(
            c.dep_ == "prt" and c.lower_ == "out" for c in trigger.children)):
        return None
    acts = complement_verbs(trigger, direct_object(trigger)).get("xcomp", [])
    refusal = _act_code(acts[0]) if len(acts) == 1 and acts[0].pos_ == "VERB" else None
    # (a refused 06x is left 120: "refused to provide the records" shares no intelligence)
    return refusal if refusal is not None and refusal[:3] in REFUSED_ACT_SUBCODES else None


def refused_act_party(act: "Token", match: "Callable[[Frame], Pattern | None]") -> list[list["Token"]]:
    """euro33: the party of a refused act, read off the act's own dictionary line, for a refusal
    whose own slots name no one: "the EU refused to lift the ban on British beef" (the ban's
    party, Britain), "Germany refused to lift its ban on imports from Britain". The small model
    hangs "on British beef" on the ban, not on "lift", so the refusal's "^xcomp:*" line found no
    party and nothing was coded. The act's candidates come after the refusal's own ones (tried
    only when those name no actor); a trade measure's goods give their country as for the act
    itself (trade_wire.goods_country)."""
    from dateline.events.frames import target_candidates, verb_frame
    from dateline.events.trade_wire import goods_country

    if act.pos_ != "VERB":
        return []
    pat = match(verb_frame(act))
    if pat is None:
        return []
    cands = [[_goods_origin(t) or t for t in toks] for toks in target_candidates(act, pat)]
    if (goods := goods_country(pat.code, cands)) is not None:
        cands = [*cands, [goods]]
    return cands


def _goods_origin(tok: "Token") -> "Token | None":
    """ "British beef", "Japanese cars": the nationality word of goods (a refusal's own slot keeps
    goods as no party, coder.GOODS_NOT_PARTY_ROOTS; the ban on them is on their country)."""
    from dateline.events.actors import GOODS_WORDS

    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in GOODS_WORDS:
        return None
    return next((m for m in tok.children if m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE")), None)


# Refusal subcodes a refused act may take: talks (125), aid (122x), yielding (124x), a deal (127).
REFUSED_ACT_SUBCODES = frozenset({"125", "122", "124", "127"})


# Verbs that put a request to someone: "asked / urged / called on Y to ...".
ASKING_LEMMAS = frozenset({"ask", "urge", "request", "press", "call", "invite", "tell", "order", "demand"})


def bare_refusal(trigger: "Token") -> bool:
    """ "but he declined", "Y refused": a refusal verb with no object and no infinitive."""
    if trigger.lemma_.lower() not in ("refuse", "decline") or trigger.pos_ != "VERB":
        return False
    return not any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep", "attr") for c in trigger.children)


def answered_request(trigger: "Token") -> "tuple[Token, Token] | None":
    """(asker, addressee) of the request a bare refusal in the same sentence answers: "X asked Y
    to delay the ruling, but Y (he) refused" -> the refusal is Y's (the addressee), toward X. The
    request must come first and name its addressee as an object; the refuser must be that
    addressee or a pronoun for it."""
    if not bare_refusal(trigger):
        return None
    subj = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    for tok in trigger.sent:
        if tok.i >= trigger.i:
            break
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in ASKING_LEMMAS:
            continue
        asker = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        addressee = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if asker is None or addressee is None or addressee.pos_ not in ("PROPN", "NOUN"):
            continue
        if subj.pos_ == "PRON" and subj.lower_ not in ("i", "we", "you") or subj.lemma_ == addressee.lemma_:
            return asker, addressee
    return None
