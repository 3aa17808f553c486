"""integ31: the unnamed government a country's legislators or opposition act on is their own.

"Senate Republicans criticised the administration's policy in Bosnia", "House Democrats attacked
the president's handling of Haiti": a party group that the party table places (USALEG) acts on
"the administration", "the president", "the government" with no country word of its own. A
reader takes that government for the legislators' own; the actor resolver had lent it the
article's country, which in such stories is the place the policy is about (Bosnia). Asked in the
coder's pair loop; a target that names its country or an entity is never changed.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns for a government that need no name when a country's own politicians speak of it.
GOVERNMENT_NOUNS = frozenset({"administration", "government", "president", "cabinet", "premier",
                              "prime minister", "chancellor", "white house"})
#: Roles whose unnamed counterpart in government is at home.
DOMESTIC_ROLES = frozenset({"LEG", "OPP"})


def own_government(src: Actor, tgt: Actor, ttok: "Token | None") -> Actor:
    """The target placed in the source's country when `own_government` applies, else unchanged."""
    if ttok is None or tgt.entity is not None or tgt.role != "GOV" or src.role not in DOMESTIC_ROLES \
            or not src.country or not tgt.country or tgt.country == src.country:
        return tgt
    if ttok.lemma_.lower() not in GOVERNMENT_NOUNS:
        return tgt
    from dateline.events.actors import country_of, phrase_tokens

    if any(t.ent_type_ in ("GPE", "NORP") or t.pos_ in ("PROPN", "ADJ") and country_of(t.text)
           for t in phrase_tokens(ttok)):
        return tgt  # "the Bosnian government", "the government of Bosnia"
    return Actor(None, tgt.name, src.country + "GOV", src.country, "GOV")
