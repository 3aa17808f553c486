"""oneactor64: triples with one actor right and the other wrong (docs/evaluation/events-oneactor64.md).
Every sentence is our own, written in the style of 1987 and 1996 wire copy and later Wikinews.

- A state's envoy to the United Nations ("Israel's U.N. envoy") is the state's government, not
  the UN; the UN's own envoys stay IGOUNO.
- "declined to comment on reports from Tokyo": the place a report comes from is no target; the
  refusal is to the press (---MED).
- What a traveller does after the trip happens at its destination: "travelled to Canada and
  interviewed her friends" targets Canada's people.
- A listed organisation's name with an "of" tail ("the Kurdistan Democratic Party of Iran") is
  read whole, not as its shorter head (an Iraqi party).
- A call to free someone held in a named state's jail ("held in a Zurich jail", "an Israeli
  prison") is aimed at that state's government.
- A body noun with a listed organisation apposed ("the European Community's farm lobby, Copa,")
  is that organisation, even where the tagger calls the name a place.
- A head of state's forces named by the leader ("Gaddafi's forces") are the state's military.
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story


# --- a state's envoy to the UN ---------------------------------------------------------------

def test_a_states_un_envoy_is_its_government():
    got = coded_triples("Israel's U.N. envoy met Egypt's foreign minister in New York on Monday.", "1987-03-10")
    assert any(s == "ISRGOV" and c[:2] == "04" and t == "EGYGOV" for s, c, t in got)
    got = coded_triples("The Chinese U.N. ambassador criticised the United States on Friday.", "1996-08-10")
    assert ("CHNGOV", "111", "USA") in got and not any(s == "IGOUNO" for s, _, _ in got)
    got = coded_triples("The U.S. UN ambassador accused Russia of arming the rebels.", "2014-08-10")
    assert any(s == "USAGOV" and t == "RUS" for s, _, t in got)


def test_the_uns_own_envoy_stays_the_un():
    assert ("IGOUNO", "040", "SYRGOV") in coded_triples(
        "The U.N. envoy met Syrian officials in Damascus on Tuesday.", "2014-08-10")
    assert ("IGOUNO", "111", "SYRGOV") in coded_triples(
        "The U.N. special envoy for Syria criticised the Syrian government.", "2014-08-10")


# --- the place a report comes from -----------------------------------------------------------

def test_a_refused_comment_on_reports_from_a_place_is_not_to_that_place():
    # spurious73: with no addressee named the declined comment is not coded at all (the settled
    # convention of the annotators since annr67d); the place of the reports is still no target.
    got = coded_triples(wire_story(
        "ROME", "1987-03-10",
        "Treasury officials declined to comment on reports from Tokyo that the meeting would be postponed."),
        "1987-03-10")
    assert not any(c == "011" and t for _, c, t in got), got
    got = coded_triples(wire_story(
        "WASHINGTON", "2012-03-10", "The State Department declined to comment on reports out of Beijing about the dissident."),
        "2012-03-10")
    assert ("USAGOV", "011", "---MED") not in got and ("USAGOV", "011", "CHN") not in got


def test_a_withheld_comment_on_reports_from_a_place_is_not_to_that_place():
    got = coded_triples(wire_story(
        "ROME", "1987-03-10",
        "Treasury officials did not comment on reports from Tokyo that the meeting would be postponed."),
        "1987-03-10")
    assert ("ITAGOV", "011", "---MED") not in got and ("ITAGOV", "011", "JPN") not in got  # spurious73: no addressee


def test_a_report_by_a_named_author_keeps_the_author():
    assert ("USAGOV", "011", "CHNGOV") in coded_triples(wire_story(
        "WASHINGTON", "2012-03-10",
        "The State Department declined to comment on reports by the Chinese foreign ministry about the dissident."),
        "2012-03-10")


# --- the destination of a trip --------------------------------------------------------------

def test_people_met_after_a_trip_are_of_its_destination():
    assert ("FRACOP", "091", "CANCVL") in coded_triples(wire_story(
        "PARIS", "2010-05-04", "Police travelled to Canada and interviewed his friends and family."), "2010-05-04")
    assert ("FRACOP", "091", "CANCVL") in coded_triples(wire_story(
        "PARIS", "2010-05-04", "French detectives travelled to Canada and questioned the suspect's relatives."),
        "2010-05-04")


def test_the_traveller_keeps_his_country_and_a_return_home_is_no_trip_abroad():
    got = coded_triples(wire_story("PARIS", "2010-05-04", "Police travelled to Canada."), "2010-05-04")
    assert ("FRACOP", "042", "CAN") in got
    got = coded_triples(wire_story(
        "LONDON", "1987-05-04", "The minister returned from Pakistan and met refugees in Manchester."), "1987-05-04")
    assert not any(t.startswith("PAK") for _, _, t in got)


# --- a listed name with an "of" tail --------------------------------------------------------

def test_a_listed_party_of_a_country_is_read_whole():
    assert ("IRQGOV", "111", "IRNREB") in coded_triples(
        "Iraq's government criticised the Kurdistan Democratic Party of Iran on Wednesday.", "1996-08-20")
    got = coded_triples(
        "The rebel leader met the Secretary-General of the Kurdistan Democratic Party of Iran (KDPI) "
        "Hassan Rastegar on Wednesday.", "1996-08-20")
    assert any(t == "IRNREB" for _, _, t in got) and not any(t.startswith("IRQ") for _, _, t in got)


def test_the_shorter_name_stays_its_own_party():
    assert ("TUR", "111", "IRQREB") in coded_triples(
        "Turkey criticised the Kurdistan Democratic Party on Wednesday.", "1996-08-20")


# --- the keeper of a prisoner ---------------------------------------------------------------

def test_a_call_to_free_a_prisoner_held_in_a_named_states_jail_is_to_that_state():
    assert ("LKAOPP", "0253", "CHEGOV") in coded_triples(wire_story(
        "COLOMBO", "1996-08-20",
        "The demonstrators also urged the release of Nadarajah Muralidaran, a rebel leader who has been "
        "held in a Zurich jail since April."), "1996-08-20")
    assert ("PSEGOV", "1053", "ISRGOV") in coded_triples(wire_story(
        "RAMALLAH", "2004-08-20",
        "Palestinian officials demanded the release of Marwan Barghouti, who is held in an Israeli prison."),
        "2004-08-20")
    assert ("USAGOV", "0253", "IRNGOV") in coded_triples(wire_story(
        "WASHINGTON", "2010-08-20",
        "The State Department called for the freeing of three American hikers jailed in Iran."), "2010-08-20")


def test_an_addressed_call_and_hostages_keep_their_targets():
    got = coded_triples(wire_story(
        "WASHINGTON", "2010-08-20", "The United States urged Syria to release the hikers held in an Iranian prison."),
        "2010-08-20")
    assert any(t == "SYR" for _, _, t in got) and not any(t.startswith("IRN") for _, _, t in got)
    got = coded_triples(wire_story(
        "LONDON", "1987-08-20", "Britain called for the release of the hostages held in Beirut."), "1987-08-20")
    assert not any(t == "LBNGOV" for _, _, t in got)


# --- a body renamed by a listed name --------------------------------------------------------

def test_a_body_noun_with_a_listed_name_apposed_is_that_body():
    assert ("EURAGR", "111", "IGOEUREEC") in coded_triples(wire_story(
        "BRUSSELS", "1987-09-02",
        "The European Community's farm lobby, Copa, criticised the EC Commission on Monday."), "1987-09-02")
    got = coded_triples(wire_story(
        "JERUSALEM", "1996-09-02",
        "Israel's largest labour federation, the Histadrut, accused the government of breaking its promises."),
        "1996-09-02")
    assert any(s == "ISRLAB" and t == "ISRGOV" for s, _, t in got)


def test_a_body_noun_without_a_listed_name_keeps_its_owner():
    got = coded_triples(wire_story(
        "BRUSSELS", "1987-09-02",
        "The European Community's farm lobby criticised the United States on Monday."), "1987-09-02")
    assert not any(s == "EURAGR" for s, _, _ in got)


# --- a leader's forces ------------------------------------------------------------------------

def test_a_head_of_states_forces_are_the_military():
    assert ("LBYREB", "190", "LBYMIL") in coded_triples(
        "Rebel fighters clashed with Gaddafi's forces near Brega on Sunday.", "2011-10-02")
    assert ("SYRMIL", "190", "SYRREB") in coded_triples(
        "Assad's troops attacked rebel positions near Homs on Sunday.", "2013-10-02")


def test_a_rebel_leaders_forces_and_a_leaders_government_keep_their_roles():
    got = coded_triples("Angolan government troops clashed with Savimbi's forces near Huambo on Sunday.", "1996-10-02")
    assert ("AGOMIL", "190", "AGOREB") in got
    assert ("LBYGOV", "111", "IGONAT") in coded_triples("Gaddafi's government criticised NATO on Sunday.", "2011-10-02")
