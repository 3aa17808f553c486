"""africa36: people captured are seized or arrested, not territory occupied (181 / 173, not 192).

The dictionary's plain "capture" line codes 192 (occupy territory), right for "rebels captured
Goma" or "troops captured the town of Konna". Wire copy of Africa's wars captures people as
often as towns: "Rebels captured President Samuel Doe", "Fighters captured Muammar Gaddafi near
Sirte", "Islamist fighters captured three Malian soldiers", "Nigerian troops captured a senior
Boko Haram commander", "Police captured rebel leader Foday Sankoh". A person held is no ground
taken. CAMEO codes a state's forces taking someone into custody as an arrest or detention
(173) and anyone else's seizure of a person as abduction or hostage-taking (181). The captured
thing decides: a person's name or a noun for people; places, positions and towns keep 192.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

CAPTURE_LEMMAS = frozenset({"capture"})
# nouns for people (singular lemmas) a side captures; place and position nouns are absent
PERSON_NOUNS = frozenset(
    "president leader commander general colonel officer soldier troop fighter rebel militant "
    "insurgent guerrilla jihadist gunman militiaman warlord chief minister governor mayor "
    "official spokesman deputy man woman people person civilian hostage prisoner suspect "
    "kidnapper pilot journalist reporter worker member ringleader lieutenant captain "
    "sergeant mercenary dictator ruler son daughter villager resident student child girl boy "
    "schoolgirl schoolchild tourist foreigner passenger refugee migrant protester demonstrator "
    "activist policeman peacekeeper diplomat engineer employee sailor fisherman missionary priest "
    "doctor "
    # left42a: the intruders 1996 wire copy reports captured (the North Korean submarine's crew)
    "infiltrator spy agent commando intruder crewman".split())
PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "FAC"})
# the sides whose capture of a person is custody, not abduction
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SEC", "JUD", "SPY"})


def _captured(trigger: "Token") -> "Token | None":
    """The captured thing: the direct object, or the subject of a passive ("was captured")."""
    deps = ("dobj",) if not any(c.dep_ == "auxpass" for c in trigger.children) else ("nsubjpass",)
    return next((c for c in trigger.children if c.dep_ in deps), None)


# count words whose "of" phrase names what was taken ("dozens of villagers")
COUNT_NOUNS = frozenset("dozen hundred thousand score number group handful couple".split())


def _counted(noun: "Token") -> "Token":
    """ "dozens of villagers": the villagers; any other noun itself."""
    if noun.lemma_.lower() in COUNT_NOUNS or noun.ent_type_ == "CARDINAL":
        for p in noun.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                return next((g for g in p.children if g.dep_ == "pobj"), noun)
    return noun


def is_person(noun: "Token", target_role: str | None, target_name: str | None = None) -> bool:
    """A person's name or a noun for people ("three soldiers", "a rebel commander"). A name
    counts only when the target is that name's actor and has a role: the small model tags some
    towns as people ("M23 rebels captured Goma", "captured Jaffna from the Tamil Tigers"), and a
    place resolves to its bare country."""
    if noun.ent_type_ in PLACE_ENTITY_TYPES:
        return False
    if noun.ent_type_ == "PERSON" and noun.pos_ == "PROPN":
        return target_role is not None and bool(target_name) and noun.text in target_name
    return noun.lemma_.lower() in PERSON_NOUNS


def captured_person_code(code: str, trigger: "Token", source_role: str | None,
                         target_role: str | None = None, target_name: str | None = None) -> str | None:
    """173 when a state's force captured a person, 181 when anyone else did; None keeps the
    code (not a capture, the captured thing is a place, or it was taken "from" a side)."""
    if code != "192" or trigger.lemma_.lower() not in CAPTURE_LEMMAS:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in trigger.children):
        return None  # "captured Jaffna from the Tamil Tigers": ground taken from a side
    obj = _captured(trigger)
    if obj is None or not is_person(_counted(obj), target_role, target_name):
        return None
    return "173" if source_role in STATE_ROLES else "181"
