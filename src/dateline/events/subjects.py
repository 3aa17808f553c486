"""source18: actors for subject phrases the interim coder leaves uncoded although the article
says whose they are.

Round 18's census (docs/evaluation/events-source18.md) of tune sentences where a dictionary
pattern with the gold root matched and no event came out: some subjects name a person or a body
by a plain noun the role tables do not hold ("the Socialists") in an article that is plainly
about one country. The standard codes a party family named by its members as that country's
party (<ISO3>OPP; actors.py turns a ruling party into GOV). (A rule for private-person nouns,
"the girl" -> <home>CVL, was tried and dropped: no true triple on tune.) These functions are pure reads of the token and the article's home
country; actors.py calls them only when nothing else coded the phrase.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

#: Nouns for private persons the role table leaves without a role ("two Slovak girls", "a
#: Libyan man", "a British national", "Japanese hostages"): the standard codes them CVL once the
#: phrase names their nationality.
PRIVATE_NOUNS = frozenset("man woman boy girl child kid teenager teen youth person individual national "
                          "family hostage fisherman sailor mother father son daughter wife husband "
                          "couple baby infant toddler "
                          "hacker smuggler trafficker suspect".split())  # integ30: "three Iranian hackers"
# (Crowds, fans, spectators were tried: "Argentine fans marched to celebrate" then read as
# civilians marching, a protest against their government; left out.)

#: Party families named by their members ("the Socialists pulled out"): a party, coded OPP.
PARTY_FAMILIES = frozenset("socialists communists conservatives liberals greens nationalists".split())

#: How sure the article's country must be (share of its country mentions) before a bare noun
#: is read as one of its people: the same bar as for named persons in actors.py.
HOME_SHARE = 0.5


def _states_whose(tok: "Token") -> bool:
    """The phrase itself says or implies whose the person is: a nationality, a place, an owner
    ("his Socialists", "the Socialists of Kosovo"), or a relative clause/prepositional tail that may."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod") and (c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
                                                               or c.pos_ == "PRON" or c.dep_ == "poss"):
            return True
        if c.dep_ == "prep" and any(g.ent_type_ in ("GPE", "NORP", "ORG", "LOC") for g in c.subtree):
            return True
    return False


def private_noun_role(tok: "Token") -> str | None:
    """"CVL" for a private-person noun ("girls", "a man", "nationals"), None for any other word:
    the role a person noun takes when the phrase names only the person's country."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in PRIVATE_NOUNS:
        return "CVL"
    if tok.ent_type_ == "NORP" and tok.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "nummod" for c in tok.children):
        return "CVL"  # integ30: "arrested a Bosnian Serb", "two Americans": people counted by nationality
    return None


def called_foreign(words: "Iterable[Token]") -> bool:
    """integ30: a phrase that calls its people foreign ("foreign women", "expatriate workers"):
    they are not of the country the article or the holder is in."""
    from dateline.resolve.actors import FOREIGN_HEADS, FOREIGN_WORDS

    # tunetgt45: or a noun that says so itself ("missionaries")
    return any(t.dep_ == "amod" and t.lower_ in FOREIGN_WORDS or t.lower_ in FOREIGN_HEADS for t in words)


def private_person(tok: "Token", actor: Actor | None) -> Actor | None:
    """A bare country read off a private-person noun's nationality ("several Slovak girls" ->
    SVK) becomes that country's civilians (SVKCVL): a bare country is the state, and the coder
    drops a state acting at home as a place. Any other actor is returned unchanged."""
    if actor is None or not actor.country or actor.role or actor.code != actor.country:
        return actor
    role = private_noun_role(tok)
    if role is None:
        return actor
    return Actor(actor.entity, actor.name, actor.country + role, actor.country, role)


def home_party_family(tok: "Token", home: str | None, share: float) -> tuple[str, str] | None:
    """(country, "OPP") for "the Socialists" in an article mostly about one country: a party
    named by its members; None otherwise."""
    if tok.lower_ not in PARTY_FAMILIES or tok.tag_ not in ("NNPS", "NNS", "NNP") or not home or share < HOME_SHARE:
        return None
    if not tok.text[:1].isupper() or _states_whose(tok):
        return None
    return home, "OPP"


def home_actor(tok: "Token", home: str | None, share: float) -> Actor | None:
    """The Actor for a subject noun the interim coder left uncoded, by the rules above; None
    when none applies."""
    got = home_party_family(tok, home, share)
    if got is None:
        return None
    country, role = got
    return Actor(None, tok.text, country + role, country, role)


#: Title words that only a state's (or a party's shadow) cabinet gives: a name tagged as an
#: organisation right before one is the ministry's portfolio ("Foreign Affairs Minister").
CABINET_TITLES = frozenset(("minister", "ministers"))


def portfolio_before_minister(org_last: "Token") -> bool:
    """source25: the organisation name ending at `org_last` is a cabinet portfolio, because a
    minister's title follows it at once ("Turkey's [European Affairs] Minister Ali Bozer",
    "the [Home Affairs] Minister"). The recogniser tags such portfolios ORG, and the coder read
    the person as the officer of an unknown body and left them uncoded."""
    nxt = org_last.i + 1
    return nxt < len(org_last.doc) and org_last.doc[nxt].lower_ in CABINET_TITLES


#: source25: words for a part of a group ("a handful of lawmakers", "a broad cross-section of
#: members of parliament", "a section of the party"): the group named after "of" is the actor,
#: as for "most of" and "a group of" (actors.QUANTIFIER_WORDS).
PART_WORDS = frozenset("handful section cross-section segment portion".split())
