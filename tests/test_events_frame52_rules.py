"""frame52: a dictionary verb whose frame (an intent verb's object, a proposal's addressee) the
patterns did not take, so no act was made ("verb, frame taken, no act" in events/silent_words.py).

Five dictionary lines (src/dateline/data/cameo/verbs.txt, marked frame52):
- "proposed a plan to the creditors": a proposal put to a named party is an appeal to it (020);
  with no party named ("proposed a package of tax cuts") there is no act.
- "needs / wants new loans (aid) from Y": an appeal for economic aid (0231) or aid (023) to Y,
  as "seek" already coded it; "credits" and "financing" join the loan words.
- "wants to boost joint business with France": business (or commerce) expanded with a party is
  economic cooperation (061); under an intent verb it is the intent (0311).
- '"We expect from Iran assurances ..."': the parser makes the country a compound of the
  thing expected; the from-object then holds the demand's addressee (100)."""
from __future__ import annotations

from events_variety import coded_triples

WIRE = "1987-03-10"
NEWS = "2019-11-20"


def _dyadic(text: str, date: str) -> set[tuple[str, str, str | None]]:
    return {t for t in coded_triples(text, date) if t[2]}


# ---------------------------------------------------------------- a proposal put to a party

def test_plan_proposed_to_the_creditors() -> None:
    got = _dyadic("Brazil's finance minister proposed a four-year repayment plan to the commercial banks on Monday.", WIRE)
    assert any(s == "BRAGOV" and c == "020" and t.endswith("BUS") for s, c, t in got)


def test_dates_proposed_to_the_security_council() -> None:
    got = _dyadic("Angola's president proposed new dates for the demobilisation to the U.N. Security Council.", WIRE)
    assert ("AGOGOV", "020", "IGOUNO") in got


def test_proposed_to_a_government_before_the_object() -> None:
    got = _dyadic("Chancellor Kohl proposed to the French government a joint brigade of 4,000 troops.", WIRE)
    assert ("DEUGOV", "020", "FRAGOV") in got


def test_proposal_with_no_party_is_no_act() -> None:
    assert not _dyadic("The finance minister proposed a package of income tax cuts worth 100 billion francs.", WIRE)
    assert not _dyadic("Pelosi proposed legislation that would fund the government through September.", NEWS)
    assert not _dyadic("The senator proposed an amendment to the bill on Tuesday.", NEWS)
    # (a targetless 020 is lent a target by the pair loop: the pattern needs its "to" party)
    assert not _dyadic("Electoral reforms were proposed on Monday by three Liberal senators in Bogota.", "1996-08-30")
    assert not _dyadic('A member of parliament said, "We proposed a law on this subject in 2016."', NEWS)


def test_proposal_negated_or_hypothetical_is_no_act() -> None:
    assert not _dyadic("Japan did not propose any new plan to the United States, officials said.", WIRE)
    assert not _dyadic("Iraq may propose a new formula to OPEC at the meeting next week.", WIRE)


# ---------------------------------------------------------------- loans and aid wanted from a party

def test_loans_needed_from_banks() -> None:
    got = _dyadic("Mexico needs new loans from the commercial banks to meet its payments, the finance minister said.", WIRE)
    assert any(s == "MEX" and c == "0231" and t.endswith("BUS") for s, c, t in got)


def test_credits_sought_from_governments() -> None:
    got = _dyadic("Poland is seeking new credits from Western governments, a spokesman said.", WIRE)
    assert ("POL", "0231", "WSTGOV") in got


def test_aid_wanted_and_needed() -> None:
    assert ("ZMB", "023", "GBR") in _dyadic("Zambia wants more aid from Britain, President Kaunda said.", WIRE)
    got = _dyadic('"We need assistance from the European Union to rebuild the schools," the Albanian minister said.', NEWS)
    assert ("ALBGOV", "023", "IGOEUREEC") in got


def test_loan_wanted_from_the_world_bank() -> None:
    assert ("BRA", "0231", "IGOWBK") in _dyadic("Brazil wanted a loan from the World Bank last year.", WIRE)


def test_loans_not_needed_or_from_no_one() -> None:
    assert not _dyadic("Ecuador does not need new loans from the banks, the central bank said.", WIRE)
    assert not _dyadic("The company needs new loans to expand its plant.", WIRE)


