"""politics30: domestic politics as plain news states it (docs/evaluation/events-politics30.md).
Every sentence is our own, written in wire style.

- A party refusing to serve under a leader, in a government led by one, or declining to join
  one's coalition rejects the leader (120); a negated service is itself the refusal.
- A recognition withheld from a body's authority or legitimacy rejects the body (120); "its
  authority" is the body, not "the authorities".
- An opposition or a union of no stated country faces the state of the other side.
- A legislature blocking a bill or a nominee rejects it (120, no blockade); a demanded dismissal
  is a demanded change of leadership (1041); a banned party is the ban's target.
- Opposing the way someone acts, or a maker's decision, is criticism now, not a standing stance.
- Labour's threatened strike is 133 and subsumes the warning's generic 130; a strike's purpose
  "to protest" is the same protest.
- Office holders fired, sacked or dismissed, and members a party expels, are a staff change.
- An accusation of attacking an institution is a plain accusation (112), not an armed one.
- Demands met are no meeting; a stolen or rigged vote is alleged fraud (1121), no seizure.
- A leader's party in office is the government; union secretaries general and labour congresses
  are labour; civil society groups are NGOs.
"""
from __future__ import annotations

from events_variety import coded_triples, resolved_codes

DAY = "2024-03-14"


def _codes(triples):
    return {code for _, code, _ in triples}


# --- refusing to serve under a leader ------------------------------------------------------------

def test_a_party_that_will_not_serve_under_a_leader_rejects_him():
    got = coded_triples("Kenya's main opposition party said it would not serve under President William Ruto.", DAY)
    assert ("KENOPP", "120", "KENGOV") in got
    got = coded_triples("The Greens will not serve under Chancellor Olaf Scholz, the party said.", DAY)
    assert ("DEUOPP", "120", "DEUGOV") in got


def test_refusing_to_serve_in_a_government_led_by_a_leader_names_the_leader():
    got = coded_triples("Germany's opposition Christian Democrats refused to serve in a government led by "
                        "Chancellor Olaf Scholz.", DAY)
    assert got == {("DEUOPP", "120", "DEUGOV")}
    got = coded_triples("Germany's Free Democrats declined to join a coalition headed by Chancellor Olaf Scholz.", DAY)
    assert got == {("DEUOPP", "120", "DEUGOV")}


def test_a_service_that_names_no_leader_is_no_refusal_of_anyone():
    assert not coded_triples("Kenya's main opposition party said it would not serve in the army.", DAY)
    assert "120" not in _codes(coded_triples("The Kenyan opposition party declined to join the protest.", DAY))
    assert not coded_triples("The minister agreed to serve under President William Ruto.", DAY)


# --- recognition withheld; a body's authority -----------------------------------------------------

def test_a_governor_not_recognising_the_senate_s_authority_rejects_the_senate():
    got = coded_triples("The Nigerian Senate cancelled the hearing after the governor said he did not recognise "
                        "the authority of the senate.", DAY)
    assert ("NGAGOV", "120", "NGALEG") in got


def test_its_authority_is_the_body_not_the_authorities():
    got = coded_triples("The Thai Senate cancelled its hearing after the provincial governor refused to recognise "
                        "its authority.", DAY)
    assert got == {("THAGOV", "120", "THALEG")}


def test_a_recognised_authority_is_no_rejection():
    got = coded_triples("The Nigerian governor recognised the authority of the senate.", DAY)
    assert "120" not in _codes(got)


# --- an opposition or union of no country ----------------------------------------------------------

def test_an_opposition_of_no_country_faces_the_state_of_the_other_side():
    got = coded_triples("The ruling ANC accused the opposition Democratic Alliance of electoral fraud.", DAY)
    assert got == {("ZAFGOV", "1121", "ZAFOPP")}
    got = coded_triples("The Argentine government accused the unions of trying to destabilise the country.", DAY)
    assert got == {("ARGGOV", "112", "ARGLAB")}


def test_an_opposition_with_its_own_country_keeps_it():
    got = coded_triples("The Kenyan government accused Uganda's opposition of smuggling weapons.", DAY)
    assert not any(tgt == "KENOPP" for _, _, tgt in got)


# --- legislatures: blocked bills and nominees; demanded dismissals; banned parties ----------------

