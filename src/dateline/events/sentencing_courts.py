"""court58: a prison sentence told without its court is the court's act all the same.

An agentless passive is not coded (WIKINEWS_EVENTS.md: "events without an identifiable
source"), but a sentence to prison or a conviction has one doer a reader never doubts: a court
of the state that tried the case. Trial stories tell it without naming the court more often than
with it: "X was sentenced to eight years in prison", "four militants were jailed for 15 years",
"both received seven-year prison terms", "was handed a life sentence", "was convicted of fraud".
The training annotations code such sentences with the country's judiciary as the source (a
French court's "both received seven-year prison terms": FRAJUD 173 FRACOP). So:

- `implied_court`: a sentencing or convicting verb (SENTENCING_VERBS; "found guilty", "indicted"
  too, a jury's and a grand jury's acts) as an agentless passive,
  not hedged ("could be jailed", "faces being sentenced" stay out through the coder's filters);
- `received_sentence`: "received / got / was given / was handed a <N-year | prison | life>
  sentence|term": the recipients are the target (173), and the court is again implied. Serving a
  sentence is no new event ("is serving a life sentence"), nor is facing one ("faces 20 years").

The coder supplies the court: the state named as the place of the trial ("in Cairo"), else the
state of the person sentenced, else the story's home (coder `_sentencing_court`). Pure parse
tests here; the coder does resolution.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs whose passive without "by" still names the court's act (173 sentence / jail, 116 convict).
SENTENCING_VERBS = frozenset("sentence jail imprison convict".split())
#: Codes such a verb carries in the dictionary.
SENTENCING_CODES = frozenset({"173", "116"})
#: Verbs that tell a person getting a sentence: "received", "got", "was given", "was handed".
RECEIVING_VERBS = frozenset("receive get give hand".split())
#: The sentence nouns.
SENTENCE_NOUNS = frozenset("sentence term".split())
#: Words that make a "term" or "sentence" a prison sentence (not a "term in office").
PRISON_WORDS = frozenset("prison jail imprisonment custodial".split())


def _agentless_passive(verb: "Token") -> bool:
    """A passive with no "by" agent: "was sentenced", "were jailed"."""
    kids = list(verb.children)
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in kids):
        return False
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in kids) or verb.dep_ in ("acl", "conj") and verb.head.pos_ in ("NOUN", "PROPN", "VERB")


def implied_court(trigger: "Token", code: str) -> bool:
    """ "X was sentenced to ten years", "were jailed for life", "was convicted of murder", "was
    found guilty", "was indicted": the court (or grand jury) is the act's source though the clause
    does not name it. ("was charged" stays out: police charge people too.)"""
    if trigger.pos_ != "VERB" or not _agentless_passive(trigger):
        return False
    lemma = trigger.lemma_.lower()
    if lemma == "find":
        return code == "116" and any(c.dep_ in ("oprd", "acomp") and c.lemma_.lower() in ("guilty", "liable")
                                     for c in trigger.children)
    if lemma == "indict":
        return code == "1121"
    return code in SENTENCING_CODES and lemma in SENTENCING_VERBS


def _prison_sentence(noun: "Token") -> bool:
    """ "a six-year prison term", "a life sentence", "sentences of 12 years": a sentence to prison."""
    if noun.lemma_.lower() not in SENTENCE_NOUNS:
        return False
    words = {t.lemma_.lower() for t in noun.subtree if t.i != noun.i}
    words |= {p for t in noun.subtree for p in t.lower_.split("-")}
    return noun.lemma_.lower() == "sentence" or bool(words & PRISON_WORDS)  # (a "six-year term" may be in office)


def received_sentence(verb: "Token") -> list["Token"]:
    """The people a clause says received a prison sentence ("both received seven-year prison
    terms", "was handed a life sentence", "were given sentences of 12 years"); [] otherwise."""
    lemma = verb.lemma_.lower()
    if lemma not in RECEIVING_VERBS or verb.pos_ != "VERB":
        return []
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if lemma in ("give", "hand") and not passive:
        return []  # "the court gave him ten years": the court's own clause, coded as a verb of its own
    if lemma in ("receive", "get") and passive:
        return []
    if not any(c.dep_ in ("dobj", "obj") and _prison_sentence(c) for c in verb.children):
        return []
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return []
    return [subj, *subj.conjuncts]
