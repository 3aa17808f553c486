"""modal61: refusals and conditional threats a forecaster tells, and counterfactual "would have".

- "Analysts said Iraq would not accept the plan", "experts said Iran would retaliate if ...":
  a refusal (12x) or a conditional threat (13x) read from a "will / would" clause is the party's
  announcement only when the party (or its official) says it; told by a forecaster (analysts,
  economists, experts, observers) or hedged ("would probably not accept"), it is a guess, and the
  standard codes no predictions (`predictions.forecast_said`, asked in `coder._code_verb`'s
  negated branch, in `general.conditional_threat` and in `stance.clause_stances`, so the guess is
  no criticism either; talks59 did the same for intents).
- "Iran said it would have met Iraq had the talks not been cancelled", '"We would have asked Iraq
  to withdraw," X said': a modal before the perfect "have" tells what did not happen, so it is no
  announced intent or appeal (`predictions.counterfactual`, asked by `coop.reported_future`).

- "Zarif said Washington must withdraw its warships if the talks failed": a demand on a condition
  is a hypothetical; only the obliged party's own wish ("if it wanted calm") leaves it a demand
  (`wished_conditions.wishing_party`, asked in `coder._code_obligation`).

The party's own announcements stay coded (positives below). Branch modal61-full holds three more
rules left out of the merge (docs/evaluation/events-modal61.md)."""
from __future__ import annotations

from events_variety import coded_triples


def _got(text: str, date: str = "1996-08-30") -> set[tuple[str, str, str]]:
    return set(coded_triples(text, date))


def test_forecasters_refusal_is_not_coded() -> None:
    for text, date in (
            ("BAGHDAD 1996-08-30\n\nWestern analysts said Iraq would not accept the U.N. offer on oil sales.", "1996-08-30"),
            ("BONN 1987-06-10\n\nBonn would not accept U.S. demands for faster growth, economists at Commerzbank said.",
             "1987-06-10"),
            ("TBILISI 2008-08-22\n\nMilitary experts said Russia would not withdraw its troops from Georgia this year.",
             "2008-08-22"),
            ("BELGRADE 1998-10-08\n\nObservers said Milosevic would probably not accept NATO's demands.", "1998-10-08")):
        got = _got(text, date)
        assert not any(c[:2] == "12" for _, c, _ in got), (text, got)
    # nor is the guess the forecasters' criticism of Iraq (stance read the uncoded clause as 111)
    assert not _got("BAGHDAD 1996-08-30\n\nWestern analysts said Iraq would not accept the U.N. offer on oil sales.")


def test_partys_own_refusal_is_still_coded() -> None:
    got = _got("BAGHDAD 1996-08-30\n\nIraq said on Friday it would not accept the U.N. offer on oil sales.")
    assert any(s == "IRQ" and c[:2] == "12" and t == "IGOUNO" for s, c, t in got), got
    got = _got("MOSCOW 2008-08-22\n\nA Kremlin spokesman said Russia would not withdraw its troops from Georgia.", "2008-08-22")
    assert ("RUS", "1246", "GEO") in got, got
    got = _got("BELGRADE 1998-10-08\n\n\"We will not accept NATO's demands,\" Yugoslav President Slobodan Milosevic said.",
               "1998-10-08")
    assert any(s == "SRBGOV" and c[:2] == "12" and t == "IGONAT" for s, c, t in got), got


def test_forecasters_conditional_threat_is_not_coded() -> None:
    for text, date in (
            ("TEHRAN 2019-06-20\n\nAnalysts said Iran would retaliate if the United States bombed its nuclear sites.",
             "2019-06-20"),
            ("SEOUL 2016-03-07\n\nExperts said North Korea would launch a missile at Japan if it came under attack.",
             "2016-03-07"),
            ("TOKYO 1987-03-27\n\nEconomists said the United States would impose tariffs on Japan if it did not open "
             "its market.", "1987-03-27")):
        got = _got(text, date)
        assert not any(c[:2] == "13" for _, c, _ in got), (text, got)