def test_a_legislature_blocking_a_nominee_or_a_bill_rejects_it():
    assert coded_triples("The U.S. Senate blocked the president's nominee for attorney general.", DAY) \
        == {("USALEG", "120", "USAGOV")}
    assert coded_triples("South Korean lawmakers blocked the government's tax bill on Thursday.", DAY) \
        == {("KORLEG", "120", "KORGOV")}


def test_protesters_blocking_a_road_still_block():
    got = coded_triples("Kenyan protesters blocked the main road to the airport.", DAY)
    assert "120" not in _codes(got)


def test_a_demanded_dismissal_is_a_demanded_change_of_leadership():
    got = coded_triples("Kenyan opposition parties demanded the dismissal of the interior minister.", DAY)
    assert got == {("KENOPP", "1041", "KENGOV")}


def test_a_banned_party_is_the_ban_s_target():
    got = coded_triples("The Cambodian government banned the main opposition party on Tuesday.", DAY)
    assert got == {("KHMGOV", "1722", "KHMOPP")}


# --- opposing an act now ----------------------------------------------------------------------------

def test_opposing_the_way_the_government_acts_is_criticism():
    got = coded_triples('A spokesman for the Kenya Dock Workers Union said: "We oppose the way the government '
                        'is proceeding with the sale of the port."', DAY)
    assert got == {("KENLAB", "111", "KENGOV")}
    got = coded_triples("Kenya's main opposition party opposes the government's plan to sell the port.", DAY)
    assert got == {("KENOPP", "120", "KENGOV")}  # oppose56: opposing a plan is its rejection (120; was 111)


def test_a_standing_position_is_not_coded():
    assert not coded_triples("Kenya's main opposition party opposes abortion.", DAY)


# --- strikes threatened and called ----------------------------------------------------------------

def test_labour_warning_it_would_strike_is_one_threatened_strike():
    got = coded_triples("Unions in Nigeria warned that they would strike if the government did not raise the "
                        "minimum wage.", DAY)
    assert got == {("NGALAB", "133", "NGAGOV")}


def test_a_strike_to_protest_is_one_protest():
    got = coded_triples("Nigeria's labour unions began a general strike on Monday to protest against fuel price "
                        "rises by the government.", DAY)
    assert got == {("NGALAB", "143", "NGAGOV")}
    got = coded_triples("French rail workers began a strike to protest against President Emmanuel Macron's "
                        "pension reform.", DAY)
    assert _codes(got) == {"1432"}


# --- staff changes ------------------------------------------------------------------------------------

def test_an_office_holder_fired_or_dismissed_is_not_coded():
    assert not coded_triples("Israeli Prime Minister Benjamin Netanyahu fired Defence Minister Yoav Gallant on "
                             "Sunday.", DAY)
    assert not coded_triples("German Chancellor Olaf Scholz dismissed Finance Minister Christian Lindner on "
                             "Wednesday.", DAY)
    assert not coded_triples("South Korea's ruling party expelled the lawmaker on Monday.", DAY)


def test_other_senses_of_fire_dismiss_and_expel_stay():
    assert "175" in _codes(coded_triples("Kenyan police fired tear gas at protesters on Sunday.", DAY))
    assert ("RUS", "161", "ESTGOV") in coded_triples("Russia expelled two Estonian diplomats on Monday.", DAY)
    assert coded_triples("Russia dismissed Biden as weak.", DAY)


# --- accusations -------------------------------------------------------------------------------------

def test_attacking_an_institution_is_a_plain_accusation():
    got = coded_triples("Mexican senators accused President Andres Manuel Lopez Obrador of attacking the "
                        "judiciary.", DAY)
    assert got == {("MEXLEG", "112", "MEXGOV")}


def test_attacking_soldiers_stays_an_armed_attack():
    got = coded_triples("Israel accused Hamas of attacking its soldiers.", DAY)
    assert "1123" in _codes(got)


def test_a_stolen_election_said_of_a_party_is_an_accusation_of_fraud():
    got = coded_triples("Serbian opposition leaders said President Aleksandar Vucic had stolen the election.", DAY)
    assert got == {("SRBOPP", "1121", "SRBGOV")}
    got = coded_triples("Serbian opposition leaders said the president's party had stolen the election.", DAY)
    assert got == {("SRBOPP", "1121", "SRBGOV")}
    assert "1711" not in _codes(coded_triples("The ruling party stole the election, Serbian opposition leaders "
                                              "said.", DAY))


