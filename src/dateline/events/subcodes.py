"""Subcodes told by an act's content words (codes27, docs/evaluation/events-codes27.md).

The dictionary gives a head verb its most common code; the words around it often say which
more specific code the standard (WIKINEWS_EVENTS.md, the CAMEO codebook) wants:

- an attack made with an air weapon is an air attack (195: "airstrike, drone or missile attack"),
  one made with artillery or tanks a fight with artillery (194): "carried out the attack using
  ten drones", "attacked the town with tanks", "launched missiles targeting the base"; police or
  troops attacking with batons, tear gas or rubber bullets repress (175);
- a bombing by rebels, militants or private persons is a non-military bombing (183), not the
  air attack the bare verb "bomb" is read as (195), unless it names an air weapon;
- "accused Y of being incompetent": a trait held against Y is criticism (111), not an
  accusation of an act (112); an accusation whose clause says "corrupt" is of a crime (1121, in
  coder.ACCUSATION_CONTENT);
- "demanded that Y lift the sanctions" is a demand to ease sanctions (1054);
- property seized is confiscated (1711), property demolished or destroyed is destroyed (1712).

Pure functions on spaCy tokens; each returns the new code or None (no change).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Weapons that name the kind of force (CAMEO 195 aerial weapons, 194 artillery and tanks).
# Rockets are left out: the news uses them for both (a militia's rockets, an air-launched rocket).
AERIAL_WEAPONS = frozenset("drone drones airstrike airstrikes air-strike missile missiles warplane warplanes "
                           "bomber bombers jet jets aircraft helicopter helicopters gunship gunships "
                           "airplane airplanes plane planes".split())
AERIAL_MODIFIERS = frozenset({"air", "aerial", "drone", "missile"})
ARTILLERY_WEAPONS = frozenset("artillery shell shells mortar mortars tank tanks howitzer howitzers".split())
# Force words whose modifier may name the weapon ("a drone attack", "an air raid").
ATTACK_NOUNS = frozenset("attack attacks strike strikes raid raids assault assaults offensive bombing".split())
# Verbs whose "with" names the opponent, not the weapon ("clashed with troops").
WITH_OPPONENT = frozenset("clash fight exchange engage battle skirmish".split())
USING_VERBS = frozenset({"use", "employ", "deploy"})


def _words(tokens: list["Token"]) -> set[str]:
    out: set[str] = set()
    for t in tokens:
        for w in (t, *t.conjuncts):
            out |= {w.lemma_.lower(), w.lower_} | {m.lower_ for m in w.children if m.dep_ in ("compound", "amod")}
            if w.lower_ in ATTACK_NOUNS or w.lemma_.lower() in ATTACK_NOUNS:
                out |= {f"{m.lower_}-mod" for m in w.children if m.dep_ in ("compound", "amod", "nmod")}
    return out


def _instruments(tok: "Token") -> list["Token"]:
    """The nouns that may name what an attack was made with: "with drones", "using drones",
    "by using missiles", the weapon a participle hangs on ("missiles targeting the base"), the
    modifier of the attack noun the verb takes ("carried out a drone attack")."""
    out: list["Token"] = []
    lemma = tok.lemma_.lower()
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "with" and lemma not in WITH_OPPONENT:
            out += [g for g in c.children if g.dep_ == "pobj"]
        if c.dep_ == "prep" and c.lower_ == "by":
            out += [v for v in c.children if v.dep_ == "pcomp" and v.lemma_.lower() in USING_VERBS]
        if c.dep_ in ("advcl", "xcomp", "acl", "pcomp") and c.lemma_.lower() in USING_VERBS:
            out.append(c)
        if c.dep_ == "dobj":  # the parser often hangs "with drones" on the object ("attacked positions with drones")
            if c.lemma_.lower() in ATTACK_NOUNS:
                out.append(c)
            out += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "with"
                    for g in p.children if g.dep_ == "pobj"]
            out += [u for u in c.children if u.dep_ in ("acl", "advcl") and u.lemma_.lower() in USING_VERBS]
    used = [t for t in out if t.lemma_.lower() in USING_VERBS]
    out = [t for t in out if t not in used] + [o for u in used for o in u.children if o.dep_ == "dobj"]
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ == "NOUN":
        out.append(tok.head)  # "launched missiles targeting US troops"
    return out


# Crowd-control weapons: state forces using them on anyone use violent repression (175; the
# standard: "police tear gas, water cannon or live fire on protesters -> 175").
CROWD_WEAPONS = frozenset("baton batons truncheon truncheons teargas tear-gas pepper cannon cannons "
                          "rubber stun plastic".split())
STATE_FORCES = frozenset({"COP", "MIL", "GOV", "SPY"})


def weapon_code(code: str, tok: "Token", source_role: str | None = None) -> str | None:
    """An attack (190) made with an air weapon is the air attack (195), one made with artillery
    or tanks is 194; police or troops attacking or shooting with batons, tear gas, water cannon
    or rubber bullets repress (175). None when no weapon is named."""
    if code not in ("190", "193"):
        return None
    words = _words(_instruments(tok))
    if source_role in STATE_FORCES and (words & CROWD_WEAPONS or "gas" in words and "tear" in words):
        return "175"
    if code != "190" or _acts_within_operation(tok, words):
        return None
    if words & AERIAL_WEAPONS or any(f"{m}-mod" in words for m in AERIAL_MODIFIERS):
        return "195"
    if words & ARTILLERY_WEAPONS:
        return "194"
    return None


# A broad operation and the strikes it is made of: "launched a campaign with air raids and then
# sent in tanks" is the campaign (190) and the raids (195, coded on their
# own noun), as the Wikinews dev gold codes it; the airstrikes do not make the offensive 195.
BROAD_OPERATIONS = frozenset("offensive operation campaign war incursion invasion".split())
STRIKE_ACTS = frozenset("airstrike airstrikes air-strike air-strikes strike strikes bombing bombings raid raids".split())


def _acts_within_operation(tok: "Token", words: set[str]) -> bool:
    return bool(words & STRIKE_ACTS) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in BROAD_OPERATIONS for c in (tok, *tok.children))


# Actors that have no air force: their bombings are non-military (CAMEO 183).
NON_STATE_ROLES = frozenset({"REB", "INS", "SEP", "RAD", "CRM", "CVL", "OPP", "UAF"})


def non_military_bombing(code: str, tok: "Token", source_role: str | None) -> str | None:
    """ "Rebels bombed the military academy": a bombing by rebels, militants or private persons
    is 183 (CAMEO: suicide, car or other non-military bombing), unless an air weapon is named."""
    if code != "195" or tok.lemma_.lower() != "bomb" or tok.pos_ != "VERB" or source_role not in NON_STATE_ROLES:
        return None
    if _words(_instruments(tok)) & AERIAL_WEAPONS:
        return None
    return "183"


#: legal30: a bomber's modifier -> the bombing's subcode (suicide 1831, car or truck 1832).
BOMBER_KINDS = {"suicide": "1831", "car": "1832", "truck": "1832"}
#: legal30: codes of a violent act a person bomber's clause gets before its subcode.
_BOMBER_ACT_CODES = frozenset({"180", "182", "1823", "190", "195", "183"})


def bomber_code(code: str, tok: "Token") -> str | None:
    """legal30: "a suicide bomber killed 12 soldiers", "a car bomber struck the checkpoint": the
    act of a bomber named by kind is that bombing (1831 / 1832); None otherwise."""
    if code not in _BOMBER_ACT_CODES:
        return None
    for c in tok.children:
        if c.dep_ == "nsubj" and c.lemma_.lower() == "bomber":
            kinds = [BOMBER_KINDS[m.lower_] for m in c.children if m.dep_ in ("compound", "amod") and m.lower_ in BOMBER_KINDS]
            if kinds:
                return kinds[0]
    return None


# What keeps "accused Y of being X" an accusation of an act: being part of, or to blame for, one.
ACT_ADJECTIVES = frozenset("responsible guilty involved complicit liable culpable behind linked connected "
                           "party part implicated".split())


def _trait_words(be: "Token") -> list["Token"]:
    """The adjectives "being" takes: "of being incompetent"; "of being incompetent, lacking
    ethical leadership" (the parser makes the list one noun phrase with the traits as modifiers)."""
    out = [c for c in be.children if c.dep_ == "acomp" and c.pos_ == "ADJ"]
    for attr in (c for c in be.children if c.dep_ == "attr" and c.pos_ == "NOUN"):
        if not any(k.dep_ == "det" for k in attr.children):
            out += [k for k in attr.children if k.dep_ == "amod" and k.pos_ == "ADJ" and k.i < attr.i]
    return out


