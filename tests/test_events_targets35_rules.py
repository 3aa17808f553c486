"""targets35: acts read whose target word was missing or named no actor
(docs/evaluation/events-targets35.md). Every sentence is our own, in wire style.

- "the violence", "the unrest", "the killings", "the repression" in a criticism, demand,
  praise or rejection stand for the violent act the article has just reported: the target is
  whoever did it (events/violence_nouns.py).
- An agreement (019) or an accepted invitation (036) that names no partner answers whoever
  just asked, invited or demanded it of the source (events/answered_asks.py); "accepted the
  request" is yielding (080) to the asker (verbs.txt, targets35 section).
- A ruling or governing coalition is the government (roles.tsv, targets35 section).
"""
from __future__ import annotations

from events_variety import coded_triples

DAY = "2024-03-14"


def _answer(text: str, code: str) -> set[str | None]:
    """The targets the pipeline gives the events of `code` in `text`."""
    return {tgt for _, c, tgt in coded_triples(text, DAY) if c == code}


# --- violence nouns: the doer of the violent act just reported --------------------------------

def test_condemned_violence_after_a_clash_aims_at_those_who_clashed():
    got = coded_triples("SEOUL, March 14 - Students clashed with riot police in central Seoul on Monday. "
                        "The government condemned the violence.", DAY)
    assert ("KORGOV", "111", "KOREDU") in got


def test_violence_nouns_read_back_to_rioters_police_and_soldiers():
    cases = [
        ("PARIS, March 14 - Protesters torched cars and smashed shop windows in Paris on Saturday. "
         "President Macron condemned the violence.", ("FRAGOV", "111", "FRAOPP")),
        ("JOHANNESBURG, March 14 - Rioters looted shops and burned tyres in Durban on Sunday. "
         "The president condemned the unrest.", ("ZAFGOV", "111", "ZAFOPP")),
        ("NAIROBI, March 14 - Police shot dead three protesters in Nairobi on Monday. "
         "Amnesty International condemned the killings.", ("NGOAMN", "111", "KENCOP")),
        ("CARACAS, March 14 - Soldiers fired on demonstrators in Caracas on Monday. "
         "The opposition denounced the repression.", ("VENOPP", "111", "VENMIL")),
    ]
    for text, triple in cases:
        assert triple in coded_triples(text, DAY), text


def test_the_violence_in_the_same_sentence_after_the_act():
    got = coded_triples("DHAKA, March 14 - Police fired tear gas at opposition supporters in Dhaka, "
                        "and the United Nations condemned the violence.", DAY)
    assert ("IGOUNO", "111", "BGDCOP") in got


def test_violence_nouns_with_no_violent_act_before_or_with_their_own_phrase_stay_untargeted():
    for text in ("PARIS, March 14 - Thousands marched peacefully in Paris on Saturday. The mayor condemned the violence.",
                 "PARIS, March 14 - The president condemned violence against journalists on Monday.",
                 "LIMA, March 14 - The church condemned the violence in the country's south on Monday."):
        assert not any(c == "111" and tgt for _, c, tgt in coded_triples(text, DAY)), text


def test_a_violence_noun_placed_elsewhere_is_not_the_act_told_before():
    got = coded_triples("BEIRUT, March 14 - Israeli jets struck targets in Gaza on Monday. "
                        "The UN envoy condemned the violence in Syria.", DAY)
    assert not any(code == "111" and tgt for _, code, tgt in got), got
    got = coded_triples("PARIS, March 14 - Protesters torched cars in Paris on Saturday. "
                        "President Macron condemned the violence in Paris.", DAY)
    assert ("FRAGOV", "111", "FRAOPP") in got


def test_a_speaker_defending_its_own_force_is_not_its_own_target():
    got = coded_triples("PARIS, March 14 - Police fired tear gas at protesters in Paris on Saturday. "
                        "The police chief defended the violence.", DAY)
    assert not any(src == tgt for src, _, tgt in got), got


def test_violence_noun_reads_only_for_answers_not_for_denials():
    from dateline.events import violence_nouns

    assert "01" not in violence_nouns.ANSWER_ROOTS and "11" in violence_nouns.ANSWER_ROOTS


# --- agreements and accepted invitations answer the asker -------------------------------------

def test_an_agreement_with_no_partner_answers_the_earlier_request():
    assert "SWE" in _answer("ANKARA, March 14 - Sweden asked Turkey to approve its NATO membership bid. "
                            "Ankara agreed on Tuesday.", "019")
    assert "USAGOV" in _answer("WASHINGTON, March 14 - President Biden urged Congress to pass the aid package "
                               "quickly. The Senate agreed on Thursday.", "019")


