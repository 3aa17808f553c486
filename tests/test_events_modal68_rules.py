"""modal68: deals agreed, bids offered and acts held out on a condition (issue #4, new tuning files).

- "Peru has agreed to sell copper to the Soviet Union", "agreed with its creditor banks to
  reschedule", "agreed to charter tankers from Y": the deal is entered into (057), as the
  annotators of the r files decided (events-annr67*.md); the intent reading found no act, because
  "sell copper" / "buy a unit" has no act of its own (verbs.txt "agree ^xcomp:sell|buy|...").
- "the union offered to buy Y Inc", "Kuwait said it would buy a stake in Y": an offer to buy (0311);
  a bid or a takeover between two firms stays pruned as commerce (the first version kept bids between
  named firms, as the r files code them; the holdout's false triples rose, and it was dropped).
- "they may go to court if the Commission does not ...", "said it might retaliate if Y ...": a
  hostile act its doer holds out on the other side's conduct is a threat (13x), like "would ... if"
  (statements.CONDITION_MODALS); a named third party's "could" ("Iraq could attack Y if ...") and a
  condition no one tells ("If the talks fail, NATO could bomb Y") stay guesses.
"""
from __future__ import annotations

from events_variety import coded_triples


def _got(text: str, date: str) -> set[tuple[str, str, str]]:
    return set(coded_triples(text, date))


def test_agreed_deals_are_coded() -> None:
    for text, date, want in (
            ("LIMA 1987-04-02\n\nPeru has agreed to sell 20,000 tonnes of copper to the Soviet Union this year, "
             "a mining ministry official said.", "1987-04-02", ("PER", "057", "RUS")),
            ("BUENOS AIRES 1987-06-03\n\nArgentina agreed with its creditor banks to reschedule about 30 billion "
             "dlrs of debt due through 1992.", "1987-06-03", ("ARG", "057", "---BUS")),
            # ("agreed to buy coal from China" stays the intended purchase, 0311, as left43b pins it)
            ("TOKYO 1987-03-04\n\nJapan has agreed to buy 500,000 tonnes of coal from China next year, trade "
             "officials said.", "1987-03-04", ("JPN", "0311", "CHN")),
            ("NEW DELHI 1999-05-20\n\nIndia agreed to lease two submarines from Russia, defence officials said on "
             "Thursday.", "1999-05-20", ("IND", "057", "RUS")),
            ("DOHA 1996-09-02\n\nQatar agreed to charter three tankers from Norway, shipping sources said.", "1996-09-02",
             ("QAT", "057", "NOR"))):
        got = _got(text, date)
        assert want in got, (text, got)


def test_deals_not_agreed_are_not_coded() -> None:
    for text, date in (
            ("BUENOS AIRES 1987-06-03\n\nArgentina did not agree to reschedule its debt, the central bank said.",
             "1987-06-03"),
            ("TOKYO 1987-03-04\n\nTrade officials said it was unclear whether Japan would agree to buy more coal "
             "from China.", "1987-03-04"),
            ("NEW YORK 1996-09-02\n\nWould Harlan Media agree to sell Southfield Broadcasting?", "1996-09-02"),
            ("SAN FRANCISCO 2019-06-11\n\nIf Salesforce agreed to buy Tableau, analysts said, the deal would "
             "reshape the market.", "2019-06-11"),
            # (source72: a takeover agreed between two named firms is now 057, by the round-71 batch's settled
            # convention: "First Harbor Corp ... agreed to acquire Westgate Bancorp" moved to
            # tests/test_events_source72_rules.py)
            ):
        got = _got(text, date)
        assert not any(c in ("057", "0311") for _, c, _ in got), (text, got)


