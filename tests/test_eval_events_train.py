"""`dateline eval events_train`: the coder scored on the annotated training sentences, with where
the gold triples are lost. The loss categories are checked on made-up triples; the command on the
first training sentences of the shipped annotations."""
from __future__ import annotations

import json

import pytest
from conftest import SHARED
from typer.testing import CliRunner

from dateline.eval import TASKS
from dateline.eval.event_losses import (ACT_ONLY, ACT_STAGES, CONFIDENCE_ROWS, DROP_REASONS, LOSSES, NO_ACT, NO_WORD,
                                        ONE_SIDED, ORIGINS, STAGES, WRONGS, actor_origin, confidence_breakdown,
                                        drop_breakdown, loss_breakdown, side_breakdown, stage_of, wrong_breakdown)
from dateline.eval.events_train import HOLDOUT_FILES, evaluate, format_report, part_of
from dateline.events.learn_train import gold_triples, training_records

DATA = SHARED / "data"


def test_every_loss_category_is_reachable():
    gold = {("USAGOV", "040", "RUSGOV"), ("FRAGOV", "111", "DEU"), ("GBRGOV", "042", "IRN"),
            ("CHNGOV", "112", "JPNGOV"), ("ISRMIL", "190", "PSEREB"), ("EGYGOV", "051", "JOR"),
            ("KENCOP", "173", "KENOPP")}
    pred = {("USAGOV", "040", "RUSGOV"),  # hit
            ("FRAGOV", "120", "DEU"),  # right actors, another root
            ("GBRGOV", "043", "IRN"),  # right actors, same root, another code
            ("CHN", "112", "JPNGOV"),  # right countries and root, another role
            ("ISRMIL", "190", "LBN"),  # one actor right
            ("SYR", "010", "TUR")}  # nothing in common with the rest
    counts = loss_breakdown([(pred, gold), (set(), {("NGA", "190", "NGAREB")})])
    assert counts == {"hit": 1, "no dyadic event in the sentence": 1, "right actors, other root": 1,
                      "right actors, other code": 1, "right countries, other role": 1, "one actor right": 1,
                      "other event in the sentence": 2,  # EGYGOV->JOR and KENCOP->KENOPP share nothing
                      **{stage: 0 for stage in STAGES}}  # no sentence says how far the coder got


def test_each_gold_triple_is_counted_once_and_predictions_alone_count_nothing():
    assert sum(loss_breakdown([({("A", "010", "B")}, set())]).values()) == 0
    gold = {("USA", "040", "CAN"), ("CAN", "040", "USA")}
    counts = loss_breakdown([(gold, gold)])
    assert counts["hit"] == 2 and sum(counts.values()) == 2


def test_every_wrong_triple_kind_is_reachable():
    gold = {("USAGOV", "040", "RUSGOV"), ("FRAGOV", "111", "DEU"), ("GBRGOV", "042", "IRN"),
            ("CHNGOV", "112", "JPNGOV"), ("ISRMIL", "190", "PSEREB")}
    pred = {("USAGOV", "040", "RUSGOV"),  # right
            ("FRAGOV", "120", "DEU"),  # right actors, another root
            ("GBRGOV", "043", "IRN"),  # right actors, same root, another code
            ("CHN", "112", "JPNGOV"),  # right countries and root, another role
            ("ISRMIL", "190", "LBN"),  # one actor right
            ("SYR", "010", "TUR")}  # nothing like any gold triple
    counts = wrong_breakdown([(pred, gold), ({("NGA", "190", "NGAREB")}, set())])
    assert counts == {"right": 1, "no gold triple in the sentence": 1, "right actors, other root": 1,
                      "right actors, other code": 1, "right countries, other role": 1, "one actor right": 1,
                      "no gold triple like it": 1}