# --- demands met ---------------------------------------------------------------------------------

def test_refusing_to_meet_demands_is_no_refusal_of_talks():
    got = coded_triples("The Indian government refused to meet the farmers' demands.", DAY)
    assert got == {("INDGOV", "124", "INDAGR")}
    assert "125" in _codes(coded_triples("The Kenyan president refused to meet opposition leaders.", DAY))


# --- actors ------------------------------------------------------------------------------------------

def test_a_leader_s_party_in_office_is_the_government():
    got = coded_triples("Kenyan President William Ruto's party accused the opposition of inciting violence.", DAY)
    assert ("KENGOV", "112", "KENOPP") in got


def test_a_former_leader_s_party_is_not_the_government():
    got = coded_triples("The former Kenyan president's party criticised the Kenyan government.", DAY)
    assert not any(src == "KENGOV" for src, _, _ in got)


def test_labour_congresses_union_secretaries_and_civil_society():
    got = coded_triples("Nigeria's Labour Congress rejected the government's offer of a new minimum wage.", DAY)
    assert got == {("NGALAB", "120", "NGAGOV")}
    text = ('"We oppose the way the government is proceeding with the port sale," Juan Perez, Acero trade union '
            'Secretary General and member of the opposition party Popular Will, told reporters in Caracas.')
    assert resolved_codes(text, "Perez", DAY) == ["VENLAB"]
    got = coded_triples("Kenyan civil society groups criticised the government over the police killings of "
                        "protesters.", DAY)
    assert got == {("KENNGO", "111", "KENGOV")}


# --- negatives: expected, denied, negated, hypothetical ----------------------------------------------

def test_votes_expected_denied_or_negated_are_not_coded():
    for text in ("A vote on the bill is expected next week.",
                 "No decision was made on the budget.",
                 "Lawmakers are expected to reject the budget.",
                 "Lawmakers did not reject the budget.",
                 "The president did not veto the bill.",
                 "The senate may block the nominee next week.",
                 "Kenya's opposition did not boycott the session.",
                 "The opposition did not call for the president's resignation.",
                 "Parliament could vote to impeach the president next month.",
                 "The minister denied reports that he would resign.",
                 "The party's leader denied that it would quit the coalition.",
                 "Parliament was dissolved on Friday ahead of early elections."):
        assert not coded_triples(text, DAY), text


# --- calls faced ---------------------------------------------------------------------------------

def test_calls_faced_from_a_party_are_its_appeal():
    got = coded_triples("Prime Minister Rishi Sunak faced calls to resign from opposition parties on Tuesday.", DAY)
    assert got == {("GBROPP", "0241", "GBRGOV")}
    got = coded_triples("Kenyan President William Ruto faced calls from opposition leaders to step down.", DAY)
    assert got == {("KENOPP", "0241", "KENGOV")}
    got = coded_triples("The Kenyan president faces demands from protesters to resign.", DAY)
    assert got == {("KENOPP", "1041", "KENGOV")}


def test_calls_faced_from_no_one_or_to_resign_from_a_party_name_no_caller():
    assert not coded_triples("Prime Minister Rishi Sunak faced calls to resign.", DAY)
    assert not coded_triples("Prime Minister Rishi Sunak faced calls to resign from his party.", DAY)


# --- wire datelines with no date ---------------------------------------------------------------

def test_a_dateline_with_no_date_is_no_co_subject():
    got = coded_triples("LONDON (Reuters) - Britain's opposition Labour Party on Thursday called for an inquiry "
                        "into the government's handling of the pandemic.", DAY)
    assert got == {("GBROPP", "020", "GBRGOV")}
    got = coded_triples("NAIROBI (Reuters) - Kenyan police arrested opposition lawmakers on Monday.", DAY)
    assert got == {("KENCOP", "173", "KENLEG")}
    got = coded_triples("NAIROBI \u2014 Kenyan opposition leader Raila Odinga on Tuesday called for the "
                        "president's resignation.", DAY)
    assert got == {("KENOPP", "0241", "KENGOV")}


def test_the_subject_hung_on_a_dateline_after_its_dash_acts():
    got = coded_triples("SEOUL (Reuters) - South Korea's parliament voted on Saturday to impeach President "
                        "Yoon Suk Yeol.", DAY)
    assert got == {("KORLEG", "1121", "KORGOV")}


