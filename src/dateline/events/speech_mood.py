"""The mood of what a speaker says about another party's act (demand15).

A statement whose content is the speaker's wish for another's act, another party's obligation
or harm, or a protest still to come is itself a speech act toward that party (CAMEO 02x appeal,
10x demand, 13x threat), whatever the exact words: the standard codes the speech act of X "when
it is itself directed at a target" (WIKINEWS_EVENTS.md, reported speech). The coder already
reads "must" and "should" (coder.py `_code_obligation`); this module reads more of the ways
news English marks the same moods:

- desire for another's act: "X wants / wishes / would like Y to <act>" (02x from X to Y);
- announced harm: "warned (that) Y would face consequences / pay a heavy price / regret it" (130);
- "they" as the party a single speaker obliges ('"They should give up violence," X said');
- what is asked when the asked act stops fighting ("give up violence": 1056 demanded, 0256 advised);
- a protest announced, threatened or put in the future ("will go on strike"): the threat of it (133).

Each function takes tokens of the parse and returns what it found; the coder decides source and
code (events/coder.py `_code_desire`, `_code_mood`, `_code_obligation`, `_context_codings`,
`_events_for`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of wanting another's act: "the opposition wants the government to hold elections".
# ("expect" is left out: "analysts expect the bank to cut rates" is a forecast.)
DESIRE_VERBS = frozenset({"want", "wish", "like"})
# Predicates of announced harm to their subject ("Y would face consequences"), with the objects
# that make them harm; "regret" needs none ("Y will regret it").
HARM_PREDICATES = frozenset({"face", "pay", "suffer", "bear", "incur", "regret"})
HARM_OBJECTS = frozenset({"consequence", "retaliation", "punishment", "reprisal", "repercussion", "wrath"})
# "a price / a cost" is harm only when heavy ("pay the full price for the ships" is a purchase).
PRICE_OBJECTS = frozenset({"price", "cost", "toll"})
HEAVY_WORDS = frozenset({"heavy", "high", "steep", "dear", "terrible", "painful", "severe", "bitter", "huge"})
# codes29: "would face a harsh / crushing response": a response is harm only when it is told as harsh
# ("will face a response from the ministry" is none).
RESPONSE_OBJECTS = frozenset({"response", "reaction", "retribution", "blow"})
HARSH_WORDS = HEAVY_WORDS | frozenset({"harsh", "crushing", "firm", "forceful", "decisive", "devastating",
                                       "overwhelming", "swift", "strong", "resolute", "military"})
FUTURE_AUX = frozenset({"will", "would", "'ll", "shall"})
# Clause verbs that are states or forecasts, not acts a party can be asked to do.
NON_ACTS = frozenset("be have seem appear remain reach total exceed rise fall grow climb decline drop increase "
                     "decrease benefit expect hear know get become stay happen occur continue last come go "
                     "see feel understand realise realize recognise recognize".split())


def _has_to(tok: "Token") -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _act_verb(tok: "Token") -> bool:
    """An active act verb in the base form ("release", "withdraw"), not a state or a passive."""
    return tok.pos_ == "VERB" and tok.tag_ == "VB" and tok.lemma_.lower() not in NON_ACTS \
        and not any(c.dep_ == "auxpass" for c in tok.children)


def desired_act(tok: "Token") -> "tuple[Token, Token] | None":
    """(the party wanted to act, the act) when `tok` is a verb of wanting whose "to"-clause has
    its own subject: "wants the government to hold elections", "would like Y to withdraw". A negated or passive want ("is expected to") is none."""
    lemma = tok.lemma_.lower()
    if lemma not in DESIRE_VERBS or tok.pos_ != "VERB" or any(c.dep_ in ("neg", "auxpass") for c in tok.children):
        return None
    if lemma == "like" and not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in tok.children):
        return None  # "would like Y to": "likes Y to" is a taste
    for act in tok.children:
        if act.dep_ not in ("ccomp", "xcomp") or not _has_to(act) or not _act_verb(act):
            continue
        if any(c.dep_ == "neg" for c in act.children):
            return None
        subj = next((c for c in act.children if c.dep_ == "nsubj"), None)
        if subj is None:  # "wanted Y to ...": some parses put Y on the want as its object
            subj = next((c for c in tok.children if c.dep_ == "dobj" and c.i < act.i), None)
        if subj is not None and subj.lower_ not in ("it", "this", "that", "there"):
            return subj, act
    return None


SAYING_HEADS = frozenset({"say", "tell", "add", "state", "declare", "insist", "stress", "argue"})


def have_to_act(clause: "Token") -> "Token | None":
    """modal55: the act of "Y has / had to <act>" said of Y ("Kinkel said Serbia had to release
    the prisoners", '"Serbia has to release them," X said'): Y's obligation, as "must" is. None
    for a negated "have", one with an object ("has a duty"), or a state or passive act."""
    if clause.lemma_.lower() != "have" or clause.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("neg", "dobj") for c in clause.children) or not any(c.dep_ == "nsubj" for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ == "xcomp" and _has_to(c) and _act_verb(c)
                 and not any(g.dep_ == "neg" for g in c.children)), None)


def obliged_act(tok: "Token") -> bool:
    """modal55: `tok` is the act of a "has to" obligation (`have_to_act`) in present tense or said
    by someone ("said Serbia had to release them"): owed, not done, so not coded as Y's act (it
    coded "Serbia released the prisoners" before). A narrative "the plane had to land in Cairo"
    did land and stays."""
    head = tok.head
    if tok.dep_ != "xcomp" or have_to_act(head) != tok:
        return False
    return head.tag_ in ("VBZ", "VBP") or head.dep_ == "ccomp" and head.head.lemma_.lower() in SAYING_HEADS


def harm_to_subject(clause: "Token") -> "Token | None":
    """The subject of a future clause that says it will suffer: "Japan would face serious
    consequences", "they will pay a heavy price", "you will regret it". None otherwise."""
    if clause.lemma_.lower() not in HARM_PREDICATES or any(c.dep_ == "neg" for c in clause.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in clause.children):
        return None
    if clause.lemma_.lower() != "regret" and not any(
            c.dep_ == "dobj" and (c.lemma_.lower() in HARM_OBJECTS or c.lemma_.lower() in PRICE_OBJECTS and any(
                m.dep_ == "amod" and m.lower_ in HEAVY_WORDS for m in c.children)
                or c.lemma_.lower() in RESPONSE_OBJECTS and any(  # codes29: "would face a harsh response"
                m.dep_ == "amod" and m.lower_ in HARSH_WORDS for m in c.children)) for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj"), None)


def other_party_pronoun(subj: "Token", speakers: "list[Token]") -> bool:
    """ "They" as the subject of an obligation or harm a single speaker states ('"They should give up
    violence," the minister said'): a plural the singular speaker is not, so another party (the
    resolver finds it through coreference). Plural, coordinated or missing speakers ("the unions
    said they must be consulted") may be speaking of themselves: not read."""
    if subj.lower_ != "they" or not speakers:
        return False
    return all(s.tag_ in ("NN", "NNP") and not s.conjuncts and s.lower_ not in ("government", "party", "side",
                                                                                  "union", "group", "team")
               for s in speakers)


# What a party asked to stop fighting is asked to give up: "give up violence", "lay down their
# arms", "end the attacks", "stop hostilities" (de-escalation: 1056 demanded, 0256 advised).
STOPPING_VERBS = frozenset({"give_up", "lay_down", "renounce", "abandon", "end", "stop", "halt", "cease",
                            "abjure", "forswear"})
FIGHTING_NOUNS = frozenset({"violence", "arm", "weapon", "attack", "hostility", "fighting", "struggle",
                            "insurgency", "terrorism", "offensive", "bombing", "shelling", "raid", "rebellion"})


def stops_fighting(clause: "Token") -> bool:
    """The clause asks its subject to stop using force: a stopping verb (with its particle) whose
    object is force, or a violent activity ("give up their violent activities")."""
    lemma = clause.lemma_.lower()
    prt = next((p.lower_ for p in clause.children if p.dep_ == "prt"), None)
    if lemma not in STOPPING_VERBS and f"{lemma}_{prt}" not in STOPPING_VERBS:
        return False
    for obj in (c for c in clause.children if c.dep_ == "dobj"):
        words = {obj.lemma_.lower(), *(m.lemma_.lower() for m in obj.children if m.dep_ in ("amod", "compound"))}
        if words & FIGHTING_NOUNS or "violent" in words or "armed" in words:
            return True
    return False


# ---------------------------------------------------------------- a protest announced (133)

# A strike, march or protest that is announced, threatened or said to be coming has not happened:
# the coder reads it as the threat of protest (133, CAMEO "threaten political dissent"), as the
# training annotations do ("will go on strike on September 3", "announced more strikes for April",
# "we will march to the capital"). Its target is the protest's own: the strikers' employer or state.
PROTEST_NOUNS = frozenset({"strike", "walkout", "stoppage", "protest", "march", "demonstration", "rally", "sit-in"})


def protest_threat(code: str, pattern_code: str, trigger: "Token") -> bool:
    """A 13x coding whose threatened act is a protest: a 14x dictionary line made future ("will
    go on strike") or a protest noun announced or threatened ("announced a strike for Monday")."""
    if code[:2] != "13" or any(c.dep_ == "prt" for c in trigger.children):
        return False  # "called off the strike": no protest to come
    if pattern_code[:2] == "14":
        return True
    return pattern_code == "133" and any(c.dep_ == "dobj" and c.lemma_.lower() in PROTEST_NOUNS
                                         for c in trigger.children)
