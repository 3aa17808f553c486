"""Acts a verb carries on rather than does: "pressed ahead with its offensive against X" (frame64; issue #4).

Why: the coder codes an event noun when a light verb carries it as its object ("continued an
offensive against X", `coder.LIGHT_VERBS`); otherwise a noun inside another clause is no event
(WIKINEWS_EVENTS.md, "Not coded"). News copy also tells an act as carried on with a phrasal verb and
"with": "went ahead with a strike against X", "pressed ahead with its offensive", "is moving forward
with an inquiry into X", "proceeded with talks with X". Going ahead with an act is doing it, as
continuing it is; its doer is the verb's subject. And a light verb's own possessive ("continued
their offensive", "resumed its talks with Y") names that same subject, not a second party: the noun
then codes with the subject as its doer, as "continued an offensive" does. "Went on to attack X"
(the parser makes the infinitive an adverbial clause, which `filters.unrealised_infinitive` reads as
a purpose) is the act done next, not one intended. Negated, hypothetical
and future clauses stay with the coder's existing checks on the governing verb.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that go on with an act when "ahead" / "forward" / "on" is beside them ("went ahead with").
_AHEAD_VERBS = frozenset("go press push move forge plough plow carry keep".split())
_AHEAD_WORDS = frozenset({"ahead", "forward", "on"})
# Verbs that go on with an act by themselves ("proceeded with talks").
_PROCEED_VERBS = frozenset({"proceed"})
# Possessive pronouns that name the clause's own subject ("continued their offensive").
_OWN_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})


def carried_on(noun: "Token", gov: "Token | None") -> bool:
    """ "went ahead with a strike", "pressed on with attacks", "proceeded with talks": `noun` is the
    object of "with" on `gov`, a verb of going on with an act."""
    if gov is None or noun.dep_ != "pobj" or noun.head.lower_ != "with" or noun.head.head != gov:
        return False
    lemma = gov.lemma_.lower()
    if lemma in _PROCEED_VERBS:
        return True
    return lemma in _AHEAD_VERBS and any(c.dep_ in ("advmod", "prt") and c.lower_ in _AHEAD_WORDS
                                         for c in gov.children)


def own_pronoun(owner: "Token | None", noun: "Token", gov: "Token | None", light_verbs: frozenset[str]) -> bool:
    """ "continued their offensive", "pressed ahead with its offensive": the possessive pronoun of a
    noun that a light or going-on verb carries stands for that verb's subject."""
    if owner is None or gov is None or owner.dep_ != "poss" or owner.lower_ not in _OWN_PRONOUNS:
        return False
    return noun.dep_ == "dobj" and noun.head == gov and gov.lemma_.lower() in light_verbs or carried_on(noun, gov)


def went_on_to(node: "Token") -> bool:
    """ "troops went on to attack X": the "to"-infinitive under "go on" is the act done next."""
    head = node.head
    return node.dep_ in ("advcl", "xcomp") and head.lemma_.lower() == "go" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "on" for c in head.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
