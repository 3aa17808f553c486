"""noact61: the state a crowd's "anti-" slogans name ("chanted anti-American slogans").

A crowd that chants or shouts slogans protests (141, verbs.txt), and `general._refine_protest`
aims a protest with no target at the crowd's own government. An "anti-<nationality>" word on the
slogans names another aim: "Iranian students shouted anti-American slogans" protest against the
United States (USA), not against Tehran. "anti-government" names no state, so the home government
stays. Pure: the trigger in, an ISO3 code (or None) out.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The words whose "anti-" modifiers are read.
SLOGAN_NOUNS = frozenset({"slogan", "chant", "song", "banner", "placard", "sign"})


def anti_state(trigger: "Token") -> str | None:
    """ISO3 of the first state an "anti-X" modifier on the trigger's slogan object names."""
    from dateline.events.actors import country_of

    doc = trigger.doc
    for obj in trigger.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in SLOGAN_NOUNS:
            continue
        for t in obj.subtree:
            if t.i >= obj.i or t.i < 2 or doc[t.i - 1].text != "-" or doc[t.i - 2].lower_ != "anti":
                continue
            if (iso := country_of(t.text)) not in (None, "---"):
                return iso
    return None
