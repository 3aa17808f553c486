"""actors57: "the country's communists", "Nepal's Maoist communists": a party family named by
its members, with an owner that says whose.

A plural party-family noun ("communists", "Maoists", "socialists") carries no role word, so
"the country's Maoist communists" coded the bare country (NPL, a state) and "the country's
communists accused the government" the bare country against its own government (dropped).
(`subjects.home_party_family` covers only the capitalised bare "the Socialists".) The standard
codes an opposition party OPP, a party in government GOV, and armed insurgents REB; the actor
tables give the Maoists REB (roles.tsv: insurgents in Nepal, India and Peru). So the role is:

- REB for communists or Maoists when the phrase says "Maoist" or the article is a story of
  insurgency (it speaks of rebels, guerrillas, insurgents or an insurgency): the Philippine,
  Nepalese and Peruvian wars of the era;
- GOV when a party of that family governs the country on the article's date (the ruling-party
  table, as `role_conventions.governing_party` reads it: "China's communists");
- OPP otherwise ("the country's socialists walked out of parliament").

Only the head noun of the phrase, only when the phrase gives a country and no role word.

The same gap held for a party or movement named in full that no table lists ("the Islamic
Action Front accused the government", "Jordan's Islamic Action Front", "the Popular Front"):
"Front" and "Movement" are no role words (only "party" is), so the name coded the bare
country or nothing. A capitalised "Front" or "Movement" closing a name of capitalised words is
a political movement: OPP (GOV on the dates the ruling-party table gives it), and REB when the
name calls it armed ("... Liberation Front", "National Resistance Movement"), as roles.tsv's
"liberation front" lines do for the names the tagger keeps whole. Not a war's front ("the
Eastern Front") nor the Olympic movement. The country is the one the phrase or the article
gives (actors.py's interim coder).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dateline.events.role_conventions import governs

if TYPE_CHECKING:
    from spacy.tokens import Token

#: plural family nouns -> the party name the ruling-party table would hold for them
FAMILIES = {"communists": "communist", "maoists": "maoist", "socialists": "socialist",
            "conservatives": "conservative", "nationalists": "nationalist", "islamists": "islamist"}
#: families that took up arms in the era's insurgencies
ARMED_FAMILIES = frozenset({"communists", "maoists"})
#: an article that tells of an armed insurgency
_INSURGENCY = re.compile(r"\b(?:rebels?|rebellion|guerrillas?|insurgen(?:ts?|cy)|insurrection)\b", re.I)


def family_role(tok: "Token", words: list["Token"], country: str | None, text: str,
                day: str | None) -> str | None:
    """The role of a party family's head noun (see the module's note); None for any other word."""
    word = tok.lower_
    if word not in FAMILIES or not country or tok.pos_ not in ("NOUN", "PROPN") or (words and tok is not words[-1]):
        return None
    if word in ARMED_FAMILIES and (word == "maoists" or any(t.lower_ == "maoist" for t in words)
                                   or _INSURGENCY.search(text or "")):
        return "REB"
    if governs(country, f"{FAMILIES[word]} party", day):
        return "GOV"
    return "OPP"


#: the heads of a movement's name ("Party" is a role word already: roles.tsv, party_names.py)
NAME_HEADS = frozenset({"Front", "Movement"})
#: words that make a named movement an armed one
ARMED_NAME_WORDS = frozenset({"liberation", "resistance", "revolutionary", "armed", "guerrilla", "guerrillas"})
#: first words of names that are no political movement: a war's fronts, the Olympic movement
NOT_MOVEMENTS = frozenset({"eastern", "western", "northern", "southern", "home", "olympic", "cold", "warm"})


def name_head_role(tok: "Token") -> str | None:
    """ "OPP" (or "REB") for the head of an unlisted movement's capitalised name; None otherwise."""
    if tok.text not in NAME_HEADS or tok.pos_ != "PROPN":
        return None
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    if not mods or not all(m.text[:1].isupper() for m in mods):
        return None
    names = {t.lower_ for m in mods for t in m.subtree if t.i < tok.i}
    if names & NOT_MOVEMENTS:
        return None
    return "REB" if names & ARMED_NAME_WORDS else "OPP"
