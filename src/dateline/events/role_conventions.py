"""roles27: role conventions that the role noun alone does not settle.

The role table (data/actors/roles.tsv) gives "party" the code OPP, as WIKINEWS_EVENTS.md codes
opposition parties and party leaders outside government OPP. Two kinds of phrase break that
default, on any text:

- a party that governs on the article's date is the government (GOV): "the Greek socialist
  party" in 1996, "Japan's Liberal Democrats" in 2019. Who governs when is data
  (data/actors/ruling_parties.tsv, dated spans per country); the US parties are dated in
  parties.txt already.
- "party" in its other senses is no political actor: a gathering ("a birthday party", "a
  slumber party": the people at it are private persons, CVL) or a side of a deal or a suit
  ("other interested parties", "a third party", "the parties to the contract"), which has no
  role of its own.

Pure functions on a spaCy token and the Actor the resolver gave it; actors.py calls them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "actors" / "ruling_parties.tsv"

#: Head nouns of a party's name or description ("the socialist party", "the Awami League").
PARTY_HEADS = frozenset("party league congress front alliance movement union".split())
#: Words that put a party out of government whatever the table says, or make the phrase
#: another actor than the party itself ("the opposition Socialists", "the former ruling party",
#: "a breakaway faction of the party").
NOT_IN_POWER = frozenset("opposition former ex exiled dissident rebel rebels breakaway splinter "
                         "faction dissidents banned outlawed underground".split())
#: Nouns of the government itself: a party set against one in its own sentence ("the Socialists
#: accused the government of ...") is not the government, whatever the table says.
GOVERNMENT_NOUNS = frozenset("government cabinet administration regime".split())
#: Gatherings called parties: the people at one are private persons.
GATHERINGS = frozenset("birthday slumber dinner wedding house garden tea cocktail christmas bachelor "
                       "bachelorette hen stag farewell engagement pool beach street block costume "
                       "launch celebration retirement graduation pajama pyjama".split())
#: Modifiers of "party" in its legal or commercial sense: a side of a deal, a suit or a sale.
DEAL_SIDES = frozenset("third interested concerned contracting injured aggrieved relevant guilty "
                       "innocent affected private".split())


@dataclass(frozen=True)
class RulingSpan:
    country: str
    names: tuple[str, ...]
    start: str
    end: str | None


@lru_cache(maxsize=1)
def ruling_spans() -> tuple[RulingSpan, ...]:
    """The dated rows of data/actors/ruling_parties.tsv."""
    out = []
    for line in DATA_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        names = tuple(n.strip() for n in cols[1].split("|") if n.strip())
        end = cols[3].strip() if len(cols) > 3 and cols[3].strip() else None
        out.append(RulingSpan(cols[0].strip(), names, cols[2].strip(), end))
    return tuple(out)


@lru_cache(maxsize=None)
def _name_pattern(name: str) -> "re.Pattern[str]":
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")


def governs(country: str, text: str, day: str | None) -> bool:
    """Whether `text` (a party's phrase, lower case) names a party of `country` that holds
    the government on `day` (ISO date)."""
    if not day:
        return False
    day = day[:10]
    for span in ruling_spans():
        if span.country != country or day < span.start or (span.end is not None and day >= span.end):
            continue
        if any(_name_pattern(n).search(text) for n in span.names):
            return True
    return False


def _phrase_text(tok: "Token", words: list["Token"]) -> str:
    return " ".join(t.text for t in words).lower()


def governing_party(tok: "Token", actor: Actor | None, words: list["Token"], entity_name: str | None,
                    day: str | None) -> Actor | None:
    """A party the resolver coded OPP (the party word's default) that governs its country on
    the article's date is GOV. Only when the phrase is the party itself (its head is a party
    noun or the party's own name), so "socialist demonstrators" stay protesters, and never
    when the phrase says it is out of power ("the opposition Socialists") or its sentence
    sets it against "the government"."""
    if actor is None or actor.role != "OPP" or not actor.country:
        return actor
    if tok.lemma_.lower() not in PARTY_HEADS and tok.pos_ != "PROPN" and not _party_people(tok):
        return actor
    lowered = {t.lower_ for t in words} | {t.lower_ for t in tok.children if t.dep_ in ("amod", "compound")}
    if lowered & NOT_IN_POWER:
        return actor
    if any(t.lemma_.lower() in GOVERNMENT_NOUNS and t not in words and not _advised(t)
           for t in tok.sent):
        return actor  # "the Socialists accused the government of rigging the vote": set against it
    text = _phrase_text(tok, words)
    if entity_name:
        text = f"{text} | {entity_name.lower()}"
    if not governs(actor.country, text, day):
        return actor
    return Actor(actor.entity, actor.name, actor.country + "GOV", actor.country, "GOV")


#: actors73: verbs by which a party advises a government ("the LDP urged / suggested the government
#: ...", "asked the cabinet to ..."): a ruling party does that to its own government, so they do
#: not set the party against it.
ADVICE_VERBS = frozenset("urge suggest advise recommend propose ask press call tell want".split())
#: Saying verbs, and the modals that make what is said advice ("said the government should ...").
SAYING_VERBS = frozenset("say add stress insist argue believe".split())
ADVICE_MODALS = frozenset("should must ought need".split())


def _advised(gov: "Token") -> bool:
    """actors73: the government noun is the one advised, not opposed: the object or the clause
    subject of an advice verb ("the LDP suggested the government review the ceiling", "urged the
    government to ..."), or the subject of a said clause with "should / must" ("the LDP official
    said the government should not abandon its target"). The 1987 wire's ruling LDP advises its
    government so sentence after sentence, and its gold codes the party GOV there."""
    head = gov.head
    if gov.dep_ in ("dobj", "nsubj", "nsubjpass") and head.lemma_.lower() in ADVICE_VERBS:
        return True
    if gov.dep_ not in ("nsubj", "nsubjpass") or head.dep_ not in ("ccomp", "xcomp"):
        return False
    said = head.head.lemma_.lower()
    if said in ADVICE_VERBS:
        return True
    return said in SAYING_VERBS and any(
        c.dep_ == "aux" and c.lemma_.lower() in ADVICE_MODALS for c in head.children)


def _party_people(tok: "Token") -> bool:
    """actors38: "Likud leaders", "ANC officials": a party's people noun with the party's proper
    name before it speaks for the party, so the party's governing dates apply to it."""
    from dateline.events.party_names import MEMBER_NOUNS  # (party_names imports this module)
    return tok.lemma_.lower() in MEMBER_NOUNS and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children)


def other_sense_party(tok: "Token", actor: Actor | None) -> tuple[bool, Actor | None]:
    """("a birthday party", "other interested parties", "a party to the suit"): (True, the
    actor it is) when "party" is not a political party here, else (False, actor unchanged).
    A gathering is its guests, private persons (CVL); a side of a deal has no role, so no
    actor."""
    if actor is None or actor.role != "OPP" or tok.lemma_.lower() != "party" or tok.pos_ != "NOUN":
        return False, actor
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    if mods & GATHERINGS:
        country = actor.country
        code = (country or "---") + "CVL"
        return True, Actor(actor.entity, actor.name, code, country, "CVL")
    if mods & DEAL_SIDES and not mods & {"political", "ruling", "governing", "opposition"}:
        return True, None
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return True, None  # "the parties to the agreement"
    return False, actor


#: Titles an organisation gives its own people: "its leader", "their spokesman", "its secretary
#: general". Alone the words read as a state's officials (GOV), so "Amnesty said its secretary
#: general criticised Turkey" coded the secretary general as Turkey's government.
OWNED_TITLES = frozenset("leader chief head spokesman spokeswoman spokesperson chairman chairwoman chair "
                         "president general secretary director founder commander representative "
                         "official member officer".split())
#: left49: roles of a state's bodies, whose joined "its commander" keeps the title's own role.
STATE_BODY_ROLES = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
#: Possessive pronouns that stand for an organisation (not "his"/"her": a person's own aide).
ORG_PRONOUNS = frozenset({"its", "their"})


def _owner_subject(tok: "Token") -> "Token | None":
    """The subject of the clause that reports the title's words ("Amnesty said its secretary
    general ...", "A statement from the PKK said its leader ..."): the nearest ancestor verb's
    subject before the title, or the organisation a "statement from X" names."""
    for anc in tok.ancestors:
        if anc.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i
                     and tok not in c.subtree), None)
        if subj is None:
            continue
        if subj.lemma_.lower() in ("statement", "communique", "communiqué", "announcement", "report"):
            src = next((g for p in subj.children if p.dep_ == "prep" and p.lower_ in ("from", "by", "of")
                        for g in p.children if g.dep_ == "pobj"), None)
            if src is None:  # "A Mujahideen Khalq statement", "the party's statement"
                src = next((c for c in subj.children if c.dep_ in ("compound", "poss", "nmod")
                            and c.pos_ in ("PROPN", "NOUN")), None)
            return src
        return subj
    return None


