"""euro33: who speaks in "X quoted Y as saying ..." (wire copy citing another medium).

Reuters copy of the 1990s passes on what a leader told a national news agency or state radio:
"Itar-Tass news agency quoted Primakov as saying that ...", "Xinhua quoted Li Peng as calling on
Taiwan to return to talks", "Anatolian news agency quoted Erbakan as accusing Greece of ...". The
small model hangs the participle on "as" (a prepositional complement), so the frames gave it the
subject of "quoted": the news agency (RUSMED, TURMED) became the one who accused, appealed or
criticised. The one quoted is the speaker: the object of "quote" ("quoted Y as saying"), or the
passive subject ("Y was quoted as saying", "Y, quoted by Interfax as saying"). The medium only
reports what Y said, and its quoting is no event.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs that pass on someone's words "as saying / as accusing ...".
QUOTING_VERBS = frozenset({"quote", "cite"})
#: Common nouns for people a medium quotes ("quoted a senior official as saying").
QUOTED_PEOPLE = frozenset("official officials spokesman spokeswoman spokesperson source sources diplomat "
                          "diplomats aide aides minister leader leaders commander president premier "
                          "ambassador envoy negotiator officer general chief".split())


def _speaker(tok: "Token | None") -> "Token | None":
    """A quoted one that can speak: a name, a tagged person or body, or a people noun ("cited an
    audit as prohibiting him" quotes no one)."""
    from dateline.events.frames import names_actor

    if tok is None:
        return None
    return tok if names_actor(tok) or tok.lemma_.lower() in QUOTED_PEOPLE or tok.lower_ in QUOTED_PEOPLE else None


def quoted_speaker(tok: "Token") -> "Token | None":
    """The one quoted when `tok` is the participle of "quoted Y as <verb>ing"; None otherwise.
    "Itar-Tass quoted Primakov as saying" -> Primakov; "Primakov was quoted as saying" ->
    Primakov; "quoted as saying" with no one named -> None (the caller keeps its own reading)."""
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG":
        return None
    prep = tok.head
    if prep.dep_ != "prep" or prep.lower_ != "as":
        return None
    quote = prep.head
    if quote.lemma_.lower() not in QUOTING_VERBS or quote.pos_ != "VERB":
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in quote.children) or quote.tag_ == "VBN" and quote.dep_ == "acl"
    if passive:
        subj = next((c for c in quote.children if c.dep_ == "nsubjpass"), None)
        if subj is None and quote.dep_ == "acl" and quote.head.pos_ in ("PROPN", "NOUN"):
            subj = quote.head  # "Primakov, quoted by Interfax as saying ...": the noun it hangs on
        return _speaker(subj)
    return _speaker(next((c for c in quote.children if c.dep_ == "dobj"), None))
