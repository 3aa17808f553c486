"""modal70: acts promised on a condition, countermeasures held out, contacts kept (issue #4).

- "Hawke said Australia would lift the ban on French ships if Paris halted its tests": a
  cooperative act its doer promises on another party's conduct is an offer, coded as the act's
  intent (0354), as the same sentence with no "if" is (events/conditional_offers.py, read from
  coop.reported_future). A forecast by analysts, a condition on the doer itself, "if elected",
  a negated or counterfactual promise and a question stay uncoded.
- "Bonn said it would take countermeasures against Washington if the curbs went ahead": a
  threat of an unsaid response (130, verbs.txt), toward the party the condition names.
- "said he would have contacts / maintain contact with Y": the intent to meet (036); kept
  contacts are consultation (040).
"""
from __future__ import annotations

from events_variety import coded_triples


def _got(text: str, date: str) -> set[tuple[str, str, str]]:
    return set(coded_triples(text, date))


def test_conditional_offers_are_intents() -> None:
    for text, want in (
            ("CANBERRA 1987-06-01\n\nPrime Minister Bob Hawke said Australia would lift the ban on French ships "
             "if Paris halted its nuclear tests.", ("AUS", "0354", "FRA")),
            ("OTTAWA 1987-05-05\n\nTrade Minister Pat Carney said Canada would drop the duty on U.S. shingles if "
             "Washington scrapped its lumber tariff.", ("CAN", "0354", "USA")),
            ("WASHINGTON 1987-05-05\n\nReagan said he would lift the sanctions against Japan if Tokyo honoured "
             "the semiconductor pact.", ("USAGOV", "0354", "JPN"))):
        assert want in _got(text, text.split()[1]), text


def test_conditions_that_are_no_offer_stay_uncoded() -> None:
    for text in (
            "TOKYO 1987-05-05\n\nAnalysts said Japan would lift the curbs if the dollar fell further.",
            "TOKYO 1987-05-05\n\nReagan said Japan would lift the curbs if it got a better deal.",
            "TOKYO 1987-05-05\n\nNakasone said he would not lift the curbs even if Washington dropped the tariffs.",
            "TOKYO 1987-05-05\n\nNakasone said he would have lifted the curbs if Washington had dropped the tariffs.",
            "TOKYO 1987-05-05\n\nNakasone asked whether Japan would lift the curbs if Washington dropped the tariffs.",
            "TOKYO 1987-05-05\n\nIf elected, the opposition leader said he would lift the ban on U.S. beef."):
        assert not {t for t in _got(text, "1987-05-05") if t[1].startswith(("03", "08"))}, text


def test_countermeasures_held_out_are_threats() -> None:
    for text, want in (
            ("BONN 1987-05-02\n\nWest German officials said Bonn would consider countermeasures if Washington "
             "went ahead with the import curbs.", ("DEU", "130", "USA")),
            ("BONN 1987-05-05\n\nBonn said it would take countermeasures against Washington if the curbs went "
             "ahead.", ("DEU", "130", "USA")),
            ("PARIS 1987-05-05\n\nFrance said it would adopt reprisals against the United States unless the "
             "duties were withdrawn.", ("FRA", "130", "USA"))):
        assert want in _got(text, text.split()[1]), text
    assert not _got("PARIS 1987-05-05\n\nFrance did not take countermeasures against the United States.",
                    "1987-05-05")


def test_contacts_promised_are_intent_to_meet() -> None:
    for text, want in (
            ("BRASILIA 1987-03-12\n\nBrazil's finance minister said the government would maintain contact with "
             "its creditor banks.", ("BRAGOV", "036", "---BUS")),
            ("PEKING 1987-04-11\n\nThe chief Portuguese negotiator said he would have contacts with his Chinese "
             "counterpart later in the day.", ("PRTGOV", "036", "CHNGOV"))):
        assert want in _got(text, text.split()[1]), text
    got = _got("BRASILIA 1987-05-05\n\nBrazil said it would not maintain contacts with the creditor banks.",
               "1987-05-05")
    assert not {t for t in got if t[1] in ("036", "040")}
