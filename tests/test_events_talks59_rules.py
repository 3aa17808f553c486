"""talks59: intentions to meet, negotiate, settle and cooperate (03x) whose other side the
clause does not name (issue #4, round 59).

- the quarrel the talks are about names both sides: "agreed to take part in talks on the
  Armenian-Azerbaijani conflict" (events/talk_partners.conflict_sides);
- the story's dispute told before: "The U.S. accused Japan ... Japan wants to resolve the issue
  through consultations" (talk_partners.dispute_partner);
- "make a formal request for talks", "join talks", "participate in talks" (verbs.txt, talks59);
- "is ready / willing to attend talks with Y": intended (036), not held; "not willing": 125
  (readiness.ready_light_verb, coder._code_noun);
- "the parties" after a one-way meeting, "agreed to continue economic cooperation" (0311 both
  ways: joint_sides.earlier_pair, verbs.txt);
- "time for the two sides / the rivals to hold talks", said by one side: its intent (036), also
  in a quotation of its own; "talks should be held" naming no party;
- forecasts are no intents: "analysts said Y would seek talks", "would probably take part"
  (predictions.forecast, read by coop.reported_future).
Negatives: held talks (04x), predictions by others, hypotheticals, refusals, third parties.
"""
from __future__ import annotations

import pytest

from events_variety import coded_triples

WIRE = "1987-04-10"
WIRE96 = "1996-08-30"
NEWS = "2019-10-15"


def _dyadic(text: str, date: str) -> set[tuple[str, str, str | None]]:
    return {t for t in coded_triples(text, date) if t[2]}


def _intents(text: str, date: str) -> set[tuple[str, str, str | None]]:
    return {t for t in _dyadic(text, date) if t[1][:2] == "03"}


# ---------------------------------------------------------------- the quarrel names both sides

@pytest.mark.parametrize("text,date,want", [
    ("BAKU 1996-08-30\n\nAzerbaijan has agreed to take part in talks in Geneva on a settlement of the "
     "Armenian-Azerbaijani conflict, a government statement said.", WIRE96, ("AZE", "036", "ARM")),
    ("ATHENS 1987-04-10\n\nGreece said it would join talks in Geneva on a settlement of the Greek-Turkish "
     "dispute over the Aegean.", WIRE, ("GRC", "036", "TUR")),
    ("Egypt has agreed to attend talks in Washington on the Ethiopia-Egypt dispute over the Nile dam, "
     "its foreign ministry said.", NEWS, ("EGY", "036", "ETH")),
    ("COLOMBO 1996-08-30\n\nThe Tamil Tigers have agreed to take part in talks in Oslo on ending the conflict "
     "between the rebels and the Sri Lankan government.", WIRE96, ("LKAREB", "036", "LKAGOV")),
    ("India wants talks on the India-Pakistan dispute over Kashmir, its foreign minister said on Saturday.",
     NEWS, ("IND", "036", "PAK")),
])
def test_talks_on_a_two_sided_quarrel(text: str, date: str, want: tuple) -> None:
    assert want in _dyadic(text, date)


@pytest.mark.parametrize("text,date", [
    # a third party: neither side of the quarrel is the one who intends
    ("Norway has agreed to host talks on the Ethiopia-Eritrea conflict next month.", NEWS),
    # a prediction by others
    ("BAKU 1996-08-30\n\nAnalysts said Armenia would probably take part in talks on the Armenian-Azerbaijani conflict.",
     WIRE96),
    # talks held: no intent
    ("BAKU 1996-08-30\n\nArmenia took part in talks in Moscow on the Armenian-Azerbaijani conflict on Tuesday.", WIRE96),
    # hypothetical
    ("If Ethiopia agreed to attend talks on the Ethiopia-Egypt dispute, Egypt would welcome it.", NEWS),
])
def test_no_intent_toward_a_quarrel_side(text: str, date: str) -> None:
    assert not _intents(text, date)


def test_ruling_out_talks_is_no_intent() -> None:
    got = _dyadic("BAKU 1996-08-30\n\nAzerbaijan ruled out talks on the Armenian-Azerbaijani conflict until "
                  "Armenian troops withdraw.", WIRE96)
    assert not any(c[:2] == "03" for _, c, _ in got)


# ---------------------------------------------------------------- the story's dispute told before

