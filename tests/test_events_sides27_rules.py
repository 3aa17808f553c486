"""sides27: one side of a coded triple right, the other in another country (events/side_choice.py).

Each rule is a reading that recurs in news: the doer of a passive reported clause ("said the truce
was broken by the army"), a go-between is no side ("the truce brokered by Qatar"), the verb's own
addressee before the party of its topic ("spoke to X about the dispute with Y"), officials named in
one list are of one host country, and the unnamed people a foreign state arrests or sentences are
held in that state. Sentences are our own."""
from __future__ import annotations

from events_variety import coded_triples

from dateline.events import side_choice
from dateline.model import Actor

DATE = "2021-06-15"


# ---------------------------------------------------------------- the doer of a passive reported clause

def test_said_the_truce_was_broken_by_the_army_accuses_the_army() -> None:
    got = coded_triples("The rebel leader said on Monday that the truce signed in March had been broken by the army. "
                        "The Sudanese army denied it.", DATE)
    # tunecode46: the reported breach itself, by the army toward the rebels (was an accusation, 112;
    # the tuned gold codes "said a ceasefire ... was broken by the PUK" 196): the by-agent stays the party
    assert ("SDNMIL", "196", "SDNREB") in got


def test_passive_doer_needs_a_passive_clause_with_an_agent() -> None:
    from dateline.nlp import load_nlp

    doc = load_nlp()("The rebels said the army broke the truce. The rebels said the truce was broken.")
    clauses = [t for t in doc if t.dep_ == "ccomp"]
    assert [side_choice.passive_doer(c) for c in clauses] == [[], []]
    doc = load_nlp()("The rebels said the truce was broken by the army.")
    clause = next(t for t in doc if t.dep_ == "ccomp")
    assert [t.text for t in side_choice.passive_doer(clause)] == ["army"]


# ---------------------------------------------------------------- a go-between is no side

def test_truce_brokered_by_a_third_state_is_not_aimed_at_it() -> None:
    got = coded_triples("Sudan's army and the rebels agreed a truce in March. "
                        "The rebels said the truce brokered by Qatar was broken by the army.", DATE)
    assert ("SDNMIL", "196", "SDNREB") in got  # tunecode46: the reported breach (was 112)
    assert not any(t == "QAT" for _, _, t in got)


def test_mediator_agent_only_for_verbs_of_good_offices() -> None:
    from dateline.nlp import load_nlp

    doc = load_nlp()("The rebels welcomed the plan drafted by Qatar and the truce brokered by Egypt.")
    agents = {t.text: side_choice.mediator_agent(t) for t in doc if t.dep_ == "pobj" and t.head.dep_ == "agent"}
    assert agents == {"Qatar": False, "Egypt": True}


# ---------------------------------------------------------------- the verb's own slot before a topic's

def test_spoke_to_a_leader_about_a_dispute_with_a_third_state() -> None:
    got = coded_triples("Kenya's president spoke to the Ugandan leader about the border dispute with Tanzania.", DATE)
    assert ("KENGOV", "040", "UGAGOV") in got
    assert ("KENGOV", "040", "TZA") not in got


def test_a_nested_slot_goes_behind_the_verbs_own() -> None:
    from dateline.nlp import load_nlp

    doc = load_nlp()("The president spoke to the envoy about the dispute with Tanzania.")
    verb, envoy, tanzania = doc[2], doc[5], doc[10]
    assert (envoy.text, tanzania.text) == ("envoy", "Tanzania")
    assert side_choice.slots_on_the_verb_first([[tanzania], [envoy]], verb, None) == [[envoy], [tanzania]]


def test_an_owner_slot_keeps_its_place_before_a_by_agent() -> None:
    from dateline.nlp import load_nlp

    doc = load_nlp()("Its offer was rejected by union negotiators.")
    verb = next(t for t in doc if t.lemma_ == "reject")
    owner, agent = [doc[0]], [next(t for t in doc if t.text == "negotiators")]
    assert side_choice.slots_on_the_verb_first([owner, agent], verb, None) == [owner, agent]


# ---------------------------------------------------------------- people a state holds

LIBYA = ("Migrants drowned off the coast of Libya last year. Libyan officials said the boats left from Zuwara. "
         "Libya has asked for help. {}")


def test_people_arrested_by_a_state_are_held_in_that_state() -> None:
    got = coded_triples(LIBYA.format("Greek police arrested two men in Athens on Monday."), DATE)
    assert ("GRCCOP", "173", "GRCCVL") in got
    assert ("GRCCOP", "173", "LBYCVL") not in got


def test_people_with_a_stated_nationality_keep_it() -> None:
    got = coded_triples(LIBYA.format("Greek police arrested two Libyan men in Athens on Monday."), DATE)
    assert ("GRCCOP", "173", "LBYCVL") in got


