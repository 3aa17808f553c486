"""target61: acts read whose target word was missing or named no actor
(docs/evaluation/events-target61.md). Every sentence is our own, in wire style.

- A criticism, rejection or denial of "the report" / "the story" / "the article" is aimed at whoever
  carried it: the teller the article named before (a newspaper that said or reported it, a body
  that said so "in a report"), else, for the nouns only the press writes, the press of the
  answering side's country (events/press_reports.py); labelled false or a hoax, it is a denial (016).
- Opposing or criticising a plan, attempt or bid to merge with or take over a firm is aimed at
  that firm (events/deal_parties.py); a bid's own "by" doer is read even where the parser labels
  the phrase "agent" (events/thing_owners.py).
- A denial or rejection of "the accusation" / "the allegations" / "the charge" answers whoever
  reported the denied act, as a denial of the act itself does (events/denied_reports.py).
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story


def _story(place: str, day: str, *sentences: str) -> set:
    return coded_triples(wire_story(place, day, *sentences), day)


# --- press_reports: the teller of an answered report ----------------------------------------

def test_a_dismissed_report_is_aimed_at_the_newspaper_that_carried_it():
    cases = [
        (("WASHINGTON", "2018-05-02", "The New York Times reported on Monday that the president had met the envoy in secret.",
          "The president dismissed the report as exaggerated."), ("USAGOV", "120", "USAMED")),
        (("MOSCOW", "2009-11-20", "The newspaper Vedomosti said the deputy minister had accepted bribes from builders.",
          "The deputy minister condemned the report as slander."), ("RUSGOV", "111", "RUSMED")),
        (("BONN", "1996-02-10", "Der Spiegel magazine wrote that the chancellor had known of the arms deal.",
          "A government spokesman dismissed the article as speculation."), ("DEUGOV", "120", "DEUMED")),
    ]
    for story, triple in cases:
        got = _story(*story)
        assert triple in got, (story, got)


def test_a_rejected_report_said_in_a_report_by_a_body_is_that_bodys():
    got = _story("GENEVA", "2008-03-10",
                 "Amnesty International said in a report that Chinese police had beaten detained monks.",
                 "China rejected the report as biased.")
    assert ("CHN", "120", "NGOAMN") in got, got


def test_a_story_with_no_teller_named_is_the_press_of_the_answering_side():
    got = _story("WASHINGTON", "2020-06-10", "The White House was under pressure on Sunday.",
                 "Trump criticised the story as unfair.")
    assert ("USAGOV", "111", "USAMED") in got, got


def test_a_report_labelled_false_or_a_hoax_is_denied():
    for last in ("Trump described the story as a hoax.", "Trump dismissed the report as fake news."):
        got = _story("WASHINGTON", "2020-06-10", "The Washington Post reported that Trump had ignored the warnings.", last)
        assert ("USAGOV", "016", "USAMED") in got and not any(c[:2] in ("11", "12") for _, c, _ in got), (last, got)


def test_reports_left_uncoded_without_a_teller_negated_or_praised():
    for story in (("KHARTOUM", "2005-06-10", "Sudan rejected the report as false."),
                  ("WASHINGTON", "2018-05-02", "The New York Times reported that the president had met the envoy.",
                   "The president did not criticise the report."),
                  ("WASHINGTON", "2010-06-10", "The president praised the report for its honesty.")):
        got = _story(*story)
        assert not any(c[:2] in ("11", "12", "05") and tgt for _, c, tgt in got), (story, got)


# --- deal_parties and "agent" by-phrases ------------------------------------------------------

def test_opposed_merger_and_takeover_plans_aim_at_the_firm():
    cases = [
        (("LONDON", "1987-04-10", "British Telecom has opposed plans to merge with rival Japanese group Kokusai Denshin Denwa."),
         ("GBRBUS", "120", "JPNBUS")),
        (("NEW YORK", "1987-04-10", "Chrysler Corp rejected plans to merge with American Motors Corp."),
         ("USABUS", "120", "USABUS")),
    ]
    for story, triple in cases:
        got = _story(*story)
        assert triple in got, (story, got)


def test_a_merger_of_things_that_are_no_firm_names_no_target():
    got = _story("LONDON", "1996-04-10", "The Labour Party opposed plans to merge two hospitals in Leeds.")
    assert not any(c[:2] == "12" and tgt for _, c, tgt in got), got


def test_a_bid_by_a_firm_is_that_firms_read_through_an_agent_phrase():
    got = _story("PARIS", "2005-04-10", "The French government opposed a bid by Italian utility Enel to take over Suez.")
    # resolve62: "utility" is now a business noun, so Enel is ITABUS and the opposed takeover by a
    # firm takes firm_acts' 1211 (econ31: a state blocking a takeover by a firm), not the bare 120
    assert any(s == "FRAGOV" and c in ("120", "1211") and tgt and tgt.startswith("ITA") for s, c, tgt in got), got


# --- denied_reports: "denied the accusation" answers the reporter ------------------------------

def test_a_denied_accusation_answers_who_reported_the_act():
    cases = [
        (("TEHRAN", "2020-01-10", "U.S. officials said Iran had shot down the airliner with a missile.",
          "For two days Iran denied the accusation."), ("IRN", "016", "USAGOV")),
        (("ISLAMABAD", "1987-09-10", "Afghan officials said Pakistani jets had bombed a village near the border.",
          "Pakistan denied the charge."), ("PAK", "016", "AFGGOV")),
        (("BAGHDAD", "1996-09-10", "Iraq said Iranian troops had crossed into northern Iraq to attack Kurdish rebels.",
          "Iran denied the allegations on Tuesday."), ("IRN", "016", "IRQ")),
    ]
    for story, triple in cases:
        got = _story(*story)
        assert triple in got, (story, got)


def test_rejected_or_dismissed_charges_answer_who_reported_the_act():
    cases = [
        (("TEHRAN", "2019-06-10", "U.S. officials said Iran had attacked two oil tankers in the Gulf of Oman.",
          "Iran rejected the allegations on Friday."), ("IRN", "120", "USAGOV")),
        (("NEW DELHI", "2016-06-10", "India said Pakistani troops had fired on its border posts in Kashmir.",
          "Pakistan dismissed the accusation as baseless."), ("PAK", "016", "IND")),
    ]
    for story, triple in cases:
        got = _story(*story)
        assert triple in got, (story, got)


def test_a_charge_not_denied_or_told_by_no_one_gives_no_denial():
    for story in (("ISLAMABAD", "1987-09-10", "Afghan officials said Pakistani jets had bombed a village near the border.",
                   "Pakistan did not deny the charge."),
                  ("ISLAMABAD", "1987-09-10", "Pakistani jets bombed a village near the border, witnesses said.",
                   "Pakistan denied the charge.")):
        got = _story(*story)
        assert not any(c == "016" and tgt for _, c, tgt in got), (story, got)


# --- deal_parties.sale_buyer: the buyer of a firm sold -------------------------------------

def test_opposing_the_sale_of_a_named_firm_is_aimed_at_the_buyer():
    cases = [
        (("WASHINGTON", "1987-04-10", "The Pentagon opposed the sale of Fairchild Semiconductor to Fujitsu Ltd."), "JPNBUS"),
        (("BERLIN", "2016-04-10", "German ministers objected to the sale of the robot maker Kuka to China's Midea."), "CHNBUS"),
    ]
    for story, target in cases:
        got = _story(*story)
        assert any(c[:2] in ("11", "12") and tgt == target for _, c, tgt in got), (story, got)


def test_a_sale_of_goods_approved_or_not_opposed_keeps_its_other_readings():
    got = _story("BEIJING", "2010-04-10", "China condemned the sale of U.S. weapons to Taiwan.")
    assert ("CHN", "111", "USA") in got and not any(tgt == "TWN" for _, _, tgt in got), got
    for text in ("The Pentagon approved the sale of Fairchild Semiconductor to Fujitsu Ltd.",
                 "The Pentagon did not oppose the sale of Fairchild Semiconductor to Fujitsu Ltd."):
        got = _story("WASHINGTON", "1987-04-10", text)
        assert not any(c[:2] in ("11", "12") and tgt for _, c, tgt in got), (text, got)


def test_a_denied_charge_said_in_words_answers_the_sayer():
    cases = [
        (("TEHRAN", "2020-01-10", "A Ukrainian airliner crashed near Tehran on Wednesday.",
          "The US Secretary of State said an Iranian missile had probably brought the plane down.",
          "Iran denied the accusation until Saturday."), ("IRN", "016", "USAGOV")),
        (("ATHENS", "1996-06-10", "Greek Defence Minister Gerasimos Arsenis said the fire at the base was the work of Turkish agents.",
          "Ankara rejected the allegations as absurd."), ("TUR", "120", "GRCGOV")),
    ]
    for story, triple in cases:
        got = _story(*story)
        assert triple in got, (story, got)


def test_a_charge_denied_after_words_not_about_the_denier_has_no_target():
    got = _story("LONDON", "1987-06-10", "The British Foreign Office said the talks had gone well.",
                 "Libya denied the charge on Monday.")
    assert not any(c == "016" and tgt for _, c, tgt in got), got
