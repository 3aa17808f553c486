"""Indirect attributions whose content is a target: a short name or pronoun object
("endorsed Cruz", "backed her") and a verb with its preposition ("railed against the
tax", "sided with the nurses"). Sentences written here."""
from __future__ import annotations

import pytest

from dateline.model import Article, Source, check_offsets


@pytest.fixture(scope="module")
def run(pipeline):
    def _run(text: str) -> list[tuple[str, str | None]]:
        article = pipeline.annotate(Article(text=text, source=Source("text")), pipeline.nlp(text))
        assert check_offsets(article) == []
        return [(q.text, q.cue) for q in article.quotes if q.kind == "indirect"]
    return _run


def test_a_short_name_can_be_the_whole_content(run):
    assert ("Cruz", "endorsed") in run("The retired governor endorsed Cruz on Monday.")


def test_a_pronoun_for_a_person_can_be_the_target_of_a_stance(run):
    assert ("her", "backed") in run("Most of the farmers in the valley backed her.")


def test_an_object_pronoun_for_a_thing_is_not_a_target(run):
    assert not [t for t, cue in run("The mayor denied it.") if cue == "denied"]


def test_railed_against_reports_the_target(run):
    assert ("the new fuel tax", "railed") in run("The mayor railed against the new fuel tax.")


def test_sided_with_reports_the_side(run):
    got = run("The city council sided with the striking nurses.")
    assert ("the striking nurses", "sided") in got


def test_worried_about_is_a_stance(run):
    got = run("Many parents worried about the cost of the new school.")
    assert ("the cost of the new school", "worried") in got


def test_a_preposition_the_verb_does_not_take_is_no_cue(run):
    assert run("The old wall fell from the roof.") == []


def test_circumstances_are_not_targets(run):
    got = run("Two officials spoke on condition of anonymity.")
    assert not [t for t, _ in got if "condition" in t]


def test_a_thing_as_subject_holds_no_stance(run):
    assert run("The bridge leaned toward the river.") == []


def test_a_light_verb_carries_the_holder_of_a_speech_noun(run):
    got = run("In her speech the senator made no mention of the pension reform.")
    assert ("the pension reform", "mention") in got


def test_a_swipe_at_someone_is_an_attack(run):
    got = run("The governor took a swipe at his old rivals in the party.")
    assert any(cue == "swipe" and t.startswith("his old rivals") for t, cue in got)


def test_a_new_target_verb_reports_its_object(run):
    assert ("the cuts to rural schools", "decried") in run("The teachers decried the cuts to rural schools.")


def test_sought_reports_what_is_sought(run):
    assert ("the nomination", "sought") in run("The former mayor sought the nomination twice.")


def test_hoping_is_read_as_hope_not_hop(run):
    got = run("The two leaders are hoping for a quick agreement.")
    assert ("a quick agreement", "hoping") in got


def test_target_verbs_never_cue_a_quotation_in_marks(pipeline):
    text = 'The senator championed the "Fair Roads" bill.'
    article = pipeline.annotate(Article(text=text, source=Source("text")), pipeline.nlp(text))
    assert [q for q in article.quotes if q.kind == "direct"] == []


def test_sees_someone_as_something(run):
    got = run("Many older voters see the governor as a safe pair of hands.")
    assert ("the governor as a safe pair of hands", "see") in got


def test_thanked_reports_whom_and_what_for(run):
    got = run("The coach thanked the volunteers for their hard work.")
    assert ("the volunteers for their hard work", "thanked") in got


def test_for_someone_opens_their_view(run):
    got = run("For most dairy farmers, the new rule is a heavy burden.")
    assert ("the new rule is a heavy burden", "For") in got


def test_for_a_time_or_a_thing_is_no_view(run):
    assert run("For years, the mill was the biggest employer in town.") == []
    assert run("For example, the mill closed early.") == []


def test_a_new_stance_adjective_with_its_target(run):
    got = run("The union leaders were tired of the endless delays.")
    assert ("the endless delays", "tired") in got


def test_said_so_and_said_no_stand_for_a_clause(run):
    assert ("so", "said") in run("A year ago, half of the members said so.")
    assert ("no", "said") in run("Asked whether he would run again, the senator said no.")


def test_so_that_starts_a_phrase_is_not_a_stand_in(run):
    got = run("The mayor said so many things that nobody listened.")
    assert ("so", "said") not in got


def test_called_for_someone_to_act(run):
    got = run("The governor called for the two unions to end the strike.")
    assert ("the two unions to end the strike", "called") in got


def test_supporters_of_hold_a_stance_on_the_target(run):
    got = run("Supporters of the new stadium packed the hall.")
    assert ("the new stadium", "Supporters") in got


def test_a_gerund_after_a_preposition_shares_the_main_subject(run):
    # "thank" is not a speech verb: without a holder it would report nothing
    got = run("The senator left the stage after thanking the volunteers.")
    assert ("the volunteers", "thanking") in got


def test_a_hearer_verb_reports_what_it_was_about(run):
    got = run("The coach told reporters about the new contract.")
    assert ("the new contract", "told") in got


def test_a_target_keeps_the_reason_hung_on_the_verb(run):
    got = run("The mayor lashed out at the governor over the closing of the hospital.")
    assert ("the governor over the closing of the hospital", "lashed out") in got


def test_a_clause_set_off_by_a_comma_is_not_part_of_the_object(run):
    got = run("The senator blamed the governor, saying he had ignored the warnings.")
    assert ("the governor", "blamed") in got
    assert ("he had ignored the warnings", "saying") in got


def test_a_title_case_headline_verb_is_a_cue(run):
    got = run("Veteran Senator Blasts Mayor Over Missing Funds\n\nThe city council met on Monday.")
    assert ("Mayor Over Missing Funds", "Blasts") in got


def test_a_headline_without_a_lexicon_verb_reports_nothing(run):
    assert run("Veteran Senator Meets Mayor Over Lunch\n\nThe city council met on Monday.") == []
