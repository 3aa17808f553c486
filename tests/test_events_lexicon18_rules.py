"""lexicon18 (issue #4): the mechanisms the codebook battery asked for, each with sentences of our
own (none taken from a gold set or an article), and the other senses that must stay uncoded.

- frames.particles: "walked out of the talks", "handed the suspect over to Y": the small model tags
  the particle as a preposition with no object, so the phrasal verb was never looked up.
- general.undecided_report: "could not confirm or deny the report" withholds comment (011) on a
  bare report, coded as the press of the speaker's country.
- frames.mission_place: "withdrew diplomats from its mission in Tehran": the host state, not the
  embassy, is the target of a slot that names a state's own mission.
- frames.glued_recipient: "Germany gave Ukraine military aid": the small model makes the indirect
  object an nmod of the direct one; a state named there fills the empty dative / "to" slot.
- dictionary lines (lexicon18 block of data/cameo/verbs.txt): accusations dismissed (016), an
  envoy recalled "to" a state (161), a ceasefire called for "between" parties (0256), pardons
  granted (0841), weapons supplied (072).
"""
from __future__ import annotations

import pytest

from events_variety import coded_triples

DATE = "2023-06-15"

CODED = [
    # stranded particles
    ("The Palestinians walked out of talks with Israel.", ("PSE", "164", "ISR")),
    ("Colombian government negotiators walked out of the talks with the ELN rebels on Friday.", ("COLGOV", "164", "COLREB")),
    ("Turkey handed the Swedish suspect over to Sweden.", ("TUR", "063", "SWE")),
    # a withheld comment on a bare report
    ("The Brazilian central bank could not confirm or deny the report.", ("BRAGOV", "011", "BRAMED")),
    ("A Brazilian central bank spokesman said he could not confirm or deny the report.", ("BRAGOV", "011", "BRAMED")),
    ("The Spanish government said it could neither confirm nor deny the report.", ("ESPGOV", "011", "ESPMED")),
    # dictionary lines
    ("Iran dismissed the accusations by Israel as baseless.", ("IRN", "016", "ISR")),
    ("Iran dismissed Israel's allegations on Monday.", ("IRN", "016", "ISR")),
    ("Nigeria recalled its ambassador to South Africa.", ("NGA", "161", "ZAF")),
    ("Egypt called for a ceasefire between Israel and Hamas.", ("EGY", "0256", "ISR")),
    ("Egypt called for a ceasefire between Israel and Hamas.", ("EGY", "0256", "PSEREB")),
    ("President Donald Trump granted the former Illinois governor a full pardon.", ("USAGOV", "0841", "USAELI")),
    ("The United States supplied howitzers to Ukraine.", ("USA", "072", "UKR")),
    # a recipient the parser glues onto the object (frames.glued_recipient)
    ("Germany gave Ukraine military aid worth one billion euros.", ("DEU", "072", "UKR")),
    # a state's own mission is no party: the host state is (frames.mission_place)
    ("Britain withdrew four diplomats from its diplomatic mission in Tehran on Monday.", ("GBR", "161", "IRN")),
    ("Germany recalled its ambassador from its embassy in Minsk.", ("DEU", "161", "BLR")),
    ("Canada pulled its diplomats out of its embassy in Caracas.", ("CAN", "161", "VEN")),
]


@pytest.mark.parametrize("text,triple", CODED, ids=[t[:50] for t, _ in CODED])
def test_lexicon18_mechanism_codes_the_triple(text, triple):
    assert triple in coded_triples(text, DATE)


def _codes(text: str) -> set[str]:
    return {c for _, c, _ in coded_triples(text, DATE)}


def _dyadic(text: str) -> set[tuple[str, str, str | None]]:
    return {t for t in coded_triples(text, DATE) if t[2] is not None}


def test_troops_pulled_out_stay_a_de_escalation_not_a_break_in_relations():
    got = _codes("Canada pulled its troops out of Afghanistan on Monday.")
    assert "161" not in got


def test_a_rejected_accusation_stays_a_rejection():
    # the pinned context variety set codes "rejected the accusation" 120 (x32); only dismissing is 016
    assert "016" not in _codes("The Bolivian president rejected the accusation by the opposition.")


def test_a_place_name_on_a_thing_given_is_no_recipient_without_an_aid_line():
    assert _dyadic("The minister gave the Berlin speech on Monday.") == set()


def test_a_judge_dismissing_charges_is_no_denial():
    assert "016" not in _codes("The judge dismissed the charges against the Brazilian senator.")


def test_a_recall_of_cars_or_memories_is_no_break_in_relations():
    assert "161" not in _codes("The company recalled its cars to the factory.")
    assert "161" not in _codes("The Chinese ambassador recalled his years in Paris.")


def test_a_negated_recall_and_a_negated_call_stay_uncoded():
    assert "161" not in _codes("Germany did not recall its ambassador to Turkey.")
    assert "0256" not in _codes("Egypt did not call for a ceasefire between Israel and Hamas.")


def test_a_pardon_only_refused_is_no_release():
    assert "0841" not in _codes("The President will not grant a pardon to the former governor.")


def test_things_picked_up_or_handed_over_are_no_arrest_or_extradition():
    assert "173" not in _codes("The minister picked up the award in London.")
    assert "173" not in _codes("The Kenyan president picked up the phone and called his Ugandan counterpart.")
    assert "063" not in _codes("The French police handed the keys over to the owner.")


def test_other_senses_of_arrest_charge_and_tour_are_no_political_act():
    assert not any(c == "173" for _, c, _ in _dyadic("The central bank moves arrested the decline of the peso."))
    assert _codes("The mechanic charged the battery on Monday.") == set()
    assert "042" not in _codes("The French minister toured the factory in Lyon.")


def test_a_plain_confirmation_is_no_withheld_comment():
    assert "011" not in _codes("The Brazilian central bank confirmed the report on Monday.")
