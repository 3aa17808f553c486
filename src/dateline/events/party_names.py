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
    return {c for c, names in party_table() if any(_name_pattern(n).search(text) for n in names)}


def named_party(tok: "Token", actor: Actor | None, words: list["Token"], entity_name: str | None) -> Actor | None:
    """The party's OPP for a phrase that is a listed party's name; else the actor as given."""
    headed = tok.lemma_.lower() == "party"
    if not (tok.pos_ == "PROPN" or tok.text[:1].isupper() and tok.pos_ == "NOUN") and not headed:  # ("AfD": NOUN)
        return actor
    text = " ".join(t.text for t in words if t.dep_ != "det").lower()
    whole = text in _all_names()  # the phrase is a listed party's whole name ("Christian Democratic Union")
    if actor is not None and actor.role not in REPLACED_ROLES and not (actor.role == "LEG" and headed) \
            and not (whole and actor.role in NAME_WORD_ROLES):
        return actor
    if entity_name:
        text = f"{text} | {entity_name.lower()}"
    found = party_countries(text)
    if not found:
        return actor
    country = actor.country if actor is not None and actor.country in found else None
    if country is None and (actor is None or not actor.country) and len(found) == 1:
        country = next(iter(found))
    if country is None:
        return actor
    return Actor(actor.entity if actor else None, actor.name if actor else tok.text, country + "OPP", country, "OPP")
