"""The demand15 rules (events/speech_mood.py), each on sentences we wrote: wanting another
party's act is an appeal to it ("wants Y to <act>"); announced harm to a party is a threat
("warned that Y would face consequences"); "they" under a single speaker's obligation is another
party; an asked end to fighting is de-escalation (1056 demanded, 0256 advised); a protest
announced, threatened or put in the future is the threat of protest (133), aimed as the protest
would be. Negated, hypothetical and wrong-sense sentences stay uncoded.
"""
from __future__ import annotations

from events_variety import coded_triples


def _events(text: str, date: str = "2019-05-01") -> set[tuple[str, str, str | None]]:
    return coded_triples(text, date)


def _codes(text: str, root: str) -> set[str]:
    return {c for _, c, _ in _events(text) if c.startswith(root)}


# ---------------------------------------------------------------- wanting another party's act (02x)

def test_wanting_another_party_to_act_is_an_appeal_to_it():
    assert ("---OPP", "020", "---GOV") in _events("The opposition wants the government to hold early elections.")


def test_the_wanted_act_gives_the_appeal_its_subcode():
    assert ("KENGOV", "0256", "SOM") in _events("The Kenyan defence minister wants Somalia to withdraw its troops.")


def test_the_wanted_act_is_no_act_of_the_wanted_party():
    got = _events("The Kenyan defence minister wants Somalia to withdraw its troops.")
    assert not any(s == "SOM" for s, _, _ in got)


def test_not_wanting_an_act_is_no_appeal():
    assert not _codes("The Kenyan defence minister does not want Somalia to withdraw its troops.", "02")


def test_wanting_a_thing_to_happen_is_no_appeal():
    assert not _codes("The Kenyan finance minister wants the shilling to rise this year.", "02")


def test_an_expectation_is_a_forecast_not_an_appeal():
    assert not _codes("Kenyan bankers expect the central bank to cut rates in June.", "02")


# ---------------------------------------------------------------- announced harm (130)

def test_warning_that_a_party_will_face_consequences_is_a_threat_to_it():
    assert ("CHNGOV", "130", "JPN") in _events(
        "The Chinese foreign ministry warned that Japan would face serious consequences.")


def test_a_quoted_heavy_price_is_a_threat_from_the_speaker():
    assert ("CHNGOV", "130", "JPN") in _events('"Japan will pay a heavy price," the Chinese foreign minister said.')


def test_a_warning_that_a_party_will_not_face_consequences_is_no_threat():
    assert not _codes("The Chinese foreign ministry said Japan would not face any consequences.", "13")


def test_a_price_that_is_no_harm_is_no_threat():
    assert not _codes("The Chinese foreign ministry said Japan would pay the full price for the ships.", "13")


# ---------------------------------------------------------------- "they" of a single speaker

def test_they_in_a_quoted_obligation_is_the_party_named_before():
    got = _events('Maoist rebels attacked a police post in western Nepal on Monday. '
                  '"They should stop their attacks," the Nepali interior minister said.')
    assert ("NPLGOV", "0256", "NPLREB") in got


def test_they_of_a_plural_speaker_is_the_speakers_themselves():
    got = _events("Maoist rebels attacked a police post in western Nepal on Monday. "
                  "The Nepali ministers said they should meet the rebels soon.")
    assert not any(c.startswith("02") for _, c, _ in got)


# ---------------------------------------------------------------- an end to fighting asked

def test_a_demand_to_give_up_violence_is_a_demand_to_de_escalate():
    assert ("NPLGOV", "1056", "NPLREB") in _events(
        "The Nepali government said the insurgents must give up violence before it negotiates with them.")


def test_advice_to_lay_down_arms_is_an_appeal_to_de_escalate():
    assert ("NPLGOV", "0256", "NPLREB") in _events("The Nepali interior minister said the rebels should lay down their arms.")


def test_advice_to_give_up_something_else_stays_a_plain_appeal():
    got = _events("The Nepali interior minister said the rebels should give up their land claims.")
    assert ("NPLGOV", "020", "NPLREB") in got and "0256" not in {c for _, c, _ in got}


# ---------------------------------------------------------------- a protest still to come (133)

def test_workers_who_will_go_on_strike_threaten_their_employer():
    assert ("BGRLAB", "133", "BGRBUS") in _events(
        "Bulgarian dock workers will go on strike on September 3 demanding higher pay, their union said.")


def test_workers_who_will_strike_next_week_threaten_a_strike():
    got = _events("Kenyan doctors will strike next week over pay, their union said.")
    assert ("KENHLH", "133", "KENBUS") in got and not _codes("Kenyan doctors will strike next week over pay.", "143")


def test_announced_strikes_are_a_threat_of_strike():
    assert ("KENHLH", "133", "KENBUS") in _events("Kenyan doctors have announced more strikes for April 10 and 15.")


def test_a_threatened_strike_is_a_threat_of_strike():
    assert ("KENLAB", "133", "KENBUS") in _events("The Kenyan teachers' union threatened a strike over pay.")


def test_a_general_strike_called_to_press_the_government_threatens_it():
    assert ("KENLAB", "133", "KENGOV") in _events(
        "The Kenyan teachers' union called a general strike for next Wednesday to press the government to raise pay.")


def test_a_march_announced_in_a_quotation_threatens_the_government():
    assert ("KENOPP", "133", "KENGOV") in _events('"We will march to Nairobi," the Kenyan opposition leader told a rally.')


def test_a_strike_under_way_stays_a_strike():
    got = _events("Kenyan teachers went on strike on Monday.")
    assert ("KENEDU", "143", "KENBUS") in got and not _codes("Kenyan teachers went on strike on Monday.", "13")


def test_a_strike_ruled_out_is_no_threat():
    assert not _codes("Kenyan teachers will not go on strike, their union said.", "13")


def test_a_strike_called_off_is_no_threat():
    assert not _codes("The Kenyan teachers' union called off the strike on Monday.", "13")