def test_deported_people_are_not_made_nationals_of_the_deporting_state() -> None:
    got = coded_triples(LIBYA.format("Greece deported two men on Monday."), DATE)
    assert ("GRC", "174", "GRCCVL") not in got


def test_held_people_not_when_the_state_is_the_home_country() -> None:
    from dateline.nlp import load_nlp

    tok = load_nlp()("Police arrested two men.")[3]
    men = Actor(None, "two men", "LBYCVL", "LBY", "CVL")
    police = Actor(None, "police", "LBYCOP", "LBY", "COP")
    assert side_choice.held_people([(tok, men)], police, "LBY") == [(tok, men)]


# ---------------------------------------------------------------- one list, one host country

def _list_tokens():
    from dateline.nlp import load_nlp

    doc = load_nlp()("He will meet Prime Minister Ann Vale, Deputy Prime Minister Tom Reid and Finance Minister Bo Lund.")
    return [t for t in doc if t.text in ("Vale", "Reid", "Lund")]


def _gov(country: str, name: str) -> Actor:
    return Actor(None, name, country + "GOV", country, "GOV")


def test_listed_official_with_only_the_home_guess_takes_the_list_country() -> None:
    vale, reid, lund = _list_tokens()
    got = side_choice.listed_hosts([(vale, _gov("NZL", "Ann Vale")), (reid, _gov("NZL", "Tom Reid")),
                                    (lund, _gov("IDN", "Bo Lund"))], "IDN")
    assert [a.code for _, a in got] == ["NZLGOV", "NZLGOV", "NZLGOV"]


def test_listed_official_keeps_a_country_other_than_the_home_guess() -> None:
    vale, reid, lund = _list_tokens()
    sides = [(vale, _gov("NZL", "Ann Vale")), (reid, _gov("NZL", "Tom Reid")), (lund, _gov("AUS", "Bo Lund"))]
    assert side_choice.listed_hosts(sides, "IDN") == sides


def test_two_listed_officials_are_no_list_to_vote() -> None:
    vale, reid, _ = _list_tokens()
    sides = [(vale, _gov("NZL", "Ann Vale")), (reid, _gov("IDN", "Tom Reid"))]
    assert side_choice.listed_hosts(sides, "IDN") == sides


# ---------------------------------------------------------------- the owner of premises

def test_offices_of_a_foreign_state_media_are_that_media() -> None:
    got = coded_triples("Protesters in Hong Kong attacked the offices of Chinese state media.", DATE)
    assert any(s == "HKGOPP" and t == "CHNMED" for s, _, t in got)
    assert not any(t == "HKGGOV" for _, _, t in got)


def test_offices_of_the_opposition_party_are_the_party() -> None:
    got = coded_triples("Police in Zimbabwe raided the offices of the main opposition party on Tuesday.", DATE)
    assert ("ZWECOP", "091", "ZWEOPP") in got  # (legal30: a police raid on offices is a search, 091, not 190)


def test_premises_owner_is_no_place_and_no_named_institution() -> None:
    from dateline.nlp import load_nlp

    doc = load_nlp()("Police raided the offices of Nairobi and the studios of the broadcaster.")
    offices = next(t for t in doc if t.text == "offices")
    studios = next(t for t in doc if t.text == "studios")
    assert side_choice.premises_owner(offices) is None
    assert side_choice.premises_owner(studios).text == "broadcaster"


# ---------------------------------------------------------------- people struck abroad

def test_villages_bombed_in_another_country_are_of_that_country() -> None:
    got = coded_triples("Turkish jets bombed villages in northern Iraq.", DATE)
    assert ("TURMIL", "195", "IRQCVL") in got
    assert ("TURMIL", "195", "TURCVL") not in got


def test_civilians_killed_by_a_strike_in_a_foreign_city() -> None:
    got = coded_triples("Russian jets bombed a market in Idlib, killing 20 civilians.", DATE)
    assert ("RUSMIL", "1823", "SYRCVL") in got


def test_a_victims_own_nationality_stays() -> None:
    assert ("TURMIL", "195", "IRQCVL") in coded_triples("Turkish jets bombed villages near Mosul.", DATE)
    got = coded_triples("Turkish jets bombed Syrian villages near Mosul.", DATE)
    assert ("TURMIL", "195", "SYRCVL") in got
    assert not any(t == "IRQCVL" for _, _, t in got)


def test_a_strike_at_home_stays_at_home() -> None:
    got = coded_triples("Police in Kenya shot dead six robbery suspects in Nairobi.", DATE)
    assert any(t == "KENCVL" for _, _, t in got)
