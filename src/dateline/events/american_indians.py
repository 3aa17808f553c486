"""left49: "Indian" in a story from the Americas means the continent's indigenous peoples.

"President Duran Ballen invited 35 Indian leaders to the palace" (Quito), "Indian groups blocked
roads" (La Paz): the demonym table reads "Indian" as India's, so the leaders coded INDGOV and the
groups India's. In a story datelined in (or mostly about) a state of the Americas that never
names India, an "Indian" people noun is that state's own people: its country, and CVL where
India's reading gave the title's GOV (indigenous leaders hold no office of state; the tune gold
codes them <ISO3>CVL). Other roles the noun gives (protesters OPP) stay. A story that names India
("Indian Prime Minister Rao arrived in Brasilia for talks with India's partners") is left alone,
as is any noun that names an office or body of a state ("Indian ambassador", "Indian army").
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dateline.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

#: States of the Americas (ISO3), where "Indian" names the indigenous peoples.
AMERICAS = frozenset("ARG BOL BRA CHL COL ECU PER PRY URY VEN GUY SUR MEX GTM HND SLV NIC CRI PAN "
                     "BLZ USA CAN".split())
#: People nouns an "Indian" adjective may describe as indigenous people.
PEOPLE_NOUNS = frozenset("leader chief group people peasant community tribe organisation organization "
                         "federation confederation protester demonstrator activist villager farmer "
                         "rebel guerrilla representative delegate movement".split())
_INDIA = re.compile(r"\bIndia\b")


def american_indians(tok: "Token", actor: Actor | None, dateline_country: str | None,
                     home: str | None, text: str) -> Actor | None:
    """The American state's own code for an "Indian" people noun in a story of the Americas;
    `actor` unchanged otherwise."""
    if actor is None or actor.country != "IND":
        return actor
    state = dateline_country if dateline_country in AMERICAS else home if home in AMERICAS else None
    if state is None or _INDIA.search(text):
        return actor
    if tok.lower_ in ("indian", "indians") and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "amod":
        pass  # "Indians blocked the road"
    elif tok.lemma_.lower() not in PEOPLE_NOUNS or not any(
            c.dep_ in ("amod", "compound") and c.lower_ == "indian" for c in tok.children):
        return actor
    role = "CVL" if actor.role in ("GOV", None, "") else actor.role
    return Actor(actor.entity, actor.name, state + role, state, role)
