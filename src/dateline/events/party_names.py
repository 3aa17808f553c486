"""A political party named by its own name ("The AfD criticised ...", "the BJP", "Labour").

A party's name alone carried no role: the resolver made the bare country of it (the dateline's
or the article's: "PAK 111 PAKGOV" for "the PTI criticised the government") or, for a name the
tagger read as a person's, a private person. The conventions code parties outside government
OPP (WIKINEWS_EVENTS.md), and a party in government GOV (`role_conventions.governing_party`,
which reads data/actors/ruling_parties.tsv by date).

Every name in ruling_parties.tsv and in data/actors/party_names.tsv (parties of 2020s news out
of government) is a party of its country. A proper-noun phrase, or a phrase headed by "party",
that names one becomes that country's OPP (then GOV on the dates it governs): when the resolver
gave it that country with no role, a private person's role or (for "the Congress party") a
legislature's; or no country at all, when the name is a party of one country only. Pure: a
token, its phrase and its Actor in, an Actor out.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.events.role_conventions import _name_pattern, ruling_spans
from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "actors" / "party_names.tsv"
#: Roles a party's name may have been given by mistake ("Congress" is a legislature's word).
REPLACED_ROLES = frozenset({None, "", "CVL"})


#: Roles a word inside a party's whole name gives ("... Union" LAB, "... Congress" LEG, "... Front").
NAME_WORD_ROLES = frozenset({"LAB", "LEG", "BUS", "REB", "MIL"})


@lru_cache(maxsize=1)
def _all_names() -> frozenset[str]:
    return frozenset(n for _, names in party_table() for n in names)


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """Every word of a listed party's name ("social", "democrats"): not a country the phrase states."""
    return frozenset(w for n in _all_names() for w in n.split())


@lru_cache(maxsize=1)
def party_table() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(country, names) for every party the two tables list."""
    rows: dict[str, set[str]] = {}
    for span in ruling_spans():
        rows.setdefault(span.country, set()).update(span.names)
    for line in DATA_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        country, names = line.split("\t")[:2]
        rows.setdefault(country.strip(), set()).update(n.strip() for n in names.split("|") if n.strip())
    return tuple((c, tuple(sorted(ns, key=len, reverse=True))) for c, ns in rows.items())


def party_countries(text: str) -> set[str]:
    """The countries whose listed parties the lower-case text names."""
    # (perfev55: a name's pattern can only match where the name stands as written: the substring
    # test settles most of the table's names without the pattern's look-up and search)
    return {c for c, names in party_table() if any(n in text and _name_pattern(n).search(text) for n in names)}


#: actors38: nouns for a party's people ("Likud leaders", "ANC officials", "BJP members"): they
#: speak for the party.
MEMBER_NOUNS = frozenset({"leader", "leadership", "official", "member", "spokesman", "spokeswoman",
                          "spokesperson", "activist", "supporter", "politician", "chief", "figure"})
#: Roles the resolver gives such a phrase when it did not see the party: none, a private person's,
#: or the government of the article's country ("officials", "leaders").
MEMBER_REPLACED_ROLES = frozenset({None, "", "CVL", "GOV"})


def _party_modifier_text(tok: "Token") -> str | None:
    """The lower-case proper-noun compound before a party-member noun ("Likud" in "Likud leaders",
    "Motherland Party" in "Motherland Party leaders"); None when there is none."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in MEMBER_NOUNS:
        return None
    mods = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.pos_ == "PROPN"]
    if not mods or any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in tok.children):
        return None  # "Israeli Likud leaders" keeps the resolver's reading of the stated country
    first = min(t.i for m in mods for t in m.subtree)
    return " ".join(t.text for t in tok.doc[first:tok.i]).lower()


def party_member(tok: "Token", actor: Actor | None) -> Actor | None:
    """actors38: "Likud leaders", "ANC officials", "BJP members": the people of a listed party
    are the party (its OPP, made GOV on the dates it governs by `governing_party`). The resolver
    read the bare noun ("leaders", "officials") as the government of the article's country or of
    no country (PSEGOV for Likud leaders beside Hamas; ---GOV for ANC officials). Only a party
    name of one country, or of several with the resolver's country among them, is read."""
    text = _party_modifier_text(tok)
    if text is None or (actor is not None and actor.role not in MEMBER_REPLACED_ROLES):
        return actor
    found = party_countries(text)
    if not found:
        return actor
    known = actor.country if actor is not None and actor.country in found else None
    country = known or (next(iter(found)) if len(found) == 1 else None)
    if country is None:
        return actor
    return Actor(actor.entity if actor else None, actor.name if actor else tok.text, country + "OPP", country, "OPP")


def _borrowed_country(actor: Actor, words: list["Token"]) -> bool:
    """actors38: a bare country the phrase does not state ("Likud" beside "Hamas" got PSE, the
    article's country): the resolver borrowed it, so a one-country party name overrides it."""
    return actor.code == actor.country and actor.role in (None, "") \
        and not any(t.ent_type_ in ("NORP", "GPE") for t in words)


#: wire39a: nouns that head a party's or an electoral coalition's phrase ("the Zajedno coalition",
#: "the Likud party"); the phrase still has to name a listed party to be read as one.
PARTY_HEADS = frozenset({"party", "coalition", "alliance", "bloc"})


def named_party(tok: "Token", actor: Actor | None, words: list["Token"], entity_name: str | None,
                home: str | None = None) -> Actor | None:
    """The party's OPP for a phrase that is a listed party's name; else the actor as given.
    source64: a name several countries' parties share ("the Social Democrats", "the Socialist
    Party") and a phrase that states no country is the party of the article's home country
    (`home`, the dateline's or the story's), when that country has a party of the name: in a
    Bonn story of 1987, the SPD; unresolved before, so the act had no source."""
    member = party_member(tok, actor)
    if member is not actor:
        return member
    headed = tok.lemma_.lower() in PARTY_HEADS
    if not (tok.pos_ == "PROPN" or tok.text[:1].isupper() and tok.pos_ == "NOUN") and not headed:  # ("AfD": NOUN)
        return actor
    text = " ".join(t.text for t in words if t.dep_ != "det").lower()
    whole = text in _all_names()  # the phrase is a listed party's whole name ("Christian Democratic Union")
    # domestic41: the phrase's words leave out "of" ("Union of Democratic Forces" read "union democratic
    # forces", a labour union): the tagged name is the party's whole name too
    whole = whole or bool(entity_name) and entity_name.lower().removeprefix("the ").strip() in _all_names()
    if actor is not None and actor.role not in REPLACED_ROLES and not (actor.role == "LEG" and headed) \
            and not (whole and actor.role in NAME_WORD_ROLES):
        return actor
    if entity_name:
        text = f"{text} | {entity_name.lower()}"
    found = party_countries(text)
    if not found:
        return actor
    country = actor.country if actor is not None and actor.country in found else None
    if country is None and (actor is None or not actor.country or _borrowed_country(actor, words)) \
            and len(found) == 1:
        country = next(iter(found))
    if country is None and home and home in found and (actor is None or not actor.country) \
            and not any(t.ent_type_ in ("NORP", "GPE") and t.lower_ not in _name_words() for t in words):
        country = home  # source64: "the Social Democrats" in a Bonn story: the SPD
    if country is None:
        return actor
    return Actor(actor.entity if actor else None, actor.name if actor else tok.text, country + "OPP", country, "OPP")
