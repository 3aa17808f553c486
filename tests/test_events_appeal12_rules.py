"""The appeal12 rules (events/appeals.py, two one-line hooks in events/coder.py), each on
sentences we wrote: appeals and demands that name no addressee go to whoever decides what is
asked (the asking side's own government; its legislature for a bill's passage; the government
of the article's country for a body of no country), a party buried inside the content is not
the addressee, while the doer of the asked act ("the withdrawal of Ethiopian troops") still is;
a withdrawal of a measure asked for is a policy change (0242 / 1042), not a pull-back.
"""
from __future__ import annotations

from events_variety import coded_triples


def _events(text: str, date: str = "1996-08-20") -> set[tuple[str, str, str | None]]:
    return coded_triples(text, date)


def _doc(text: str):
    from dateline.nlp import load_nlp

    return load_nlp()(text)


# ---------------------------------------------------------------- undirected appeals: whoever decides

def test_an_inquiry_called_for_by_the_opposition_is_asked_of_its_government():
    got = _events("Opposition parties in Zambia called for an independent inquiry into the deaths of four miners.")
    assert ("ZMBOPP", "020", "ZMBGOV") in got
    assert not any(t == "ZMBCVL" or t == "ZMBLAB" for _, _, t in got)  # the miners are what it is about


def test_a_party_deep_inside_the_content_is_not_the_addressee():
    got = _events("Malawian opposition leaders called for an inquiry into the beating of students by police.")
    assert ("MWIOPP", "020", "MWIGOV") in got
    assert ("MWIOPP", "020", "MWICOP") not in got


def test_passage_of_a_bill_is_asked_of_the_legislature():
    got = _events("The Zambian opposition urged passage of the electoral reform bill on Monday.")
    assert ("ZMBOPP", "0242", "ZMBLEG") in got  # a law passed is a policy change


def test_a_bill_to_be_dropped_is_a_policy_change_asked_of_the_government():
    got = _events("Zambian trade unions called for the new labour law to be scrapped.")
    assert {(s, c, t) for s, c, t in got if c[:2] == "02"} == {("ZMBLAB", "0242", "ZMBGOV")}


def test_a_body_of_no_country_appeals_to_the_government_of_the_article():
    text = ("Police in Lusaka fired on a crowd of Zambian miners on Tuesday. "
            "Amnesty International called for an investigation into the shooting.")
    assert ("NGOAMN", "020", "ZMBGOV") in _events(text)


def test_a_named_addressee_is_kept():
    got = _events("Zambian opposition leaders called on the Malawian government to release the detained miners.")
    assert ("ZMBOPP", "0253", "MWIGOV") in got
    assert ("ZMBOPP", "0253", "ZMBGOV") not in got


def test_the_doer_of_the_asked_act_is_kept_as_target():
    got = _events("The United Nations demanded the withdrawal of Ethiopian troops from the border town.")
    assert ("IGOUNO", "1056", "ETHMIL") in got


def test_a_government_asking_for_something_with_no_addressee_is_left_alone():
    # a government's own undirected appeal has no clear decider: no home-government target is made
    got = _events("The Zambian government called for calm after the riots in the capital.")
    assert ("ZMBGOV", "020", "ZMBGOV") not in got and ("ZMBGOV", "0256", "ZMBGOV") not in got


# ---------------------------------------------------------------- a measure withdrawn

def test_withdrawal_of_a_bill_demanded_is_a_policy_change():
    got = _events("Zambian opposition leaders demanded the withdrawal of the mining bill.")
    assert ("ZMBOPP", "1042", "ZMBGOV") in got
    assert not any(c == "1056" for _, c, _ in got)


def test_withdrawal_of_a_tax_increase_called_for_is_a_policy_change():
    got = _events("The Zambian opposition called for the withdrawal of the fuel tax increase.")
    assert ("ZMBOPP", "0242", "ZMBGOV") in got


def test_withdrawal_of_troops_stays_de_escalation():
    from dateline.events.appeals import measure_withdrawn

    doc = _doc("Kenya demanded the withdrawal of Ugandan troops from the islands.")
    assert measure_withdrawn("1056", doc[1]) is None
    doc = _doc("Kenya demanded the withdrawal of the new import tariff.")
    assert measure_withdrawn("1056", doc[1]) == "1042"


def test_an_addressee_named_as_a_common_noun_before_the_asked_act_is_kept():
    # "urged farm ministers to agree ...": the ministers are asked, not the asker's own government
    got = _events("A Zambian farmers' union urged Malawian farm ministers to cut the maize tariff.")
    assert not any(t == "ZMBGOV" for s, c, t in got if c[:2] == "02")


def test_kidnappers_demanding_a_ransom_ask_no_government():
    got = _events("Kidnappers in Zambia seized two Dutch engineers and demanded a ransom of $2 million.")
    assert not any(t and t.endswith("GOV") for _, c, t in got if c[:2] == "10")


def test_approval_of_money_asked_of_the_legislature_is_a_plain_appeal():
    got = _events("The Zambian opposition called for quick approval of $30 million in aid for the flood victims.")
    assert ("ZMBOPP", "020", "ZMBLEG") in got
    assert not any(c == "0242" for _, c, _ in got)