def test_partys_own_conditional_threat_is_still_coded() -> None:
    got = _got("TEHRAN 2019-06-20\n\nIranian Foreign Minister Javad Zarif said Iran would retaliate if the United "
               "States bombed its nuclear sites.", "2019-06-20")
    assert any(s[:3] == "IRN" and c[:2] == "13" and t == "USA" for s, c, t in got), got
    got = _got("SEOUL 2016-03-07\n\nPyongyang said it would launch a missile at Japan if it came under attack.", "2016-03-07")
    assert any(s == "PRK" and c[:2] == "13" and t == "JPN" for s, c, t in got), got


def test_counterfactual_would_have_is_no_intent_or_appeal() -> None:
    for text, date in (
            ("TEHRAN 1996-08-30\n\nIran said it would have met Iraq in Geneva had the talks not been postponed.",
             "1996-08-30"),
            ("NEW YORK 1996-08-30\n\n\"We would have asked Iraq to pull back its troops,\" the U.S. ambassador said.",
             "1996-08-30"),
            ("WASHINGTON 2003-03-01\n\nPowell said the United States would have held talks with Iraq had Baghdad disarmed.",
             "2003-03-01")):
        got = _got(text, date)
        assert not any(c[:2] in ("02", "03", "04") for _, c, _ in got), (text, got)


def test_plain_would_still_announces() -> None:
    got = _got("MOSCOW 1997-11-20\n\nYeltsin said he would meet Clinton in Helsinki next spring.", "1997-11-20")
    assert ("RUSGOV", "036", "USAGOV") in got, got
    got = _got("NEW YORK 1996-08-30\n\n\"We would urge Iraq to pull back its troops,\" the U.S. ambassador Madeleine "
               "Albright said.")
    assert any(s == "USAGOV" and c[:2] == "02" and t == "IRQ" for s, c, t in got), got


# ---------------------------------------------------------------- "said Y must <act> if the talks fail"

def test_obligation_on_the_obliged_partys_own_wish_stays_a_demand() -> None:
    # (wished_conditions.py: the obliged party's own wish is no condition)
    got = _got("TEHRAN 2019-07-10\n\nZarif said Washington must withdraw its warships from the Gulf if it wanted "
               "calm in the region.", "2019-07-10")
    assert any(s == "IRNGOV" and c[:2] == "10" and t == "USA" for s, c, t in got), got
    got = _got('RAMALLAH 2004-05-10\n\n"If Israel wants peace, Israel must stop building the wall," Palestinian '
               "Prime Minister Ahmed Qurei told reporters.", "2004-05-10")
    assert any(s == "PSEGOV" and c[:2] == "10" and t == "ISR" for s, c, t in got), got


def test_obligation_on_another_condition_is_not_coded() -> None:
    for text, date in (
            ("TEHRAN 2019-07-10\n\nZarif said Washington must withdraw its warships from the Gulf if the talks "
             "failed.", "2019-07-10"),
            ("DAMASCUS 1996-04-12\n\nShara said Israel must leave southern Lebanon if the talks collapsed.",
             "1996-04-12"),
            ("TOKYO 1987-03-10\n\nBaldrige said Japan must open its markets unless the yen rose further.",
             "1987-03-10")):
        got = _got(text, date)
        assert not any(c[:2] in ("10", "02") for _, c, _ in got), (text, got)


def test_wishing_party_reads_only_the_obliged_partys_wish() -> None:
    from dateline.events.wished_conditions import wishing_party
    from events_variety import annotated

    def _leave(text: str) -> tuple:
        _, doc = annotated(text, "1996-04-12")
        leave = next(t for t in doc if t.lemma_ == "leave")
        return leave, next(t for t in leave.children if t.dep_ == "nsubj")

    leave, israel = _leave("DAMASCUS 1996-04-12\n\nShara said Israel must leave the Golan if it is serious about peace.")
    assert wishing_party(leave, israel) is israel
    leave, israel = _leave("DAMASCUS 1996-04-12\n\nShara said Israel must leave the Golan if it does not want war.")
    assert wishing_party(leave, israel) is None
    leave, israel = _leave("DAMASCUS 1996-04-12\n\nShara said Israel must leave the Golan if Syria wants peace.")
    assert wishing_party(leave, israel) is None
