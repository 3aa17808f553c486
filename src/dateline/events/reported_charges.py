"""politics30: what a speaker's clause charges a party with, beyond `general.speech_content_code`.

"The opposition said the president had stolen the election" (fraud, 1121: `electoral_fraud`),
"Orban said the opposition was trying to destabilise the country" (the accusing word sits under
an attempt verb, which the clause's own-word rule skipped: 112), "'This government has failed the
Kenyan people,' Odinga said" (a party failing the people it serves: criticism, 111; "the talks
failed" or "the bank failed" have no such object). Called by the coder's reported-accusation
branch in place of `general.speech_content_code`, which it falls back on.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.events import electoral_fraud, general

if TYPE_CHECKING:
    from spacy.tokens import Token

ATTEMPT_VERBS = frozenset({"try", "attempt", "seek", "plot", "conspire", "scheme", "plan", "want"})
# The people a government or a party serves, whom it can fail.
SERVED_PEOPLE = frozenset({"people", "country", "nation", "citizen", "voter", "public", "worker", "family",
                           "farmer", "poor", "youth", "electorate", "taxpayer"})


def _attempted_act(clause: "Token") -> "Token | None":
    """ "was trying to destabilise the country": the act tried (the xcomp of an attempt verb)."""
    if clause.lemma_.lower() not in ATTEMPT_VERBS:
        return None
    return next((c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)


def _failed_people(clause: "Token") -> bool:
    if clause.lemma_.lower() != "fail":
        return False
    obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in SERVED_PEOPLE


def content_code(clause: "Token") -> str | None:
    """The 111/112x a reported clause charges its subject with, or None."""
    if electoral_fraud.stolen_vote(clause):
        return "1121"
    if _failed_people(clause):
        return "111"
    if (act := _attempted_act(clause)) is not None and (code := general.speech_content_code(act)) is not None:
        return code  # "was trying to destabilise the country": the act tried, not the trier's own words
    return general.speech_content_code(clause)


def charged_anyway(clause: "Token") -> bool:
    """A clause whose verb the dictionary knows in another sense but which here charges its
    subject: "had stolen the election" (no seizure), "was trying to destabilise" (no trial)."""
    act = _attempted_act(clause)
    return electoral_fraud.stolen_vote(clause) or act is not None and general.speech_content_code(act) is not None
