"""story50: which state a stretch of a story is about (docs/evaluation/events-story50.md). Every
story is our own, wire style (a dateline paragraph, one sentence a paragraph) or Wikinews style.

- a sole title ("the king", "the monarch", "the chancellor") after a named holder introduced by
  title and name ("King Birendra", "Chancellor Helmut Kohl") is that holder, also with an
  epithet ("the constitutional monarch"), not the article's home country
  (events/story_titles.py, events/actors.py `_same_title`);
- a sentence that opens "At home," / "Back home," / "Domestically," is about the state of the
  previous sentence's subject: its unplaced descriptions take that state (events/story_state.py).
The broad rule (any description after a sentence about another state) was measured and not built.
"""
from __future__ import annotations

from events_variety import assert_coded as _has
from events_variety import assert_not_coded as _lacks
from events_variety import wire_story as _story


def test_a_title_after_its_named_holder_is_that_holder():
    day = "1996-08-30"
    _has(_story("KATHMANDU", day, "King Birendra of Nepal left for China on Friday on a week-long state visit.",
                "The king will meet Chinese President Jiang Zemin in Beijing on Sunday."), day, ("NPLGOV", "036", "CHNGOV"))
    _has(_story("WASHINGTON", day, "King Hussein flew to Washington on Friday for talks on the Middle East peace process.",
                "The 60-year-old monarch will meet President Bill Clinton at the White House on Monday."),
         day, ("JORGOV", "036", "USAGOV"))
    _has("Queen Beatrix of the Netherlands began a state visit to Indonesia on Tuesday.\n\n"
         "The monarch met Indonesian President Susilo Bambang Yudhoyono in Jakarta.", "2010-05-20",
         ("NLDGOV", "040", "IDNGOV"))


def test_a_title_takes_the_nearest_holder_and_not_a_former_one():
    day = "1996-08-30"
    # the nearest "President" is Chirac's, not the chancellor's
    _has(_story("BONN", day, "Chancellor Helmut Kohl met President Jacques Chirac in Bonn on Friday.",
                "The president criticised Germany over farm subsidies."), day, ("FRAGOV", "111", "DEU"))
    # "the former president" is not the holder named before
    _lacks(_story("MOSCOW", day, "President Leonid Kuchma of Ukraine visited Moscow on Friday.",
                  "The former president accused the government of corruption."), day, ("UKRGOV", "1121", "RUSGOV"))
    # a firm's president is no head of state to look back to
    _lacks(_story("TOKYO", day, "Hyundai Motor President Chung Se-yung visited Japan on Friday.",
                  "The president met Prime Minister Ryutaro Hashimoto."), day, ("KORGOV", "040", "JPNGOV"))


def test_at_home_turns_to_the_state_of_the_previous_subject():
    _has("European Union leaders met in Brussels on Thursday to discuss the budget.\n\n"
         "Hungarian Prime Minister Viktor Orbán threatened to veto the deal.\n\n"
         "At home, the opposition accused the government of corruption.", "2019-05-20", ("HUNOPP", "1121", "HUNGOV"))
    day = "2002-01-10"
    _has(_story("WASHINGTON", day, "Argentina's economy minister met IMF officials in Washington on Thursday.",
                "Domestically, protesters demanded the resignation of the government."), day, ("ARGOPP", "1041", "ARGGOV"))
    day = "1996-09-25"
    _has(_story("NEW YORK", day, "Pakistani Prime Minister Benazir Bhutto addressed the United Nations on Wednesday.",
                "Back home, the opposition accused the government of rigging the vote."), day, ("PAKOPP", "1121", "PAKGOV"))


def test_no_turn_marker_or_a_home_subject_keeps_the_home_country():
    day = "1996-09-25"
    # no marker: the broad rule is not built (it lost on the tuning files)
    _lacks(_story("NEW YORK", day, "Pakistani Prime Minister Benazir Bhutto addressed the United Nations on Wednesday.",
                  "Police arrested 40 protesters outside the building."), day, ("PAKCOP", "173", "PAKOPP"))
    # the previous subject is the home state's own
    _has(_story("BRUSSELS", "2019-05-20", "Belgian Prime Minister Charles Michel hosted the summit.",
                "At home, the opposition accused the government of corruption."), "2019-05-20", ("BELOPP", "1121", "BELGOV"))
    # "at home" inside the sentence is a place, no turn
    _lacks(_story("NAIROBI", day, "Ugandan President Yoweri Museveni arrived in Nairobi on Friday.",
                  "Police arrested the man at home in Kisumu."), day, ("UGACOP", "173", "UGACVL"))
