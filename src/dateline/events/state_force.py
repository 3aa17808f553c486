"""bcast33: force used, or threatened, against a state is military force (CAMEO 190 / 138).

"President Clinton says the United States is prepared to use force against Iraq", "Clinton says
he will use force against Iraq if necessary": the dictionary's "use +force" line is police force
on a crowd (175), so a state readying force against another state was coded as a threat of
repression (137). A use of force whose target is a state, its government or its armed forces (or
an armed group) is conventional military force (190); its threat or intent, 138. Force used on
people (protesters, students, civilians: "police used force against the demonstrators") keeps 175.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Codes of force on a crowd, with the code of military force each one stands for.
CROWD_TO_MILITARY = {"175": "190", "137": "138"}
# Targets that are a state or its armed side: no role (a bare state), government, army, rebels ...
STATE_ROLES = frozenset({None, "", "GOV", "MIL", "REB", "UAF", "SEP", "INS"})
FORCE_NOUNS = frozenset({"force"})


def military_force_code(code: str, trigger: "Token", target_role: str | None, target_country: str | None) -> str | None:
    """190 (or the threat 138) for "use force against <a state>"; None keeps the code."""
    if code not in CROWD_TO_MILITARY or trigger.lemma_.lower() != "use" or not target_country:
        return None
    if target_role not in STATE_ROLES:
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in FORCE_NOUNS for c in trigger.children):
        return None
    return CROWD_TO_MILITARY[code]