@pytest.mark.parametrize("text,date,want", [
    ("TOKYO 1987-04-10\n\nThe United States imposed tariffs on Japanese electronics on Friday in a dispute over "
     "semiconductors.\n\nJapan will make a formal request next week for emergency talks, officials said.",
     WIRE, ("JPN", "036", "USA")),
    ("TOKYO 1987-04-10\n\nThe United States accused Japan of dumping computer chips in third countries.\n\n"
     "Japan wants to resolve the issue through consultations, the trade minister told reporters.",
     WIRE, ("JPN", "037", "USA")),
    ("BEIJING 1996-08-30\n\nChina accused the United States of breaking its promises on Taiwan.\n\n"
     "Beijing wants to settle the dispute through negotiations, a foreign ministry spokesman said.",
     WIRE96, ("CHN", "037", "USA")),
    ("Mexico said the United States had threatened it with tariffs on all its exports.\n\n"
     "Mexico wants to settle the matter through negotiations, the foreign minister said.",
     NEWS, ("MEX", "037", "USA")),
    ("MANILA 1996-08-30\n\nChina protested on Wednesday against Philippine patrols near the disputed reef.\n\n"
     "The Philippines will seek talks to ease the tension, a foreign ministry official said.",
     WIRE96, ("PHL", "036", "CHN")),
])
def test_intent_toward_the_other_party_of_the_story(text: str, date: str, want: tuple) -> None:
    assert want in _dyadic(text, date)


@pytest.mark.parametrize("text,date", [
    # a third party of the dispute intends
    ("TOKYO 1987-04-10\n\nThe United States accused Japan of dumping computer chips.\n\n"
     "Britain wants to resolve the issue through consultations, a British official said.", WIRE),
    # no dispute told before
    ("SYDNEY 1996-08-30\n\nAustralia wants to resolve the issue through consultations, the minister said.", WIRE96),
    # a forecast by others
    ("Mexico said the United States had threatened it with tariffs.\n\n"
     "Analysts said Mexico would seek talks to settle the matter.", NEWS),
    # negated
    ("TOKYO 1987-04-10\n\nThe United States accused Japan of dumping computer chips.\n\n"
     "Japan did not want talks on the issue, officials said.", WIRE),
])
def test_no_story_partner(text: str, date: str) -> None:
    assert not _intents(text, date)


def test_held_talks_after_a_dispute_are_no_intent() -> None:
    got = _dyadic("TOKYO 1987-04-10\n\nThe United States accused Japan of dumping computer chips.\n\n"
                  "Japan held emergency talks on the issue on Monday.", WIRE)
    assert not any(c[:2] == "03" for _, c, _ in got)


# ---------------------------------------------------------------- request, join, participate

@pytest.mark.parametrize("text,date,want", [
    ("Nicaragua made a formal request for talks with Honduras on Monday.", WIRE, ("NIC", "036", "HND")),
    ("Sudan has requested talks with South Sudan on the oil dispute.", NEWS, ("SDN", "036", "SSD")),
    ("MOSCOW 1996-08-30\n\nRussia said it would join talks with the Chechen separatists next week.", WIRE96,
     ("RUS", "036", "RUSREB")),
    ("Turkey will participate in talks with Greece in Brussels next month.", NEWS, ("TUR", "036", "GRC")),
])
def test_request_join_participate_in_talks(text: str, date: str, want: tuple) -> None:
    assert want in _dyadic(text, date)


def test_refused_to_take_part_in_talks() -> None:
    got = _dyadic("MOSCOW 1996-08-30\n\nRussia refused to take part in talks with the Chechen separatists.", WIRE96)
    assert ("RUS", "125", "RUSREB") in got and not any(c[:2] == "03" for _, c, _ in got)


# ---------------------------------------------------------------- ready / willing to attend talks

@pytest.mark.parametrize("text,date,want", [
    ("NICOSIA 1987-04-10\n\nCyprus is ready to attend talks in New York with Turkey, President Spyros "
     "Kyprianou said.", WIRE, ("CYP", "036", "TUR")),
    ("JERUSALEM 1996-08-30\n\nIsrael is willing to attend peace talks with Syria without preconditions, "
     "Prime Minister Benjamin Netanyahu said.", WIRE96, ("ISR", "036", "SYR")),
    ("The Venezuelan opposition said on Monday it was prepared to attend talks with the government in Barbados.",
     NEWS, ("VENOPP", "036", "VENGOV")),
])
def test_ready_to_attend_talks_is_intended(text: str, date: str, want: tuple) -> None:
    got = _dyadic(text, date)
    assert want in got and not any(c[:2] == "04" for _, c, _ in got)


