"""frame71: dictionary words whose frame was not taken (docs/evaluation/events-frame71.md). Every
sentence is our own, in 1980s / 1990s wire style.

- "X and Y agreed to <act>" (co-subjects, no "with" party) is an agreement between them, 057 both
  ways, for acts the dictionary does not code itself (verbs.txt, events/agreed_pairs.py). A single
  subject keeps the intent path's reading ("agreed to extend its loan to Zambia": 0331).
- A truce clinched, struck or sealed with a party is a truce (0871), as a truce reached is.
Negatives: negated, hypothetical, forecast, a single subject, other senses of the same words.
"""
from __future__ import annotations

from events_variety import coded_triples


def _has(text, triple, day="1987-06-15"):
    got = coded_triples(text, day)
    assert triple in got, (text, got)


def _codes(text, day="1987-06-15"):
    return {code for _, code, _ in coded_triples(text, day)}


# --- "X and Y agreed to <act>" ------------------------------------------------------------------------

def test_co_subjects_agreeing_to_an_act_agree_with_each_other():
    for text, a, b in (
            ("Japan and South Korea have agreed to lower tariffs on each other's farm products, a trade ministry official said.",
             "JPN", "KOR"),
            ("Pakistan and India agreed on Friday to reduce troop levels along the border, a Foreign Ministry spokesman said.",
             "PAK", "IND"),
            ("Argentina and Brazil have agreed to lift restrictions on trade in wheat, officials said.", "ARG", "BRA"),
            ("Egypt and Sudan agreed to set up a joint committee on Nile water, the official Middle East News Agency said.",
             "EGY", "SDN"),
            ("The European Community and Japan agreed to set up a working group on car exports, EC officials said.",
             "IGOEUREEC", "JPN")):
        _has(text, (a, "057", b))
        _has(text, (b, "057", a))


def test_co_subjects_named_by_their_titles_agree_with_each_other():
    text = ("BONN\n\nWest German Finance Minister Gerhard Stoltenberg and U.S. Treasury Secretary James Baker "
            "agreed to keep exchange rates stable, a ministry spokesman said.")
    _has(text, ("DEUGOV", "057", "USAGOV"))
    _has(text, ("USAGOV", "057", "DEUGOV"))


def test_co_subjects_agreeing_to_cooperate_keep_the_intent():
    _has("Britain and France agreed to extend their cooperation on the Channel Tunnel project.", ("GBR", "030", "FRA"))
    assert "057" not in _codes("Japan and the United States agreed to step up cooperation on semiconductors, officials said.")


def test_co_subjects_taken_up_by_they_agree_with_each_other():
    text = "General Motors Corp and the United Auto Workers union said they agreed to extend the current contract by two weeks."
    _has(text, ("USABUS", "057", "USALAB"))
    _has(text, ("USALAB", "057", "USABUS"))


def test_a_single_subject_keeps_the_intent_reading():
    _has("Britain agreed to extend its loan to Zambia, the Treasury said.", ("GBR", "0331", "ZMB"))
    assert "057" not in _codes("West Germany agreed to lower its steel subsidies, a government spokesman said.")


def test_co_subjects_whose_act_is_coded_keep_it():
    _has("Japan and the United States agreed to hold talks on semiconductors next month.", ("JPN", "036", "USA"))
    _has("Iran and Iraq agreed to exchange prisoners of war, the Red Cross said.", ("IRN", "0353", "IRQ"))


def test_co_subjects_not_agreeing_are_not_coded():
    for text in ("Greece and Turkey have not agreed to submit the dispute to the International Court.",
                 "Greece and Turkey may agree to submit the dispute to the International Court, diplomats said.",
                 "New Zealand and Australia will agree to cut tariffs only if farm prices recover, a minister said.",
                 "If Japan and the United States agree to limit chip sales, prices will rise, analysts said.",
                 "Japan and the United States failed to agree to cut the tariffs.",
                 "Italy and Spain could agree to coordinate their farm policies later this year, diplomats said.",
                 "Diplomats said Belgium and the Netherlands were expected to agree to cut farm subsidies next week.",
                 "Canada and the United States agreed to disagree over acid rain."):
        assert "057" not in _codes(text), text


# --- a truce clinched -------------------------------------------------------------------------------------

def test_a_truce_clinched_or_struck_is_a_truce():
    _has("The Sri Lankan army struck a truce with Tamil rebels in the east, a military spokesman said.",
         ("LKAMIL", "0871", "LKAREB"), day="1996-08-30")
    assert "0871" in _codes("Lebed said on Wednesday he had clinched a truce with Chechen separatists.", day="1996-08-30")


def test_a_truce_not_clinched_is_not_coded():
    assert "0871" not in _codes("Lebed failed to clinch a truce with Chechen separatists.", day="1996-08-30")
    assert "0871" not in _codes("The union struck at three plants after the talks broke down.", day="1996-08-30")


# --- output held back in support of a party -----------------------------------------------------------

def test_output_cut_in_support_of_a_party_is_economic_cooperation():
    _has("OSLO\n\nNorway will extend its 7.5 pct cutback in planned oil output in support of OPEC until the end of the year.",
         ("NOR", "0311", "IGOOPC"))
    _has("MEXICO CITY\n\nMexico cut its crude oil exports by 50,000 barrels a day in support of OPEC, the state oil company said.",
         ("MEX", "061", "IGOOPC"))
    _has("CAIRO\n\nEgypt said it would reduce its oil production in support of OPEC's price policy.", ("EGY", "0311", "IGOOPC"))


def test_output_not_cut_in_support_is_not_coded():
    for text in ("OSLO\n\nNorway may extend its cutback in oil output in support of OPEC, analysts said.",
                 "MUSCAT\n\nOman has not cut its output in support of OPEC, industry sources said.",
                 "WASHINGTON\n\nThe United States cut its aid to Nicaragua in support of the rebels."):
        codes = _codes(text)
        assert "061" not in codes and "0311" not in codes, text
