"""africa36: the people a participle describes do its act, not the main clause's subject.

Wire copy of crackdowns tells the crowd's demand in a participle on the crowd: "Troops opened
fire on crowds calling for the president's resignation", "Police beat opposition supporters
protesting against the result", "Police arrested dozens of protesters demanding the
resignation of the prime minister". The coder gave the demand to the troops or the police (the
main clause's subject), coding them as calling for their own government's fall. Two shapes:

- the small model hangs the participle on the crowd noun ("acl"), but the noun is no role word
  (crowd, supporter, resident, youth ...), so the subject fallback passed it by;
- it hangs the participle on the main verb ("advcl") though it follows the crowd noun with no
  comma between ("arrested dozens of protesters demanding ..."); a comma ("fired on the crowd,
  killing two") keeps the main clause's subject.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# nouns for gathered people who demand, protest or call for things (singular lemmas)
CROWD_NOUNS = frozenset(
    "crowd supporter follower people resident villager youth mourner farmer striker worker "
    "member crowd civilian voter fan worshipper inhabitant".split())


def is_crowd(noun: "Token") -> bool:
    """A noun for gathered people: "crowds", "opposition supporters", "residents"."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in CROWD_NOUNS


def object_participle_holder(participle: "Token", acting: "callable") -> "Token | None":
    """The plural people noun right before a participle the parser hung on the main verb
    ("arrested dozens of protesters demanding ..."): the noun ends the verb's object phrase, the
    participle follows it with no punctuation, and `acting(noun)` (a role word) or
    `is_crowd(noun)` holds. None for any other participle."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or participle.i == 0:
        return None
    verb = participle.head
    if verb.i > participle.i:
        return None
    noun = participle.doc[participle.i - 1]
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or not (acting(noun) or is_crowd(noun)):
        # (plural people only: "stormed parliament demanding ..." is the protesters' demand)
        return None
    # the noun is the verb's object, or an "of"/"on"/"at" phrase's object under it
    n = noun
    while n.dep_ in ("pobj", "prep") and n.head.i != verb.i:
        n = n.head
    if n.dep_ == "pobj":
        n = n.head
    if n.head.i != verb.i or n.dep_ not in ("dobj", "prep"):
        return None
    return noun
