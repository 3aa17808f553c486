"""europe37: "Trump attacked Pelosi on Twitter": an attack made in words is criticism (111).

The dictionary reads a bare "attack" as the use of force (190), which is right for troops,
rebels and gunmen. Political news uses the same verb for words: "attacked Merkel in a speech",
"attacked the Commission in a radio interview", "attacked May over her handling of Brexit",
"verbally attacked the Dutch government". The clause itself says which sense it is:

- the words' medium ("on Twitter", "in a tweet / speech / interview / statement / video"),
- the adverb "verbally",
- a reason "over" a policy, a handling, remarks ("attacked Obama over his policy in Syria"),
- a speaking occasion ("at a news conference", "at a rally") when the attacker is a named person
  (gunmen may attack people at a rally; a named leader at a rally attacks with words).

Any of these makes the act criticism (111, the standard's code for criticise/condemn). Places
("in a village", "at an airport", "over the Golan") are none of these, so armed attacks keep 190.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: what carries words: "on Twitter", "in a tweet", "in a speech", "in a series of tweets".
MEDIUM_WORDS = frozenset("twitter facebook instagram youtube tweet tweets post posts speech speeches interview "
                         "interviews statement statements op-ed editorial column article letter message video "
                         "broadcast address remarks remark comment comments book memoir debate television radio "
                         "podcast blog media".split())
#: occasions where a named person attacks with words ("at a rally", "at a news conference").
OCCASION_WORDS = frozenset("rally conference briefing summit meeting session hearing debate campaign event "
                           "gathering congress convention".split())
#: what an attack in words is "over": "over her handling of Brexit", "over his policy in Syria".
REASON_WORDS = frozenset("handling policy policies remark remarks comment comments decision decisions stance "
                         "response record support refusal failure treatment plan plans proposal budget deal reform "
                         "reforms law position statement statements silence conduct role approach rhetoric "
                         "management leadership strategy spending tariffs tariff views treatment".split())
_PREPS = frozenset({"on", "in", "at", "during", "via", "over"})


def _phrase_nouns(tok: "Token") -> list[tuple[str, "Token"]]:
    """(preposition, noun) for the verb's prepositional phrases, with "a series of tweets" read as tweets."""
    out = []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            out.append((prep.lower_, noun))
            for of in noun.children:  # "a series / a string / a barrage of tweets"
                if of.dep_ == "prep" and of.lower_ == "of":
                    out.extend((prep.lower_, g) for g in of.children if g.dep_ == "pobj")
    return out


def _named_subject(tok: "Token") -> bool:
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    return bool(subj) and (subj[0].ent_type_ == "PERSON" or subj[0].pos_ == "PROPN")


def spoken_attack(code: str, tok: "Token") -> str | None:
    """111 for the verb "attack" (coded 190) whose clause marks words; None keeps the code."""
    if code != "190" or tok.lemma_.lower() != "attack" or tok.pos_ != "VERB":
        return None
    if any(c.dep_ == "advmod" and c.lower_ == "verbally" for c in tok.children):
        return "111"
    for prep, noun in _phrase_nouns(tok):
        word = noun.lemma_.lower()
        if prep == "over":
            if word in REASON_WORDS or noun.lower_ in REASON_WORDS:
                return "111"
        elif word in MEDIUM_WORDS or noun.lower_ in MEDIUM_WORDS:
            return "111"
        elif prep in ("at", "during") and word in OCCASION_WORDS and _named_subject(tok):
            return "111"
    # the small model hangs "on Twitter" on the object ("attacked Pelosi on Twitter"): a medium only
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if any(prep != "over" and noun.lemma_.lower() in MEDIUM_WORDS for prep, noun in _phrase_nouns(obj)):
            return "111"
    return None
