"""sources35: a group noun takes its role from the words that say whose group it is.

The role table (data/actors/roles.tsv) knows some groups as phrases ("rights group" HRI,
"business association" BUS, "student group" EDU), and the head nouns of collectives ("group",
"association", "organisation", "federation", "coalition", "network") carry no role of their own.
So "Muslim groups", "civic groups", "farmers' associations", "human rights organisations" or
"legal and religious groups" resolved to no actor, and the act they did (a call, a protest, an
accusation) went uncoded: the source-unresolved class of the loss table.

A collective head that resolved to nothing takes the role its modifiers name (compound, adjective
or owner words, and their conjuncts: "legal and religious groups"): workers and unions LAB,
farmers AGR, employers and business BUS, students EDU, the opposition OPP, and civic, legal,
religious, women's, rights or environmental groups, which the standard codes as national
non-profits (<ISO3>NGO; "rights" keeps the table's HRI). Its country is the phrase's own
("Ecuador's", "Kenyan") or, as for other unnamed bodies, the article's main country; groups set
outside it ("international", "foreign", "regional") borrow none and stay uncoded.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Head nouns of collectives that have no role of their own.
COLLECTIVE_HEADS = frozenset({"group", "association", "organisation", "organization", "federation",
                              "confederation", "coalition", "network", "society", "groups", "associations",
                              "organisations", "organizations", "federations", "coalitions", "networks"})
#: Modifier words -> the role of the group they qualify.
MODIFIER_ROLES: dict[str, str] = {
    **dict.fromkeys("union unions labour labor worker workers trade-union".split(), "LAB"),
    **dict.fromkeys("farmer farmers farm farming peasant peasants agricultural".split(), "AGR"),
    **dict.fromkeys("employer employers business businesses industry industrial manufacturer manufacturers "
                    "trader traders".split(), "BUS"),
    **dict.fromkeys("student students".split(), "EDU"),
    **dict.fromkeys("opposition".split(), "OPP"),
    **dict.fromkeys("rights".split(), "HRI"),
    **dict.fromkeys("civic civil legal religious church churches muslim islamic christian catholic protestant "
                    "evangelical buddhist hindu jewish women women's environmental environmentalist green "
                    "conservation humanitarian aid charity charitable advocacy consumer consumers "
                    "community".split(), "NGO"),
}
#: Words that put a group outside the article's country (no borrowed country).
OUTSIDE_WORDS = frozenset("international foreign global regional world western overseas transnational".split())


def _word(tok: "Token") -> str:
    """The modifier as the table writes it: lower case, without an owner's apostrophe."""
    w = tok.lower_
    return w[:-2] if w.endswith("'s") else w.rstrip("'")


def _modifiers(head: "Token") -> list["Token"]:
    """The words before the head that say what the group is: compounds, adjectives, owners and
    their conjuncts ("legal and religious groups"), and compounds of those ("human rights")."""
    mods = [c for c in head.children if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < head.i]
    mods += [x for m in list(mods) for x in m.conjuncts if x.i < head.i]
    mods += [g for m in list(mods) for g in m.children if g.dep_ in ("compound", "amod")]
    return mods


def modifier_role(head: "Token") -> str | None:
    """The role a collective head's modifiers name; None when the head is no collective, the
    modifiers name no role, or they name two different ones."""
    if head.lower_ not in COLLECTIVE_HEADS and head.lemma_.lower() not in COLLECTIVE_HEADS:
        return None
    roles = {MODIFIER_ROLES[w] for m in _modifiers(head) if (w := _word(m)) in MODIFIER_ROLES}
    return roles.pop() if len(roles) == 1 else None


def modified_group(tok: "Token", actor: Actor | None, home: str | None,
                   phrase_country: Callable[["Token"], str | None]) -> Actor | None:
    """The actor of a collective head that resolved to nothing ("Muslim groups") or to a role
    with no country ("environmental groups": ---NGO); `actor` unchanged otherwise, or when no
    country is known."""
    if tok.pos_ not in ("NOUN", "PROPN") or actor is not None and (actor.country or actor.code[:3] != "---"):
        return actor  # (a group with a role but no country, "---NGO" for "church groups", is filled below)
    role = modifier_role(tok)
    if role is None:
        return actor
    if any(_word(m) in OUTSIDE_WORDS for m in _modifiers(tok)):
        return actor
    country = phrase_country(tok) or home
    if country is None:
        return actor
    name = " ".join(t.text for t in tok.subtree if t.i <= tok.i)
    return Actor(None, name, country + role, country, role)
