"""conflict31: war, peacekeeping and peacemaking as 1990s wire copy states it
(docs/evaluation/events-conflict31.md).

- A civil war is fought at home: "Bosnian Serb artillery pounded Tuzla", "Tamil Tiger rebels
  shelled Jaffna", "Russian warplanes bombed Grozny". The coder drops a place in the source's
  own country as no party ("the president travelled to Cleveland"); a use of force (roots 19,
  20) by an armed side (MIL, REB, UAF) keeps it (`fought_at_home`).
- Peacekeepers withdrawn or expelled are 1661, inspectors and monitors 1662, aid agencies 1663,
  whoever's words say so: the object's own head, its compounds and its "of" phrase ("American
  members of the U.N. arms inspection team", "the head of the OSCE monitoring mission"); a
  crowd of thousands of civilians driven from their homes is a mass expulsion (201) (`withdrawal_subcode`).
- "came under fire from X" is criticism in the political pages, but gunfire where the side hit
  or the side firing is armed ("French peacekeepers came under fire from Bosnian Serb
  positions"): 190 (`gunfire_received`).
- A threat is aimed at the party its "if"/"unless" clause names (`conditioned_party`); a
  threatened air strike is a threatened attack, not labour's strike (`threatened_strike`).
- Rebels answering their own state's words ("denied Russian charges") answer the state, not a
  place at home (`state_by_adjective`); troops taken out of a U.N. force are peacekeepers withdrawn
  (`from_peacekeeping_force`); a push "into" a place is force only by an armed side
  (`unarmed_advance`).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Actor

#: Roles that fight: a state's forces, rebels, militias.
FIGHTING_ROLES = frozenset({"MIL", "REB", "UAF"})
#: Roots of the use of force whose struck place at home is the other side's ground.
FIGHTING_ROOTS = frozenset({"19", "20"})


def fought_at_home(code: str, src: "Actor", tgt: "Actor") -> bool:
    """An armed side's use of force on a place of its own country ("Bosnian Serb forces shelled
    Gorazde": BIHMIL 194 BIH): a civil war's target, not a place at home that is no party."""
    return code[:2] in FIGHTING_ROOTS and src.role in FIGHTING_ROLES and bool(tgt.code) \
        and not tgt.role and tgt.code == src.country


# Words of the withdrawn or expelled party that say which kind it is (lemmas, or stems of a
# compound written as one word: "peacekeeping", "peace-keepers").
_PEACEKEEPING = re.compile(r"^peace-?keep|^blue ?helmet")
_INSPECTION = re.compile(r"^(?:inspect|monitor|observ|verif)")
_AID = frozenset({"aid", "relief", "humanitarian", "charity"})
_AID_BODIES = frozenset({"agency", "worker", "group", "organisation", "organization", "staff", "official"})
#: Private people a force drives from their homes: a crowd of them is a mass expulsion (201).
_EXPELLED_PEOPLE = frozenset({"civilian", "resident", "villager", "inhabitant", "family", "people", "refugee",
                              "moslem", "muslim", "croat", "serb", "albanian", "tutsi", "hutu", "minority"})
#: Codes the withdrawal and expulsion lines give before the kind is known.
_WITHDRAWAL_CODES = frozenset({"087", "166", "174"})
_WITHDRAWING = frozenset({"withdraw", "pull", "pull_out", "expel", "evacuate", "remove"})


def _party_words(obj: "Token") -> list["Token"]:
    """The object's head, its compounds and modifiers, and one "of" phrase down ("members of the
    U.N. arms inspection team"; "the head of the OSCE monitoring mission")."""
    words = [obj, *(c for c in obj.children if c.dep_ in ("compound", "amod", "nmod"))]
    for p in obj.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for g in p.children:
                if g.dep_ == "pobj":
                    words += [g, *(c for c in g.children if c.dep_ in ("compound", "amod", "nmod"))]
    return words


def _crowd(obj: "Token") -> bool:
    """A number of a thousand or more on the people ("2,000 Moslem civilians", "thousands of
    Moslems"); a few hundred deported are individuals (174)."""
    for t in obj.subtree:
        low = t.lower_.replace(",", "")
        if low in ("thousands", "tens") or (low.isdigit() and int(low) >= 1000):
            return True
    return False


def withdrawal_subcode(code: str, tok: "Token") -> str | None:
    """The 166x / 201 subcode of a withdrawal or expulsion read off the party's own words; None
    when they name none of those kinds."""
    if code not in _WITHDRAWAL_CODES or tok.lemma_.lower() not in _WITHDRAWING:
        return None
    if from_peacekeeping_force(code, tok):
        return "1661"
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs and code == "087":  # "U.N. peacekeepers withdrew from Somalia"
        objs = [c for c in tok.children if c.dep_ == "nsubj"]
    for obj in objs:
        words = _party_words(obj)
        lemmas = {w.lemma_.lower() for w in words}
        if any(_PEACEKEEPING.match(w) for w in lemmas) or ("u.n." in {w.lower_ for w in words}
                                                            and lemmas & {"troop", "force", "soldier"}):
            return "1661"
        if any(_INSPECTION.match(w) for w in lemmas):
            return "1662"
        if lemmas & _AID and lemmas & _AID_BODIES:
            return "1663"
        if code != "087" and obj.lemma_.lower() in _EXPELLED_PEOPLE and _crowd(obj):
            return "201"
        if code != "087" and obj.lemma_.lower() == "thousand" and any(
                g.lemma_.lower() in _EXPELLED_PEOPLE for p in obj.children if p.lower_ == "of" for g in p.children):
            return "201"
    return None


