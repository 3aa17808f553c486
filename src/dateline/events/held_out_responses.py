"""negated75: an unsaid response held out on the other side's conduct, and asked conditions.

"Iran would respond in kind if the United States attacked its ships", "the Community would react
firmly if Washington went ahead with the tariffs", "we will hit back if they strike": a party
announces that it will answer another party's conduct without saying with what. The standard
codes such a conditional announcement as a threat (13x) toward the party whose conduct the
condition names (WIKINEWS_EVENTS.md: conditional threats; the r-file gold "if the community went
ahead with the tax, the United States would respond vigorously" 1312). `general.conditional_threat`
made the threat from the act's own dictionary line, and "respond", "react", "reply" or "hit back"
with no object have none, so nothing was coded. These verbs carry no act of their own; the threat
is only read when the condition names a party (`statements.condition_party`), a speaker tells it
(the forecast and unspoken-condition guards of `conditional_threat` stay), and the answer is not
negated ("would not retaliate if ...").

A conditional act that is itself the content of a question ("asked whether the Community would
retaliate if Congress passed the bill", "Would Japan react if ...?") is asked, not held out: no
threat (`asked_condition`, for every conditional threat).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of answering another's conduct that name no act of their own ("reply" and "answer"
#: answer words more often than deeds: "would reply if the union wrote" is no threat).
RESPONSE_VERBS = frozenset({"respond", "react", "retaliate"})
#: Verbs that answer with "back": "hit back", "strike back", "fight back".
BACK_VERBS = frozenset({"hit", "strike", "fight"})
#: Verbs whose "whether / if" clause is a question.
ASKING_VERBS = frozenset({"ask", "wonder", "question", "inquire", "enquire", "query"})
#: Manner words that make the answer an offer ("would respond positively if Y lifted the ban").
KIND_MANNERS = frozenset({"positively", "favourably", "favorably", "constructively", "generously", "flexibly",
                          "kindly", "sympathetically", "warmly", "gladly", "willingly"})
#: Things one responds to that are words, not conduct ("respond to the offer / the letter").
MESSAGE_NOUNS = frozenset("offer proposal letter request question invitation call appeal plea query proposition "
                          "suggestion message note demand initiative overture idea plan".split())


def unsaid_response(act: "Token") -> bool:
    """`act` answers another's conduct without an object saying with what: "would respond",
    "would react firmly", "would hit back". An object ("would answer the letter"), a kind manner
    ("respond positively": an offer) or a message answered ("respond to the proposal") is no
    threat."""
    if any(c.dep_ in ("dobj", "dative") for c in act.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in KIND_MANNERS for c in act.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() in MESSAGE_NOUNS for g in c.children)
           for c in act.children):
        return False
    lemma = act.lemma_.lower()
    if lemma in RESPONSE_VERBS:
        return True
    return lemma in BACK_VERBS and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in act.children)


def asked_condition(act: "Token") -> bool:
    """The conditional act is asked, not announced: its clause is the "whether / if" complement
    of a verb of asking ("asked whether the EC would retaliate if ..."), or the sentence is a
    question ("Would Japan retaliate if ...?", or its auxiliary comes before its subject)."""
    from dateline.events.filters import is_question

    node = act
    while node.dep_ in ("conj", "xcomp") and node.head != node:
        node = node.head
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in node.children):
        return True
    if node.dep_ == "ccomp" and node.head.lemma_.lower() in ASKING_VERBS and any(
            c.dep_ == "mark" and c.lower_ == "if" for c in node.children):
        return True
    subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
    if subj is not None and any(c.dep_ == "aux" and c.i < subj.i for c in node.children):
        return True  # "Would Japan retaliate if ..., the minister was asked": the auxiliary inverted
    return is_question(act.sent)
