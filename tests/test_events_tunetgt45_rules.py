"""tunetgt45: acts read whose target was missing or named no actor
(docs/evaluation/events-tunetgt45.md). Every sentence is our own, in 1996 wire style (a dateline
paragraph, then one sentence a paragraph).

- People the role table lacked (nuns, monks, missionaries, a crew, herdsmen) are private persons
  (roles.tsv, tunetgt45 block).
- "a Turkish vessel which Greece threatened to intercept": the relative word is the object of a
  "to" complement inside the relative clause; the target is the noun the clause describes
  (frames.relative_complement_antecedent).
- "the ruling" after a court "struck down / overturned / upheld / blocked" something is the
  court's (act_owners.judging_court).
- "the flights", "the ambush", "the beheadings", "the hangings", "the interception", "the
  sinking" read back to the verb just reported (context.ACT_FAMILIES).
"""
from __future__ import annotations

from events_variety import last_paragraph_triples

DAY = "1996-09-02"


def _story(dateline: str, *sentences: str) -> str:
    return "\n\n".join((f"{dateline} {DAY}",) + sentences)


def _last(text: str) -> set[tuple[str, str, str | None]]:
    """The dyadic triples coded from the story's last paragraph."""
    return last_paragraph_triples(text, DAY)


# --- people nouns -------------------------------------------------------------------------------

def test_members_of_religious_orders_are_private_people():
    cases = [
        (_story("BEIJING", "Police in Tibet detained 12 nuns who had staged a protest."), ("CHNCOP", "173", "CHNCVL")),
        (_story("RANGOON", "The junta arrested dozens of Buddhist monks after the march."), ("MMRGOV", "173", "MMRCVL")),
        # a missionary is sent from abroad: of no country unless named with one
        (_story("KHARTOUM", "The rebels freed six Roman Catholic missionaries on Monday."), ("SDNREB", "0841", "---CVL")),
        (_story("KHARTOUM", "The rebels freed four Italian missionaries on Monday."), ("SDNREB", "0841", "ITACVL")),
    ]
    for text, triple in cases:
        assert triple in _last(text), text


def test_a_ships_crew_and_herdsmen_are_private_people():
    assert ("IRN", "1711", "IRNCVL") in _last(_story("TEHRAN", "Iran seized the crew of a cargo ship in the Gulf, the agency said."))
    assert ("PERREB", "0841", "JPNCVL") in _last(_story("LIMA", "The guerrillas freed three Japanese crewmen of a fishing vessel."))
    got = _last(_story("LAGOS", "Soldiers opened fire on herdsmen near the village, killing four."))
    assert any(s == "NGAMIL" and t == "NGACVL" for s, _, t in got), got


def test_a_crew_keeps_the_role_a_strong_word_gives_it():
    got = _last(_story("BAGHDAD", "Iraqi soldiers detained a British television crew near the border."))
    assert ("IRQMIL", "173", "GBRMED") in got
    got = _last(_story("GROZNY", "Rebels kidnapped a navy crew near the port on Monday."))
    assert all(t != "RUSCVL" for _, _, t in got), got


def test_people_nouns_acting_alone_code_no_dyad():
    assert not _last(_story("DUBLIN", "Nuns ran the school for a century."))
    assert not _last(_story("LONDON", "The crew said the flight had been calm."))


# --- relative word as the object of a "to" complement --------------------------------------------

def test_relative_object_of_a_to_complement_is_the_described_noun():
    cases = [
        (_story("ATHENS", "A Turkish survey vessel which Greece had threatened to intercept stayed in international waters on Sunday."),
         ("GRC", "TUR")),
        (_story("MOSCOW", "A Georgian freighter which Russia had threatened to seize left port on Tuesday."), ("RUS", "GEO")),
        (_story("TAIPEI", "Taiwanese fishing boats, which China had threatened to impound, sailed home."), ("CHN", "TWN")),
        (_story("WASHINGTON", "The Iraqi missile sites, which Washington has threatened to bomb, were moved overnight, officials said."),
         ("USA", "IRQ")),
    ]
    for text, (src, tgt) in cases:
        got = _last(text)
        assert any(s == src and c.startswith("13") and t == tgt for s, c, t in got), (text, got)


def test_relative_object_of_a_plan_or_hope_codes_nothing():
    assert not _last(_story("PARIS", "The plan, which ministers had hoped to adopt, was shelved."))
    assert not _last(_story("LONDON", "The report, which the committee had planned to publish in May, will appear in June."))


