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

Only a sentence the story dates to a day ("on Tuesday", "yesterday", "on March 5") is the
story's news; an undated or year-dated one is background ("Stanton was convicted of fraud in 2007",
"he was sentenced to fourteen years, serving eight before he was pardoned", "for which Manafort was
sentenced last week"), which the annotators leave uncoded where no court is named (`news_day`);
so is one in a relative clause or a perfect ("has already been found guilty").

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
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in kids)


#: Bare words that stand for the people of the sentence before: "Both received seven-year terms".
BARE_GROUP_WORDS = frozenset("both all each".split())


def bare_group(targets: list["Token"]) -> bool:
    """The people sentenced are told only as "both" / "all": those of the sentence before."""
    return len(targets) == 1 and targets[0].lower_ in BARE_GROUP_WORDS and not any(
        c.dep_ in ("prep", "compound", "amod") for c in targets[0].children) and targets[0].head.pos_ in ("VERB", "AUX")


#: Words that date an act to a day of the story's news.
DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split())
MONTHS = frozenset("january february march april may june july august september october november december "
                   "jan feb mar apr jun jul aug sep sept oct nov dec".split())


def news_day(verb: "Token") -> bool:
    """The clause dates its act to a day: "on Tuesday", "yesterday", "on March 5", not "in 2007",
    "last week" or nothing; and it is the story's own act, not a relative clause's or a perfect's."""
    if verb.dep_ in ("relcl", "acl", "advcl", "pcomp") or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    held = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "advcl", "relcl", "ccomp")
            for t in c.subtree}
    for t in verb.subtree:
        if t.i in held or t.ent_type_ != "DATE":
            continue
        low = t.lower_.rstrip(".")
        if low in DAY_WORDS or low in MONTHS and t.i + 1 < len(t.doc) and t.doc[t.i + 1].like_num:
            return True
    return False


def implied_court(trigger: "Token", code: str) -> bool:
    """ "X was sentenced to ten years", "were jailed for life", "was convicted of murder", "was
    found guilty", "was indicted": the court (or grand jury) is the act's source though the clause
    does not name it. ("was charged" stays out: police charge people too.)"""
    if trigger.pos_ != "VERB" or not _agentless_passive(trigger) or not news_day(trigger):
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
    if not any(c.dep_ in ("dobj", "obj") and _prison_sentence(c) for c in verb.children) or not news_day(verb):
        return []
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return []
    return [subj, *subj.conjuncts]