def test_a_body_not_recognised_is_rejected_but_a_standing_non_recognition_is_not():
    got = coded_triples("TBILISI (Reuters) - Georgia's president said on Sunday she would not recognise the new "
                        "parliament.", DAY)
    assert got == {("GEOGOV", "120", "GEOLEG")}
    assert not coded_triples("China does not recognise Taiwan's government.", DAY)


# --- strikes over state policy; supporters protesting; impeachment motions; parties dissolved ----

def test_a_strike_over_the_minimum_wage_or_subsidies_is_against_the_state():
    got = coded_triples("ABUJA (Reuters) - Nigeria's main labour unions on Monday began an indefinite strike over "
                        "the minimum wage.", DAY)
    assert got == {("NGALAB", "1432", "NGAGOV")}
    got = coded_triples("Nigerian unions went on strike over fuel subsidies.", DAY)
    assert got == {("NGALAB", "1432", "NGAGOV")}


def test_a_leader_s_supporters_protesting_are_protesters():
    got = coded_triples("ISLAMABAD (Reuters) - Supporters of jailed former prime minister Imran Khan clashed with "
                        "police in Islamabad on Sunday.", DAY)
    assert got == {("PAKOPP", "145", "PAKCOP")}
    got = coded_triples("Thousands of supporters of Imran Khan marched in Lahore against the government.", DAY)
    assert got == {("PAKOPP", "141", "PAKGOV")}


def test_an_impeachment_motion_filed_against_a_leader_is_the_impeachment():
    got = coded_triples("SEOUL (Reuters) - South Korea's main opposition Democratic Party on Monday submitted an "
                        "impeachment motion against President Yoon Suk Yeol.", DAY)
    assert got == {("KOROPP", "1121", "KORGOV")}
    assert not coded_triples("The Korean opposition will not file an impeachment motion against the president.", DAY)


def test_a_party_dissolved_by_a_court_is_banned():
    got = coded_triples("BANGKOK (Reuters) - Thailand's Constitutional Court on Wednesday dissolved the opposition "
                        "Move Forward party. The party's leader criticised the ruling.", DAY)
    assert got == {("THAJUD", "1722", "THAOPP"), ("THAOPP", "111", "THAJUD")}
    assert not coded_triples("The Thai prime minister dissolved parliament on Friday.", DAY)


# --- protests called off; bans on parties and on their rallies -------------------------------------

def test_protests_called_off_ease_dissent_and_are_no_appeal():
    got = coded_triples("Kenya's opposition said it had called off its protests after talks with the government.", DAY)
    assert got == {("KENOPP", "082", "KENGOV")}


def test_a_ban_imposed_on_a_party_at_home_bans_the_party():
    got = coded_triples("The Pakistani government imposed a ban on Imran Khan's party.", DAY)
    assert got == {("PAKGOV", "1722", "PAKOPP")}
    assert ("USA", "163", "CHN") in coded_triples("The United States imposed a ban on Chinese drones.", DAY)


def test_opposition_rallies_banned_are_gatherings_banned():
    got = coded_triples("Uganda's government banned opposition rallies in the capital on Monday.", DAY)
    assert got == {("UGAGOV", "172", "UGAOPP")}


# --- what a speaker charges: failing the people, attempts, chanted demands --------------------------

def test_a_government_said_to_have_failed_the_people_is_criticised():
    got = coded_triples('"This government has failed the Kenyan people," opposition leader Raila Odinga said.', DAY)
    assert got == {("KENOPP", "111", "KENGOV")}
    assert not coded_triples("The Kenyan minister said the talks had failed.", DAY)


def test_a_party_said_to_be_trying_to_destabilise_is_accused():
    got = coded_triples("Hungarian Prime Minister Viktor Orban said the opposition was trying to destabilise "
                        "the country.", DAY)
    assert got == {("HUNGOV", "112", "HUNOPP")}
    assert not coded_triples("The Kenyan minister said the company was trying to expand in Asia.", DAY)


def test_a_chanted_demand_is_the_crowd_s_demand():
    got = coded_triples('"President Ruto must resign," Kenyan protesters chanted outside parliament.', DAY)
    assert got == {("KENOPP", "1041", "KENGOV")}