# ---------------------------------------------------------------- pressure and future demands

def test_pressure_to_act_is_a_demand():
    assert ("ZMB", "100", "MWI") in _events("Zambia pressured Malawi to close the refugee camps on its border.")


def test_a_demand_announced_for_later_is_still_a_demand_not_a_threat():
    got = _events("The Mexican foreign minister said the government would pressure the United States to "
                  "protect Mexican migrants.")
    assert ("MEXGOV", "100", "USA") in got
    assert not any(c[:2] == "13" for _, c, _ in got)


def test_bare_pressure_stays_coercion():
    from dateline.events.patterns import Frame, load_dictionary

    assert load_dictionary().match(Frame("pressure")).code == "170"


# ---------------------------------------------------------------- seeking from a party; wanting talks

def test_seeking_something_from_a_party_is_an_appeal_to_it():
    got = _events("Venezuela is seeking a more flexible attitude from its creditor banks, the finance minister said.")
    assert ("VEN", "020", "---BUS") in got


def test_seeking_to_act_is_no_appeal():
    got = _events("Kenya sought to buy arms from Russia.")
    assert not any(c[:2] == "02" for _, c, _ in got)


def test_favouring_talks_with_a_party_is_an_intent_to_meet():
    assert ("KENGOV", "036", "KENREB") in _events("The Kenyan government favours talks with all the rebel factions.")
    assert ("KEN", "036", "UGA") in _events("Kenya wants talks with Uganda on the disputed islands.")


def test_an_announced_subpoena_stays_a_threat():
    from dateline.events.appeals import announced_ask

    doc = _doc("The commission said it would subpoena the officers.")
    assert not announced_ask("100", doc[5])
    doc = _doc("The minister said he would demand an apology.")
    assert announced_ask("100", doc[5])


def test_appealing_a_ruling_to_a_court_is_a_case_not_a_plea():
    got = _events("The Kenyan government appealed the ruling to the Supreme Court.")
    assert ("KENGOV", "115", "KENJUD") in got
    assert not any(c[:2] == "02" for _, c, _ in got)
    assert ("KEN", "020", "UGA") in _events("Kenya appealed to Uganda for calm.")



# ---------------------------------------------------------------- help with an act

def test_an_appeal_to_help_with_an_act_is_coded_by_that_act():
    got = _events("The Kenyan opposition leader said he would press the government to help end the sanctions on Uganda.")
    assert ("KENOPP", "0254", "KENGOV") in got
    assert ("KEN", "028", "GBR") in _events("Kenya asked Britain to help mediate between the factions in Sudan.")


def test_an_appeal_to_help_with_an_unknown_act_is_no_appeal_for_aid():
    got = _events("Kenya asked Britain to help rebuild the flooded districts.")
    assert ("KEN", "020", "GBR") in got and ("KEN", "023", "GBR") not in got


# ---------------------------------------------------------------- the act asked for

def test_asking_parties_to_settle_is_an_appeal_to_settle():
    got = _events("The Arab League asked Iraq and Kuwait to settle their dispute peacefully.")
    assert {("IGOARL", "027", "IRQ"), ("IGOARL", "027", "KWT")} <= got
    assert ("KEN", "027", "UGA") in _events("Kenya called on Uganda to settle the border dispute.")


def test_a_return_to_the_negotiating_table_is_an_appeal_to_meet_not_a_release():
    got = _events("The Pope called on Israel and the Palestinians to return to the negotiating table.")
    assert any(c == "026" and t == "ISR" for _, c, t in got)
    assert not any(c == "0253" for _, c, _ in got)
    assert ("KEN", "0253", "UGA") in _events("Kenya urged Uganda to return the seized cattle.")


def test_a_broad_act_asked_for_keeps_the_plain_appeal():
    got = _events("Beijing has called on Seoul to stop South Korean missionaries from travelling to China.")
    assert not any(c == "0256" for _, c, _ in got)


def test_demanding_an_inquiry_is_a_demand_for_information_an_explanation_a_plain_demand():
    # (wikinews_extra2 codes "demanded an explanation from Y" 100, so only inquiries and information are 101)
    assert ("RUSGOV", "100", "NOR") in _events("The Kremlin demanded an explanation from Norway for the expulsion of "
                                               "two Russian diplomats.")
    assert ("KENOPP", "101", "KENGOV") in _events("Kenyan opposition leaders demanded an investigation into the killings.")
    assert ("KEN", "020", "UGA") in _events("Kenya sought an explanation from Uganda for the raid.")


def test_asking_a_party_to_halt_its_attacks_is_an_appeal_for_de_escalation():
    got = _events("The Lebanese government called on Israel to halt its air strikes on villages in the south.")
    assert ("LBNGOV", "0256", "ISR") in got
    assert ("KEN", "1056", "UGA") in _events("Kenya demanded that Uganda stop the shelling of border villages.")
    # a halted project is a policy change, as the dictionary reads it
    assert ("KEN", "0242", "UGA") in _events("Kenya urged Uganda to halt the construction of the dam.")
