"""labour58: a strike a union says will come if its demand is not met is a threat (133 / 139).

Wage-talk copy reports the threat of a strike as a condition: '"If we don't have agreements by
Thursday, there will be a strike," he said', "the union said it would hold a strike next month
if the airline did not raise wages". The conditional made the hypothetical filter drop the
strike, and "there will be a strike" has no strike verb at all, so nothing was coded; the tuning
file annotates the first CANLAB 139 CANBUS. A threat is an act of its own (CAMEO 13x), and a
strike threatened is threatened dissent (133); with a deadline in the condition ("by
Thursday", "by midnight") it is an ultimatum (139, WIKINEWS_EVENTS.md: "Ultimatum (deadline)
-> 139").

Read (`conditional_strike`): a labour strike noun (strike, walkout, stoppage; no "air",
"hunger", "military" on it) that "there will / would be", or that its subject "will / would
hold / stage / call / launch / begin / start", with an "if" / "unless" clause on that verb and no
negation. The threateners are the light verb's subject, or for "there will be" the subject of
the reporting verb that governs it, which must name workers or a union ("analysts said there
will be a strike" is a prediction, not a threat). The target is found as for any threatened
strike (`conflict.strike_target`: the employer named, or the state the sentence names).
`ultimatum_code` turns any threatened strike (133) whose condition has a deadline into 139.
`ended_strike`: a strike called off or suspended (082) is aimed where the strike was.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

STRIKE_NOUNS = frozenset({"strike", "walkout", "stoppage"})
NOT_LABOUR = frozenset("air hunger military missile drone nuclear pre-emptive preemptive retaliatory".split())
LIGHT_VERBS = frozenset("hold stage call launch begin start".split())
FUTURE = frozenset({"will", "would", "'ll", "shall"})
#: Words that make the reporter a union's voice.
UNION_WORDS = frozenset({"union", "unions", "federation", "confederation"})
_DEADLINE_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday midnight noon deadline "
                            "weekend tomorrow tonight".split())


def _labour_strike_noun(tok: "Token | None") -> bool:
    return tok is not None and tok.pos_ == "NOUN" and (tok.lemma_.lower() in STRIKE_NOUNS or _union_action(tok)) \
        and not any(c.lower_ in NOT_LABOUR for c in tok.children if c.dep_ in ("amod", "compound")) \
        and not any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not", "never") for c in tok.children)  # "there would be no strike"


def _union_action(tok: "Token") -> bool:
    """negated75: "their action" grown by the union that owns it (`_grown_strike` picks it)."""
    return tok.lemma_.lower() in UNION_ACTIONS and tok.head.lemma_.lower() in GROWING_VERBS and any(
        c.dep_ == "poss" and c.lower_ == "their" for c in tok.children)


def condition(tok: "Token") -> "Token | None":
    """The verb's "if" / "unless" clause, or its threatened infinitive's ("threatened to strike
    unless ...")."""
    verbs = [tok, *(c for c in tok.children if c.dep_ == "xcomp")]
    return next((c for v in verbs for c in v.children if c.dep_ == "advcl"
                 and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)), None)


def _union_voice(tok: "Token") -> bool:
    from dateline.events import conflict
    words = {t.lower_ for t in tok.subtree}
    return bool(words & UNION_WORDS) or conflict._is_worker(conflict._counted(tok)) \
        or conflict._is_worker_group(tok) or (tok.ent_type_ == "ORG" and tok.lower_.endswith("workers"))


def _reporter(tok: "Token") -> "Token | None":
    from dateline.events.frames import REPORTING_VERBS
    clause = tok
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


