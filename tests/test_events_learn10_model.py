"""The learned pair coder (events/learned.py, learn_train.py) on sentences we wrote.

Training runs here only on a tiny made-up set (fast); the shipped model is loaded as shipped.
"""
from __future__ import annotations

import numpy as np
import pytest

from dateline.events import learn_train, learned

# A made-up convention the rule dictionary does not know ("pester" is in no verbs.txt line):
# the subject pesters the object, coded 112. The reverse pair is no event.
_PESTER = [
    ("France pestered Germany about the budget talks on Monday.", ("FRA", "112", "DEU")),
    ("Italy pestered Austria over the new border checks.", ("ITA", "112", "AUT")),
    ("Japan pestered China about fishing boats near the islands.", ("JPN", "112", "CHN")),
    ("Brazil pestered Argentina over tariffs on steel.", ("BRA", "112", "ARG")),
    ("Canada pestered Mexico about the trucking rules last week.", ("CAN", "112", "MEX")),
    ("Egypt pestered Sudan over the dam on Tuesday.", ("EGY", "112", "SDN")),
    ("Norway pestered Sweden about the fishing quotas.", ("NOR", "112", "SWE")),
    ("Kenya pestered Uganda over the railway contract.", ("KEN", "112", "UGA")),
]
_HELD_OUT = "Poland pestered Hungary about the gas pipeline on Friday."


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
        items = [_item(text, {gold}) for text, gold in _PESTER]
        held = _item(_HELD_OUT, set())
    finally:
        os.environ.pop(learned.ENV_SWITCH, None) if old is None else os.environ.__setitem__(learned.ENV_SWITCH, old)
    return items, held


def test_candidates_are_ordered_pairs_of_the_sentences_actors(tiny):
    items, _ = tiny
    pairs = {tuple(p) for p, _ in items[0]["cands"]}
    assert pairs == {("FRA", "DEU"), ("DEU", "FRA")}
    feats = dict((tuple(p), f) for p, f in items[0]["cands"])
    assert "lca=pester" in feats[("FRA", "DEU")] and "roles=nsubj|dobj" in feats[("FRA", "DEU")]
    assert "roles=dobj|nsubj" in feats[("DEU", "FRA")]


def test_tiny_training_learns_the_made_up_pattern(tiny):
    items, held = tiny
    model = learn_train.fit(items, c=10.0, min_count=2)
    got = learn_train.predict(model, held)
    assert got == {("POL", "112", "HUN")}  # the direction and the code, on countries never seen


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
    art = Article(text=_HELD_OUT, source=Source("text"), published="2019-05-06")
    doc = pipe.nlp(_HELD_OUT)
    art = pipe.annotate(art, doc)
    from dateline.events.actors import ActorContext

    ctx = ActorContext.build(doc, art)
    monkeypatch.setenv(learned.ENV_SWITCH, "off")
    assert learned.revise(doc, art, ctx, [], model=model) == []
    monkeypatch.setenv(learned.ENV_SWITCH, "replace")
    got = learned.revise(doc, art, ctx, [], model=model)
    assert [(e.source.code, e.code, e.target.code) for e in got] == [("POL", "112", "HUN")]
    ev = got[0]
    assert _HELD_OUT[ev.trigger.start:ev.trigger.end] == "pestered" and ev.pattern == "learned"
    assert (ev.evidence.start, ev.evidence.end) == (0, len(_HELD_OUT))


def test_the_shipped_model_loads_and_codes_a_sentence_we_wrote(monkeypatch):
    from dateline.api import load_pipeline
    from dateline.model import Article, Source

    model = learned.shipped_model()
    if model is None:
        pytest.skip("no shipped model (scripts/train_event_model writes it)")
    assert learned.NONE in model.classes and model.coef.shape == (len(model.features), len(model.classes))
    monkeypatch.setenv(learned.ENV_SWITCH, "replace")
    text = ("French President Emmanuel Macron met German Chancellor Angela Merkel in Berlin on Monday "
            "to discuss the European budget.")
    pipe = load_pipeline()
    art = pipe.annotate(Article(text=text, source=Source("text"), published="2019-05-06"), pipe.nlp(text))
    got = {(e.source.code, e.code[:2], e.target.code) for e in art.events}
    assert ("FRAGOV", "04", "DEUGOV") in got