def test_offers_to_buy_are_coded() -> None:
    assert ("USALAB", "0311", "USABUS") in _got(
        "CHICAGO 1987-07-09\n\nThe machinists union offered to buy Midland Airways for 900 mln dlrs, a union "
        "spokesman said.", "1987-07-09")
    assert ("KWT", "0311", "DEUBUS") in _got(
        "KUWAIT 1987-04-02\n\nKuwait said it would buy a 10 percent stake in Daimler-Benz AG.", "1987-04-02")


def test_offers_not_made_are_not_coded() -> None:
    for text, date in (
            ("NEW YORK 1987-03-04\n\nKestrel Partners said it might offer to buy Amberton Foods Inc later this "
             "year.", "1987-03-04"),
            ("PARIS 1987-08-11\n\nCompagnie Verlaine said it could buy the chemicals division of Boston Dye Corp if "
             "the price fell.", "1987-08-11"),
            ("SAN FRANCISCO 2019-06-11\n\nSalesforce had no plans to buy Tableau Software, a spokesperson said.",
             "2019-06-11"),
            # (source72: a takeover done between two named firms is now 061, the settled convention: "Alleghany
            # Corp bought Cyclops Corp's steel business" moved to tests/test_events_source72_rules.py)
            # (frame72: "Alleghany Corp bought Cyclops Corp's steel business" left this list: a takeover
            # done between two firms is 061 by annot71's settled convention)
            ("LONDON 2019-04-02\n\nInvestors bought shares in Unilever on Tuesday after strong results.",
             "2019-04-02"),
            # a bid between two firms is commerce, as the t files and the old gold leave it
            ("NEW YORK 1996-09-02\n\nWestmark Corp said it intends to acquire Halberd Industries Inc.", "1996-09-02"),
            ("NEW YORK 1996-09-02\n\nHarlan Media Inc offered to buy Southfield Broadcasting Corp, the companies "
             "said on Monday.", "1996-09-02")):
        got = _got(text, date)
        assert not any(c[:2] in ("03", "05", "06") for _, c, _ in got), (text, got)


def test_state_stake_and_loan_are_coded() -> None:
    assert ("FRAGOV", "061", "FRABUS") in _got(
        "PARIS 1996-04-02\n\nThe French government bought a 20 percent stake in Thomson SA on Tuesday.", "1996-04-02")
    assert ("IGOWBK", "071", "PRT") in _got(
        "WASHINGTON 1987-04-02\n\nThe World Bank said it has loaned Portugal 50 mln dlrs to help improve its "
        "highway system.", "1987-04-02")


def test_acts_held_out_on_a_condition_are_threats() -> None:
    got = _got("MADRID 1987-04-02\n\nThey said Spain and Portugal indicated they may go to the European Court of "
               "Justice over the issue if the Commission did not offer a satisfactory solution.", "1987-04-02")
    assert {("ESP", "130", "IGOEUREEC"), ("PRT", "130", "IGOEUREEC")} <= got, got
    got = _got("BEIJING 2019-08-02\n\nChina said on Friday it might retaliate if the United States raised tariffs "
               "again.", "2019-08-02")
    # mood73: retaliation held out in a trade quarrel is a sanction threat (1312: the released
    # gold's r16 / r28 / r40 / r42 "would / may retaliate if ..." rows), still a threat held out
    assert ("CHN", "1312", "USA") in got, got
    got = _got('WASHINGTON 1990-08-10\n\n"We could use force if Iraq does not withdraw from Kuwait," Secretary of '
               'State James Baker said.', "1990-08-10")
    assert any(c[:2] == "13" and t == "IRQ" for _, c, t in got), got