def test_stages_split_the_undetected_losses_without_adding_to_them():
    gold = {("USAGOV", "040", "RUSGOV"), ("FRAGOV", "111", "DEU")}
    counts = loss_breakdown([(set(), gold, stage_of([], 2)), (set(), {("NGA", "190", "NGAREB")}, stage_of([], 0)),
                             (set(), {("IND", "042", "CHN")}, stage_of(["no source word"], 0)),
                             ({("IRN", "111", "USA")}, {("IRN", "112", "USA")}, stage_of([], 1))])
    assert counts["no dyadic event in the sentence"] == 4
    assert counts[ONE_SIDED] == 2  # only the first sentence: the last has a dyadic event
    assert counts[NO_ACT] == 1 and counts[ACT_ONLY] == 1
    assert sum(n for name, n in counts.items() if name not in STAGES) == 5


def test_a_stage_is_the_furthest_step_any_act_reached():
    assert stage_of([], 0) == NO_ACT and stage_of([], 1) == ONE_SIDED
    assert stage_of([], 0, words=0) == NO_WORD and stage_of(["no source word"], 0, words=0) == ACT_ONLY
    assert stage_of(["no source word"], 0) == ACT_ONLY
    assert stage_of(["no target word", "target unresolved", "no source word"], 0) == \
        "  act read: target unresolved"
    assert stage_of(["made, then pruned"], 0).endswith("pruned")


def test_act_outcomes_follow_the_coder():
    from dateline.eval.event_losses import ACT_OUTCOMES
    from dateline.events.coder import OUTCOMES

    assert OUTCOMES == ACT_OUTCOMES


def test_actor_origins_tell_stated_countries_from_guessed_ones():
    assert actor_origin("RUS", "RUS", "GPE", "RUS", "UKR") == "country name"
    assert actor_origin("USAGOV", "USA", "PERSON", "USA", "USA") == "entity's own country"
    assert actor_origin("KENCVL", "KEN", "PERSON", None, "KEN") == "entity, home guess"
    assert actor_origin("KENCVL", "KEN", "PERSON", None, "UGA") == "entity, other country"
    assert actor_origin("IRQMIL", "IRQ", None, None, "IRQ", stated="IRQ") == "description, stated country"
    assert actor_origin("IRQCOP", "IRQ", None, None, "IRQ") == "description, home guess"
    assert actor_origin("IRQCOP", "IRQ", None, None, "SYR") == "description, other country"
    assert actor_origin("IGOUNO", None, "ORG", None, "SYR") == ORIGINS[-1]
    assert actor_origin("---REB", None, None, None, "SYR") == ORIGINS[-1]


def test_each_predicted_side_is_judged_against_gold_of_its_root():
    pred = {("USAGOV", "111", "CHN"), ("USAGOV", "040", "RUS")}
    gold = {("USAGOV", "112", "CHNGOV")}
    # sorted(pred, key=str): the 040 triple first
    origins = [["entity's own country", "country name"], ["entity's own country", "description, home guess"]]
    counts = side_breakdown([(pred, gold, origins)])
    assert counts["entity's own country: no gold like it"] == 1  # 040: no gold of root 04
    assert counts["country name: no gold like it"] == 1
    assert counts["entity's own country: right"] == 1  # 111 vs gold 112: same root, USA source
    assert counts["description, home guess: right"] == 1  # CHN vs CHNGOV: the country is right
    counts = side_breakdown([({("USAGOV", "111", "RUS")}, gold, [["entity's own country", "entity, home guess"]])])
    assert counts["entity, home guess: wrong"] == 1 and sum(counts.values()) == 2


def test_dropped_pairs_count_their_sentences_gold_under_the_first_reason():
    dropped = ACT_STAGES[1]
    gold = {("USAGOV", "042", "USA"), ("USAGOV", "040", "USA")}
    counts = drop_breakdown([(set(), gold, dropped, ["a place at home", "own staff"]),
                             (set(), {("A", "010", "B")}, dropped, []),  # no reason noted: "other"
                             ({("A", "010", "B")}, {("A", "010", "B")}, dropped, ["own staff"]),  # predicted: not lost
                             (set(), {("A", "010", "B")}, ACT_STAGES[2], ["own staff"])])  # another stage
    assert counts["a place at home"] == 2 and counts["other"] == 1 and counts["own staff"] == 0
    assert set(counts) == set(DROP_REASONS)


