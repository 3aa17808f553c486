"""predict53: forecasts that the coder read as acts (WIKINEWS_EVENTS.md: predictions and
hypotheticals are not coded).

Two shapes, both asked by `filters._is_hypothetical` on the way from a trigger to its clause:

- a hedged act: "Syria will probably meet Israel next month", "the army will likely attack",
  "Iraq possibly moved the missiles": an adverb of likelihood makes the act a guess, not a
  report (the modal verbs "may/could/might" are already `filters.HYPOTHETICAL_MODALS`);
- a conditional forecast that no one states: "If Russian troops attack the city, the rebels
  will retaliate", "Unless Serbia withdraws, the EU will impose sanctions". A conditional
  hostile act is a threat (13x) only when a party announces it (`general.conditional_threat`,
  "X said it would strike unless ..."; "..., officials said" keeps it); told by the narrator
  with no speaker it is a forecast.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Adverbs of likelihood that make an act a guess ("will probably meet", "will likely attack").
HEDGE_ADVERBS = frozenset({"probably", "possibly", "perhaps", "maybe", "likely", "presumably"})
_FUTURE = frozenset({"will", "would", "'ll", "shall", "wo"})
_CONDITION_MODALS = frozenset({"may", "might", "could"})  # modal68 (statements.CONDITION_MODALS)
_CONDITION_MARKS = frozenset({"if", "unless"})
#: Verbs that make a speaker of the sentence ("..., officials said"): the condition is theirs.
_SPEAKING = frozenset("say tell add state announce warn threaten insist declare report".split())


def hedged(node: "Token") -> bool:
    """An adverb of likelihood on the verb: "will probably meet" (not "most likely" on a noun)."""
    return node.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "advmod" and c.lower_ in HEDGE_ADVERBS for c in node.children)


#: talks59: speakers whose "X would <act>" is their forecast of another party, not that party's
#: announced intent ("Analysts said Japan would seek talks": no 036).
FORECASTERS = frozenset("analyst economist expert observer commentator forecaster pundit strategist "
                        "pollster".split())


#: spurious68: verbs of belief: a future they govern is the believer's guess, not an announced
#: act ("Baker said he believes Brazil will strike an agreement with its banks": no 030).
BELIEF_VERBS = frozenset("believe think expect predict forecast anticipate reckon guess suspect assume "
                         "feel hope fear doubt".split())


def forecast(clause: "Token", speech: "Token") -> bool:
    """talks59: a reported future ("said Y would <act>") that is a guess: hedged ("would probably
    take part") or said by a forecaster ("analysts said"). `coop.reported_future` then does not
    make it an announced intent, and the mood filters drop it as a hypothetical. spurious68: or
    governed by a verb of belief ("believes Y will ...")."""
    if hedged(clause):
        return True
    if speech.lemma_.lower() in BELIEF_VERBS:
        return True
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in FORECASTERS and c.ent_type_ == ""
               for c in speech.children)


#: modal61: auxiliaries before "have" that make a perfect counterfactual ("would have met Y").
_COUNTERFACTUAL = frozenset({"would", "'d", "could", "might", "should", "must", "may"})


def counterfactual(node: "Token") -> bool:
    """modal61: "would have met Y", "would have asked Y to withdraw": a modal before the perfect
    "have" tells what did not happen (or is guessed to have happened), no act and no intent.
    (`coop.reported_future` read "X said it would have met Y" as X's announced intent, 036.)"""
    aux = [c.lower_ for c in node.children if c.dep_ == "aux"]
    return "have" in aux and any(a in _COUNTERFACTUAL for a in aux)


def forecast_said(act: "Token") -> bool:
    """modal61: the act's clause is the "that"-clause of a speech verb whose speaker is a
    forecaster, or the clause is hedged: "analysts said Iraq would not accept the plan",
    "experts said X would strike back if attacked", "economists said Y would probably not
    accept". Such a refusal or conditional threat is the speaker's guess, not the party's
    announcement (the standard: predictions are not coded). `forecast` already kept these out
    of the announced intents (talks59); the refusal and threat readings now ask it too."""
    node, steps = act, 0
    while node.dep_ in ("xcomp", "conj") and node.head.pos_ in ("VERB", "AUX") and steps < 4:
        node, steps = node.head, steps + 1  # "would not agree to meet", "would strike and ..."
    if node.dep_ == "ccomp" and node.head.pos_ in ("VERB", "AUX"):
        return forecast(node, node.head)
    return hedged(node)


def unspoken_condition(node: "Token") -> bool:
    """The main verb of a sentence, a future with an "if/unless" clause, that no speech verb
    governs or follows ("..., officials said") and no quotation carries."""
    if node.head != node or node.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _FUTURE | _CONDITION_MODALS for c in node.children):
        return False  # (modal68: "If the talks fail, NATO could bomb Y" is a forecast too)
    if not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
               for c in node.children):
        return False
    if any(c.dep_ in ("parataxis", "ccomp", "conj") and c.lemma_.lower() in _SPEAKING for c in node.children):
        return False
    return not any(t.lower_ in ('"', "``", "''", "“", "”") for t in node.sent)


#: Verbs of warning whose "that"-clause may name the act warned against.
_WARNING = frozenset({"warn", "threaten", "caution"})


def warned_act_party(trigger: "Token", cand: "list[Token]") -> bool:
    """predict53: "Russia warned that any attack on its troops would be answered with force": the
    party inside the warned-of act's noun ("its troops", the would-be victim) is no party warned;
    the warned one is the would-be attacker, unnamed here (no threat is coded: a threat needs a
    party threatened). True when every token of the candidate lies inside the noun phrase that is
    the subject of the warning's "that"-clause, below its head noun (the head itself, "Israel
    would pay a heavy price", is a party and stays)."""
    if trigger.lemma_.lower() not in _WARNING or not cand:
        return False
    for clause in (c for c in trigger.children if c.dep_ == "ccomp"):
        for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"):
            inside = {t.i for t in subj.subtree} - {subj.i}
            if all(t.i in inside for t in cand):
                return True
    return False


def warned_party_named(act: "Token") -> bool:
    """predict53: "Israel warned Lebanon that it would strike guerrilla bases if the attacks went
    on": the warning itself is the threat to the party warned (Lebanon, `warn ^ccomp >obj`); the
    conditional act in its "that"-clause is no second threat at the bases' owner."""
    head = act.head
    return act.dep_ == "ccomp" and head.lemma_.lower() in _WARNING and any(
        c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN", "PRON") for c in head.children)


def believed_future(act: "Token") -> bool:
    """spurious68: "Baker said he believes Brazil will strike an agreement with its banks", "the
    minister thinks the Bundesbank will cut rates": an act with "will / would" in the clause of a
    verb of belief is the believer's forecast, not the doer's announced intention (the coder
    made every "will"-act an intent, 03x). Predictions are not coded."""
    if not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in act.children):
        return False
    node, steps = act, 0
    while node.dep_ in ("xcomp", "conj") and node.head.pos_ in ("VERB", "AUX") and steps < 4:
        node, steps = node.head, steps + 1
    return node.dep_ == "ccomp" and node.head.pos_ in ("VERB", "AUX") and node.head.lemma_.lower() in BELIEF_VERBS
