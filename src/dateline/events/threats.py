"""conflict15: what a threat threatens, read off the threatened act.

"X threatened / warned to <act>" is coded by the dictionary's generic line (130) unless a line
names the act's verb. CAMEO's 13x says what is threatened, and the act itself says it the way
the dictionary codes it when done: "threatened to withdraw aid" is 1311 as "withdrew aid" is 162,
"threatened to declare a state of emergency" 1324 as the declaration is 1724. `threatened_act_code`
codes the infinitive with the verb dictionary and maps the act to its threat
(`codebook.threat_code`), with the few mirrors the codebook table lacks (a labour strike 143 is
threatened dissent 133; martial law and curfews 1723/1724 their threats 1323/1324).

`threat_sides_code` corrects by the sides once actors are known: an administrative sanction
threatened at another state's firms is a sanction threat (1312), as the act itself is 163; a
boycott threatened by opposition, labour or students at home is threatened dissent (133).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dateline.model import Actor

# Mirrors the codebook's threat table lacks, by the threatened act's code (most specific first).
EXTRA_THREATS = {"1723": "1323", "1724": "1324", "1721": "1321", "1722": "1322", "143": "133", "141": "133",
                 "14": "133"}
STRIKING_LEMMAS = frozenset({"strike", "walk_out"})
DISSENT_ROLES = frozenset({"OPP", "LAB", "EDU", "CVL"})


def _infinitive(trigger: "Token") -> "Token | None":
    return next((c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def threatened_strike(trigger: "Token") -> bool:
    """ "threatened to strike / to go on strike": a threatened labour strike, aimed as a strike is
    (`conflict.strike_target`: the employer, or the state when the sentence says so)."""
    from dateline.events.frames import direct_object

    from dateline.events.conflict import _counted, _is_worker, _is_worker_group
    from dateline.events.frames import subjects

    act = _infinitive(trigger)
    if act is None:
        return False
    lemma = act.lemma_.lower()
    if lemma == "go" and any(p.dep_ == "prep" and p.lower_ == "on" and any(g.lemma_.lower() == "strike" for g in p.children)
                             for p in act.children):
        return True
    over = any(c.dep_ == "prt" and c.lower_ == "over" for c in act.children)  # "strike over pay" (the model's particle)
    if lemma != "strike" or (direct_object(act) is not None and not over) or any(c.dep_ in ("prt", "advmod") and c.lower_ == "back"
                                                                  for c in act.children):
        return False
    # a bare "to strike" is labour's only when workers or unions threaten it ("Iran threatened to strike" is force)
    return any(_is_worker(s) or _is_worker_group(s) for s in (_counted(t) for t in subjects(trigger)))


def threatened_act_code(trigger: "Token") -> str | None:
    """The 13x of "threatened to <act>" from the act's own dictionary code; None keeps 130."""
    from dateline.events.codebook import threat_code
    from dateline.events.frames import verb_frame
    from dateline.events.patterns import load_dictionary

    act = _infinitive(trigger)
    if act is None:
        return None
    if threatened_strike(trigger):
        return "133"  # "threatened to strike / go on strike": labour's threat of dissent
    pat = load_dictionary().match(verb_frame(act))
    if pat is None or pat.code[:2] == "13":
        return None
    extra = next((EXTRA_THREATS[pat.code[:n]] for n in (4, 3, 2) if pat.code[:n] in EXTRA_THREATS), None)
    code = extra or threat_code(pat.code)
    return code if code not in (None, "130") else None


def threat_sides_code(code: str, source: "Actor", target: "Actor") -> str:
    """A threatened administrative sanction on a foreign target is a sanction threat (1312); a
    domestic boycott threatened by dissenters is threatened dissent (133)."""
    if code in ("132", "1321", "1322") and target.country and source.country and target.country != source.country:
        return "1312"
    if code == "1312" and source.role in DISSENT_ROLES and target.country == source.country:
        return "133"
    return code


def warned_against_act(code: str, trigger: "Token") -> str | None:
    """codes22: "warned Y against sending warships", "warned Y earlier in the day against
    exacerbating the crisis": a warning to a named party against an act of its own is a threat
    (130), as annotated; "warned the protesters against violence" (a noun) stays the dictionary's
    criticism (111). None: keep the code."""
    if code != "111" or trigger.lemma_.lower() != "warn" or not any(c.dep_ == "dobj" for c in trigger.children):
        return None
    from dateline.events.frames import prep_objects

    acts = prep_objects(trigger).get("against", [])
    return "130" if any(a.tag_ == "VBG" for a in acts) else None



# mood73: retaliation threatened in a trade quarrel. The dictionary codes a bare "would / may
# retaliate (if ...)" or "threatened retaliatory action" as a plain threat (130, or 1384 when
# vowed); the wire's trade stories tell it so ("warned Japan it may retaliate if the chip pact is
# not honoured", "the EC would retaliate if Congress passed the textile bill") and the standard
# codes it as the retaliation it is there: trade sanctions threatened (1312, as "retaliate against
# U.S. exports" already is by its line). Only a plain 130 whose clause has a retaliation word and
# whose sentence or story names trade matters, not within one country; a retaliation for an attack stays.
RETALIATION_WORDS = frozenset({"retaliate", "retaliation", "retaliatory", "reprisal", "reprisals",
                               "countermeasure", "countermeasures"})
# negated75: "would respond / react if Y went ahead with the tax" held out in a trade quarrel is the
# same retaliation (events/held_out_responses.py makes that 130 from the answering verb itself).
ANSWERING_VERBS = frozenset({"respond", "react", "reply"})
TRADE_WORDS = frozenset("trade tariff tariffs import imports export exports textile textiles duty duties quota quotas "
                        "dumping subsidy subsidies levy chip chips semiconductor semiconductors market markets gatt "
                        "protectionism protectionist contract".split())


def trade_retaliation_code(code: str, trigger: "Token", source: "Actor", target: "Actor") -> str:
    """1312 for a plain threat (130) of retaliation told in a trade quarrel, not at home; else `code`."""
    if code != "130" or source.country and source.country == target.country:
        return code
    words = {t.lemma_.lower() for t in trigger.subtree} | {t.lower_ for t in trigger.subtree}
    if not words & RETALIATION_WORDS and trigger.lemma_.lower() not in ANSWERING_VERBS:
        return code
    sentence = {t.lemma_.lower() for t in trigger.sent} | {t.lower_ for t in trigger.sent}
    return "1312" if sentence & TRADE_WORDS or _trade_story(trigger.doc) else code


def _trade_story(doc: "Doc") -> bool:
    """The story is a trade quarrel: its text names trade matters at least TRADE_STORY_MIN times
    ("have threatened retaliatory action" told after the chip pact and the tariffs)."""
    return sum(1 for t in doc if t.lower_ in TRADE_WORDS or t.lemma_.lower() in TRADE_WORDS) >= TRADE_STORY_MIN


TRADE_STORY_MIN = 3
