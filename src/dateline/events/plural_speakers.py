"""'Officials said it killed eleven people': "it" is not the officials (spurious68,
docs/evaluation/events-spurious68.md).

A singular "it" as the subject of what plural speakers say ("officials", "police", "witnesses",
"sources") cannot stand for them; it is the storm, the bomb or the crash the story told
before. The resolver still gave "it" the speakers' actor (---GOV, ---COP), so a natural
disaster or an unclaimed blast came out as the government killing its people. When the source
read for such an "it" is the plural speakers' own actor, the source is wrong and the act has no
named doer (not coded). A singular body ("the army said it killed twelve rebels") is the
speaker rule's (events/actors.py::speaker_antecedent) and stays.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Actor

#: Plural nouns a wire report uses for its speakers (the tagger may call "police" singular).
PLURAL_SPEAKERS = frozenset({"police"})


def _speaker(pron: "Token") -> "Token | None":
    clause = pron.head
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    if clause.dep_ not in ("ccomp", "parataxis") or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


def it_is_no_plural_speaker(stok: "Token | None", src: "Actor", actor_of: Callable[["Token"], "Actor | None"]) -> bool:
    """True when `stok` is a subject "it" of the clause plural speakers say and its source is
    just their own actor ("Officials said it killed ...": ---GOV)."""
    if stok is None or stok.lower_ != "it" or stok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    speaker = _speaker(stok)
    if speaker is None or speaker.i > stok.i:
        return False
    if speaker.pos_ != "NOUN" or speaker.ent_type_ or (speaker.tag_ != "NNS" and speaker.lower_ not in PLURAL_SPEAKERS):
        return False  # a name ("the United Auto Workers said it would strike") speaks of itself
    own = actor_of(speaker)
    return own is not None and bool(own.code) and own.code == src.code
