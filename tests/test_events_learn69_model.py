"""learn69: the learned pair coder retrained on the round-67 annotations; what this round added.

Blind files past the released batches are never read; the report can leave the holdout out; the
filler mode and the NONE weight; the features that carry to unseen words and actors.
"""
from __future__ import annotations

import numpy as np
import pytest

from dateline.events import learn_train, learned


def test_files_being_annotated_blind_are_not_released():
    assert learn_train.released("r21") and learn_train.released("r29") and learn_train.released("r45") and learn_train.released("r57") and learn_train.released("r69") and learn_train.released("c12") and learn_train.released("w13")
    assert learn_train.released("t4") and learn_train.released("r1")
    assert not learn_train.released("r70") and not learn_train.released("r71")
    assert not learn_train.released("c13") and not learn_train.released("t5")


def _it(set_name: str, group: str, gold=(), cands=None) -> dict:
    return {"set": set_name, "group": group, "gold": [list(g) for g in gold], "rules": [],
            "cands": cands or [(("FRA", "DEU"), ["bias", "rule_none"])]}


def test_split_keeps_blind_and_holdout_files_out_of_training():
    items = [_it("train_r20", "a"), _it("train_r70", "b"), _it("train_r21", "c"), _it("conll_train", "d"),
             _it("wikinews", "e")]
    train, val = learn_train.split(items)
    assert {i["set"] for i in train} == {"train_r20", "wikinews"}
    assert {i["set"] for i in val} == {"conll_train"}
    assert {i["set"] for i in learn_train.holdout_items(items)} == {"train_r21"}  # r70: not even scored


def _toy() -> list[dict]:
    """Twelve articles: a rule code that is right when the rule is confident (feature rconf=9)."""
    out = []
    for n in range(12):
        good = n % 2 == 0
        feats = ["bias", "rule=040", "rroot=04", "rule_any", "rconf=9" if good else "rconf=2"]
        gold = [("FRA", "040", "DEU")] if good else []
        out.append({"set": "wikinews", "group": f"a{n}", "gold": gold, "rules": [("FRA", "040", "DEU")],
                    "cands": [(("FRA", "DEU"), feats)]})
    return out


def test_report_without_the_holdout_block():
    items = _toy() + [dict(it, set="conll_train", group="v" + it["group"]) for it in _toy()[:4]]
    got = learn_train.report(items, 0.4, folds=2, holdout=False, c=10.0)
    assert "holdout" not in got and {"cv", "val", "curve"} <= set(got)
    assert got["train_sentences"] == 12 and got["val_sentences"] == 4
    # the model learns when the rule is right: rerank drops the unconfident rule events
    assert got["cv"]["rerank:0.3@0.4"]["exact"]["fp"] < got["cv"]["rules"]["exact"]["fp"]


def test_the_filler_codes_sentences_without_a_rule_event_and_reranks_the_others():
    model = learned.Model({"bias": 0}, [learned.NONE, "040"], np.array([[0.0, 5.0]]), np.zeros(2), 0.5, "rerank", {})
    bare = {"gold": [], "rules": [], "cands": [(("FRA", "DEU"), ["bias", "rule_none"])]}
    assert learn_train.system(model, bare, "rerank:0.1") == set()  # the hook skips it
    assert learn_train.system(model, bare, "fill+rerank:0.1") == {("FRA", "040", "DEU")}
    ruled = {"gold": [], "rules": [("FRA", "040", "DEU")], "cands": [(("FRA", "DEU"), ["bias", "rule=040", "rule_any"])]}
    assert learn_train.system(model, ruled, "fill+rerank:0.1") == learn_train.system(model, ruled, "rerank:0.1")


def test_a_lower_none_weight_makes_events_likelier():
    items = _toy()
    base = learn_train.fit(items, c=1.0)
    light = learn_train.fit(items, c=1.0, none_weight=0.3)
    cand = learned.Candidate(learned.Actor(None, None, "FRA", "FRA", None), learned.Actor(None, None, "DEU", "DEU", None),
                             (0, 0), None, ["bias", "rule=040", "rroot=04", "rule_any", "rconf=2"], ["040"])
    p_base = 1 - base.probabilities([cand])[0, base.classes.index(learned.NONE)]
    p_light = 1 - light.probabilities([cand])[0, light.classes.index(learned.NONE)]
    assert p_light > p_base
    assert light.meta["none_weight"] == 0.3


