"""home48: the article's home country (its dateline's, its most named) yields to the country a
sentence's act is set in or the state that holds people (docs/evaluation/events-home48.md). Every
story is our own, in wire style, with a dateline paragraph as the CoNLL rebuild has it.

- a description of local people ("police", "protesters", "activists", "rebels") that only the home
  guess gave a country takes the country of the place its sentence sets the act in
  (events/sentence_scenes.py, events/actors.py `_scene_actor`);
- unnamed opposition, students, unions and rebels a foreign state holds take that state's country,
  as private people already did (events/side_choice.py `held_people`);
- "police in <place>" in a clause an official of another country reports are the place's police
  (events/actors.py: the speaker's forces yield to the noun's own "in").
"""
from __future__ import annotations

from events_variety import assert_coded as _has
from events_variety import assert_not_coded as _lacks
from events_variety import coded_triples
from events_variety import wire_story as _story


def test_local_people_take_the_country_of_the_place_of_the_act():
    day = "1996-10-02"
    _has(_story("BONN", day, "Germany asked Turkey on Wednesday to respect the rights of its Kurdish minority.",
                "German Foreign Minister Klaus Kinkel will visit Ankara next week.",
                "Police detained 40 people at a rally in Istanbul on Tuesday."), day, ("TURCOP", "173", "TUROPP"))
    _has(_story("LONDON", day, "Britain called on Nigeria on Wednesday to free political prisoners.",
                "British Foreign Secretary Malcolm Rifkind said London was deeply concerned.",
                "Nigerian police arrested four human rights activists in Lagos."), day, ("NGACOP", "173", "NGAHRI"))
    _has(_story("PARIS", day, "France condemned on Wednesday a massacre of villagers in Algeria.",
                "French Foreign Minister Herve de Charette said Paris stood by Algiers.",
                "Algerian security forces killed 17 rebels in a raid south of Algiers."), day, ("DZAMIL", "190", "DZAREB"))


def test_the_act_own_place_outranks_a_home_country_named_as_the_other_side():
    day = "1996-10-03"
    _has(_story("BEIJING", day, "China warned Taiwan on Thursday against moves towards independence.",
                "A Chinese foreign ministry spokesman said Beijing would not tolerate separatism.",
                "Students marched in Taipei against China's missile tests."), day, ("TWNEDU", "141", "CHN"))


def test_home_people_abroad_and_home_acts_keep_the_home_country():
    day = "1996-10-04"
    # the phrase states its country: the place abroad does not change it
    _has(_story("MADRID", day, "Spain and France agreed on Friday to step up cooperation against ETA.",
                "Spanish police detained three suspected ETA guerrillas in southern France.",
                "The Spanish government welcomed the arrests."), day, ("ESPCOP", "173", "ESPREB"))
    # a government reacting to an act abroad is no local actor of the place
    text = _story("MADRID", day, "Spain's Foreign Ministry said on Friday it was studying the crisis.",
                  "Spanish officials said Madrid would consult its European partners.",
                  "The government criticised the rebels over the bombing of a market in Istanbul.")
    got = coded_triples(text, day)
    assert any(s == "ESPGOV" for s, _, _ in got) and not any(s[:3] == "TUR" and s != "TURREB" for s, _, _ in got), got
    # the sentence names the home country: the home reading stays
    _has(_story("TOKYO", day, "Japan protested to China on Friday over the arrest of fishermen.",
                "Japanese officials said Tokyo would send an envoy to Beijing.",
                "Police detained two Japanese fishermen near Shanghai."), day, ("CHNCOP", "173", "JPNCVL"))


def test_people_a_foreign_state_holds_are_its_own():
    day = "1996-10-07"
    _has(_story("LONDON", day, "Britain condemned Nigeria on Monday for jailing opposition leaders.",
                "British officials said London would raise the matter with the Commonwealth."),
         day, ("NGA", "173", "NGAOPP"))
    _has(_story("MOSCOW", day, "Russia urged the Tajik government and rebels on Monday to keep talking.",
                "Russian officials said Moscow would host the next round.",
                "Police in Dushanbe detained 20 opposition supporters."), day, ("TJKCOP", "173", "TJKOPP"))
    # deported people are foreigners: no change for 174
    _lacks(_story("LONDON", day, "Britain protested to Nigeria on Monday.",
                  "British officials said Nigeria had expelled two students."), day, ("NGA", "174", "NGAEDU"))


def test_police_of_a_place_reported_by_a_foreign_official():
    day = "1996-10-08"
    _has(_story("WASHINGTON", day, "The United States said on Tuesday it was worried about violence in Haiti.",
                "U.S. officials said Washington would send more advisers.",
                "Police in Haiti arrested 12 suspects, a State Department official said."), day, ("HTICOP", "173", "HTICVL"))
    # the speaker's own forces still: no place of their own
    _has(_story("JERUSALEM", day, "An Israeli army spokesman said soldiers shot two Palestinians in Nablus."),
         day, ("ISRMIL", "1823", "PSECVL"))
