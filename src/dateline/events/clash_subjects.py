"""violence65: a clash told as the subject of its clause ("Clashes broke out between police and
protesters", "Fighting between Russian troops and Chechen rebels killed 30 people").

Wire copy often tells a clash with the nominal event as the clause's subject and a light verb
of occurrence ("broke out", "erupted", "raged") or of harm ("killed", "left ... dead") for its
verb. The clash is then the clause's own event, not a nominalisation inside another clause (which
the standard leaves uncoded, so "died in clashes between X and Y" stays out): both sides named
after "between" are its agents, as "X clashed with Y" would be. The small model reads "Fighting"
as a gerund, and hangs "between X and Y" on the light verb ("broke out between X and Y"), so the
noun rules never saw these.

The coder gives each side a coding toward the other: 145 (a clash: crowd_clashes turns police
"clashing" with a crowd round to the crowd's side, and armed agents on both sides make it 190,
as for the verb); "fighting", "battle" and their kin are armed by their nature (190).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: nouns of a clash; the value is the code before the coder's armed-agents test
CLASH_NOUNS = {"clash": "145", "scuffle": "145", "brawl": "145", "skirmish": "190",
               "fighting": "190", "fight": "190", "battle": "190", "gunbattle": "190",
               "gunfight": "190", "firefight": "190", "combat": "190"}
#: verbs that tell a clash happened ("broke out", "erupted") or what it did ("killed 30 people")
OCCURRENCE_VERBS = frozenset("break erupt flare rage occur happen continue resume intensify spread escalate "
                             "start begin kill leave claim wound injure rock hit engulf shake".split()) \
    | {"rag"}  # the small model lemmatises "raged" as "rag"
#: words of a clash's sides that are not actors but the two halves of a place or time
_NOT_SIDES = frozenset("dawn dusk noon midnight".split())


def _sides(prep_owner: "Token") -> list["Token"]:
    out: list["Token"] = []
    for p in prep_owner.children:
        if p.dep_ == "prep" and p.lower_ == "between":
            for o in p.children:
                if o.dep_ == "pobj":
                    out += [x for x in (o, *o.conjuncts) if x.lemma_.lower() not in _NOT_SIDES]
    return out


def _topic(tok: "Token") -> bool:
    """A quarrel's topic: "over the budget" (on the clash word, its sides or its verb)."""
    return any(c.dep_ == "prep" and c.lower_ in ("over", "about") for c in tok.children)


def subject_clash(verb: "Token") -> "tuple[Token, str, list[Token]] | None":
    """(the clash word, its code, the sides) when `verb` is a verb of occurrence or harm whose
    subject is a clash between two or more named sides; None otherwise."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in OCCURRENCE_VERBS:
        return None
    for subj in verb.children:
        if subj.dep_ != "nsubj":
            continue
        lemma = subj.lemma_.lower()
        if lemma == "fight" and subj.lower_ == "fighting":
            lemma = "fighting"
        if lemma not in CLASH_NOUNS or subj.tag_ not in ("NN", "NNS", "NNP", "NNPS", "VBG"):
            continue
        if any(_topic(t) for t in subj.subtree) or _topic(verb):
            continue  # "clashes between the president and parliament over the budget": a quarrel
        sides = _sides(subj) or _sides(verb)
        if len(sides) >= 2:
            return subj, CLASH_NOUNS[lemma], sides
    return None


#: roles of armed sides: a clash between two of them is fighting (190), whichever noun told it
ARMED_ROLES = frozenset({"MIL", "REB", "UAF", "SPY", "INS"})


def armed_sides(src_role: str, tgt_role: str) -> bool:
    """Both sides of a told clash are armed ("clashes between troops and separatists"): 190."""
    return src_role in ARMED_ROLES and tgt_role in ARMED_ROLES


def told_clash(tok: "Token") -> bool:
    """`tok` is the clash noun that is the subject of a verb of occurrence or harm: the clause
    tells the clash itself (filters.nominal_argument must not take it for a mention)."""
    return tok.dep_ == "nsubj" and subject_clash(tok.head) is not None


#: roles of political sides: their clash is a quarrel of words, which the standard leaves uncoded
POLITICAL_ROLES = frozenset({"", "GOV", "LEG", "JUD"})


def political_sides(src_role: str, tgt_role: str) -> bool:
    """"Clashes between the president and parliament continued": a political quarrel, no riot."""
    return src_role in POLITICAL_ROLES and tgt_role in POLITICAL_ROLES