def test_dropped_feature_prefixes_are_not_learned():
    model = learn_train.fit(_toy(), c=1.0, min_count=1, drop=("rconf=",))
    assert not any(f.startswith("rconf=") for f in model.features) and "rule=040" in model.features


@pytest.fixture(scope="module")
def pipe():
    from dateline.api import load_pipeline

    return load_pipeline()


def _cands(pipe, text: str) -> dict:
    import os

    from dateline.events.actors import ActorContext
    from dateline.model import Article, Source

    old = os.environ.get(learned.ENV_SWITCH)
    os.environ[learned.ENV_SWITCH] = "off"
    try:
        doc = pipe.nlp(text)
        art = pipe.annotate(Article(text=text, source=Source("text"), published="2019-05-06"), doc)
        it = learn_train.sentence_item("made_up", text, 0, len(text), set(), art, doc, ActorContext.build(doc, art))
    finally:
        os.environ.pop(learned.ENV_SWITCH, None) if old is None else os.environ.__setitem__(learned.ENV_SWITCH, old)
    return {tuple(p): f for p, f in it["cands"]}


def test_backoff_features_entity_labels_and_rule_confidence(pipe):
    feats = _cands(pipe, "Brazil praised Argentina over lower tariffs on steel.")
    f = feats[("BRA", "ARG")]
    assert "ents=GPE|GPE" in f and "sent=GPE" in f and "tent=GPE" in f
    assert any(x.startswith("rconf=") for x in f)  # the rules coded this pair
    assert not any(x.startswith("rconf=") for x in feats[("ARG", "BRA")])  # ... not this one


def test_backoff_features_rule_code_of_the_same_countries_with_other_roles(pipe):
    feats = _cands(pipe, "Russian troops shelled the Georgian town of Gori, the government in Tbilisi said.")
    ruled = [p for p, f in feats.items() if any(x.startswith("rconf=") for x in f)]
    assert ruled, feats
    s, t = ruled[0]
    others = [p for p in feats if p != (s, t) and p[0][:3] == s[:3] and p[1][:3] == t[:3]]
    assert others and all(any(x.startswith("crule=") for x in feats[p]) for p in others)


def test_why_the_rules_read_no_act_is_a_feature_where_they_coded_no_pair(pipe):
    feats = _cands(pipe, "The United States expects Iran to comply with the deal.")
    assert all(any(x.startswith("why=") for x in f) for f in feats.values()) and feats
    coded = _cands(pipe, "Brazil praised Argentina over lower tariffs on steel.")
    assert not any(x.startswith("why=") for f in coded.values() for x in f)


def test_the_eval_still_reads_every_training_file_and_the_learned_coder_only_the_released(monkeypatch, tmp_path):
    """`dateline eval events_train` (training_records) scores the blind batches at the end of a session;
    the learned coder's extraction (_records) never reads them. (Loaders stubbed: only which files are read.)"""
    import json
    from pathlib import Path

    import dateline.eval.conll_events as conll_events
    import dateline.eval.events as events
    import dateline.eval.reuters_dev as reuters_dev
    import dateline.eval.reuters_events as reuters_events
    import dateline.eval.train_overlap as train_overlap

    train = tmp_path / "train"
    train.mkdir()
    for stem in ("r20", "r70"):
        (train / f"{stem}.jsonl").write_text(json.dumps({"newid": 1, "file": "x", "start": 0, "end": 1, "events": []}) + "\n")
    seen: list[str] = []
    monkeypatch.setattr(learn_train, "TRAIN_DIR", train)
    monkeypatch.setattr(reuters_events, "load_reuters", lambda data_dir, path: seen.append(Path(path).stem) or [])
    monkeypatch.setattr(conll_events, "load_conll_events", lambda *a, **k: [])
    monkeypatch.setattr(events, "load_wikinews_extra", lambda *a, **k: [])
    monkeypatch.setattr(events, "_read_jsonl", lambda p: [json.loads(x) for x in open(p)] if Path(p).is_file() else [])
    monkeypatch.setattr(reuters_dev, "load_reuters_dev", lambda *a, **k: [])
    monkeypatch.setattr(train_overlap, "blind_texts", lambda data_dir: frozenset())  # the blind sets' texts: not a training file
    learn_train.training_records(tmp_path)
    assert seen == ["r20", "r70"]
    seen.clear()
    learn_train._records(tmp_path)
    assert seen == ["r20"]
