"""The learned pair coder (events/learned.py, learn_train.py) on sentences we wrote.

Training runs here only on a tiny made-up set (fast); the shipped model is loaded as shipped.
"""
from __future__ import annotations

import numpy as np
import pytest

from dateline.events import learn_train, learned

# A made-up convention: the rules code "X praised Y" as praise (051); our made-up annotators
# code it 057 (a formal agreement) instead, one way only. The model has to learn to overrule the rules.
_PRAISE = [
    ("France praised Germany for the budget deal on Monday.", ("FRA", "057", "DEU")),
    ("Italy praised Austria over the new border checks.", ("ITA", "057", "AUT")),
    ("Japan praised China for the fishing agreement near the islands.", ("JPN", "057", "CHN")),
    ("Brazil praised Argentina over lower tariffs on steel.", ("BRA", "057", "ARG")),
    ("Canada praised Mexico for the trucking rules last week.", ("CAN", "057", "MEX")),
    ("Egypt praised Sudan over the dam talks on Tuesday.", ("EGY", "057", "SDN")),
    ("Norway praised Sweden for the fishing quotas.", ("NOR", "057", "SWE")),
    ("Kenya praised Uganda over the railway contract.", ("KEN", "057", "UGA")),
]
_HELD_OUT = "Poland praised Hungary for the gas pipeline on Friday."


def _item(text: str, gold: set) -> dict:
    from dateline.api import load_pipeline
    from dateline.events.actors import ActorContext
    from dateline.model import Article, Source

    pipe = load_pipeline()
    doc = pipe.nlp(text)
    art = pipe.annotate(Article(text=text, source=Source("text"), published="2019-05-06"), doc)
    return learn_train.sentence_item("made_up", text, 0, len(text), gold, art, doc, ActorContext.build(doc, art))


@pytest.fixture(scope="module")
def tiny():
    import os

    old = os.environ.get(learned.ENV_SWITCH)
    os.environ[learned.ENV_SWITCH] = "off"
    try:
        items = [_item(text, {gold}) for text, gold in _PRAISE]
        held = _item(_HELD_OUT, set())
    finally:
        os.environ.pop(learned.ENV_SWITCH, None) if old is None else os.environ.__setitem__(learned.ENV_SWITCH, old)
    return items, held


def test_candidates_are_ordered_pairs_of_the_sentences_actors(tiny):
    items, _ = tiny
    pairs = {tuple(p) for p, _ in items[0]["cands"]}
    assert pairs == {("FRA", "DEU"), ("DEU", "FRA")}
    feats = dict((tuple(p), f) for p, f in items[0]["cands"])
    assert "lca=praise" in feats[("FRA", "DEU")] and "roles=nsubj|dobj" in feats[("FRA", "DEU")]
    assert "roles=dobj|nsubj" in feats[("DEU", "FRA")]


def test_tiny_training_learns_the_made_up_pattern(tiny):
    items, held = tiny
    model = learn_train.fit(items, c=10.0, min_count=2)
    got = learn_train.predict(model, held)
    assert got == {("POL", "057", "HUN")}  # the code and the direction, on countries never seen


def test_training_is_reproducible(tiny):
    items, _ = tiny
    a, b = learn_train.fit(items, c=10.0), learn_train.fit(items, c=10.0)
    assert a.features == b.features and a.classes == b.classes
    assert np.array_equal(a.coef, b.coef) and np.array_equal(a.intercept, b.intercept)


def test_a_saved_model_loads_and_decides_the_same(tiny, tmp_path):
    items, held = tiny
    model = learn_train.fit(items, c=10.0)
    model.save(tmp_path / "m.npz")
    again = learned.load_model(tmp_path / "m.npz")
    assert again.classes == model.classes and again.features == model.features
    assert learn_train.predict(again, held) == learn_train.predict(model, held)


def test_nothing_to_learn_gives_a_model_that_codes_nothing(tiny):
    items, held = tiny
    empty = [{**it, "gold": []} for it in items]
    assert learn_train.predict(learn_train.fit(empty), held) == set()


def test_country_level_labels_take_a_near_pair():
    item = {"gold": [("FRAGOV", "040", "DEUGOV")],
            "cands": [(("FRA", "DEU"), ["bias"]), (("DEU", "FRA"), ["bias"])]}
    assert learn_train.labels(item, "exact") == [[], []]
    assert learn_train.labels(item, "country") == [["040"], []]


