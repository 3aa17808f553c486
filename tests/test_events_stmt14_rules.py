"""The stmt14 rules, each on sentences we wrote: a disapproving stance named by an adjective
("has been critical of Y", "is opposed to Y's plan": events/statements.py `disapproval`, read by
events/general.py `disapproving_of`) and negative content in a reported clause ("said Y had
ignored the accord": events/general.py `speech_content_code`). A "not", a stance on a thing with
no doer, and an adjective in another sense ("critical to the economy") stay uncoded.
"""
from __future__ import annotations

from events_variety import coded_triples

from dateline.events import statements
from dateline.nlp import load_nlp


def _events(text: str, date: str = "1995-05-05") -> set[tuple[str, str, str | None]]:
    return coded_triples(text, date)


# ---------------------------------------------------------------- "X is critical of Y" (111 / 120)

def test_critical_of_a_party_is_criticism():
    assert ("GRCGOV", "111", "TUR") in _events("The Greek government has been sharply critical of Turkey.")


def test_critical_of_an_act_criticises_its_doer():
    got = _events("The Kenyan opposition has been highly critical of President Moi's handling of the drought.")
    assert ("KENOPP", "111", "KENGOV") in got


def test_opposed_to_a_plan_is_its_rejection():
    got = _events("Japan is opposed to the American plan to impose quotas on steel.")
    assert ("JPN", "120", "USA") in got


def test_hostile_to_a_party_is_criticism():
    got = _events("Officials in Kinshasa said the Rwandan government had remained hostile to Zaire.")
    assert ("RWAGOV", "111", "COD") in got


def test_a_present_critic_is_a_standing_attitude():
    got = _events("The Greek government is sharply critical of Turkey.")
    assert not any(c == "111" for _, c, _ in got)


def test_critical_in_another_sense_is_no_stance():
    got = _events("Mexican officials said the loan was critical to the economy of Mexico.")
    assert not any(c in ("111", "120") for _, c, _ in got)


def test_the_stance_function_reads_the_shape_and_its_negation():
    nlp = load_nlp()
    doc = nlp("The Dutch government was critical of Belgium.")
    found = statements.disapproval(doc[3])
    assert found is not None and [t.text for t in found[1]] == ["Belgium"] and found[2] == "111"
    doc = nlp("The Dutch government was not critical of Belgium.")
    assert statements.disapproval(doc[3]) is None
    doc = nlp("The Dutch government was critical of the weather.")
    assert statements.disapproval(doc[3]) is None  # a thing with no doer names no one


def test_against_a_plan_is_its_rejection():
    got = _events("The Dutch finance minister said his government was against the European Commission's plan "
                  "for a tax on oils.")
    assert ("NLDGOV", "120", "IGOEUREEC") in got


# ---------------------------------------------------------------- neglect in a reported clause (111)

def test_a_duty_said_to_be_ignored_is_criticism():
    assert ("---REB", "111", "---GOV") in _events("The rebels said the government had ignored the peace accord.")


def test_a_promise_said_to_be_broken_is_criticism():
    got = _events("The union said the company had reneged on its promise to keep the plant open.")
    assert ("---LAB", "111", "---BUS") in got


def test_a_failure_is_no_one_s_neglect():
    got = _events("Officials said the talks between the two sides had failed to produce an agreement.")
    assert not any(c == "111" for _, c, _ in got)


# ---------------------------------------------------------------- "X's charges that Y ..." (112)

def test_a_charge_noun_with_its_clause_is_the_owner_s_accusation():
    got = _events("Iraq repeated its charges that Iran had used chemical weapons against Kurdish villages.")
    assert ("IRQ", "112", "IRN") in got
    assert not any(c.startswith("20") for _, c, _ in got)  # the alleged use of weapons is no fact


def test_an_allegation_of_rigging_takes_the_crime_subcode():
    got = _events("The opposition leader repeated his allegation that the ruling party had rigged the vote in the north.")
    assert ("---OPP", "1121", "---GOV") in got


def test_a_rejected_allegation_is_not_coded_as_made():
    got = _events("Moscow rejected American allegations that Russian hackers had interfered in the election.")
    assert not any(c.startswith("112") for _, c, _ in got)


def test_the_accusation_function_needs_a_named_party_in_the_clause():
    nlp = load_nlp()
    doc = nlp("The minister repeated his charge that it had been a mistake.")
    assert statements.nominal_accusation(doc[4]) is None
    doc = nlp("Syria's allegation that Israel had shelled the village was repeated on radio.")
    found = statements.nominal_accusation(doc[2])
    assert found is not None and (found[0].text, found[1].text) == ("Syria", "Israel")


# ---------------------------------------------------------------- "a plan which X said was ..." (111)

def test_a_verdict_in_a_relative_clause_judges_the_antecedent_s_doer():
    got = _events("The strike began after the airline imposed a contract which the pilots' union said was unacceptable.")
    assert ("---LAB", "111", "---BUS") in got
    got = _events("Greece protested against the Turkish plan, which Athens said was a provocation.")
    assert ("GRC", "111", "TUR") in got


def test_a_verdict_on_a_thing_without_a_doer_names_no_one():
    got = _events("The farmers complained about the weather, which they said was terrible.")
    assert not any(c == "111" for _, c, _ in got)


# ---------------------------------------------------------------- "branded Y's raid (as) an act of terror" (111)

def test_a_condemning_label_criticises_the_doer_of_the_labelled_act():
    assert ("INDGOV", "111", "PAK") in _events("The Indian government branded the Pakistani raid as an act of terror.")
    got = _events("The Iraqi foreign ministry characterized the American strike as a serious violation of Iraqi sovereignty.")
    assert ("IRQGOV", "111", "USA") in got


def test_a_label_that_does_not_condemn_is_no_criticism():
    nlp = load_nlp()
    from dateline.events.coder import CONDEMNING_WORDS
    doc = nlp("The minister described the Japanese offer as generous.")
    assert statements.named_verdict(doc[2], CONDEMNING_WORDS) is None
    doc = nlp("Critics branded the reform a success.")
    assert statements.named_verdict(doc[1], CONDEMNING_WORDS) is None
    doc = nlp("The Indian government branded the Pakistani raid an act of terror.")
    assert statements.named_verdict(doc[3], CONDEMNING_WORDS).text == "raid"


# ---------------------------------------------------------------- a rejected offer (120, not 125)

def test_a_rejected_bare_offer_is_a_plain_rejection():
    got = _events("The British government's latest offer was rejected by the French government on Friday.")
    assert ("FRAGOV", "120", "GBRGOV") in got and not any(c == "125" for _, c, _ in got)


def test_a_rejected_offer_of_talks_stays_125():
    got = _events("The Zambian opposition rejected the government's offer of talks on electoral reform.")
    assert any(c == "125" for _, c, _ in got)
