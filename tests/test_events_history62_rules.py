"""history62: a dated act of material conflict told as a plain past fact is coded, not background.

`dating.is_history` drops an act its own clause dates years before the article. The tune gold
codes the dated acts of material conflict a sentence states in its main clause ("cut diplomatic
ties with Sudan in 1994", "was killed ... in 2011") and none of the other dated acts the coder
read with the rule off (visits, joining, leaving, first meetings, pleas). So
`cited_conflicts.cited_conflict` lets a main-clause, simple-past act of CAMEO roots 14-16 and
18-20 through; dated cooperation and statements, arrests and jailings (17, a biography's steps),
relative clauses, perfect / progressive states and "since" spans stay background. A decade
("in the 1980s") counts as a past year in `dating._no_past_year`'s quick test (the Soviet aid
sentence below names no other year, and was coded before)."""
from __future__ import annotations

from events_variety import annotated, coded_triples


def _got(text: str, date: str) -> set[tuple[str, str, str]]:
    return set(coded_triples(text, date))


def test_dated_invasion_or_strike_in_the_main_clause_is_coded() -> None:
    for text, date, want in (
            ("BAGHDAD 1987-04-02\n\nIraq invaded Iran in September 1980, starting a war that has since "
             "cost hundreds of thousands of lives.", "1987-04-02", ("IRQ", "190", "IRN")),
            ("NICOSIA 1996-08-30\n\nTurkey invaded northern Cyprus in 1974 after a coup on the island.",
             "1996-08-30", ("TUR", "190", "CYP")),
            ("TEL AVIV 1987-06-07\n\nIsraeli jets bombed an Iraqi nuclear reactor near Baghdad in 1981.",
             "1987-06-07", ("ISRMIL", "195", "IRQ")),
            ("BAGHDAD 2013-03-20\n\nIn 2003, US forces invaded Iraq and toppled Saddam Hussein.", "2013-03-20",
             ("USAMIL", "190", "IRQ"))):
        got = _got(text, date)
        assert want in got, (text, got)


def test_dated_break_of_relations_or_occupation_is_coded() -> None:
    got = _got("CAIRO 1987-11-12\n\nIran broke off diplomatic relations with Egypt in 1979.", "1987-11-12")
    assert ("IRN", "161", "EGY") in got, got
    got = _got("KIEV 2016-05-10\n\nRussia annexed Crimea from Ukraine in March 2014.", "2016-05-10")
    assert ("RUS", "192", "UKR") in got, got
    got = _got("NDJAMENA 1987-06-20\n\nLibyan troops occupied the Aouzou strip in northern Chad in 1973.", "1987-06-20")
    assert ("LBYMIL", "192", "TCD") in got, got


def test_dated_cooperation_and_statements_stay_background() -> None:
    for text, date in (
            ("TOKYO 1987-03-12\n\nJapan and China signed a treaty of peace and friendship in 1978.", "1987-03-12"),
            ("HAVANA 1996-06-14\n\nThe Soviet Union gave Cuba billions of dollars in aid in the 1980s.", "1996-06-14"),
            ("WASHINGTON 1987-05-06\n\nBritain criticised Syria in 1985 for harbouring guerrillas.", "1987-05-06"),
            ("SEOUL 2018-02-01\n\nNorth Korea threatened South Korea with war in 2013.", "2018-02-01")):
        assert not _got(text, date), text


def test_dated_arrests_states_and_relative_clauses_stay_background() -> None:
    for text, date in (
            ("MOSCOW 1996-07-11\n\nKovalyov, a former Soviet dissident, was arrested by the KGB in 1974.", "1996-07-11"),
            ("YANGON 2012-04-04\n\nSuu Kyi was first placed under house arrest by the military junta in 1989.",
             "2012-04-04"),
            ("BEIRUT 1996-11-02\n\nIsrael has occupied southern Lebanon since 1985.", "1996-11-02"),
            ("CARACAS 2019-03-03\n\nThe United States has imposed sanctions on Venezuela since 2015.", "2019-03-03"),
            ("BEIRUT 1987-06-20\n\nSyrian troops had entered Lebanon in 1976 at the request of its president.",
             "1987-06-20"),
            ("KUWAIT 1996-10-10\n\nKuwait, which Iraq invaded in 1990, has bought arms from the United States "
             "since the Gulf War.", "1996-10-10")):
        assert not _got(text, date), text


def test_relative_clause_invasion_leaves_the_main_act_alone() -> None:
    got = _got("KUWAIT 1996-10-10\n\nKuwait condemned Iraq, whose troops occupied the emirate in 1990, for moving "
               "forces south.", "1996-10-10")
    assert got == {("KWT", "111", "IRQ")}, got


def test_a_clock_time_is_no_year() -> None:
    """integrator (after filters62's audit): "(1800 UTC)" and "at 1900 GMT" were read as the years
    1800 and 1900, so a story's news act could be dropped as background; "in 1800" stays a year."""
    from dateline.events import dating

    _, doc = annotated("READING 2020-06-21\n\nOn Saturday shortly before 19:00 local time (1800 UTC), a man "
                       "stabbed three people in a park.\n\nPolice sealed the area at 1900 GMT.", "2020-06-21")
    assert [t.text for t in dating._old_years(doc)] == []
    _, doc = annotated("CAIRO 2020-06-21\n\nFrench troops invaded Egypt in 1798 and left in 1801.", "2020-06-21")
    assert "1801" in [t.text for t in dating._old_years(doc)]
