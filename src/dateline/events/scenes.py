"""The country a roundup paragraph is set in: "In Indonesia, students stormed the parliament".

Broadcast news and wire roundups move from country to country and open each item with the
scene: "In Indonesia, students stormed ...", "In Kenya, police fired tear gas ...". A reader
takes the item's unplaced people ("students", "troops", "the army chief") for that country's,
not for the country the rest of the article is about (the actor coder's last resort, the
article's main country, made Indonesian students Iraqi in a bulletin that opened with Iraq).
The scene holds from its sentence to the end of the paragraph, or until another scene opens.
Pure: a token and a place reader in, a country code out.
"""
from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _opening_scene(sent: "Span", country_of: Callable[[str], "str | None"]) -> str | None:
    """The country of a sentence that opens "In <country or place>, ..."."""
    # perfev55: only the first 8 words are read (the comma is looked for there), not the sentence
    toks = list(islice((t for t in sent if not t.is_space), 8))
    if len(toks) < 4 or toks[0].lower_ != "in":
        return None
    comma = next((i for i, t in enumerate(toks[:8]) if t.text == ","), None)
    if comma is None or comma < 2:
        return None
    place = toks[1:comma]
    if not all(t.ent_type_ in ("GPE", "LOC") or t.lower_ == "the" for t in place):
        return None
    return country_of(" ".join(t.text for t in place if t.lower_ != "the"))


def scene_country(tok: "Token", country_of: Callable[[str], "str | None"]) -> str | None:
    """The scene country of the paragraph `tok` is in, from its own sentence back to the
    paragraph's start; None when no sentence there opens with a scene."""
    doc = tok.doc
    cache = doc.user_data.setdefault("dateline_scenes", {})
    sent = tok.sent
    if sent.start in cache:
        return cache[sent.start]
    got = _opening_scene(sent, country_of)
    if got is None and sent.start > 0 and "\n\n" not in doc[sent.start - 1].text_with_ws \
            and not doc[sent.start - 1].is_space:
        got = scene_country(doc[sent.start - 1], country_of)
    cache[sent.start] = got
    return got