def trait_accusation(code: str, tok: "Token") -> str | None:
    """ "accused the minister of being incompetent": a trait held against Y is criticism (111),
    not the accusation of an act (112); "of being responsible for" stays 112. (A noun is left
    alone: the tune gold keeps "accused the government of indifference over ..." an accusation.)"""
    if code != "112" or tok.lemma_.lower() != "accuse":
        return None
    ofs = [p for h in (tok, *[c for c in tok.children if c.dep_ == "dobj"]) for p in h.children
           if p.dep_ == "prep" and p.lower_ == "of"]
    for p in ofs:
        for be in (g for g in p.children if g.dep_ == "pcomp" and g.lemma_.lower() == "be"):
            traits = _trait_words(be)
            if traits and not any(t.lemma_.lower() in ACT_ADJECTIVES or any(
                    k.dep_ == "prep" for k in t.children) for t in traits):
                return "111"
    return None


# What is eased when sanctions are (CAMEO 1054: demand easing of economic sanctions, boycott, embargo).
SANCTION_NOUNS = frozenset("sanction sanctions embargo embargoes blockade boycott tariff tariffs".split())
EASING_VERBS = frozenset("lift ease remove end drop scrap relax".split())


def demanded_easing(tok: "Token") -> str | None:
    """ "demanded that Y lift the sanctions": the demanded clause eases sanctions (1054), as
    "demanded the lifting of sanctions" is (a dictionary line). Only the verb "demand" reads
    this: "said Y should lift the embargo" stays an appeal (020 / 0254)."""
    for c in tok.children:
        if c.dep_ == "ccomp" and c.pos_ == "VERB" and c.lemma_.lower() in EASING_VERBS and any(
                o.dep_ == "dobj" and o.lemma_.lower() in SANCTION_NOUNS for o in c.children):
            return "1054"
    return None