def test_an_agreement_answers_an_earlier_demand():
    got = coded_triples("HARARE, March 14 - Striking teachers demanded that the government double their pay. "
                        "The government agreed after two weeks of talks.", DAY)
    assert ("ZWEGOV", "019", "ZWEEDU") in got


def test_an_accepted_invitation_answers_the_inviter():
    assert ("COLREB", "036", "COLGOV") in coded_triples(
        "BOGOTA, March 14 - The Colombian government invited the ELN rebels to peace talks in Havana. "
        "The rebels accepted the invitation on Tuesday.", DAY)
    assert ("KENOPP", "036", "KENGOV") in coded_triples(
        "NAIROBI, March 14 - Kenya's president invited opposition leader Raila Odinga to talks at State House. "
        "Odinga accepted the invitation on Monday.", DAY)


def test_an_accepted_request_is_yielding_to_the_asker():
    assert ("ETH", "080", "IGOUNO") in coded_triples(
        "GENEVA, March 14 - The United Nations asked Ethiopia to allow aid convoys into Tigray. "
        "Addis Ababa accepted the request on Friday.", DAY)


def test_agreements_with_no_asker_or_with_a_view_get_no_asker():
    for text in ("ANKARA, March 14 - Turkey agreed on Tuesday to buy Russian missiles.",
                 "PARIS, March 14 - Germany asked Italy to take in more migrants. Spain agreed on Tuesday.",
                 "PARIS, March 14 - Unions urged the government to raise wages. "
                 "Economists agreed that wages were too low.",
                 "MADRID, March 14 - Spain asked Morocco to take back migrants. Morocco did not agree."):
        assert not _answer(text, "019") - {None}, text


# --- the ruling coalition is the government ----------------------------------------------------

def test_a_ruling_or_governing_coalition_is_the_government():
    assert ("DEUOPP", "112", "DEUGOV") in coded_triples(
        "BERLIN, March 14 - The opposition accused the ruling coalition of ignoring the housing crisis.", DAY)
    assert ("FINGOV", "020", "FINGOV") in coded_triples(
        "HELSINKI, March 14 - The president asked the outgoing coalition to stay on as a caretaker government.", DAY)
    assert ("MYSOPP", "112", "MYSGOV") in coded_triples(
        "KUALA LUMPUR, March 14 - The opposition alliance accused the ruling alliance of vote-buying.", DAY)


def test_a_coalition_of_groups_or_a_military_coalition_is_no_government():
    got = coded_triples("WASHINGTON, March 14 - A coalition of rights groups criticised the new asylum rules.", DAY)
    assert not any(src and src.endswith("GOV") for src, _, _ in got), got
    got = coded_triples("SANAA, March 14 - The Saudi-led coalition bombed Houthi positions near Hodeidah.", DAY)
    assert not any(src and src.endswith("GOV") for src, _, _ in got), got


# --- a strike owned by workers names them: labour ------------------------------------------------

def test_a_strike_owned_by_an_occupation_aims_at_its_workers_as_labour():
    cases = [
        ("SOFIA, March 14 - The transport minister said a controllers' strike would be illegal.",
         ("BGRGOV", "111", "BGRLAB")),
        ("MADRID, March 14 - The government condemned the pilots' strike as irresponsible.",
         ("ESPGOV", "111", "ESPLAB")),
        ("LONDON, March 14 - The prime minister criticised the train drivers' strike on Tuesday.",
         ("GBRGOV", "111", "GBRLAB")),
        ("PARIS, March 14 - The airline said the cabin crew strike was unjustified.",
         ("FRABUS", "111", "FRALAB")),
        ("LISBON, March 14 - The court declared the guards' strike illegal.", ("PRTJUD", "116", "PRTLAB")),
    ]
    for text, triple in cases:
        assert triple in coded_triples(text, DAY), text


def test_air_strikes_times_and_people_not_on_strike_are_no_labour():
    for text in ("TEHRAN, March 14 - Iran condemned the air strike on its embassy in Damascus.",
                 "PARIS, March 14 - The minister praised the pilots for their skill.",
                 "PARIS, March 14 - The government did not criticise the pilots' strike."):
        assert not any(tgt and tgt.endswith("LAB") for _, _, tgt in coded_triples(text, DAY)), text


def test_striking_workers_reads_the_owner_from_either_end():
    from dateline.api import load_pipeline
    from dateline.events.strikers import striking_workers

    doc = load_pipeline().nlp("The minister condemned the pilots' strike and the weekend's strike.")
    strike = next(t for t in doc if t.lower_ == "strike")
    pilots = next(t for t in doc if t.lower_ == "pilots")
    assert striking_workers(strike, "ESP").code == "ESPLAB"
    assert striking_workers(pilots, "ESP").code == "ESPLAB"
    assert striking_workers(pilots, None) is None
    last = [t for t in doc if t.lower_ == "strike"][-1]
    assert striking_workers(last, "ESP") is None
