"""frame69: dictionary words whose frame took no act ("no act: a dictionary word",
docs/evaluation/events-frame69.md). Every sentence is our own, in 1980s/1990s wire style.

- The party of a "to"-complement may be its indirect object ("agreed to sell China wheat").
- Wire money units ("mln stg", "sterling", "francs") are money given (07x / 033x).
- Offers of no named party, or not made, are no bid (0311). (The offer lines were dropped by the integrator.)
- A loan or credit signed with its lender is a deal (057).
- Business cut back with a named firm or a state is relations reduced (160).
- A bill sent or presented to a legislature is an appeal to it (020).
- Talks a speaker reports as not held, guessed or judged are no meeting. (reported_talks.py was dropped.)
Negatives: negated, hypothetical, forecast, other senses of the same words.
"""
from __future__ import annotations

from events_variety import coded_triples


def _has(text, triple, day="1987-03-10"):
    got = coded_triples(text, day)
    assert triple in got, (text, got)


def _codes(text, day="1987-03-10"):
    return {code for _, code, _ in coded_triples(text, day)}


# --- the indirect object of a complement verb --------------------------------------------------

def test_the_receiver_of_an_agreed_sale_is_the_party():
    _has("Canada agreed to sell China 1.5 mln tonnes of wheat over three years, the Wheat Board said.",
         ("CAN", "057", "CHN"))
    _has("Argentina has agreed to sell the Soviet Union four mln tonnes of grain this year, officials said.",
         ("ARG", "057", "RUS"))
    _has("The Soviet Union agreed to sell Iraq 300 tanks, diplomats said.", ("RUS", "057", "IRQ"))
    _has("The U.S. administration agreed to give Egypt 200 mln dlrs in cash aid, officials said.",
         ("USAGOV", "0331", "EGY"))


def test_an_agreed_sale_not_made_is_not_coded():
    for text in ("Canada has not agreed to sell China any more wheat, the Wheat Board said.",
                 "Canada would sell China more wheat if prices rose, the Wheat Board said.",
                 "Harcourt Holdings Inc agreed to sell the public two mln new shares."):
        assert not _codes(text) & {"057", "061", "0311"}, text


# --- wire money ------------------------------------------------------------------------------------

def test_wire_money_units_are_money_given():
    _has("Britain gave Mozambique 3 mln sterling for food transport last year, the embassy said.",
         ("GBR", "071", "MOZ"))


def test_tonnes_are_not_money():
    # "mln" counts tonnes of grain as often as money: grain given is no economic aid (071 / 0331)
    assert not _codes("Japan will provide 2 mln tonnes of rice to Indonesia next year, officials said.") & {"0331", "071"}
    assert not _codes("The U.S. gave Egypt 1.5 mln tonnes of wheat under the export enhancement program last "
                      "year.") & {"0331", "071"}


def test_money_not_given_is_not_coded():
    assert not _codes("Japan said it would give Bangladesh more aid if the elections were fair.") & {"0331", "071"}
    assert not _codes("Analysts said Japan would probably give Bangladesh more aid next year.") & {"0331", "071"}


# --- offers ----------------------------------------------------------------------------------------

def test_offers_of_no_party_or_not_made_are_not_coded():
    for text in ("Police offered 5,000 dlrs for information on the robbery.",
                 "Harcourt Holdings Inc offered two mln shares to the public at 12 dlrs each.",
                 "Dixons Group Plc said it might offer more than 85 dlrs a share for Cyclops Corp if the board agreed.",
                 "Australia's Elders IXL Ltd has not offered any money for Chicago-based Carling National Breweries "
                 "Inc, a spokesman said.",
                 "Mexico offered a 49 pct stake in the airline to foreign investors, the finance ministry said.",
                 "British Airways offered a 10 pct stake to its employees."):
        assert "0311" not in _codes(text), text


# --- loans signed ------------------------------------------------------------------------------------

def test_a_loan_signed_with_the_lender_is_a_deal():
    _has("Peru signed two loans from the World Bank totaling 90 mln dlrs, the bank said.", ("PER", "057", "IGOWBK"))
    _has("Brazil's finance ministry signed a 500 mln dlr credit with the World Bank on Monday.",
         ("BRAGOV", "057", "IGOWBK"))


def test_a_loan_not_signed_or_signed_at_home_is_not_coded():
    for text in ("Ecuador's finance minister and the bank's president signed the loans after the meeting.","Peru has not signed the loans from the World Bank, officials said.",
                 "Peru would sign the loans from the World Bank only if the terms changed, officials said."):
        assert "057" not in _codes(text), text


# --- business cut back -------------------------------------------------------------------------------

def test_business_cut_with_a_named_party_is_relations_reduced():
    _has("Merrill Lynch and Co Inc has restricted its business with Drexel Burnham Lambert Inc, industry "
         "sources said.", ("USABUS", "160", "USABUS"))
    _has("Barclays Bank Plc said it had cut back its dealings with South Africa's Anglo American Corp.",
         ("GBRBUS", "160", "ZAFBUS"))
    _has("Japan's Mitsui and Co Ltd suspended its business with Iran after the attack on the tanker, the company said.",
         ("JPNBUS", "160", "IRN"))


def test_business_not_cut_or_no_party_is_not_coded():
    for text in ("Merrill Lynch and Co Inc said it has not limited its business with Drexel Burnham Lambert Inc.",
                 "Merrill Lynch and Co Inc may restrict its business with Drexel Burnham Lambert Inc if the probe "
                 "widens, sources said.",
                 "Merrill Lynch and Co Inc reduced its business costs in Japan last year."):
        assert "160" not in _codes(text), text


# --- bills sent to a legislature -----------------------------------------------------------------------

def test_a_bill_sent_to_a_legislature_is_an_appeal():
    _has("The administration sent the Senate a bill to curb textile imports on Tuesday.", ("USAGOV", "020", "USALEG"))
    _has("The Dutch finance ministry has presented parliament with a new law on insider trading.",
         ("NLDGOV", "020", "NLDLEG"))
    _has("The White House said President Reagan would send Congress a bill on trade today.",
         ("USAGOV", "020", "USALEG"))


def test_a_bill_not_sent_or_a_copy_sent_is_not_coded():
    assert "020" not in _codes("The administration has not sent Congress a trade bill, officials said.")
    assert "020" not in _codes("The newspaper sent the Senate committee a copy of its story.")


def test_law_making_routine_is_no_appeal():  # events/sent_bills.py
    for text in ("Congress sent the highway bill to President Reagan on Friday.",
                 "The Senate sent the trade bill to the House on Thursday.",
                 "West Germany's interior minister presented the cabinet with a new law on asylum."):
        assert "020" not in _codes(text), text


# --- talks a speaker reports -----------------------------------------------------------------------------

def test_talks_not_held_guessed_or_judged_are_not_coded():
    for text in ("Finance Secretary Jaime Ongpin said talks with the International Monetary Fund have not begun.",
                 "Finance Secretary Jaime Ongpin said talks with the International Monetary Fund could collapse "
                 "if the peso fell.",
                 "Finance Secretary Jaime Ongpin said talks with the International Monetary Fund were important.",
                 "A British government spokesman said no talks with Ireland took place on Tuesday.",
                 "A British government spokesman said talks with Ireland will fail."):
        assert not _codes(text) & {"040", "046", "036"}, text
