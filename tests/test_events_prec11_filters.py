"""prec11: what the coder codes that is no event (filters.prune / not_an_act), on sentences we wrote.

Each rule is tested on the construction it removes and on a near-miss that must still code.
"""
from __future__ import annotations

from types import SimpleNamespace as NS

import pytest

from dateline.events import filters


@pytest.fixture(scope="module")
def nlp():
    from dateline.nlp import load_nlp

    return load_nlp()


def _tok(nlp, text: str, word: str):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def _coded(text: str, date: str = "1996-05-14") -> set[tuple[str, str, str]]:
    from events_variety import code_record

    return code_record({"text": text, "date": date})


# ---------------------------------------------------------------- multilateral lists

def _ev(src: str, code: str, tgt: str, start: int = 10):
    return NS(code=code, root=code[:2], source=NS(code=src, role=None), target=NS(code=tgt, role=None),
              trigger=NS(start=start, end=start + 5), evidence=None)


def test_multilateral_pairs_of_one_trigger_are_found():
    members = ["AAA", "BBB", "CCC"]
    evs = [_ev(a, "030", b) for a in members for b in members if a != b]
    assert filters.multilateral_triggers(evs) == {(10, "030")}


def test_two_parties_and_one_actor_with_three_targets_are_no_forum():
    pair = [_ev("AAA", "040", "BBB"), _ev("BBB", "040", "AAA")]
    spread = [_ev("AAA", "042", t) for t in ("BBB", "CCC", "DDD")]
    assert filters.multilateral_triggers(pair) == set()
    assert filters.multilateral_triggers(spread) == set()


def test_a_meeting_of_many_states_codes_no_pairs():
    found = _coded("Trade ministers of Norway, Sweden, Finland and Denmark agreed on Monday to cooperate "
                   "in fighting fish smuggling, a Nordic official said.")
    assert not any(code.startswith(("03", "04", "05")) for _, code, _ in found), found


def test_two_states_that_agree_to_cooperate_still_code():
    found = _coded("Norway and Sweden agreed on Monday to cooperate in fighting fish smuggling.")
    assert ("NOR", "030", "SWE") in found or any(s == "NOR" and t == "SWE" for s, _, t in found), found


# ---------------------------------------------------------------- nominal acts in another clause

@pytest.mark.parametrize("text, word", [
    ("The minister described his meeting with the Chinese premier as frank.", "meeting"),
    ("The bridge was reopened on Friday under an agreement between the government and the rebels.", "agreement"),
    ("Relations were strained over a defence accord between Greece and Egypt.", "accord"),
    ("The decision was taken at a meeting of ministers attended by the prime minister.", "meeting"),
    ("A French attack on the rebel camp appeared to be a warning.", "attack"),
])
def test_event_nouns_that_fill_another_verbs_slot_are_mentions(nlp, text, word):
    assert filters.nominal_argument(_tok(nlp, text, word))


@pytest.mark.parametrize("text, word", [
    ("The two presidents held talks in Geneva on Monday.", "talks"),
    ("Talks between the two governments began in Geneva on Monday.", "Talks"),
    ("The army launched an attack on the rebel camp.", "attack"),
    ("The minister resigned despite criticism by the opposition.", "criticism"),
    ("The court heard a lawsuit filed by the union against the mayor.", "lawsuit"),
])
def test_event_nouns_told_as_the_news_stay(nlp, text, word):
    assert not filters.nominal_argument(_tok(nlp, text, word))


def test_a_meeting_that_will_take_place_is_a_plan(nlp):
    tok = _tok(nlp, "The meeting between the two leaders will take place in Cairo next week.", "meeting")
    assert filters.nominal_argument(tok, planned_ok=False)
    assert not filters.nominal_argument(tok, planned_ok=True)  # the intention (036) may read it


# ---------------------------------------------------------------- participles, attempts, hedges

def test_a_participle_describing_a_noun_is_no_act(nlp):
    assert filters.reduced_relative(_tok(nlp, "Customs seized a plane donated by Norway to the rebels.", "donated"))
    assert not filters.reduced_relative(_tok(nlp, "Norway donated a plane to the rebels.", "donated"))


@pytest.mark.parametrize("text, word", [
    ("Hundreds of protesters tried to storm the parliament building on Tuesday.", "storm"),
    ("Officials were unable to comment on the reports.", "comment"),
    ("Prosecutors said they would consider charging the diplomat with spying.", "charging"),
    ("The rebels seemed to attack the convoy by mistake.", "attack"),
])
def test_attempted_weighed_or_hedged_acts(nlp, text, word):
    assert filters.attempted(_tok(nlp, text, word))


def test_a_started_act_is_done(nlp):
    assert not filters.attempted(_tok(nlp, "Police started to release the detained protesters on Tuesday.", "release"))


def test_an_election_result_is_no_act(nlp):
    assert filters.vote_share(_tok(nlp, "The candidate received 4 percent of the vote in the first round.", "received"))
    assert not filters.vote_share(_tok(nlp, "The president received the Kenyan foreign minister on Monday.", "received"))


# ---------------------------------------------------------------- background

def test_the_last_time_an_act_happened_is_background(nlp):
    tok = _tok(nlp, "The last time the army closed the border was during the 1983 emergency.", "closed")
    assert filters.background_clause(tok)


def test_a_past_capacity_in_a_relative_clause_is_background(nlp):
    tok = _tok(nlp, "Novak, who as foreign minister negotiated with Austria over the dam, told radio the plan was dead.",
               "negotiated")
    assert filters.background_clause(tok)


def test_a_finite_relative_clause_of_news_stays(nlp):
    tok = _tok(nlp, "Novak, who denounced the plan as a disgrace on Monday, resigned.", "denounced")
    assert not filters.background_clause(tok)


def test_a_record_in_history_or_a_tally_is_habitual(nlp):
    assert filters.habitual(_tok(nlp, "The senate has only removed one governor in its history.", "removed"))
    assert filters.habitual(_tok(nlp, "The president has visited Beijing three times since he took office.", "visited"))
    assert not filters.habitual(_tok(nlp, "The president visited Beijing on Monday.", "visited"))


def test_talking_to_the_press_is_no_meeting_nor_its_plan():
    found = _coded("The two leaders met in Rome and planned to speak to the media after their talks.")
    assert not any(t.endswith("MED") for _, _, t in found), found

