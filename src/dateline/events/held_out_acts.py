"""What a party holds over another on a condition, told in the passive or as a refusal (modal70).

- "British Airways said the strikers would be sacked if they did not return to work", "the
  government said the dockers could be dismissed unless they ended the strike": the speaker holds
  a hostile act over the party it names, in the passive with no agent; the speaker is the doer, so
  it is a threat (13x) from the speaker to the passive subject, as the active "said it would sack
  the strikers if ..." is (`general.conditional_threat`, which needs the act's own subject).
- "the union said the dockers would not return to work unless the company met their demands",
  "would not go back to work until GM restored the jobs": a refusal to yield (124) toward the party
  whose conduct the condition names. A strike refused with no condition has no target told.

Only in the "that"-clause of a verb of saying whose speaker is no forecaster (predictions), with an
"if / unless / until" clause on the act that names a party.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events.conditional_offers import CONDITION_MARKS, EMPTY_SUBJECTS as EMPTY, condition_clause as _condition
from dateline.events.patterns import parse_pattern

if TYPE_CHECKING:
    from spacy.tokens import Token

AUXES = frozenset({"will", "would", "'ll", "shall", "wo", "may", "might", "could"})
SAYING = frozenset({"say", "warn", "tell", "announce", "state", "declare", "add", "insist", "threaten"})
REFUSAL_MARKS = frozenset({"if", "unless", "until"})
_REFUSED = parse_pattern("124", "return to:work", "verb", 0)


def _said_by(act: "Token") -> "list[Token] | None":
    """The speakers of the clause `act` heads, or None when it is no reported announcement."""
    from dateline.events.predictions import forecast_said
    head = act.head
    if act.dep_ != "ccomp" or head.lemma_.lower() not in SAYING or forecast_said(act) \
            or any(c.dep_ == "neg" for c in head.children):
        return None
    speakers = [c for c in head.children if c.dep_ == "nsubj" and c.lower_ not in EMPTY]
    return speakers or None


def passive_threat(aux: "Token") -> list:
    """ "said the strikers would be sacked if they ...": see the module docstring."""
    act = aux.head
    if aux.dep_ != "aux" or aux.lower_ not in AUXES or act.pos_ != "VERB" \
            or not any(c.dep_ == "auxpass" for c in act.children) \
            or any(c.dep_ in ("neg", "agent") for c in act.children):
        return []
    patients = [c for c in act.children if c.dep_ == "nsubjpass" and c.lower_ not in EMPTY]
    if not patients or _condition(act, CONDITION_MARKS) is None or (speakers := _said_by(act)) is None:
        return []
    from dateline.events.codebook import info, threat_code
    from dateline.events.frames import verb_frame
    from dateline.events.general import Reading
    from dateline.events.patterns import load_dictionary
    pat = load_dictionary().match(verb_frame(act))
    if pat is None or info(pat.code).quad_class < 3 or pat.code[:2] == "13":
        return []
    code = threat_code(pat.code)
    return [Reading(act, pat, code, speakers, patients)] if code else []


WORK_NOUNS = frozenset({"work", "job", "desk", "post", "shift"})
STRIKE_NOUNS = frozenset({"strike", "stoppage", "walkout", "boycott", "protest", "sit-in", "blockade"})


def _back_to_work(act: "Token") -> bool:
    """ "return to work / to their jobs", "go back to work", "end / call off the strike"."""
    lemma = act.lemma_.lower()
    if lemma in ("end", "call_off", "stop", "halt", "lift"):
        return any(c.dep_ == "dobj" and c.lemma_.lower() in STRIKE_NOUNS for c in act.children)
    if lemma not in ("return", "go"):
        return False
    backs = [c for c in act.children if c.dep_ in ("prt", "advmod") and c.lower_ == "back"]
    if lemma == "go" and not backs:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lemma_.lower() in WORK_NOUNS
                                                               for g in c.children)
               for h in (act, *backs) for c in h.children)


def refused_return(aux: "Token") -> list:
    """ "said the dockers would not return to work unless the company met their demands": 124."""
    act = aux.head
    if aux.dep_ != "aux" or aux.lower_ not in AUXES or not _back_to_work(act) \
            or not any(c.dep_ == "neg" for c in act.children):
        return []
    cond = _condition(act, REFUSAL_MARKS)
    if cond is None or _said_by(act) is None:
        return []
    from dateline.events.statements import condition_party
    from dateline.events.general import Reading
    doers = [c for c in act.children if c.dep_ == "nsubj" and c.lower_ not in EMPTY]
    party = condition_party(cond)
    return [Reading(act, _REFUSED, "124", doers, party)] if doers and party else []
