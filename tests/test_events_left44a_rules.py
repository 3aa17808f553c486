"""left44a: actor and place failures earlier rounds left (left43a, domestic41), repaired in round
44 (docs/evaluation/events-left44a.md). Every sentence is our own, a dateline paragraph first."""
from __future__ import annotations

from events_variety import coded_triples

from dateline.resolve.actor_roles import head_role, role_code
from dateline.resolve.actors import region_country
from dateline.resolve.countries import named_state_country, subdivision_country


def _story(dateline: str, *sentences: str) -> set[tuple[str, str, str | None]]:
    return coded_triples("\n\n".join((dateline, *sentences)), dateline.split()[-1])


def _codes(got) -> set[str | None]:
    return {c for s, _, t in got for c in (s, t)}


# --- "the Gulf" is the Persian Gulf of world news, not Papua New Guinea's Gulf province

def test_the_gulf_is_no_province_of_papua_new_guinea():
    assert subdivision_country("Gulf") is None and region_country("the Gulf") is None


def test_the_gulf_gives_no_png_actor():
    for text in ("The United States and Britain agreed to withdraw their troops from the Gulf.",
                 "Saudi Arabia and Kuwait condemned Iraqi troop movements near the Gulf.",
                 "Iran accused the United States of threatening shipping in the Gulf."):
        assert not any(c and c.startswith("PNG") for c in _codes(_story("DUBAI 1996-08-30", text))), text


def test_gulf_sentences_still_code_their_actors():
    assert ("IRN", "112", "USA") in _story("TEHRAN 1996-08-30",
                                           "Iran accused the United States of threatening shipping in the Gulf.")
    assert ("SAU", "111", "IRQMIL") in _story("RIYADH 1996-08-30",
                                               "Saudi Arabia and Kuwait condemned Iraqi troop movements near the Gulf.")


# --- a place the text calls a state or province is that part, not a namesake city abroad

def test_named_state_country():
    assert named_state_country("Parana") == "BRA"
    assert named_state_country("Punjab") is None  # parts of two countries


def test_parana_state_is_brazil():
    got = _story("SAO PAULO 1996-08-30", "Police in Parana state arrested 40 landless workers.")
    assert ("BRACOP", "173", "BRACVL") in got
    got = _story("SAO PAULO 1996-08-30", "Brazilian landless peasants occupied a farm in Parana state.")
    assert not any(c and c.startswith("ARG") for c in _codes(got))


def test_the_state_of_parana_is_brazil():
    got = _story("SAO PAULO 1996-08-30", "Landless farmers seized a ranch in the southern state of Parana.")
    assert got and all(s.startswith("BRA") for s, _, _ in got)


# --- the leaders of a march or rally are the opposition, as protest leaders are

def test_leaders_of_a_gathering_are_opp():
    for t in ("the leaders of the march", "leaders of the rally", "rally leaders", "the leaders of the protest",
              "march leader", "leaders of the demonstrations"):
        assert role_code(t) == "OPP" and head_role(t) in ("OPP", None) or role_code(t) == "OPP", t
    assert head_role("the leaders of the march") == "OPP"


def test_bare_gathering_and_other_leaders_keep_their_reading():
    assert role_code("the march") is None and head_role("the march") is None
    assert role_code("leaders") == "GOV"
    assert role_code("student leaders of the march") == "EDU"
    assert head_role("head of the interior ministry") == "GOV"


def test_police_arrest_march_leaders():
    assert ("IDNCOP", "173", "IDNOPP") in _story("JAKARTA 1996-08-30",
                                                  "Police arrested the leaders of the march in Jakarta.")
    assert ("KORCOP", "173", "KOROPP") in _story("SEOUL 1996-08-30",
                                                  "Riot police detained three rally leaders outside parliament in Seoul.")


def test_a_banned_march_keeps_its_target():
    got = _story("NAIROBI 1996-08-30", "The government banned the march in Nairobi.")
    assert any(code == "172" and s == "KENGOV" for s, code, _ in got)
    assert not any(t and t.endswith("GOV") and code == "173" for _, code, t in
                   _story("JAKARTA 1996-08-30", "Police arrested the leaders of the march in Jakarta."))
