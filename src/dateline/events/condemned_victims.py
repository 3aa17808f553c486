"""The victim of a condemned attack is not the one condemned (spurious68, docs/evaluation/events-spurious68.md).

"Iran condemned the bombing of the U.S. embassies in Kenya", "the EU condemned the killing of two
British aid workers": the actor resolver reads the object phrase and finds a state in the
victim's words (the embassies are American, the workers British), so the criticism came out
aimed at the victims (IRN 111 USAGOV). By the standard such a condemnation of an attack whose
doer the sentence does not name is "a statement with no target actor" and is not coded; where
the doer is named ("Israel's attack on Lebanon", "the attack by Kurdish rebels on a police
station") the target is the doer, which other readers find (statements.noun_doer).

`victim_of_condemned_act` says whether a target token sits in the victim's or the place's
phrase ("of / on / against / in / near / at") of an act-of-force noun that the criticism is
about. Custody nouns ("condemned the arrest of opposition leaders") are not here: their holder
is a target of its own (custody_holders.py).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Codes of disapproval whose target may wrongly be read in the condemned act's phrase (not the
#: accusations, 112x: "blamed the attack on Iran" names the accused in an "on" phrase).
CRITICISM_CODES = frozenset({"110", "111", "114"})
_BLAMING = frozenset({"blame", "pin", "attribute"})
#: Nouns of a violent act or of its harm.
FORCE_NOUNS = frozenset("""attack attacks assault bombing bombings bomb blast blasts explosion explosions shooting
    shootings killing killings murder murders massacre slaying assassination raid raids ambush
    hijacking kidnapping kidnappings abduction beheading stabbing arson airstrike strike strikes
    shelling violence""".split())
#: Prepositions by which such a noun names its victim or its place.
VICTIM_PREPS = frozenset({"of", "on", "against", "in", "at", "near", "outside", "targeting"})
#: Verbs by which the criticism takes its object ("condemned the bombing", "denounced the attack").
_OBJECT_DEPS = frozenset({"dobj", "pobj", "nsubjpass"})


def _force_noun(tok: "Token") -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in FORCE_NOUNS


def victim_of_condemned_act(code: str, trigger: "Token", ttok: "Token | None", target_name: str | None = None) -> bool:
    """True when `ttok`, the target read for a criticism, lies in a victim / place phrase of an
    act-of-force noun that is the criticism's object (or the object of its "over / about / for"
    phrase): "condemned the bombing of the U.S. embassies" aims at nobody the sentence names."""
    if ttok is None or code not in CRITICISM_CODES or trigger.lemma_.lower() in _BLAMING:
        return False
    if _force_noun(ttok) and ttok.dep_ in _OBJECT_DEPS and _about(ttok) == trigger:
        # the resolver read the whole phrase ("the bombing of the Israeli embassy" -> ISRGOV): a
        # victim's words, unless the noun names its doer ("the Israeli raid", "Israel's attack");
        # a doer found for the noun elsewhere (the act the story told before: "Israel bombed a
        # school ... Turkey condemned the attack") is not in the victim's words and stays
        from dateline.events.statements import noun_doer
        if noun_doer(ttok) is not None:
            return False
        words = " ".join(t.lower_ for p in ttok.children if p.dep_ == "prep" and p.lower_ in VICTIM_PREPS
                         for t in p.subtree)
        name = (target_name or "").lower()
        return bool(name) and bool(words) and (name in words or any(
            w in words.split() for w in name.split() if len(w) > 3))
    tok = ttok
    # climb from the target to the preposition that attaches it, then to the noun it hangs on
    while tok.dep_ in ("amod", "compound", "nmod", "poss", "det", "nummod", "conj", "appos") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.dep_ != "prep" or prep.lower_ not in VICTIM_PREPS:
        return False
    noun = prep.head
    if noun.dep_ in ("prt", "advmod") and _force_noun(noun.head):
        noun = noun.head  # "the shooting down of a Ukrainian airliner"
    while noun.dep_ == "conj" and _force_noun(noun.head):
        noun = noun.head
    if not _force_noun(noun):
        return False
    # the noun must be what the criticism is about: its object, or the object of a phrase on it
    return _about(noun) == trigger and noun.dep_ in _OBJECT_DEPS


def _about(noun: "Token") -> "Token":
    """The verb whose object (or whose phrase's object) the noun is."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return head
