"""An unlisted name before "spokesman" is a firm's spokesman (BUS), not the government's (people66).

"A Shell spokesman said", "a Kessler spokesman", "a Halvorsen Group spokesman": wire copy puts a
firm's bare name before its spokesman. The name is in no table, so the phrase fell to the role
word alone ("spokesman" GOV) and the story's country: a firm's spokesman was its government.
A government's speakers are named by their office ("a Kremlin spokesman", "a Treasury
spokesman", "a ministry spokesman"), a party or group by a listed name: the callers try
those first, and this rule answers only for a name that none of them knows. Acronyms are left
out (an unlisted "CWC" is as often a union or party as a firm), and so are names that are
places, role words ("Palace", "Embassy") or parties of ruling_parties.tsv and party_names.tsv
("Likud").
"""
from __future__ import annotations

#: The speaker heads whose unlisted name is a firm's.
SPEAKER_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen",
                           # actors73: "meet with Crazy Eddie representatives": a firm's people, not
                           # legislators ("representative" alone is LEG in the role table)
                           "representatives"})


def firm_speaker_name(words: list[str]) -> str | None:
    """The firm's name of "<Name> spokesman" when the name is capitalised words of no known body
    ("Kessler spokesman" -> "Kessler"); None otherwise. Callers have already tried the actor
    tables, parties and offices on the whole phrase."""
    if len(words) < 2 or words[-1].lower() not in SPEAKER_HEADS or len(words) > 4:
        return None
    name = words[:-1]
    if not all(w[:1].isupper() and not w.isupper() for w in name):
        return None
    text = " ".join(name)
    from dateline.resolve.actor_roles import head_role
    from dateline.resolve.countries import country_code
    from dateline.resolve.places import place_country
    from dateline.events import wire  # (lazy: the events package imports this module's users)
    from dateline.events.party_names import party_countries

    if party_countries(text.lower()):
        return None  # "a Likud spokesman": a party's (events/party_names.py codes it)

    if head_role(text) or country_code(text) or place_country(text) or wire.office(text, whole=True) \
            or wire.office(" ".join(words), whole=True):
        return None
    return text
