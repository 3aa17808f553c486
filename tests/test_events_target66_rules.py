"""Round-66 target rules (target66), each checked on sentences we wrote: "General" before a body's
head noun is part of the body's name, no military rank ("the General Accounting Office" is no
army, so the Pentagon criticising its audit is not the Pentagon acting on itself); the national
labour centres "Confederation of Labour" are unions; an appeal for an end to a fight whose sides
go unnamed has no target (no home government decides a war); "challenged X in court" is a suit
(115); "speculators" and "contractors" are firms (BUS)."""
from __future__ import annotations

from events_variety import coded_triples


def _has(got, s, c, t):
    return any(x == (s, c, t) for x in got)


def _wire(place, day, *sentences):
    return f"{place} {day}\n\n" + "\n\n".join(sentences) + "\n"


# --- "General" naming a body, not a rank ---------------------------------------------------------------

def test_role_code_general_before_a_body_noun():
    from dateline.resolve.actor_roles import role_code

    assert role_code("General Accounting Office") == "GOV"
    assert role_code("General Directorate of Security") == "GOV"
    assert role_code("General Confederation of Labour") == "LAB"
    # the rank stays a rank: alone, after a service word, before a name
    assert role_code("general") == "MIL"
    assert role_code("army general") == "MIL"
    assert role_code("major general") == "MIL"
    assert role_code("General Lebed") == "MIL"


def test_wire_1987_pentagon_criticises_the_audit_office_not_itself():
    text = _wire("WASHINGTON", "1987-06-10", "The General Accounting Office issued an audit on Wednesday "
                 "that faulted Pentagon spending on spare parts.", "The Pentagon criticised the audit.")
    got = coded_triples(text, "1987-06-10")
    assert _has(got, "USAMIL", "111", "USAGOV"), got
    assert not _has(got, "USAMIL", "111", "USAMIL"), got


def test_wire_1996_general_confederation_of_labour_is_a_union():
    got = coded_triples(_wire("PARIS", "1996-09-11", "The General Confederation of Labour criticised the "
                              "government over its pension plans."), "1996-09-11")
    assert _has(got, "FRALAB", "111", "FRAGOV"), got
    assert not any(s == "FRAMIL" for s, _, _ in got), got


def test_news_2019_general_directorate_is_no_army():
    got = coded_triples("The General Directorate of Security accused the journalist of espionage.", "2019-07-03")
    assert not any("MIL" in s for s, _, _ in got), got


def test_general_before_a_name_is_still_military():
    got = coded_triples(_wire("MOSCOW", "1996-09-11", "General Pavel Sorokin criticised the Defence Ministry."),
                        "1996-09-11")
    assert any(s.endswith("MIL") and c == "111" for s, c, _ in got), got


# --- an end to an unnamed fight asks no one ------------------------------------------------------------

def test_news_2012_un_calls_for_end_to_fighting_has_no_target():
    got = coded_triples(_wire("GOMA", "2012-11-21", "The United Nations called for an end to the fighting "
                              "near Goma."), "2012-11-21")
    assert got == [] or not any(c.startswith("02") for _, c, _ in got), got


def test_wire_1996_red_cross_appeal_for_end_to_fighting_no_home_government():
    got = coded_triples(_wire("NAIROBI", "1996-08-30", "The Red Cross appealed for an end to the fighting "
                              "in southern Sudan."), "1996-08-30")
    assert not any(t in ("KENGOV", "SDNGOV") for _, _, t in got), got


def test_wire_1987_halt_to_bloodshed_has_no_target():
    got = coded_triples(_wire("BEIRUT", "1987-03-04", "The Vatican called for a halt to the bloodshed in "
                              "Lebanon."), "1987-03-04")
    assert not any(t == "LBNGOV" for _, _, t in got), got


def test_end_to_one_sided_act_keeps_its_doer():
    # a one-sided act ("state terrorism", "Russia's air strikes") is still asked of its doer
    got = coded_triples(_wire("COLOMBO", "1996-08-30", "The demonstrators demanded an immediate end to state "
                              "terrorism against Tamils."), "1996-08-30")
    assert _has(got, "LKAOPP", "1056", "LKAGOV"), got
    got = coded_triples("The United Nations called for an end to Russia's air strikes.", "2012-11-21")
    assert _has(got, "IGOUNO", "0256", "RUSGOV"), got


# --- a legal challenge -------------------------------------------------------------------------------

def test_challenged_in_court_is_a_suit():
    got = coded_triples("The union challenged the government's decree in court.", "2019-07-03")
    assert any(s.endswith("LAB") and c == "115" and t.endswith("GOV") for s, c, t in got), got
    got = coded_triples("The opposition said it would contest the president's decree in the courts.", "1996-09-11")
    assert any(s.endswith("OPP") and c == "130" and t.endswith("GOV") for s, c, t in got), got


def test_challenge_not_in_court_is_no_suit():
    for text in ("The opposition did not contest the president's decree in court.",
                 "The team challenged the champions in the final.",
                 "The president challenged the court's authority."):
        got = coded_triples(text, "2019-07-03")
        assert not any(c == "115" for _, c, _ in got), (text, got)


# --- trade nouns --------------------------------------------------------------------------------------

def test_speculators_and_contractors_are_firms():
    got = coded_triples("The OPEC president accused speculators of spreading rumours.", "1987-05-06")
    assert _has(got, "IGOOPC", "112", "---BUS"), got
    got = coded_triples(_wire("RIYADH", "2019-07-03", "The ministry criticised foreign contractors for the "
                              "delays."), "2019-07-03")
    assert _has(got, "SAUGOV", "111", "---BUS"), got
