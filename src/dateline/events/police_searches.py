"""Police searches and raids of premises, and people taken hostage (legal30,
docs/evaluation/events-legal30.md).

- A search of a home or offices by police, investigators or prosecutors is a criminal inquiry
  (091) into whoever the premises belong to: "police searched the homes of three journalists"
  (the dictionary's ">poss" slot), and, when the sentence names no owner ("investigators with
  dogs searched two houses in the village"), the searching state's own private people (the
  training annotations code such a search BELCOP 091 BELCVL). Searchers who are no authority
  ("rescuers searched houses for survivors") inquire into nothing (`by_authority`).
- A police raid on a home or offices is such a search, not a military attack (190):
  "police raided the home of the opposition leader" (`raid_code`).
- "militants took 200 people hostage", "gunmen took two French tourists hostage": the small
  parser makes "hostage" the object or a clausal complement and hangs the people on it as a
  compound; the captives are those people (`captives`).

Pure functions on spaCy tokens and actors; coder.py hooks them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Premises whose search or raid is an inquiry into their owner.
PREMISES = frozenset("home house office flat apartment premises property headquarters residence car vehicle "
                     "compound villa".split())
#: Roles that search or raid as authorities: police, prosecutors and courts, intelligence, officials, troops.
AUTHORITY_ROLES = frozenset({"COP", "JUD", "SPY", "GOV", "MIL"})
#: Verbs whose 091 reading is a search of premises.
SEARCH_VERBS = frozenset({"search", "raid"})
#: The word of a hostage-taking's captives.
HOSTAGE_WORDS = frozenset({"hostage", "hostages", "captive", "prisoner"})


def _premises_object(trigger: "Token") -> "Token | None":
    return next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in PREMISES),
                None)


def raid_code(code: str, trigger: "Token", source: Actor) -> str:
    """ "police raided the home of X": a search (091), not an attack; other codes unchanged."""
    if code not in ("190", "171") or trigger.lemma_.lower() != "raid" or source.role not in ("COP", "JUD", "SPY"):
        return code
    return "091" if _premises_object(trigger) is not None else code


def by_authority(code: str, trigger: "Token", source: Actor) -> bool:
    """False for a 091 search of premises by someone who is no authority (rescuers, residents)."""
    if code != "091" or trigger.lemma_.lower() not in SEARCH_VERBS:
        return True
    return source.role in AUTHORITY_ROLES


def premises_people(code: str, trigger: "Token", source: Actor) -> list[tuple["Token", Actor]]:
    """The people whose unnamed premises an authority searched: the searching state's own
    civilians (`<ISO3>CVL`); [] when the code or verb is another, or the source has no country."""
    if code != "091" or trigger.lemma_.lower() not in SEARCH_VERBS or not source.country \
            or source.role not in AUTHORITY_ROLES:
        return []
    place = _premises_object(trigger)
    if place is None or any(c.dep_ == "poss" for c in place.children) \
            or any(c.dep_ == "prep" and c.lower_ in ("of", "belonging") for c in place.children):
        return []  # an owner named ("the homes of three journalists"): the dictionary slot's, not ours
    country = source.country
    return [(place, Actor(None, place.text, country + "CVL", country, "CVL"))]


def captives(trigger: "Token") -> list["Token"]:
    """The people a "took ... hostage" clause names: the nouns hung on "hostage" as compounds
    (with a nationality adjective the parser may put on them), or the verb's own object when
    "hostage" is its predicate; [] when the clause names none."""
    if trigger.lemma_.lower() not in ("take", "hold", "seize"):
        return []
    word = next((c for c in trigger.children if c.lemma_.lower() in HOSTAGE_WORDS
                 and c.dep_ in ("dobj", "ccomp", "oprd", "npadvmod", "advmod", "xcomp")), None)
    if word is None:
        # left43b: "took scores of Russian soldiers hostage": the parser hangs "hostage" under the
        # quantity's "of" ("scores of [soldiers hostage]"); the people are its compounds still
        from dateline.events.general import counted_noun
        obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
        word = counted_noun(obj)
        if word is None or word.lemma_.lower() not in HOSTAGE_WORDS:
            return []
    people = [c for c in word.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
    if people:
        return people
    return [c for c in trigger.children if c.dep_ == "dobj" and c is not word and c.pos_ in ("NOUN", "PROPN", "PRON")]
