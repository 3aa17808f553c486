"""roles60: "the British colony" in a Hong Kong story is Hong Kong (HKG), not Britain.

A 1987 wire story from Hong Kong calls the territory "the British colony" ("The British colony
last week issued a banking licence to ..."); the standard keeps a territory with its own CAMEO
country code under that code (HKG Hong Kong), and the tune gold codes the sentence HKG. The
adjective names the ruling power, not the actor, so the phrase must not resolve to GBR.
Read only for "the [British|Portuguese] colony" (a "the" and no "of" phrase: "the colony of
Aden" says which) while the colony existed (Hong Kong until 1997-06-30, Macau until
1999-12-19), in an article that names the colony (its dateline or its text). Other colonies,
and the word in a story that names none, are left to the usual resolution.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.events.actors import ActorContext
    from dateline.model import Actor

#: (names in the article, ruling adjective, code, last day a colony).
COLONIES = (
    (("Hong Kong",), "british", "HKG", "1997-06-30"),
    (("Macau", "Macao"), "portuguese", "MAC", "1999-12-19"),
)
COLONY_WORDS = frozenset({"colony", "enclave"})


def colony_actor(tok: "Token", ctx: "ActorContext") -> "Actor | None":
    """The colony's own actor for "the British colony" in a story of that colony; else None."""
    from dateline.model import Actor

    if tok.pos_ != "NOUN" or tok.lower_ not in COLONY_WORDS:
        return None
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(c.dep_ == "prep" and c.lower_ == "of" for c in kids):
        return None
    adjs = {c.lower_ for c in kids if c.dep_ in ("amod", "compound")}
    article = ctx.article
    day = (article.published or "")[:10]
    text = " ".join((article.dateline or "", article.text or "")).lower()  # (a wire dateline is upper case)
    for names, ruler, code, last in COLONIES:
        if adjs - {ruler, "former", "tiny", "territory"}:
            continue  # "the French colony", "the crown colony of X" (another ruler)
        if not day or day > last:
            continue
        if any(n.lower() in text for n in names):
            return Actor(None, tok.doc[tok.left_edge.i:tok.i + 1].text, code, code, None)
    return None