def conditional_strike(tok: "Token") -> list:
    """The threat of a strike told as a condition, as a conflict.Reading (133, or 139 with a
    deadline), or nothing."""
    from dateline.events import conflict, filters
    from dateline.events.frames import subjects

    lemma = tok.lemma_.lower()
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE for c in tok.children) or condition(tok) is None:
        return []
    if lemma == "be" and any(c.dep_ == "expl" for c in tok.children):
        noun = next((c for c in tok.children if c.dep_ in ("attr", "nsubj")), None)
        who = _reporter(tok)
        sources = [who] if who is not None and _union_voice(who) else []
    elif lemma in LIGHT_VERBS:
        noun = next((c for c in tok.children if c.dep_ == "dobj"), None)
        subs = [conflict._counted(s) for s in subjects(tok)]
        sources = subs if subs and all(s.pos_ == "PRON" or _union_voice(s) for s in subs) else []
    elif lemma in GROWING_VERBS:
        # negated75: "union sources said the strike would spread unless the demands were met", "the
        # unions would extend their action if the state government went ahead with its plan": a
        # strike made to grow on the other side's conduct is threatened as a new one is
        noun, sources = _grown_strike(tok)
    else:
        return []
    if not sources or not _labour_strike_noun(noun) or filters.is_negated(tok):
        return []
    return [conflict.Reading(tok, conflict._STRIKE, ultimatum_code("133", tok), sources, [])]


#: negated75: verbs that make a strike last longer or reach further.
GROWING_VERBS = frozenset({"continue", "spread", "extend", "escalate", "widen", "intensify", "step", "expand"})
#: negated75: a union's own "action" or "campaign" grown is its strike ("extend their action").
UNION_ACTIONS = frozenset({"action", "campaign"})


def _grown_strike(tok: "Token") -> "tuple[Token | None, list[Token]]":
    """(the strike noun, the threateners) for a strike made to grow: "the strike would spread"
    (the strike as subject; the threateners are the union voice that reports it), or "the unions
    would extend / step up their strike / action" (the union as subject)."""
    from dateline.events import conflict
    from dateline.events.frames import subjects

    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ == "conj":  # "the strike would continue ... and would spread unless ..."
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in STRIKE_NOUNS:
        who = _reporter(tok)
        return subj, ([who] if who is not None and _union_voice(who) else [])
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    subs = [conflict._counted(s) for s in subjects(tok)]
    if obj is None or not subs or not all(s.pos_ != "PRON" and _union_voice(s) for s in subs):
        return None, []
    if obj.lemma_.lower() in UNION_ACTIONS and any(c.dep_ == "poss" and c.lower_ == "their" for c in obj.children):
        return _as_strike(obj), subs
    return obj, subs


def _as_strike(obj: "Token") -> "Token | None":
    """A union's own action stands for its strike: the strike test reads the noun's children, so
    the action is taken as it is, with no "air" or "military" on it."""
    return obj if not any(c.lower_ in NOT_LABOUR for c in obj.children) else None


def ultimatum_code(code: str, trigger: "Token") -> str:
    """139 for a threatened strike (133) whose "if" / "unless" clause sets a deadline ("by
    Friday", "by midnight", "by March 1"), else `code`."""
    if code != "133":
        return code
    cond = condition(trigger)
    if cond is None:
        return code
    for p in cond.subtree:
        if p.dep_ in ("prep", "agent") and p.lower_ == "by":  # ("was reached by midnight": an agent)
            if any(g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.lower_ in _DEADLINE_WORDS)
                   for g in p.children):
                return "139"
    return code


#: Verbs that end or put off a strike (dictionary 082: "called off / suspended the strike").
ENDING_VERBS = frozenset({"call", "suspend", "cancel", "postpone", "end", "halt", "abandon", "scrap"})


def ended_strike(code: str, trigger: "Token") -> bool:
    """labour58: "the rail workers called off / suspended their strike" (082): eased dissent is
    aimed where the strike was (`conflict.strike_target`: the employer or the state), which the
    sentence rarely names; with no target the event was dropped."""
    if code != "082" or trigger.lemma_.lower() not in ENDING_VERBS:
        return False
    obj = next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return _labour_strike_noun(obj)
