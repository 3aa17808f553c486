"""target65: acts read whose target word was missing or named no actor
(docs/evaluation/events-target65.md). Every sentence is our own, in wire style.

- "X said <troops> had shelled Y, and accused Z of ...": the parser joins the accusation to the
  reported perfect clause; a speech or stance verb in simple past (no "had", no subject of its
  own) is the speaker's second act (frames._past_beside_perfect).
- A report a body "released" / "issued" is its own; "the findings", "the study", "the survey",
  "the audit" answer it as "the report" does (events/press_reports.py).
- A book or memoir someone released or published is theirs (events/act_owners.py family).
- Joint answerers ("Hungary and Poland rejected the plan") get the act's author, as one does
  (events/act_targets.act_author); the answering verb's own object is an act noun read even when
  the coding's target words are the infinitive's ("rejected a plan, drafted by NATO, to ...").
"""
from __future__ import annotations

from events_variety import coded_triples, wire_story


def _story(place: str, day: str, *sentences: str) -> set:
    return coded_triples(wire_story(place, day, *sentences), day)


def _pairs(got: set) -> set:
    return {(s, t) for s, _, t in got}


def _roots(got: set) -> set:
    return {(s, c[:3], t) for s, c, t in got}


# --- frames._past_beside_perfect ----------------------------------------------------------

def test_an_accusation_after_a_reported_perfect_clause_is_the_speakers():
    cases = [
        (("TEHRAN", "1987-08-04", "Iran said its patrol boats had stopped a Kuwaiti tanker near Farsi island, "
          "and accused London of arming Iraq."), ("IRN", "GBR")),
        (("KIEV", "2015-03-12", "Ukraine's defence ministry said on Thursday that three soldiers had died near Mariupol, "
          "and accused Russia of sending more troops across the border."), ("UKRGOV", "RUS")),
        (("TEHRAN", "2019-06-20", "Iran's foreign ministry said the drone had been shot down over its waters, "
          "and accused Washington of lying about the incident."), ("IRNGOV", "USA")),
    ]
    for story, pair in cases:
        got = _story(*story)
        assert (pair[0], "112", pair[1]) in _roots(got), (story, got)


def test_an_appeal_after_a_reported_perfect_clause_is_the_speakers():
    got = _story("TBILISI", "2008-08-10", "Georgia's president said Russian bombers had struck the port of Poti, "
                 "and called on Washington to help end the war.")
    assert ("GEOGOV", "USA") in _pairs(got), got
    assert not any(s.startswith("RUS") and t == "USA" for s, t in _pairs(got)), got


def test_a_deed_or_a_speaking_subject_keeps_its_reported_clause():
    got = _story("COLOMBO", "1987-06-02", "The army said Tamil guerrillas had ambushed a patrol near Jaffna and killed three soldiers.")
    assert ("LKAREB", "LKAMIL") in _pairs(got), got
    assert ("LKAMIL", "LKAMIL") not in _pairs(got), got
    got = _story("ATHENS", "1996-06-04", "Greek officials said Turkish Prime Minister Mesut Yilmaz had met army chiefs on Monday "
                 "and accused Athens of arming Kurdish rebels.")
    assert not any(s.startswith("GRC") and t == "GRC" for s, _, t in got), got
    got = _story("DHAKA", "1996-07-30", "The ministry said the flood had swept away two bridges, and blamed the heavy rains.")
    assert not any(t for _, _, t in got), got


# --- press_reports: issued reports and their synonyms ---------------------------------------

def test_a_report_or_study_a_body_released_is_answered_at_that_body():
    cases = [
        (("KUALA LUMPUR", "1996-03-20", "The World Bank released a report on Wednesday warning that Asian growth would slow.",
          "Malaysia's finance minister dismissed the report."), ("MYSGOV", "IGOWBK")),
        (("GENEVA", "1996-05-14", "The United Nations released a study on Tuesday saying Iraqi children lacked medicine.",
          "Washington dismissed the study as propaganda."), ("USA", "IGOUNO")),
        (("MANAMA", "2011-03-02", "Human Rights Watch said in a report on Wednesday that police had beaten detainees.",
          "Bahrain's government rejected the findings."), ("BHRGOV", "NGOHRW")),
    ]
    for story, pair in cases:
        got = _story(*story)
        assert pair in _pairs(got), (story, got)


def test_a_study_with_no_teller_keeps_no_target():
    got = _story("LONDON", "2011-03-02", "A study published on Wednesday said coffee may prevent cancer.",
                 "Doctors criticised the findings.")
    assert not any(c[:2] == "11" and t for _, c, t in got), got


# --- act_owners: a book's author -----------------------------------------------------------

def test_a_book_is_answered_at_whoever_released_it():
    got = _story("WASHINGTON", "2020-06-23", "Former national security adviser John Bolton released a book on Tuesday "
                 "that is critical of President Donald Trump.", "The White House sued to block the book.")
    assert ("USAGOV", "115", "USAELI") in got, got
    got = _story("WASHINGTON", "2020-06-23", "Former national security adviser John Bolton released a book on Tuesday "
                 "that is critical of President Donald Trump.", "The White House criticised the book.")
    assert ("USAGOV", "111", "USAELI") in got, got


def test_a_book_with_no_author_named_keeps_no_target():
    got = _story("BOSTON", "2009-03-02", "A new book about the Kennedy family went on sale this week.",
                 "Relatives criticised the book.")
    assert not any(c[:2] == "11" and t for _, c, t in got), got


# --- act_targets: joint answerers, the answering verb's object ------------------------------

def test_joint_answerers_each_answer_the_acts_author():
    got = _story("BRUSSELS", "2019-09-11", "The European Commission drew up a plan to share out asylum seekers among member states.",
                 "Hungary and Poland rejected the plan on Wednesday.")
    assert ("HUN", "IGOEUREEC") in _pairs(got) and ("POL", "IGOEUREEC") in _pairs(got), got
    assert ("HUN", "POL") not in _pairs(got), got


def test_a_rejected_plan_with_a_parenthetical_author():
    got = _story("MOSCOW", "2008-05-02", "Russia's foreign ministry said it rejected a plan, drafted by NATO, "
                 "to expand missile defence in Europe.")
    assert ("RUSGOV", "IGONAT") in _pairs(got), got


def test_a_plan_nobody_made_keeps_no_target():
    got = _story("LONDON", "2019-07-15", "The storm caused a change of plan for the festival.",
                 "Local shopkeepers criticised the decision.")
    assert not any(c[:2] == "11" and t for _, c, t in got), got