# Property seized or destroyed (CAMEO 1711 confiscate property, 1712 destroy property): the verb
# says which; "damage", "ransack", "sabotage" stay the plain 171.
CONFISCATING = frozenset("seize confiscate impound commandeer requisition".split())
DESTROYING = frozenset("destroy demolish raze bulldoze".split())
PERSON_PRONOUNS = frozenset("him her them me us".split())


def property_subcode(code: str, tok: "Token") -> str | None:
    """ "police seized 18 kg of heroin" 1711, "police demolished the building" 1712 (the training
    gold codes both so); a seized person is no property (kept as the rules before left it)."""
    if code != "171":
        return None
    if any(c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ == "PERSON" or c.lower_ in PERSON_PRONOUNS)
           for c in tok.children):
        return None
    lemma = tok.lemma_.lower()
    if lemma in CONFISCATING:
        return "1711"
    if lemma in DESTROYING:
        return "1712"
    return None


# codes29: assets frozen abroad. "1711 freeze +asset" reads a freeze as property confiscated,
# which it is when police freeze a suspect's accounts; frozen assets of another state, its
# government or its firms are a sanction (163), as a ban on another state's firms is (172 -> 163).
FREEZING_VERBS = frozenset({"freeze", "block"})
SANCTIONED_ROLES = frozenset({"", "GOV", "BUS"})


def foreign_freeze(code: str, lemma: str, source_country: str | None, target_country: str | None,
                   target_role: str | None) -> str | None:
    """163 for assets frozen by one state of another state, its government or its firms; None else."""
    if code != "1711" or lemma not in FREEZING_VERBS or not source_country or not target_country:
        return None
    if source_country == target_country or (target_role or "") not in SANCTIONED_ROLES:
        return None
    return "163"