def test_the_rules_code_is_learned_as_one_shared_class():
    item = {"gold": [("FRA", "040", "DEU")], "cands": [(("FRA", "DEU"), ["bias", "rule=040"])]}
    assert learn_train.labels(item) == [[learned.KEEP]]


def test_the_switch_turns_the_hook_off(tiny, monkeypatch):
    from dateline.api import load_pipeline
    from dateline.model import Article, Source

    items, _ = tiny
    model = learn_train.fit(items, c=10.0)
    pipe = load_pipeline()
    monkeypatch.setenv(learned.ENV_SWITCH, "off")
    art = Article(text=_HELD_OUT, source=Source("text"), published="2019-05-06")
    doc = pipe.nlp(_HELD_OUT)
    art = pipe.annotate(art, doc)
    from dateline.events.actors import ActorContext

    ctx = ActorContext.build(doc, art)
    rules = list(art.events)
    assert {(e.source.code, e.code, e.target.code) for e in rules} == {("POL", "051", "HUN")}  # what the rules say
    monkeypatch.setenv(learned.ENV_SWITCH, "off")
    assert learned.revise(doc, art, ctx, rules, model=model) == rules
    monkeypatch.setenv(learned.ENV_SWITCH, "replace")
    got = learned.revise(doc, art, ctx, rules, model=model)
    assert [(e.source.code, e.code, e.target.code) for e in got] == [("POL", "057", "HUN")]
    ev = got[0]
    assert _HELD_OUT[ev.trigger.start:ev.trigger.end] == "praised" and ev.pattern == "learned"
    assert (ev.evidence.start, ev.evidence.end) == (0, len(_HELD_OUT))


def test_the_shipped_model_loads_and_codes_a_sentence_we_wrote(monkeypatch):
    from dateline.api import load_pipeline
    from dateline.model import Article, Source

    model = learned.shipped_model()
    if model is None:
        pytest.skip("no shipped model (scripts/train_event_model writes it)")
    assert learned.NONE in model.classes and model.coef.shape == (len(model.features), len(model.classes))
    assert model.mode in learned.MODES and learned.active_mode(model) is None  # shipped switched off
    monkeypatch.setenv(learned.ENV_SWITCH, "on")  # the mode the shipped model was built for
    assert learned.active_mode(model) == model.mode
    text = ("French President Emmanuel Macron met German Chancellor Angela Merkel in Berlin on Monday "
            "to discuss the European budget.")
    pipe = load_pipeline()
    art = pipe.annotate(Article(text=text, source=Source("text"), published="2019-05-06"), pipe.nlp(text))
    got = {(e.source.code, e.code[:2], e.target.code) for e in art.events}
    assert ("FRAGOV", "04", "DEUGOV") in got


def test_the_hook_looks_only_at_sentences_with_a_rule_event():
    bare = {"gold": [], "rules": [], "cands": [(("FRA", "DEU"), ["bias", "rule_none"])]}
    ruled = {"gold": [], "rules": [("FRA", "040", "DEU")], "cands": [(("FRA", "DEU"), ["bias", "rule=040", "rule_any"])]}
    assert not learn_train.ruled_sentence(bare) and learn_train.ruled_sentence(ruled)
    model = learned.Model({"bias": 0}, [learned.NONE, "040"], np.array([[0.0, 5.0]]), np.zeros(2), 0.5, "replace", {})
    assert learn_train.predict(model, bare) == set()
    assert learn_train.predict(model, ruled) == {("FRA", "040", "DEU")}


def test_union_keeps_the_rules_and_replace_does_not():
    rules, model = {("FRA", "040", "DEU")}, {("FRA", "111", "DEU")}
    assert learned.combine(rules, model, "union") == rules | model
    assert learned.combine(rules, model, "replace") == model


def test_cross_validation_and_validation_score_the_rules_and_every_mode(tiny):
    """The figures the training report prints: rules alone, then each mode at each threshold."""
    items, _ = tiny
    halves = [dict(it, group=f"article{i % 2}") for i, it in enumerate(items)]  # two folds by article
    cv = learn_train.cross_validate(halves, folds=2, thresholds=(0.4,), c=10.0, min_count=1)
    assert set(cv) == {"rules"} | {f"{m}@0.4" for m in learn_train.MODES_MEASURED}
    assert cv["rules"]["exact"]["tp"] == 0  # the rules say 051 where the made-up gold says 057
    model = learn_train.fit(items, c=10.0, min_count=2)
    held = learn_train.evaluate_on(model, items, (0.4,))
    assert set(held) == set(cv)
    assert held["model@0.4"]["exact"]["tp"] > held["rules"]["exact"]["tp"]