def test_predicted_triples_are_counted_by_confidence_band_and_verdict():
    pred = {("USAGOV", "040", "RUS"), ("USAGOV", "111", "CHN")}
    gold = {("USAGOV", "111", "CHN")}
    # sorted(pred, key=str): the 040 triple first
    counts = confidence_breakdown([(pred, gold, [0.55, 0.85]), ({("A", "010", "B")}, set(), [0.9])])
    assert counts["below 0.60: wrong"] == 1 and counts["0.80-0.89: right"] == 1
    assert counts["0.90 and above: wrong"] == 1 and sum(counts.values()) == 3
    assert set(counts) == set(CONFIDENCE_ROWS)


def test_role_confusions_count_each_differing_side_of_right_country_triples():
    from dateline.eval.event_losses import role_breakdown

    gold = {("USAGOV", "111", "RUS"), ("FRA", "042", "DEU")}
    pred = {("USA", "111", "RUSGOV"),  # both sides: a bare country for GOV, and the reverse
            ("FRA", "042", "DEU"),  # right: not counted
            ("CHN", "111", "RUSGOV")}  # another country: not this kind
    got = role_breakdown([(pred, gold)])
    assert got["- -> GOV"] == 1 and got["GOV -> -"] == 1
    assert sum(got.values()) == 2


def test_gold_alone_makes_no_wrong_triple():
    assert sum(wrong_breakdown([(set(), {("A", "010", "B")})]).values()) == 0


def test_report_lists_every_set_and_loss():
    pairs = [({("USA", "040", "CAN")}, {("USA", "040", "CAN"), ("CAN", "111", "USA")})]
    from dateline.eval.events_train import _summary

    result = {"all": _summary(pairs), "c": _summary(pairs)}
    text = format_report(result)
    assert "c conll train 1996" in text and "all" in text
    for name in LOSSES + WRONGS + tuple(f"{o}: right" for o in ORIGINS) + DROP_REASONS + CONFIDENCE_ROWS:
        assert name in text
    assert " 0.500 " in text  # recall 1 of 2 at every level


def test_training_records_are_only_training_sentences():
    recs = training_records(DATA)
    assert len(recs) >= 3700
    assert {name[:7] for name, *_ in recs} == {"train_c", "train_r", "train_t", "train_w"}


def test_holdout_is_a_fifth_of_every_source():
    recs = training_records(DATA)
    files = {name.removeprefix("train_") for name, *_ in recs}
    assert HOLDOUT_FILES <= files
    held = [name for name, *_ in recs if part_of(name.removeprefix("train_")) == "holdout"]
    assert 0.15 < len(held) / len(recs) < 0.25
    assert {name[6] for name in held} == {name[6] for name, *_ in recs}  # every source has held-out files
    assert part_of("c1") == "tune" and part_of("w9") == "holdout"


@pytest.mark.slow
def test_whole_training_set_scores():
    result = evaluate(DATA)
    assert result["all"]["sentences"] == len(training_records(DATA))
    assert result["tune"]["sentences"] + result["holdout"]["sentences"] == result["all"]["sentences"]
    assert result["all"]["exact"]["tp"] > 100


def test_command_scores_the_first_training_sentences():
    recs = training_records(DATA)[:8]
    out = CliRunner().invoke(_app(), ["eval", "events_train", "--data", str(DATA), "--limit", "8", "--json"])
    assert out.exit_code == 0, out.output
    result = json.loads(out.output)
    assert result["all"]["sentences"] == 8
    assert result["tune"]["sentences"] == 8 and "holdout" not in result  # the first file is a tuning file
    assert result["all"]["triples"] == sum(len(gold_triples(r)) for _, r, _, _ in recs)
    losses = result["all"]["losses"]
    assert sum(n for name, n in losses.items() if name not in STAGES) == result["all"]["triples"]
    assert sum(losses[name] for name in STAGES) == losses["no dyadic event in the sentence"]
    assert result["all"]["exact"]["tp"] == result["all"]["losses"]["hit"]
    assert "events_train" in TASKS


def _app():
    from dateline.cli.main import app

    return app