# --- rulings made by a court's judging verb ------------------------------------------------------

def test_the_ruling_after_a_court_struck_down_or_overturned_is_the_courts():
    cases = [
        (_story("WASHINGTON", "A federal court struck down the new immigration rules on Tuesday.",
                'The attorney general said the ruling was "deeply wrong and dangerous."'), ("USAGOV", "111", "USAJUD")),
        (_story("LONDON", "The High Court overturned the minister's decision on Friday.",
                'The minister said the verdict was "a disgrace to British justice."'), ("GBRGOV", "111", "GBRJUD")),
        (_story("SAN FRANCISCO", "A federal judge blocked the administration's new asylum rules on Thursday.",
                'The White House said the ruling was "outrageous."'), ("USAGOV", "111", "USAJUD")),
    ]
    for text, triple in cases:
        assert triple in _last(text), text


def test_a_welcomed_ruling_after_a_quashed_ban_aims_at_the_court():
    got = _last(_story("JOHANNESBURG", "A court in Pretoria quashed the ban on the newspaper on Wednesday.",
                       "The opposition welcomed the ruling."))
    assert any(s == "ZAFOPP" and t == "ZAFJUD" for s, _, t in got), got


def test_a_negated_judging_verb_or_the_court_itself_makes_no_target():
    assert not _last(_story("PARIS", "The court did not overturn the ban on Monday.",
                            'The union said the ruling was "a disgrace."'))
    assert not _last(_story("BERLIN", "A Berlin court upheld the sentence on Monday.", "The court said its ruling was final."))


# --- act nouns read back to the verb just reported -----------------------------------------------

def test_acts_of_force_named_by_a_noun_aim_at_their_doer():
    cases = [
        (_story("ATHENS", "Turkish jets flew over Greek islands on Monday.", "Greece condemned the flights as a provocation."),
         ("GRC", "111", "TURMIL")),
        (_story("JERUSALEM", "Hizbollah guerrillas ambushed an Israeli patrol in south Lebanon on Monday.",
                "Israeli leaders condemned the ambush."), ("ISRGOV", "111", "LBNREB")),
        (_story("CAIRO", "Islamic militants beheaded two policemen in Upper Egypt on Monday.",
                "The government condemned the beheadings as barbaric."), ("EGYGOV", "111", "EGYREB")),
        (_story("KABUL", "The Taliban hanged two former ministers in Kabul on Saturday.",
                "Opposition leaders condemned the hangings."), ("AFGOPP", "111", "AFGREB")),
        (_story("TAIPEI", "Chinese destroyers intercepted a Taiwanese freighter on Sunday.",
                "Taiwan condemned the interception as piracy."), ("TWN", "111", "CHNMIL")),
        (_story("BUENOS AIRES", "British warships sank an Argentine trawler near the islands.",
                "Argentina condemned the sinking."), ("ARG", "111", "GBRMIL")),
    ]
    for text, triple in cases:
        assert triple in _last(text), text


def test_a_flight_or_hanging_that_is_no_act_of_force_codes_nothing():
    assert not _last(_story("LONDON", "The prime minister flew to Washington on Monday.",
                            "Officials said the flight was delayed by fog."))
    assert not _last(_story("PARIS", "Dockers hung banners from the cranes on Monday.", "The hangings were taken down later."))


# --- a concern voiced to a party -----------------------------------------------------------------

def test_concern_voiced_to_a_state_aims_at_that_state():
    cases = [
        (_story("ANKARA", "Turkey voiced strong concern to Greece about the arms purchase."), ("TUR", "111", "GRC")),
        (_story("TOKYO", "Japan conveyed its concern to China over the latest nuclear test."), ("JPN", "111", "CHN")),
        (_story("WASHINGTON", "Washington raised its concerns with Beijing about the missile sales."), ("USA", "111", "CHN")),
        (_story("BRUSSELS", "The European Union expressed concern to Turkey about the arrests of journalists."),
         ("IGOEUREEC", "111", "TUR")),
    ]
    for text, triple in cases:
        assert triple in _last(text), text


def test_concern_told_to_an_audience_or_negated_has_no_target():
    assert not _last(_story("LONDON", "Doctors expressed concern to reporters about the patient's health."))
    assert not _last(_story("LONDON", "The minister voiced her concern to the crowd about rising crime."))
    assert not _last(_story("BONN", "Kohl did not express any concern to Yeltsin about the war."))
