"""frame70: dictionary words whose frame took no act ("no act: a dictionary word") on the
Reuters 1987 batch (docs/evaluation/events-frame70.md). Every sentence is our own, in 1980s wire style.

- A contract, licence or concession won / received / secured / obtained FROM a party: that party
  cooperates economically with the winner (061), as "awarded a contract to X" (coop.RECEIVED_ACTS).
- Warships escorting another country's ships give it military protection (074; verbs.txt).
- Litigation settled with the other side is an agreement (057; verbs.txt).
Negatives: negated, hypothetical, forecast, other senses of the same words.
"""
from __future__ import annotations

from events_variety import coded_triples


def _has(text, triple, day="1987-06-15"):
    got = coded_triples(text, day)
    assert triple in got, (text, got)


def _codes(text, day="1987-06-15"):
    return {code for _, code, _ in coded_triples(text, day)}


# --- a contract or licence won from a party ---------------------------------------------------------

def test_a_contract_won_from_a_party_is_its_cooperation():
    _has("Grumman Corp said it won a 240 mln dlr contract from the U.S. Navy to build reconnaissance aircraft.",
         ("USAMIL", "061", "USABUS"))
    _has("General Electric Co said it had secured a contract from the Egyptian government.",
         ("EGYGOV", "061", "USABUS"))
    _has("Mobil Corp said it obtained a concession from the Indonesian government.",
         ("IDNGOV", "061", "USABUS"))


def test_a_contract_not_won_is_not_coded():
    for text in ("Grumman Corp said it hoped to win a contract from the U.S. Navy to build reconnaissance aircraft.",
                 "Grumman Corp said it did not win the contract from the U.S. Navy.",
                 "Grumman Corp said it could win a contract from the U.S. Navy next year, analysts said.",
                 "The company said it received an order from the court to halt the sale of its shares.",
                 "Boeing Co said it won a contract to supply aircraft."):
        assert "061" not in _codes(text), text


# --- escorted ships ---------------------------------------------------------------------------------

def test_escorted_tankers_are_protection_given_to_their_country():
    _has("U.S. warships began escorting two Kuwaiti tankers through the Gulf, the Pentagon said.",
         ("USAMIL", "074", "KWT"))
    _has("Two U.S. frigates escorted a convoy of Kuwaiti tankers out of the Gulf on Sunday, shipping sources said.",
         ("USAMIL", "074", "KWT"))
    _has("British navy ships have escorted Kuwaiti tankers since May, a Defence Ministry spokesman said.",
         ("GBRMIL", "074", "KWT"))


def test_other_escorts_and_escorts_not_made_are_not_protection():
    assert "074" not in _codes("Police escorted the demonstrators out of the building.")
    assert "074" not in _codes("The U.S. Navy is prepared to escort Kuwaiti tankers, defence officials said.")
    assert "074" not in _codes("The U.S. Navy will not escort Kuwaiti tankers, defence officials said.")


# --- litigation settled -----------------------------------------------------------------------------

def test_litigation_settled_with_the_other_side_is_an_agreement():
    _has("Honeywell Inc said it settled its patent litigation with Sperry Corp.", ("---BUS", "057", "---BUS"))  # no dateline: firms of no country


def test_litigation_not_settled_is_no_agreement():
    for text in ("Honeywell Inc said it hopes to settle its patent litigation with Sperry Corp.",
                 "Honeywell Inc said it has not settled its patent litigation with Sperry Corp.",
                 "Honeywell Inc could settle its patent litigation with Sperry Corp next month, analysts said."):
        assert "057" not in _codes(text), text


# --- "agreed with Y to <act>" -----------------------------------------------------------------------

def test_an_act_agreed_with_a_party_is_an_agreement_with_it():
    _has("Mexico's Finance Ministry has agreed with the International Monetary Fund to cut the budget deficit.",
         ("MEXGOV", "057", "IGOIMF"))
    _has("Egypt agreed with Israel to submit the Taba border dispute to international arbitration, officials said.",
         ("EGY", "057", "ISR"))
    # the model's readings of "with its <party> to <verb>" (a clause hung on "with", or after it)
    _has("Venezuela agreed last Friday with its bank advisory committee to lower the interest margin on its debt.",
         ("VEN", "057", "---BUS"))
    _has("The Philippines agreed on Tuesday with its creditor banks to reduce the spread over libor to 7/8 pct.",
         ("PHL", "057", "---BUS"))


def test_talks_agreed_with_a_party_stay_talks_and_agreements_not_made_are_not_coded():
    assert ("IRN", "036", "IRQ") in coded_triples("Iran agreed with Iraq to hold talks in Geneva next month, diplomats said.",
                                                  "1987-06-15")
    for text in ("Egypt has not agreed with Israel to submit the dispute to arbitration, officials said.",
                 "Egypt may agree with Israel to submit the dispute to arbitration, officials said.",
                 "The Philippines did not agree with its creditor banks to reduce the spread, officials said."):
        assert "057" not in _codes(text), text


# --- a contract ratified by labour ------------------------------------------------------------------

def test_labour_ratifying_a_contract_agrees_it_with_the_employer():
    _has("The United Auto Workers ratified a new labor contract with Chrysler Corp on Sunday.",
         ("USALAB", "057", "USABUS"))
    _has("Workers at Ford Motor Co's Michigan truck plant voted to ratify a new three-year contract, the union said.",
         ("USALAB", "057", "USABUS"))


def test_a_contract_not_ratified_is_no_agreement():
    for text in ("The United Auto Workers did not ratify the new contract with Chrysler Corp.",
                 "The United Auto Workers may ratify the new contract with Chrysler Corp next week, officials said.",
                 "A federal judge approved the settlement with Chrysler Corp on Friday."):
        assert "057" not in _codes(text), text


# --- warships "available to" escort: an intent; "obtain" only for a contract ------------------------

def test_available_to_act_is_an_intent():
    got = coded_triples("Washington said its warships were available to escort Kuwaiti tankers in the Gulf.", "1987-06-15")
    assert ("USAMIL", "0334", "KWT") in got and not any(c == "074" for _, c, _ in got), got
    got = coded_triples("Shultz said he was available to meet Soviet Foreign Minister Eduard Shevardnadze in Geneva next month.",
                        "1987-06-15")
    assert ("USAGOV", "036", "RUSGOV") in got and not any(c == "044" for _, c, _ in got), got


def test_a_loan_obtained_is_not_read_as_a_contract():
    assert "071" not in _codes("The Zambian government had obtained a further loan of 45 mln dlrs from the Bank of Credit and Commerce.")