def test_guesses_on_a_condition_are_not_threats() -> None:
    for text, date in (
            ("WASHINGTON 1990-08-10\n\nOfficials said Iraq could attack Saudi Arabia if the embargo continued.",
             "1990-08-10"),
            ("BRUSSELS 1999-04-02\n\nIf the talks fail, NATO could bomb Yugoslavia.", "1999-04-02"),
            ("BRUSSELS 1999-04-02\n\nAnalysts said the European Union could impose sanctions on Belgrade if the "
             "talks failed.", "1999-04-02"),
            ("BEIJING 2019-08-02\n\nChina said on Friday it might buy more soybeans if prices fell.", "2019-08-02"),
            ("WASHINGTON 1990-08-10\n\nProsecutors said he could face 10 years in prison if convicted.",
             "1990-08-10")):
        got = _got(text, date)
        assert not any(c[:2] == "13" or c[:2] == "19" or c[:2] == "18" for _, c, _ in got), (text, got)


def test_admission_decided_is_an_intent() -> None:
    got = _got("BRUSSELS 1998-02-11\n\nNATO has decided to admit Poland and Hungary next year, an alliance official "
               "said.", "1998-02-11")
    assert {("IGONAT", "030", "POL"), ("IGONAT", "030", "HUN")} <= got, got
    for text in ("BRUSSELS 1998-02-11\n\nNATO has not decided whether to admit Slovenia.",
                 "BRUSSELS 1998-02-11\n\nThe minister decided to admit that mistakes had been made."):
        got = _got(text, "1998-02-11")
        assert not any(c[:2] == "03" for _, c, _ in got), (text, got)


def test_firm_refusing_to_buy_a_firm_is_commerce() -> None:
    for text, date in (
            ("NEW YORK 1989-11-20\n\nRalston Holdings Inc said it has no intention of acquiring Brightwater Foods "
             "Corp.", "1989-11-20"),
            ("CARACAS 1987-04-02\n\nPetroleos de Venezuela will not buy a stake in Champlin Petroleum Co, the energy "
             "minister said.", "1987-04-02")):
        got = _got(text, date)
        assert not any(c[:2] in ("03", "06", "12") for _, c, _ in got), (text, got)


def test_refused_oversight_is_1245() -> None:
    for text in ("BRASILIA 1987-03-02\n\nFinance Minister Dilson Funaro said Brazil will accept no monitoring by the "
                 "International Monetary Fund.",
                 "BRASILIA 1987-03-02\n\nFinance Minister Dilson Funaro said Brazil will not accept monitoring by the "
                 "International Monetary Fund."):
        got = _got(text, "1987-03-02")
        assert ("BRA", "1245", "IGOIMF") in got, (text, got)
    for text in ("BRASILIA 1999-03-02\n\nBrazil accepted monitoring by the International Monetary Fund last year.",
                 "WASHINGTON 1999-03-02\n\nThe IMF said no monitoring of Brazil was planned."):
        got = _got(text, "1999-03-02")
        assert not any(c[:2] == "12" for _, c, _ in got), (text, got)


def test_membership_application_is_022() -> None:
    got = _got("ANKARA 1987-03-02\n\nTurkey will apply for European Community membership on April 14, officials said.",
               "1987-03-02")
    assert ("TUR", "022", "IGOEUREEC") in got, got
    for text in ("ANKARA 1987-03-02\n\nTurkey has no plans to apply for European Community membership, officials said.",
                 "OSLO 1987-03-02\n\nNorway will not apply for European Community membership again, the prime minister "
                 "said."):
        got = _got(text, "1987-03-02")
        assert not any(c[:2] == "02" for _, c, _ in got), (text, got)


def test_unknown_firm_buying_a_firm_is_not_coded() -> None:
    # an unknown buyer is guessed as its country; a firm's part bought is still commerce
    for text, date in (
            # (source72: "Hollister Brokerage Associates ... agreed to acquire certain assets of Kimball Securities
            # Inc" now reads its buyer as a firm (USABUS) and codes 057 by the settled takeover convention)
            ("NEW YORK 1987-05-12\n\nHollister Brokerage Associates is close to acquiring the bond trading division "
             "of Kimball Securities Inc, sources said.", "1987-05-12"),):
        got = _got(text, date)
        assert not any(c in ("057", "061") for _, c, _ in got), (text, got)
