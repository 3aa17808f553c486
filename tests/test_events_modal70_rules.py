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
             "went ahead with the import curbs.", ("DEU", "1312", "USA")),  # mood73: over trade, 1312 (r28's gold)
            ("BONN 1987-05-05\n\nBonn said it would take countermeasures against Washington if the curbs went "
             "ahead.", ("DEU", "130", "USA")),
            ("PARIS 1987-05-05\n\nFrance said it would adopt reprisals against the United States unless the "
             "duties were withdrawn.", ("FRA", "1312", "USA"))):
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


def test_passive_threats_held_out_on_a_condition() -> None:
    for text, want in (
            ("PARIS 1987-03-05\n\nThe government said the rail strikers would be fired if they did not return to "
             "work.", ("FRAGOV", "132", "FRALAB")),
            ("LONDON 1987-03-05\n\nBritish Airways said the strikers would be sacked if they did not return to work "
             "by Monday.", ("GBRBUS", "132", "GBRLAB")),
            ("DHAKA 1987-03-05\n\nThe government said the striking dockers could be dismissed unless they returned "
             "to work soon.", ("BGDGOV", "132", "BGDLAB"))):
        assert want in _got(text, "1987-03-05"), text
    for text in ("PARIS 1987-03-05\n\nAnalysts said the rail strikers could be fired if they did not return to work.",
                 "PARIS 1987-03-05\n\nThe government said the rail strikers would not be fired if they returned to work.",
                 "PARIS 1987-03-05\n\nThe government said the rail strikers would be fired."):
        assert not {t for t in _got(text, "1987-03-05") if t[1].startswith("13")}, text


def test_refused_return_to_work_on_a_condition() -> None:
    for text, want in (
            ("SANTOS 1987-03-05\n\nThe union leader said the dockers would not return to work unless the port company "
             "met their pay demands.", ("BRALAB", "124", "BRABUS")),
            ("DETROIT 1987-03-05\n\nThe union said its members would not go back to work until General Motors "
             "restored the jobs.", ("USALAB", "124", "USABUS")),
            ("SEOUL 1987-03-05\n\nUnion leaders said the workers would not end the strike until Hyundai agreed to "
             "recognise the union.", ("KORLAB", "124", "KORBUS"))):
        assert want in _got(text, "1987-03-05"), text
    for text in ("SANTOS 1987-03-05\n\nThe dockers returned to work after the port company met their demands.",
                 "SANTOS 1987-03-05\n\nAnalysts said the dockers would not return to work unless the port company met "
                 "their demands.",
                 "SANTOS 1987-03-05\n\nThe dockers will not return to work, the union said."):
        assert not {t for t in _got(text, "1987-03-05") if t[1] == "124"}, text


def test_trips_in_timing_clauses_are_scheduled() -> None:
    for text, want in (
            ("TOKYO 1987-04-10\n\nThe ruling party will finish the package before Prime Minister Yasuhiro Nakasone "
             "leaves for Washington on April 29 for talks with President Reagan.", ("JPNGOV", "036", "USA")),
            ("TOKYO 1987-04-10\n\nOfficials said Nakasone would raise the chip dispute when he arrives in Washington "
             "next week for talks with Reagan.", ("JPNGOV", "036", "USA")),
            ("PARIS 1987-04-10\n\nThe French plan will be ready when Chirac flies to Washington next month for talks "
             "with Reagan.", ("FRAGOV", "036", "USA"))):
        assert want in _got(text, "1987-04-10"), text
    assert ("FRAGOV", "042", "USA") in _got("PARIS 1987-04-10\n\nChirac praised the plan when he flew to Washington "
                                           "for talks with Reagan.", "1987-04-10")
    for text in ("PARIS 1987-04-10\n\nThe plan will be ready if Chirac flies to Washington for talks with Reagan.",
                 "KATHMANDU 1996-09-01\n\nThe government said the rebels must lay down arms before it negotiates "
                 "with them."):
        assert not {t for t in _got(text, "1987-04-10") if t[1] in ("036", "042")}, text
    assert not {t for t in _got("MADRID 1996-09-01\n\nMost Spaniards would support government talks with the Basque "
                                "rebels if the guerrillas gave up violence, a newspaper poll said.", "1996-09-01")
                if t[1].startswith("03")}
