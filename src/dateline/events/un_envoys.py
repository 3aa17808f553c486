"""oneactor64: a state's envoy to the United Nations is the state's, not the UN's.

"Israel's U.N. envoy", "China's UN ambassador", "the Chinese U.N. representative": the "U.N."
word in the phrase names where the diplomat serves, and the resolver took it for the body the
person acts for (IGOUNO). The standard codes a state's diplomats as its government (an
ambassador is a GOV role); the UN's own officials (a "U.N. envoy" of no state, "the U.N.
special envoy for Syria") stay IGOUNO. The rule needs the state in the phrase itself: a
possessor ("Israel's") or a national adjective or name ("Chinese", "U.S.") on the diplomat's
noun.

Pure: a token, the Actor the resolver gave it and a country reader in.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns of a state's diplomats.
ENVOY_NOUNS = frozenset("envoy ambassador representative delegate delegation diplomat mission "
                        "negotiator emissary".split())
#: Words that name the United Nations in a modifier.
_UN_WORDS = frozenset({"u.n.", "un", "u.n", "nations", "united"})


def _un_modifier(tok: "Token") -> bool:
    """The noun has "U.N." / "UN" / "United Nations" among its modifiers."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _UN_WORDS for c in tok.children)


def national_un_envoy(tok: "Token", actor: Actor | None,
                      country_at: Callable[["Token"], "str | None"]) -> Actor | None:
    """The state's government for "<state>'s U.N. <envoy>" resolved as the UN; else `actor`."""
    if actor is None or actor.code != "IGOUNO" or tok.lemma_.lower() not in ENVOY_NOUNS \
            or not _un_modifier(tok):
        return actor
    states = {c for m in tok.children
              if m.dep_ in ("poss", "amod", "compound", "nmod") and m.lower_ not in _UN_WORDS
              and (c := country_at(m))}
    if len(states) != 1:
        return actor
    (state,) = states
    return Actor(actor.entity, actor.name, state + "GOV", state, "GOV")