# ---------------------------------------------------------------- business expanded with a party

def test_intent_to_boost_business() -> None:
    got = _dyadic("The Soviet Union hopes to boost joint business with West Germany, Gorbachev told reporters.", WIRE)
    assert ("RUS", "0311", "DEU") in got
    got = _dyadic("Japan wants to expand its business with South Korea, the trade minister said.", WIRE)
    assert ("JPN", "0311", "KOR") in got


def test_business_expanded() -> None:
    got = _dyadic("Mexico has expanded its business with Canada this year, officials said.", WIRE)
    assert ("MEX", "061", "CAN") in got


def test_business_without_a_party_or_negated() -> None:
    assert not _dyadic("The company wants to expand its business in Brazil.", WIRE)
    assert not any(c in ("061", "0311") for _, c, _ in
                   _dyadic("Japan does not want to expand business with Iran, the minister said.", WIRE))


# ---------------------------------------------------------------- "expect from X assurances"

def test_expected_from_a_state_before_the_thing() -> None:
    got = _dyadic('"We expect from Russia guarantees of safety for our sailors," Zelenskyy said.', NEWS)
    assert any(s.startswith("UKR") and c == "100" and t == "RUS" for s, c, t in got)


def test_expected_from_a_state_after_the_thing() -> None:
    assert ("GBR", "100", "IRN") in _dyadic("Britain expects an apology from Iran, the Foreign Office said.", NEWS)


def test_expected_from_with_no_demand_word() -> None:
    assert not any(c == "100" for _, c, _ in
                   _dyadic("Analysts expect from Russia little change in its oil output this year.", NEWS))


# ---------------------------------------------------------------- economic ties wanted

def test_trade_ties_sought_are_economic() -> None:
    assert ("IRN", "0311", "TUR") in _dyadic("Iran is seeking closer trade ties with Turkey, the minister said.", WIRE)
    assert ("CHN", "0311", "AUS") in _dyadic("China wants closer economic ties with Australia, the ambassador said.", NEWS)
    assert ("IND", "0311", "BRA") in _dyadic("India is seeking stronger commercial relations with Brazil.", NEWS)


def test_plain_ties_stay_diplomatic_and_negated_none() -> None:
    assert ("KOR", "032", "JPN") in _dyadic("Seoul wants closer ties with Tokyo, officials said.", NEWS)
    assert not _dyadic("Turkey does not want closer trade ties with Armenia, officials said.", NEWS)


# ---------------------------------------------------------------- sanctions readied against a party

def test_sanctions_prepared_or_planned() -> None:
    assert ("GBR", "1312", "IRN") in _dyadic("Britain is preparing new sanctions against Iran, officials said.", NEWS)
    assert ("IGOEUREEC", "1312", "BLR") in _dyadic(
        "The European Union is preparing fresh sanctions on Belarus over the crackdown.", NEWS)
    assert ("USA", "1312", "JPN") in _dyadic(
        "Washington is planning trade sanctions against Japan over the chip pact, officials said.", WIRE)


def test_sanctions_not_prepared_hypothetical_or_other_things() -> None:
    assert not _dyadic("Britain is not preparing sanctions against Iran, the minister said.", NEWS)
    assert not _dyadic("If talks fail, the EU could prepare sanctions against Minsk.", NEWS)
    assert not _dyadic("The ministry prepared a report on Iran's nuclear programme.", NEWS)
    assert not _dyadic("The EU has no plans for sanctions against Russia, a spokesman said.", NEWS)


# ---------------------------------------------------------------- "signed on to the agreement"

def test_signed_on_to_an_agreement_with_a_party() -> None:
    assert ("CAN", "057", "MEX") in _dyadic("Canada signed on to the agreement with Mexico on Sunday.", NEWS)
    assert ("JPN", "057", "AUS") in _dyadic("Japan signed up to the trade pact with Australia last week.", NEWS)


def test_signed_on_negated_without_partner_or_other_sense() -> None:
    assert not _dyadic("Eritrea has not signed on to the trade pact with Ethiopia, officials said.", NEWS)
    assert not _dyadic("Brazil signed on to the Paris accord in 2016.", NEWS)
    assert not _dyadic("Ten new players signed on to the club this summer.", NEWS)