def test_not_willing_to_attend_talks_is_a_refusal() -> None:
    got = _dyadic("The Venezuelan opposition said on Monday it was not willing to attend talks with the government.",
                  NEWS)
    assert ("VENOPP", "125", "VENGOV") in got and not any(c[:2] in ("03", "04") for _, c, _ in got)


def test_attended_talks_stay_a_meeting() -> None:
    got = _dyadic("JERUSALEM 1996-08-30\n\nIsrael attended talks with Syria in Washington on Tuesday.", WIRE96)
    assert any(c[:2] == "04" for _, c, _ in got) and not any(c[:2] == "03" for _, c, _ in got)


# ---------------------------------------------------------------- the parties after a meeting

@pytest.mark.parametrize("text,date,code", [
    ("FRANKFURT 1987-04-10\n\nU.S. Treasury Secretary James Baker met West German Finance Minister Gerhard "
     "Stoltenberg in Frankfurt today.\n\nThe parties agreed to continue economic cooperation, the Treasury said.",
     WIRE, "0311"),
    ("FRANKFURT 1987-04-10\n\nU.S. Treasury Secretary James Baker met West German Finance Minister Gerhard "
     "Stoltenberg in Frankfurt today.\n\nThe two sides agreed to continue economic cooperation under the Paris "
     "accord, the Treasury said.", WIRE, "0311"),
])
def test_parties_agree_to_continue_cooperation(text: str, date: str, code: str) -> None:
    got = _dyadic(text, date)
    assert ("USAGOV", code, "DEUGOV") in got and ("DEUGOV", code, "USAGOV") in got


def test_deepen_trade_cooperation_after_a_meeting() -> None:
    got = _dyadic("Japanese Prime Minister Ryutaro Hashimoto met South Korean President Kim Young-sam in Seoul "
                  "on Wednesday.\n\nThe two leaders agreed to deepen trade cooperation.", WIRE96)
    assert ("JPNGOV", "0311", "KORGOV") in got and ("KORGOV", "0311", "JPNGOV") in got


def test_the_parties_with_no_meeting_stay_unpaired() -> None:
    got = _dyadic("BONN 1987-04-10\n\nThe parties agreed to continue economic cooperation, the chancellor said.", WIRE)
    assert not any(c == "0311" for _, c, _ in got)


def test_discussed_cooperation_is_no_intent() -> None:
    got = _dyadic("Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Chennai on Saturday.\n\n"
                  "The two sides discussed economic cooperation.", NEWS)
    assert not any(c[:2] == "03" for _, c, _ in got)


# ---------------------------------------------------------------- time for the two sides to talk

def test_time_for_the_two_sides_is_the_speakers_intent() -> None:
    got = _dyadic("BEIJING 1996-08-30\n\nChina has refused to hold talks with Taiwan since last year.\n\n"
                  "\"Now is the time for the two sides to start political talks,\" the Chinese official said.", WIRE96)
    assert ("CHNGOV", "036", "TWN") in got and not any(c == "026" for _, c, _ in got)


def test_time_for_the_rebels_stays_an_appeal() -> None:
    got = _dyadic("MANILA 1996-08-30\n\nIt is time for the rebels to resume talks with the government, the "
                  "Philippine president said.", WIRE96)
    assert ("PHLGOV", "026", "PHLREB") in got and not any(c == "036" for _, c, _ in got)


# ---------------------------------------------------------------- forecasts are no intents

@pytest.mark.parametrize("text,date", [
    ("Analysts said Iran would seek talks with the European Union.", NEWS),
    ("Western diplomats said Iran would probably seek talks with Iraq on the prisoners.", WIRE96),
    ("Economists said Brazil would seek talks with the International Monetary Fund.", WIRE),
])
def test_forecast_is_no_intent(text: str, date: str) -> None:
    assert not _intents(text, date)


def test_officials_announcing_is_still_an_intent() -> None:
    got = _dyadic("Officials said Brazil would seek talks with the International Monetary Fund next month.", WIRE)
    assert ("BRA", "036", "IGOIMF") in got