def owned_title(tok: "Token", actor: Actor | None, actor_for, head_actor_for=None) -> Actor | None:
    """roles27: "Amnesty International said its secretary general ...", "the rebel group said
    its leader ...": a title owned by "its"/"their" belongs to the organisation that speaks,
    so it takes that organisation's code (NGOAMN, <ISO3>REB, <ISO3>OPP ...) instead of the
    government role the title word gives alone. Only when the owner is an organisation with
    a code that is not a bare country (a country's "its ambassador" stays the government) and
    not a person; other actors pass unchanged.

    left49: a title joined to its owner ("the rebel movement and its commander", "the union and
    its leader") belongs to the conjunct it is joined to. That head is often still being resolved
    when the title is (the pair's phrase holds both), so `head_actor_for` resolves it afresh."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in OWNED_TITLES:
        return actor
    if not any(c.dep_ == "poss" and c.lower_ in ORG_PRONOUNS for c in tok.children):
        return actor
    owner_tok = _owner_subject(tok)
    joined = tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN") and head_actor_for is not None
    if joined:
        owner_tok = tok.head
    if owner_tok is None or owner_tok.pos_ == "PRON" or owner_tok.ent_type_ in ("PERSON", "GPE"):
        return actor
    owner = head_actor_for(owner_tok) if joined else actor_for(owner_tok)
    if owner is None or not owner.code or (owner.country and owner.code == owner.country):
        return actor
    if joined and owner.role in STATE_BODY_ROLES:
        return actor  # "the government and its commander": a state's own officer keeps his title's role
    if actor is not None and actor.code == owner.code:
        return actor
    return Actor(owner.entity, owner.name, owner.code, owner.country, owner.role)


#: Military strikes named as the actor ("the US airstrike that killed ...", "Israeli air raids
#: hit ..."): only armed forces fly or fire them.
STRIKE_NOUNS = frozenset("airstrike air-strike airraid air-raid strike raid bombardment shelling "
                         "bombing gunfire fire".split())
#: violence65: who fires "fire" that is gunfire, not a blaze ("Israeli fire", "sniper fire")
FIRING_WORDS = frozenset("army troop troops soldier soldiers police sniper snipers tank tanks artillery "
                         "mortar machine-gun machinegun gunboat naval government rebel rebels militia "
                         "guerrilla guerrillas".split())


def armed_fire(tok: "Token") -> bool:
    """violence65: "fire" with a nationality or a force word on it ("killed by Israeli fire",
    "Serb sniper fire killed two") is gunfire, whose firers act; a bare "fire" stays a blaze."""
    return tok.lemma_.lower() == "fire" and tok.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ == "NORP" or c.lower_ in FIRING_WORDS)
        for c in tok.children)
#: Words that make "strike", "raid" or "bombing" a military one ("air strike", "drone strike").
MILITARY_STRIKE_WORDS = frozenset("air drone missile rocket artillery naval aerial".split())


def military_strike(tok: "Token", actor: Actor | None) -> Actor | None:
    """roles27: a state's military strike as the actor of an attack ("the US airstrike that
    killed the general", "Israeli air raids hit Gaza") is that state's armed forces (<ISO3>MIL,
    as WIKINEWS_EVENTS.md codes armed forces); the country word alone gave the bare country.
    Only the bare country of a strike noun that names an air, drone, missile or artillery
    strike; a strike by workers or a raid by police stays as it was."""
    if actor is None or not actor.country or actor.code != actor.country or tok.pos_ != "NOUN":
        return actor
    lemma = tok.lemma_.lower()
    if lemma not in STRIKE_NOUNS:
        return actor
    if lemma == "fire" and not armed_fire(tok):
        return actor
    if lemma in ("strike", "raid", "bombing"):
        mods = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
        if not mods & MILITARY_STRIKE_WORDS:
            return actor
    if not _strike_acts(tok):
        return actor  # "said the American missile strikes were an act of cowardice": the act judged
    return Actor(actor.entity, actor.name, actor.country + "MIL", actor.country, "MIL")


def _strike_acts(tok: "Token") -> bool:
    """The strike does something: the subject of a verb other than "be" ("air strikes hit"),
    a relative clause's subject ("the airstrike that killed ..."), or the agent of a passive
    ("killed by a US drone strike"). A strike that is judged, condemned or answered is the
    country's act, which the gold codes with the bare country (as other act nouns, roles21)."""
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() != "be" and tok.dep_ == "nsubj":
        return True
    if any(c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in ("that", "which") for g in c.children)
           for c in tok.children):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent"


