"""stance54: stances toward a party that read no act before (docs/evaluation/events-stance54.md).
Every sentence is our own, in wire style of three eras (1987, 1996, 2019).

- Understanding or appreciating a party's concerns / frustration is an empathetic comment (018).
- Sympathy expressed "for" or "with" a party is 018, as "to" a party was.
- A message / letter of support or congratulation sent to X, homage paid to X and confidence
  expressed in X endorse X (051).
- "vouched for X" defends X verbally (052).
- "countered the allegations of X" denies toward the accuser (016).
Negatives: no party named, negated, hypothetical.
"""
from __future__ import annotations

from events_variety import coded_triples


def _codes(triples):
    return {code for _, code, _ in triples}


def test_understood_or_appreciated_concerns_of_a_party_is_018():
    for day, text, triple in (
        ("2019-05-02", "The German chancellor said she understood the concerns of Poland about the pipeline.",
         ("DEUGOV", "018", "POL")),
        ("1987-03-12", "Japan's trade minister said Tokyo understood the frustration of the United States.",
         ("JPN", "018", "USA")),
        ("1996-08-30", "Russia's foreign minister said Moscow appreciated the concerns of Ukraine over the fleet.",
         ("RUS", "018", "UKR")),
    ):
        assert triple in coded_triples(text, day), text


def test_understood_without_a_feeling_or_a_party_is_not_coded():
    for text in ("The Dutch prime minister said he understood the rules.",
                 "The German chancellor said she understood the concerns."):
        assert "018" not in _codes(coded_triples(text, "2019-05-02")), text


def test_sympathy_for_or_with_a_party_is_018():
    assert ("EGY", "018", "SDN") in coded_triples("Egypt expressed sympathy for Sudan after the floods.", "1987-03-12")
    assert ("ESPGOV", "018", "FRA") in coded_triples(
        "The Spanish prime minister expressed sympathy with France after the fire.", "2019-05-02")
    assert ("EGY", "018", "SDN") in coded_triples("Egypt expressed sympathy to Sudan after the floods.", "1987-03-12")


def test_negated_sympathy_is_not_coded():
    got = coded_triples("Japan did not express sympathy for the United States.", "1987-03-12")
    assert "018" not in _codes(got)


def test_messages_homage_and_confidence_endorse_051():
    for day, text, triple in (
        ("1996-08-30", "Chile's president sent a message of support to Peru's president.", ("CHLGOV", "051", "PERGOV")),
        ("2019-05-02", "The Canadian prime minister sent a letter of congratulation to the Ukrainian president.",
         ("CANGOV", "051", "UKRGOV")),
        ("1996-08-30", "The Turkish president paid homage to Greece's late prime minister.", ("TURGOV", "051", "GRCGOV")),
        ("2019-05-02", "The Italian president expressed confidence in Greece's prime minister.", ("ITAGOV", "051", "GRCGOV")),
        ("1996-08-30", "The Kenyan president voiced confidence in Tanzania.", ("KENGOV", "051", "TZA")),
    ):
        assert triple in coded_triples(text, day), text


def test_confidence_in_no_party_and_a_hypothetical_message_are_not_051():
    assert "051" not in _codes(coded_triples("The president expressed confidence that the economy would recover.",
                                             "2019-05-02"))
    assert "051" not in _codes(coded_triples("Spain may send a message of support to Portugal next week.", "2019-05-02"))


def test_vouched_for_is_052():
    assert ("NLDGOV", "052", "BEL") in coded_triples("The Dutch government vouched for Belgium in the dispute.",
                                                     "1987-03-12")


def test_countered_allegations_is_a_denial_toward_the_accuser():
    assert ("IRQ", "016", "IRN") in coded_triples("Iraq countered accusations by Iran that it had shelled the border.",
                                                  "1996-08-30")
    assert ("CHNGOV", "016", "USA") in coded_triples(
        "The Chinese foreign ministry countered the allegations of the United States.", "2019-05-02")


def test_stood_behind_a_party_defends_it_052():
    assert ("POLGOV", "052", "UKR") in coded_triples(
        "The Polish president stood behind Ukraine in the gas dispute.", "2019-05-02")
    assert ("JPN", "052", "USA") in coded_triples("Japan stood behind the United States in the dispute with Iraq.",
                                                  "1996-08-30")
    assert coded_triples("The minister stood behind the podium.", "2019-05-02") == set()


def test_spoke_out_in_support_or_defence_of_a_party():
    assert ("CANGOV", "051", "UKR") in coded_triples("The Canadian prime minister spoke out in support of Ukraine.",
                                                     "2019-05-02")
    assert ("THAGOV", "051", "MYS") in coded_triples("The Thai prime minister spoke out in support of Malaysia.",
                                                     "1987-03-12")
    assert ("AUSGOV", "052", "NZL") in coded_triples(
        "The Australian prime minister spoke out in defence of New Zealand.", "1987-03-12")
    assert coded_triples("The minister spoke out in support of the new budget.", "1996-08-30") == set()


def test_came_to_a_partys_defence_is_052():
    assert ("CZEGOV", "052", "SVK") in coded_triples(
        "The Czech foreign minister came to Slovakia's defence in the dispute.", "1996-08-30")
    assert ("GRCGOV", "052", "CYP") in coded_triples("The Greek prime minister came to Cyprus's defence.", "1987-03-12")


def test_more_wordings_of_vouch_homage_confidence_and_counter():
    for day, text, triple in (
        ("1996-08-30", "Syria vouched for Lebanon in the talks.", ("SYR", "052", "LBN")),
        ("2019-05-02", "The Mexican president paid homage to Spain.", ("MEXGOV", "051", "ESP")),
        ("1987-03-12", "Washington expressed confidence in the Philippine president.", ("USA", "051", "PHLGOV")),
        ("2019-05-02", "Pakistan countered the allegations made by India.", ("PAK", "016", "IND")),
    ):
        assert triple in coded_triples(text, day), text
    assert coded_triples("The Hungarian foreign minister did not vouch for Serbia.", "2019-05-02") == set()
    assert coded_triples("Washington expressed confidence in the dollar.", "1987-03-12") == set()
    assert coded_triples("He sent a message to his family.", "1996-08-30") == set()
