"""africa36: the people a participle describes do its act, not the main clause's subject.

Wire copy of crackdowns tells the crowd's demand in a participle on the crowd: "Troops opened
fire on crowds calling for the president's resignation", "Police beat opposition supporters
protesting against the result", "Police arrested dozens of protesters demanding the
resignation of the prime minister". The coder gave the demand to the troops or the police (the
main clause's subject), coding them as calling for their own government's fall. Three shapes:

- the small model hangs the participle on the crowd noun ("acl"), but the noun is no role word
  (crowd, supporter, resident, youth ...), so the subject fallback passed it by;
- it hangs the participle on the main verb ("advcl") though it follows the crowd noun with no
  comma between ("arrested dozens of protesters demanding ..."); a comma ("fired on the crowd,
  killing two") keeps the main clause's subject, and so does a singular noun ("stormed
  parliament demanding ...": the protesters demand);
- it hangs the participle on a count noun ("dozens", "hundreds") whose "of" phrase names the
  people.
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


# count words whose "of" phrase names the people ("dozens of protesters demanding ...")
COUNT_NOUNS = frozenset("dozen hundred thousand score number group handful crowd".split())


def counted_crowd(participle: "Token", acting: "callable") -> "Token | None":
    """The people of a count noun the parser hung the participle on ("arrested dozens of
    protesters demanding ...": the protesters); None for any other participle."""
    if participle.dep_ != "acl" or participle.tag_ != "VBG":
        return None
    head = participle.head
    if head.lemma_.lower() not in COUNT_NOUNS and head.ent_type_ != "CARDINAL":
        return None
    for p in head.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            g = next((x for x in p.children if x.dep_ == "pobj"), None)
            if g is not None and g.pos_ == "NOUN" and (acting(g) or is_crowd(g)):
                return g
    return None