#: Goods named after a medium ("television sets", "radio receivers", "TV imports"): trade news
#: puts them in tariffs and bans, where the goods stand for their country, not its media.
GOODS_HEADS = frozenset("set receiver tube import export product good shipment equipment".split())


def goods_not_media(tok: "Token", actor: Actor | None) -> Actor | None:
    """roles27: "tariffs on Japanese color television sets": the media word only names the
    goods, so the target is the goods' country (bare, as the wire's trade gold codes goods),
    not its media (MED)."""
    if actor is None or actor.role != "MED" or not actor.country or tok.pos_ != "NOUN":
        return actor
    if tok.lemma_.lower() not in GOODS_HEADS:
        return actor
    return Actor(actor.entity, actor.name, actor.country, actor.country, None)


#: legal30: modifiers that make a "bomber" a person who carries the bomb, not an aircraft.
PERSON_BOMBER_WORDS = frozenset("suicide car truck lone would-be".split())


def person_bomber(tok: "Token", actor: Actor | None) -> Actor | None:
    """legal30: "a suicide bomber killed 12 soldiers": the bomber is a private person (CVL, of the
    country the resolver found), not a warplane of that country's military."""
    if actor is None or actor.role != "MIL" or tok.lemma_.lower() != "bomber":
        return actor
    if not any(c.lower_ in PERSON_BOMBER_WORDS for c in tok.children if c.dep_ in ("compound", "amod")):
        return actor
    country = actor.country
    return Actor(None, actor.name, (country or "---") + "CVL", country, "CVL")


#: Roles that fight or oppose a state at home and take its country from it.
_HOME_CHALLENGERS = frozenset({"REB", "OPP"})


def coordinated_state_side(tok: "Token", actor: Actor | None, actor_of) -> Actor | None:  # type: ignore[no-untyped-def]
    """context33: "Sierra Leone's government and the rebels signed a peace accord in Lome": bare
    rebels (or opposition) coordinated with one country's government or army are that
    country's, not the country of the place the sentence names. `actor_of` is the actor coder
    (its in-progress guard keeps the two conjuncts from asking each other forever)."""
    if actor is None or actor.role not in _HOME_CHALLENGERS or tok.pos_ != "NOUN":
        return actor
    from dateline.events.actors import country_of

    if any(c.dep_ == "poss" or c.dep_ in ("amod", "compound", "nmod") and country_of(c.text) for c in tok.children):
        return actor  # "Rwandan rebels", "its rebels": the phrase says whose ("Hutu rebels" does not)
    for other in tok.conjuncts:
        got = actor_of(other)
        if got is not None and got.role in ("GOV", "MIL") and got.country and got.country != actor.country:
            return Actor(actor.entity, actor.name, got.country + actor.role, got.country, actor.role)
    return actor
