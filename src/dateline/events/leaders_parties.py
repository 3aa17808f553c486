"""politics30: "the president's party" is the governing party (GOV), not an opposition.

A party word defaults to OPP (the role lexicon), and `role_conventions.governing_party` turns
it GOV only when the ruling-party table names it. A party owned by a head of state or government
in office ("the president's party", "the prime minister's party", "Erdogan's party" where Erdogan
holds the office) is in power by that very phrase: the same country's GOV. A former leader's
party ("the former president's party") or one the phrase calls the opposition stays as it is.
Called from `actors._actor_for_token` after the table check.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

PARTY_WORDS = frozenset({"party", "parties", "camp", "bloc", "coalition", "alliance"})
# Words that take the office away from the owner or the power from the party.
NOT_NOW = frozenset({"former", "ex", "late", "opposition", "ousted", "exiled", "jailed", "deposed"})


def leader_party(tok: "Token", actor: Actor | None, actor_for: Callable[["Token"], Actor | None]) -> Actor | None:
    """GOV for a party whose possessor is an office holder of the government (current), else the
    actor unchanged."""
    if actor is None or actor.role != "OPP" or tok.lower_ not in PARTY_WORDS:
        return actor
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ not in ("NOUN", "PROPN"):
        return actor
    words = {t.lower_ for t in owner.subtree} | {t.lower_ for t in tok.children if t.dep_ in ("amod", "compound")}
    if words & NOT_NOW:
        return actor
    held = actor_for(owner)
    if held is None or held.role != "GOV" or not held.country:
        return actor
    if actor.country and actor.country != held.country:
        return actor
    return Actor(actor.entity, actor.name, held.country + "GOV", held.country, "GOV")
