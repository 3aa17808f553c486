"""unnamed48: attacks and seizures by unnamed perpetrators are not coded.

WIKINEWS_EVENTS.md ("Not coded"): events without an identifiable source, including "attacks
whose perpetrator is not named in the sentence or the article". roles.tsv gives gunmen,
kidnappers and attackers a private-person role (CVL) so that a known lone attacker ("a gunman
killed his wife", "the attacker, later named as ...") and the captured or shot perpetrator (a
target: "police shot dead two gunmen") still code, as the tune gold codes them. What the gold
leaves out is the plural band of no identity as the doer: "Gunmen killed three policemen",
"Kidnappers have seized a Dutch couple", "Armed men seized an engineer", "Multiple assailants
attacked ...". The coder gave those <place>CVL as the source.

`unnamed_band(tok)`: the source token is such a band: a plural perpetrator noun (or "armed /
masked men") with nothing in its own phrase that says who they are: no name, no nationality or
group modifier ("Hamas gunmen", "Chechen gunmen"), no possessor ("its gunmen"), no "of/from/
loyal to X" naming a party ("gunmen of the FLNC"), no apposition.
`named_in_article(doc)`: the article names them anyway: it states the perpetrators' one
nationality (events/stated_nationality.py: "hijackers believed to be Iraqis") or tells a
claim of responsibility ("the group said it carried out the attack"); the band is then left
to the other rules.
Singular nouns are left alone (a lone gunman is a person the story follows; the gold codes him).
Pure functions on spaCy tokens.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import stated_nationality

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Perpetrator nouns that name people only by what they did.
BAND_NOUNS = frozenset("gunman kidnapper abductor captor hostage-taker attacker assailant hijacker bomber "
                       "raider bandit robber assassin killer arsonist".split())
#: "armed men", "masked youths": a person noun made a perpetrator by how it is equipped.
_PERSON_NOUNS = frozenset("man youth person individual".split())
_ARMED = frozenset("armed masked hooded gun-wielding gun-toting knife-wielding machete-wielding "
                   "unidentified unknown".split())
#: Modifiers that say nothing of who they are.
_PLAIN_MODIFIERS = _ARMED | frozenset("heavily suspected alleged several multiple some many other more few "
                                      "two three four five six seven eight nine ten dozen dozens "
                                      "suicide would-be fleeing escaped".split())
#: Prepositions whose object may name the band's party ("gunmen of the FLNC", "loyal to X").
_OWNER_PREPS = frozenset("of from with to".split())
_ENTITY_TYPES = frozenset({"NORP", "ORG", "GPE", "PERSON"})
#: Verbs of a claim of responsibility ("claimed responsibility for the attack").
_CLAIM_VERBS = frozenset("claim admit accept".split())
#: Verbs that report a group's own word that it did the act ("said it had carried out the attack").
_SAYING_VERBS = frozenset("say announce admit state confirm".split())


def _singular(word: str) -> str | None:
    """The singular of a plural noun form ("gunmen" -> "gunman", "assailants" -> "assailant"),
    read from the word itself: the tagger takes a sentence-initial "Gunmen" after a dateline for
    a proper noun (NNP), so the tag cannot say it is plural."""
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return None


def _band_noun(tok: "Token") -> bool:
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in _ENTITY_TYPES and tok.ent_iob_ == "I":
        return False
    singular = _singular(tok.lower_)
    if singular in BAND_NOUNS:
        return True
    return singular in _PERSON_NOUNS and any(c.dep_ == "amod" and c.lower_ in _ARMED for c in tok.children)


#: Nouns that name an organised party ("gunmen from a separatist group", "of the militia").
_GROUP_NOUNS = frozenset("group movement front army party militia faction organisation organization brigade "
                         "cell wing cartel gang clan tribe force forces".split())


def _party_word(tok: "Token") -> bool:
    """A word that names or points to a party: a name (an entity, a proper noun, an acronym the
    tagger missed: "the FLNC") or a group noun."""
    return tok.ent_type_ in _ENTITY_TYPES or tok.pos_ == "PROPN" or (tok.text.isupper() and len(tok.text) > 1) \
        or tok.lemma_.lower() in _GROUP_NOUNS


def _names_party(tok: "Token") -> bool:
    """A modifier or phrase of the token that says whose they are."""
    for c in tok.children:
        if c.dep_ in ("poss", "appos", "compound", "nmod"):
            return True
        if c.dep_ == "amod" and (c.lower_ not in _PLAIN_MODIFIERS or c.ent_type_ in _ENTITY_TYPES):
            return True
        if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS or c.dep_ == "acl" and c.lemma_.lower() in (
                "loyal", "linked", "belong", "believe", "identify", "suspect"):
            if any(_party_word(t) for t in c.subtree):
                return True
    return False


def band_party(tok: "Token") -> "Token | None":
    """The party a band's own phrase names by a preposition ("gunmen of the FLNC", "attackers
    from the Hizbul Mujahideen group"): the name token, for the resolver; None when it names none."""
    if not _band_noun(tok) and not (tok.pos_ == "NOUN" and tok.lemma_.lower() in BAND_NOUNS):
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "from"):
            for o in c.children:
                if o.dep_ == "pobj" and _party_word(o):
                    return o
    return None


def unnamed_band(tok: "Token") -> bool:
    """The token is a plural band of perpetrators of no identity ("Gunmen", "armed men")."""
    return _band_noun(tok) and not _names_party(tok)


def named_in_article(doc: "Doc") -> bool:
    """The article states its perpetrators' one nationality ("hijackers believed to be Iraqis"):
    the resolver gives the band that country (events/stated_nationality.py)."""
    return stated_nationality.stated_nationality(doc) is not None


def unnamed_source(tok: "Token") -> bool:
    """The source token is an unnamed band and the article does not state its nationality."""
    return unnamed_band(tok) and not named_in_article(tok.doc)


def _subject(verb: "Token") -> "Token | None":
    while verb.dep_ in ("xcomp", "conj") and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def claimants(doc: "Doc") -> list["Token"]:
    """The subjects of the article's claims of responsibility: "X claimed responsibility for the
    attack", "X said (in a statement) that it had carried out the attack". The standard codes an
    attack whose perpetrator the article names; a claim names it."""
    found = []
    for t in doc:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma in _CLAIM_VERBS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "credit") for c in t.children):
            subj = _subject(t)
        elif t.pos_ == "VERB" and lemma == "carry" and any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children) \
                and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we") for c in t.children):
            say = t.head  # up to the saying verb: "said that it ...", "said in a statement that it ..."
            for _ in range(4):
                if say.lemma_.lower() in _SAYING_VERBS and say.pos_ == "VERB" or say.head is say:
                    break
                say = say.head
            subj = _subject(say) if say.lemma_.lower() in _SAYING_VERBS and say is not t else None
        else:
            continue
        if subj is not None and subj.pos_ != "PRON":
            found.append(subj)
    return found