#: Under-nouns of gunfire and the words that make "fire" gunfire.
_WEAPON_WORDS = frozenset("mortar artillery sniper machine-gun machinegun gun rocket tank shell small-arms heavy".split())
_ARMED_WORDS = frozenset("troop soldier peacekeeper force gunner position post patrol convoy helicopter plane "
                         "aircraft jet warplane army militia rebel guerrilla gunman sniper artillery tank base "
                         "unit warship ship vessel battalion garrison checkpoint".split())


def gunfire_received(noun: "Token", sources: list["Token"], targets: list["Token"]) -> bool:
    """ "came under (mortar) fire from X" where the fire is a weapon's or either side is armed:
    a use of force by X on the side hit, not criticism."""
    if noun.lemma_.lower() != "fire":
        return False
    if any(m.lemma_.lower() in _WEAPON_WORDS for m in noun.children):
        return True
    return any(t.lemma_.lower() in _ARMED_WORDS for t in [*sources, *targets])


#: Words that make a threatened "strike" an attack, not a stoppage of work.
_MILITARY_STRIKE_WORDS = frozenset("air missile military nato retaliatory preemptive pre-emptive punitive "
                                   "naval artillery rocket drone".split())
_THREAT_VERBS = frozenset({"threaten", "vow", "warn"})


def _military_strike(noun: "Token") -> bool:
    return any(c.lower_ in _MILITARY_STRIKE_WORDS or c.lemma_.lower() in _MILITARY_STRIKE_WORDS
               for c in noun.children if c.dep_ in ("compound", "amod", "nmod"))


def threatened_strike(code: str, tok: "Token") -> str | None:
    """ "NATO threatened air strikes against the Bosnian Serbs": a threatened strike the words
    make military is a threatened attack (1384), not labour's threatened strike (133). None: no
    change."""
    if code != "133" or tok.lemma_.lower() not in _THREAT_VERBS:
        return None
    noun = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "strike"), None)
    return "1384" if noun is not None and _military_strike(noun) else None


def conditioned_party(code: str, tok: "Token") -> "Token | None":
    """The subject of a threat's condition ("threatened air strikes if Serb forces did not pull
    back", "threatened a strike unless the company raised wages"): the party the threat is aimed
    at when its own slots name none. Only a threat (13x) and an adverbial clause marked "if" or
    "unless" after the threatening verb and hung on it."""
    if code[:2] != "13":
        return None
    for c in tok.children:  # (a fronted "If they refuse, he threatened ..." answers the story before it)
        if c.dep_ == "advcl" and c.i > tok.i and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children):
            return next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    return None


#: Nouns of what a side says or asks whose nationality adjective is the state that says it.
_STATE_WORDS = frozenset("charge accusation allegation claim report demand offer proposal plan ultimatum "
                         "condition statement assertion warning threat".split())
#: Sides outside a state that answer the state of their own country.
_INSURGENT_ROLES = frozenset({"REB", "UAF", "OPP"})


def state_by_adjective(src: "Actor", ttok: "Token | None") -> bool:
    """ "Chechen rebels denied Russian charges", "the rebels rejected the Sri Lankan offer": a
    side outside the state answering what its own state said; the bare country the adjective
    gives is that state, a party, not a place at home (as "accused Moscow" already is)."""
    if ttok is None or src.role not in _INSURGENT_ROLES:
        return False
    while ttok.dep_ in _MODIFIER_DEPS and ttok.ent_type_ == "NORP" and ttok.head is not ttok:
        ttok = ttok.head  # (the resolver may hand over the adjective itself: "Sri Lankan")
    if ttok.pos_ != "NOUN" or ttok.lemma_.lower() not in _STATE_WORDS:
        return False
    return any(c.dep_ in _MODIFIER_DEPS and c.ent_type_ == "NORP" for c in ttok.children)


_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def from_peacekeeping_force(code: str, tok: "Token") -> bool:
    """ "Belgium withdrew its troops from the U.N. force in Rwanda": troops taken out of a U.N.
    force or peacekeeping mission are peacekeepers withdrawn (1661)."""
    if code != "087" or tok.lemma_.lower() not in _WITHDRAWING:
        return False
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in ("from", "of"):
            for g in p.children:
                words = {w.lower_ for w in _party_words(g)} | {w.lemma_.lower() for w in _party_words(g)}
                if g.lemma_.lower() in ("force", "mission", "operation", "contingent") and (
                        "u.n." in words or "un" in words or any(_PEACEKEEPING.match(w) for w in words)):
                    return True
    return False


#: Verbs of movement that are an incursion only when an armed side makes them.
_ADVANCING = frozenset({"push", "advance", "thrust", "cross", "enter"})  # mideast32: "cross" into a country; integ33: "enter"


def unarmed_advance(code: str, tok: "Token", src: "Actor") -> bool:
    """ "The company pushed into new markets": a push or advance "into" a place is an incursion
    (190) only by an armed side (MIL, REB, UAF); anyone else's is no event."""
    return code == "190" and tok.lemma_.lower() in _ADVANCING and src.role not in FIGHTING_ROLES


def entered_no_place(code: str, tok: "Token", tgt: "Actor") -> bool:
    """integ33: troops "entered" a place: an incursion into a state (a bare country code); a
    target with a role (a town the gazetteer does not know, read as a person) names no place
    entered."""
    return code == "190" and tok.lemma_.lower() == "enter" and bool(tgt.code) and len(tgt.code or "") != 3
