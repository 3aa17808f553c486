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
