"""The appeal13 rules, each on sentences we wrote: demands told as a noun ("the opposition's
demands include ...": one 10x demand per kind of thing demanded, from the possessor toward its
own government, events/appeals.py `nominal_demands`, hooked in events/coder.py), and a request or
proposal sent to a body named as the indirect object ("sent Congress a request"), verbs.txt.
"""
from __future__ import annotations

from events_variety import coded_triples


def _events(text: str, date: str = "2019-08-20") -> set[tuple[str, str, str | None]]:
    return coded_triples(text, date)


def _doc(text: str):
    from dateline.nlp import load_nlp

    return load_nlp()(text)


# ---------------------------------------------------------------- nominal demands

def test_the_kinds_of_things_demanded_are_coded_one_demand_each():
    got = _events("The Algerian opposition's demands include greater democratic reform and the release of jailed activists.")
    assert ("DZAOPP", "1044", "DZAGOV") in got  # a change of regime
    assert ("DZAOPP", "1053", "DZAGOV") in got  # people released


def test_a_measure_withdrawn_is_a_policy_change_and_a_gerund_names_its_object():
    got = _events("Opposition demands in Bolivia have included dissolving the electoral council and holding new elections.")
    assert got == {("BOLOPP", "1044", "BOLGOV")}
    got = _events("Although the law was suspended, the Chilean strikers' demands have expanded to complete repeal of the "
                  "law, an inquiry into police misconduct during the strike, and greater democratic reform.")
    assert ("CHLLAB", "1042", "CHLGOV") in got and ("CHLLAB", "1044", "CHLGOV") in got


def test_a_demand_of_no_clear_kind_is_a_plain_demand():
    got = _events("The Peruvian miners' union's demands include a meeting with the mining minister.")
    assert {c for _, c, _ in got if c.startswith("10")} <= {"100"}


def test_demands_described_not_listed_are_no_event():
    from dateline.events.appeals import nominal_demands

    doc = _doc("The demands of the teachers are modest, the minister said.")
    assert all(nominal_demands(t) is None for t in doc)  # no possessor, nothing listed
    doc = _doc("The union rejected the company's demands on Tuesday.")
    assert all(nominal_demands(t) is None for t in doc)  # the noun is an object: another act's


def test_nominal_demands_reads_the_possessor_and_the_kinds():
    from dateline.events.appeals import nominal_demands

    doc = _doc("The farmers' demands include the withdrawal of the fuel tax and the resignation of the minister.")
    found = [r for t in doc if (r := nominal_demands(t)) is not None]
    assert len(found) == 1
    verb, owners, kinds = found[0]
    assert verb.lemma_ == "include" and [o.text for o in owners] == ["farmers"]
    assert kinds == ["1041", "1042"]


# ---------------------------------------------------------------- a request sent to a body

def test_a_request_sent_to_the_legislature_is_an_appeal_to_it():
    got = _events("President Reagan sent Congress a request for $2 billion in emergency funding for the drought.", "1988-07-01")
    assert ("USAGOV", "020", "USALEG") in got


def test_a_proposal_sent_to_ones_own_cabinet_is_no_appeal():
    got = _events("The Japanese trade ministry sent a proposal to the cabinet on cutting tariffs on imported cars.", "1987-04-01")
    assert not any(c == "020" for _, c, _ in got)


# ---------------------------------------------------------------- invitations to the host's own meeting

def test_an_invitation_to_the_hosts_talks_or_table_is_an_intent_to_meet():
    got = _events("The Kenyan government invited Somali faction leaders to Nairobi for peace talks next week.", "1994-07-19")
    assert {c for _, c, _ in got} == {"036"}
    got = _events("The Ecuadorean president has invited 35 Quechua leaders to lunch next Tuesday.", "1996-08-20")
    assert {c for _, c, _ in got} == {"036"}


def test_an_invitation_to_act_elsewhere_stays_an_appeal_to_meet():
    got = _events("The Kenyan president invited Somali faction leaders to attend a peace conference in Nairobi.", "1994-07-19")
    assert {c for _, c, _ in got} == {"026"}


def test_an_invitation_to_meet_the_host_is_an_intent_to_meet():
    got = _events("The Israeli president has invited the Palestinian leader to meet him at his private home.", "1996-09-01")
    assert ("ISRGOV", "036", "PSEGOV") in got and not any(c == "026" for _, c, _ in got)
    got = _events("The Turkish government invited Greece and Egypt to open dialogue on the maritime dispute.", "2020-01-10")
    assert {c for _, c, _ in got} == {"026"}  # dialogue asked for: an appeal to negotiate


# ---------------------------------------------------------------- a measure taken back, asked as an act

def test_asking_that_a_measure_be_withdrawn_is_a_policy_change():
    got = _events("Protesters in Hong Kong demanded that the city's government withdraw the extradition bill.")
    assert ("HKGOPP", "1042", "HKGGOV") in got and not any(c == "1056" for _, c, _ in got)
    got = _events("The Malawian opposition urged the government to scrap the new fuel tax.")
    assert ("MWIOPP", "0242", "MWIGOV") in got


def test_asking_that_troops_be_withdrawn_stays_a_de_escalation():
    got = _events("The U.N. Security Council urged Ethiopia to withdraw its troops from the border.", "1998-06-12")
    assert ("IGOUNO", "0256", "ETH") in got
